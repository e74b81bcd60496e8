import type { WithdrawalConfirmation } from '@zsb/shared/contracts/housing-fund';

/** The confirmation page's facts, handed from the withdrawal form to the confirmation page (memory only). */
let current: WithdrawalConfirmation | null = null;

export const confirmationStore = {
  set(c: WithdrawalConfirmation) { current = c; },
  get(id: string): WithdrawalConfirmation | null { return current?.confirmationId === id ? current : null; },
};

/** An instant as China time, `YYYY-MM-DD HH:mm`. */
export function chinaTime(iso: string): string {
  return new Date(Date.parse(iso) + 8 * 3600_000).toISOString().slice(0, 16).replace('T', ' ');
}
