import { describe, expect, it } from 'vitest';
import { formatPlurals, placeholdersOf, pluralCategory } from './plural';

const copies = '{count, plural, one {# copy} other {# copies}}';
const unread = '{count, plural, one {# non lu} other {# non lus}}';

describe('plural rules', () => {
  it('follows each language’s categories', () => {
    expect(pluralCategory('en', 1)).toBe('one');
    expect(pluralCategory('en', 0)).toBe('other');
    expect(pluralCategory('fr', 0)).toBe('one');
    expect(pluralCategory('fr', 1)).toBe('one');
    expect(pluralCategory('fr', 2)).toBe('other');
    expect(pluralCategory('ja', 1)).toBe('other');
    expect(pluralCategory('zh-Hans', 1)).toBe('other');
  });

  it('chooses English forms: 1 copy, 0 copies, 2 copies', () => {
    expect(formatPlurals('en', copies, { count: 1 })).toBe('1 copy');
    expect(formatPlurals('en', copies, { count: 0 })).toBe('0 copies');
    expect(formatPlurals('en', copies, { count: 2 })).toBe('2 copies');
  });

  it('chooses French forms: 0 and 1 singular, 2 plural', () => {
    expect(formatPlurals('fr', unread, { count: 0 })).toBe('0 non lu');
    expect(formatPlurals('fr', unread, { count: 1 })).toBe('1 non lu');
    expect(formatPlurals('fr', unread, { count: 5 })).toBe('5 non lus');
  });

  it('uses other in Japanese and Chinese, exact cases first, and keeps text around the block', () => {
    expect(formatPlurals('ja', '{count, plural, other {#部}}', { count: 1 })).toBe('1部');
    expect(formatPlurals('en', 'Messages: {count, plural, =0 {none} one {# new} other {# new}}.', { count: 0 })).toBe('Messages: none.');
    expect(formatPlurals('en', '{n, plural, one {# star} other {# stars}} for {name}', { n: 1, name: '{name}' })).toBe('1 star for {name}');
  });

  it('leaves text without plural blocks and malformed blocks alone', () => {
    expect(formatPlurals('en', 'Hello {name}', { name: 'x' })).toBe('Hello {name}');
    expect(formatPlurals('en', '{count, plural, one {# copy}}', { count: 2 })).toBe('{count, plural, one {# copy}}');
  });

  it('lists placeholders of both kinds once', () => {
    expect(placeholdersOf(`${copies} for {name}`)).toEqual(['count', 'name']);
    expect(placeholdersOf('{days}')).toEqual(['days']);
  });
});
