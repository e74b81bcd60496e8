import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cleanText, containsPersonalData, findPersonalData, maskPersonalData, maskTextAnswer, passesLuhn } from './free-text';
import { idNumberCheckChar } from './id-number';

// Personal data published in rating comments (issue 12, defect 3): one detector and masker for every free text.

const luhnCheckDigit = (body: string) => {
  for (let d = 0; d <= 9; d++) if (passesLuhn(`${body}${d}`)) return String(d);
  throw new Error('unreachable');
};

/** A valid 18-character ID number: region not starting with 0, real birth date from 1900 to 2020, right check character. */
const validIdNumber = fc
  .tuple(
    fc.integer({ min: 110000, max: 659999 }),
    fc.date({ min: new Date('1900-01-01T00:00:00Z'), max: new Date('2020-12-31T00:00:00Z'), noInvalidDate: true }),
    fc.integer({ min: 0, max: 999 }),
  )
  .map(([region, birth, seq]) => {
    const first17 = `${region}${birth.toISOString().slice(0, 10).replaceAll('-', '')}${String(seq).padStart(3, '0')}`;
    return first17 + idNumberCheckChar(first17);
  });

const mobile = fc
  .tuple(fc.constantFrom('3', '4', '5', '6', '7', '8', '9'), fc.stringMatching(/^\d{9}$/))
  .map(([second, rest]) => `1${second}${rest}`);

const bankCard = fc
  .tuple(fc.constantFrom('62', '4', '5'), fc.integer({ min: 13, max: 19 }), fc.stringMatching(/^\d{18}$/))
  .map(([prefix, length, filler]) => {
    const body = (prefix + filler).slice(0, length - 1);
    return body + luhnCheckDigit(body);
  });

/** Ordinary Chinese text: CJK ideographs and Chinese punctuation, no digits or Latin letters. */
const chineseText = fc
  .array(fc.oneof(
    { weight: 9, arbitrary: fc.integer({ min: 0x4e00, max: 0x9fa5 }).map((c) => String.fromCodePoint(c)) },
    { weight: 1, arbitrary: fc.constantFrom('，', '。', '、', '！', '？', '：', '；', '“', '”', '（', '）', '…', '\n') },
  ), { maxLength: 60 })
  .map((cs) => cs.join(''));

