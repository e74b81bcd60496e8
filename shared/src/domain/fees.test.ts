import { describe, expect, it } from 'vitest';
import { canMovePayment, feeOf, formatFen, yuanToFen } from './fees';

describe('fees in fen', () => {
  it('reads the listed 非税收入 project of an item, or the first amount of its standard', () => {
    expect(feeOf({ code: 'GAJ-0001', fee: { charged: true, standard: '工本费每证20元' } })?.amountFen).toBe(2000);
    expect(feeOf({ code: 'XXX-0001', fee: { charged: true, standard: '每件12.5元' } })?.amountFen).toBe(1250);
    expect(feeOf({ code: 'XXX-0001', fee: { charged: true, standard: '按物价部门核定' } })).toBeNull();
    expect(feeOf({ code: 'GAJ-0001', fee: { charged: false, standard: null } })).toBeNull();
  });
  it('converts yuan and fen exactly', () => {
    expect(yuanToFen('0.1')).toBe(10);
    expect(yuanToFen('550')).toBe(55000);
    expect(formatFen(2005)).toBe('20.05');
    expect(() => formatFen(1.5)).toThrow();
  });
  it('never moves a refunded payment back to paid', () => {
    expect(canMovePayment('refunded', 'paid')).toBe(false);
    expect(canMovePayment('closed', 'paid')).toBe(true);
    expect(canMovePayment('paid', 'paid')).toBe(false);
  });
});
