import { describe, expect, it } from 'vitest';
import { maskGeneric, maskIdNumber, maskName, maskPhone, maskUscc } from './masking';

describe('masking personal identifiers', () => {
  it('keeps the first 4 and last 4 characters of an ID number', () => {
    expect(maskIdNumber('330102199001011234')).toBe('3301**********1234');
  });
  it('keeps the first 3 and last 4 digits of a phone number', () => {
    expect(maskPhone('13812345678')).toBe('138****5678');
  });
  it('keeps only the first character of a Chinese name, one star per character', () => {
    expect(maskName('张三丰')).toBe('张**');
    expect(maskName('李四')).toBe('李*');
    expect(maskName('欧阳娜娜')).toBe('欧***');
  });
  it('stars a one-character name entirely', () => {
    expect(maskName('张')).toBe('*');
  });
  it('keeps the first 4 and last 4 characters of a USCC', () => {
    expect(maskUscc('91350100M000100Y43')).toBe('9135**********0Y43');
  });
  it('stars everything when nothing would otherwise be hidden', () => {
    expect(maskGeneric('1234', 2, 2)).toBe('****');
    expect(maskGeneric('', 1, 1)).toBe('');
  });
  it('counts characters outside the basic plane as one', () => {
    expect(maskGeneric('𠀀ab𠀁', 1, 1)).toBe('𠀀**𠀁');
  });
});
