import { describe, expect, it } from 'vitest';
import { bigrams, editDistance, findNormalized, highlightRuns, normalizeText, queryTerms } from './search-text';

describe('normalising search text', () => {
  it('folds full-width letters, lower-cases and drops spaces and punctuation', () => {
    expect(normalizeText(' ＧＪＪ　公积金（提取）、KTV ')).toBe('gjj公积金提取ktv');
    // Accents and ligatures of Latin letters fold away; kana and Han stay as they are.
    expect(normalizeText('Déclaration d’état civil, cœur')).toBe('declarationdetatcivilcoeur');
    expect(normalizeText('パスポート・婚姻届')).toBe('パスポート婚姻届');
    expect(queryTerms('Mariage ÉTAT')).toEqual([{ text: 'mariage', script: 'latin' }, { text: 'etat', script: 'latin' }]);
  });

  it('splits a query into Han and Latin terms', () => {
    expect(queryTerms('gjj提取  公积金，KTV')).toEqual([
      { text: 'gjj', script: 'latin' },
      { text: '提取', script: 'han' },
      { text: '公积金', script: 'han' },
      { text: 'ktv', script: 'latin' },
    ]);
    expect(queryTerms('  ，。 ')).toEqual([]);
  });

  it('keeps at most the given number of terms', () => {
    expect(queryTerms('a b c d e f g h', 3)).toHaveLength(3);
  });

  it('makes overlapping bigrams', () => {
    expect(bigrams('公积金')).toEqual(['公积', '积金']);
    expect(bigrams('证')).toEqual([]);
  });
});

describe('finding and highlighting', () => {
  it('finds a normalised needle across punctuation and reports original positions', () => {
    expect(findNormalized('住房 公积金（提取）', '公积金提取')).toEqual([3, 4, 5, 7, 8]);
    expect(findNormalized('结婚登记', '离婚')).toEqual([]);
  });

  it('turns marked positions into runs', () => {
    expect(highlightRuns('住房公积金提取', new Set([2, 3, 4]))).toEqual([
      { text: '住房', match: false },
      { text: '公积金', match: true },
      { text: '提取', match: false },
    ]);
  });
});

describe('edit distance for cheap typo tolerance', () => {
  it('counts substitutions, insertions, deletions and adjacent swaps as one each', () => {
    expect(editDistance('gjj', 'gjj')).toBe(0);
    expect(editDistance('gjj', 'gij')).toBe(1);
    expect(editDistance('gjj', 'jgj')).toBe(1);
    expect(editDistance('gjj', 'gj')).toBe(1);
    expect(editDistance('hunyin', 'huny')).toBe(2);
  });

  it('gives up beyond the cap', () => {
    expect(editDistance('abcdef', 'uvwxyz', 2)).toBe(3);
    expect(editDistance('a', 'abcdef', 2)).toBe(3);
  });
});