describe('personal data in free text', () => {
  it('never misses a valid ID number embedded in Chinese text', () => {
    fc.assert(fc.property(chineseText, validIdNumber, chineseText, (before, id, after) => {
      const text = `${before}${id}${after}`;
      const found = findPersonalData(text);
      expect(found).toContainEqual({ kind: 'id_number', start: before.length, end: before.length + 18, value: id });
      expect(maskPersonalData(text)).not.toContain(id.slice(4, 14));
    }), { numRuns: 500 });
  });

  it('never masks ordinary Chinese text', () => {
    fc.assert(fc.property(chineseText, (text) => {
      expect(maskPersonalData(text)).toBe(text);
      expect(containsPersonalData(text)).toBe(false);
    }), { numRuns: 500 });
  });

  it('masks mobile numbers and Luhn-valid card numbers embedded in Chinese text', () => {
    fc.assert(fc.property(chineseText, mobile, chineseText, bankCard, chineseText, (a, phone, b, card, c) => {
      const masked = maskPersonalData(`${a}${phone}，${b}卡${card}${c}`);
      expect(masked).not.toContain(phone);
      expect(masked).toContain(`${phone.slice(0, 3)}****${phone.slice(7)}，`);
      expect(masked).not.toContain(card);
      // A 15-digit card can also read as a legacy ID number (masked 4+3); either way at most 7 digits stay.
      const shown = masked.slice(masked.length - c.length - card.length, masked.length - c.length);
      expect(masked.slice(0, masked.length - c.length - card.length)).toMatch(/卡$/);
      expect(shown.replace(/\*/g, '').length).toBeLessThanOrEqual(7);
      expect(masked.startsWith(a)).toBe(true);
      expect(masked.endsWith(c)).toBe(true);
    }), { numRuns: 300 });
  });

  it('masks an anonymous comment carrying an ID number and a phone number', () => {
    const comment = '我的身份证330102199001011234，电话138 1234 5678，请回电';
    expect(findPersonalData(comment).map((m) => m.kind)).toEqual(['id_number', 'phone']);
    expect(maskPersonalData(comment)).toBe('我的身份证3301**********1234，电话138****5678，请回电');
  });

  it('accepts a lower-case x check character and separators after the region and the birth date', () => {
    expect(maskPersonalData('号码11010519491231002x')).toBe('号码1101**********002X');
    expect(maskPersonalData('号码 110105 19491231 002X。')).toBe('号码 1101**********002X。');
  });

  it('leaves an 18-digit number with a wrong check character to the other detectors', () => {
    expect(findPersonalData('330102199001011235').filter((m) => m.kind === 'id_number')).toEqual([]);
  });

  it('masks a legacy 15-digit ID number with a real birth date', () => {
    expect(maskPersonalData('旧证号330102900101123')).toBe('旧证号3301********123');
    expect(findPersonalData('编号330102901301123')).toEqual([]);
  });

  it('masks phone numbers with a country code, spaces or dashes', () => {
    expect(maskPersonalData('+86 138-1234-5678')).toBe('138****5678');
    expect(maskPersonalData('拨8613812345678')).toBe('拨138****5678');
    expect(maskPersonalData('工号12812345678')).toBe('工号12812345678');
  });

  it('does not take a phone number out of a longer run of digits', () => {
    expect(findPersonalData('订单号 2013812345678901')).toEqual([]);
  });

  it('masks a card number grouped by spaces and keeps what follows it', () => {
    expect(maskPersonalData('卡号6222 0212 3456 7894 尾号45')).toBe('卡号************7894 尾号45');
  });

  it('does not read a case number or a ticket number as a card', () => {
    for (let n = 0; n < 100; n++) {
      const caseNumber = `ZSB20260316${String(n).padStart(6, '0')}`;
      expect(maskPersonalData(`办件编号${caseNumber}`)).toBe(`办件编号${caseNumber}`);
    }
  });

  it('does not mask a 16-digit number failing Luhn', () => {
    expect(maskPersonalData('单号6222021234567895')).toBe('单号6222021234567895');
  });

  it('masks plate numbers, new-energy plates included', () => {
    expect(maskPersonalData('车牌浙A12345违停')).toBe('车牌浙A****5违停');
    expect(maskPersonalData('车牌浙A·D12345')).toBe('车牌浙A*****5');
    expect(maskPersonalData('沪B12345D')).toBe('沪B*****D');
    expect(maskPersonalData('浙江ABC')).toBe('浙江ABC');
  });

  it('masks e-mail addresses', () => {
    expect(maskPersonalData('联系 zhang.san@example.com 谢谢')).toBe('联系 z***@example.com 谢谢');
  });

  it('passes null and empty text through', () => {
    expect(maskPersonalData(null)).toBeNull();
    expect(maskPersonalData('')).toBe('');
  });
});

describe('typed form answers', () => {
  it('masks an answer that is only an account number, Luhn or not, to its last 4 digits', () => {
    expect(maskTextAnswer('6222021234567895')).toBe('************7895');
    expect(maskTextAnswer('3301 0400 1234 5678 901')).toBe('***************8901');
  });

  it('masks personal data inside other answers and keeps the rest', () => {
    expect(maskTextAnswer('杭州银行西湖支行')).toBe('杭州银行西湖支行');
    expect(maskTextAnswer('联系电话13812345678')).toBe('联系电话138****5678');
    expect(maskTextAnswer('2026')).toBe('2026');
  });
});

/** Any UTF-16 code units, lone surrogates included, weighted towards controls and bidi characters. */
const anyCodeUnits = fc
  .array(fc.oneof(
    fc.integer({ min: 0, max: 0xa0 }),
    fc.integer({ min: 0x2020, max: 0x2070 }),
    fc.integer({ min: 0xd7f0, max: 0xe010 }),
    fc.integer({ min: 0, max: 0xffff }),
  ), { maxLength: 60 })
  .map((units) => String.fromCharCode(...units));

describe('control and bidi characters in stored text', () => {
  it('removes NUL, C0 and C1 controls and bidi overrides, keeping tab and line feed', () => {
    expect(cleanText('a\u0000b\u0007c\td\ne\r\nf\u0085g\u202Eh\u2066i\u2069j\u007F')).toBe('ab\u0063\td\ne\nfghij');
  });

  it('replaces a lone surrogate and keeps a paired one', () => {
    expect(cleanText('a\uD800b𠀀')).toBe('a\uFFFDb𠀀');
  });

  it('leaves no control or bidi character behind and is idempotent', () => {
    fc.assert(fc.property(anyCodeUnits, (s) => {
      const cleaned = cleanText(s);
      expect(cleaned).not.toMatch(/[\u0000-\u0008\u000B-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]/);
      expect(cleaned).not.toMatch(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/);
      expect(cleanText(cleaned)).toBe(cleaned);
    }), { numRuns: 500 });
  });

  it('changes nothing in ordinary Chinese text', () => {
    fc.assert(fc.property(chineseText, (text) => {
      expect(cleanText(text)).toBe(text);
    }));
  });
});
