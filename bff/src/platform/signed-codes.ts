import { createHmac, timingSafeEqual } from 'node:crypto';
import { codeSigningInput, parseCode, type CodeType } from '@zsb/shared/domain/hall-codes';

/**
 * Signs and checks the `zsb1:` codes 掌上办 prints (format in shared/src/domain/hall-codes.ts):
 * HMAC-SHA256 with the hall code secret, 128 bits kept. A code whose signature does not match is
 * forged (or signed with another deployment's secret) and is refused.
 */
export class CodeSigner {
  constructor(private readonly secret: string) {}

  sign(type: CodeType, parts: readonly string[]): string {
    const input = codeSigningInput(type, parts);
    return `${input}:${this.mac(input)}`;
  }

  /** The code's type and parts when `text` is a code we signed; null otherwise (not a code, or forged). */
  verify(text: string): { type: CodeType; parts: string[] } | null {
    const parsed = parseCode(text);
    if (!parsed) return null;
    const expected = Buffer.from(this.mac(parsed.signed));
    const given = Buffer.from(parsed.signature);
    if (expected.length !== given.length || !timingSafeEqual(expected, given)) return null;
    return { type: parsed.type, parts: parsed.parts };
  }

  private mac(input: string): string {
    return createHmac('sha256', this.secret).update(input).digest().subarray(0, 16).toString('base64url');
  }
}
