import { usccCheckChar } from '@zsb/shared/domain/uscc';
import type { Rng } from './prng';

const ORG_CODE_WEIGHTS = [3, 7, 9, 10, 5, 8, 4, 2];
// Characters allowed in a new-style organisation code body that are also in the USCC charset.
const ORG_CODE_CHARS = '0123456789ABCDEFGHJKLMNPQRTUWXY';

/** GB 11714 organisation code check character for an 8-character body. */
export function orgCodeCheckChar(body8: string): string {
  let sum = 0;
  for (let i = 0; i < 8; i++) {
    const ch = body8[i];
    const v = /\d/.test(ch) ? Number(ch) : ch.charCodeAt(0) - 55;
    sum += v * ORG_CODE_WEIGHTS[i];
  }
  const c = 11 - (sum % 11);
  return c === 10 ? 'X' : c === 11 ? '0' : String(c);
}

/**
 * A USCC with valid GB 11714 (organisation code) and GB 32100 check characters.
 * `prefix` is registration authority + organisation type: '11' government body, '91' company, '92' individual business.
 */
export function makeUscc(rng: Rng, prefix: '11' | '91' | '92', region: string, newStyle = prefix !== '11'): string {
  let body = '';
  if (newStyle) {
    body = 'MA2';
    for (let i = 0; i < 5; i++) body += rng.pick([...ORG_CODE_CHARS]);
  } else {
    body = String(rng.int(1, 9)) + rng.digits(7);
  }
  const first17 = `${prefix}${region}${body}${orgCodeCheckChar(body)}`;
  return first17 + usccCheckChar(first17);
}

/** Government bodies that issue certificates, created once per name so each has one stable USCC. */
export class IssuerRegistry {
  private readonly byName = new Map<string, { name: string; uscc: string }>();

  constructor(private readonly rng: Rng) {}

  get(name: string, region: string): { name: string; uscc: string } {
    let issuer = this.byName.get(name);
    if (!issuer) {
      issuer = { name, uscc: makeUscc(this.rng, '11', region) };
      this.byName.set(name, issuer);
    }
    return issuer;
  }

  all(): { name: string; uscc: string }[] {
    return [...this.byName.values()];
  }
}
