/**
 * Codes that 掌上办 prints or shows (a hall's check-in code, a PC sign-in code, a case's material
 * hand-off code): `zsb1:<type>:<body>:<signature>`. `zsb1` is the format's version; the signature
 * is HMAC-SHA256 (the BFF's code secret) over `zsb1:<type>:<body>`, truncated to 128 bits and
 * base64url-encoded (22 characters) so the QR stays small. Signing and checking live in the BFF;
 * this module holds the shape both sides share. Window rating codes are plain links to the rating
 * page whose window id the server resolves (they were printed before this format existed).
 */
export const CODE_VERSION = 'zsb1';

// `mandate`: a signed 委托书; `assist`: a resident's one-time consent to a helper (assisted mode); `doc`: the check code of a document 掌上办 issued.
export const CODE_TYPES = ['hall', 'pc', 'case', 'mandate', 'assist', 'doc'] as const;
export type CodeType = (typeof CODE_TYPES)[number];

/** Longest text a scan may carry; QR codes we print are far shorter. */
export const SCAN_TEXT_MAX_LENGTH = 4096;

export interface ParsedCode {
  type: CodeType;
  /** Type-specific body, `~`-separated parts of `[A-Za-z0-9_.-]`. */
  parts: string[];
  signature: string;
  /** What the signature covers. */
  signed: string;
}

const CODE_RE = /^zsb1:(hall|pc|case|mandate|assist|doc):([A-Za-z0-9_.~-]{1,300}):([A-Za-z0-9_-]{22})$/;

/** The parts of a `zsb1:` code, or null when `text` is not one (says nothing about the signature). */
export function parseCode(text: string): ParsedCode | null {
  if (typeof text !== 'string' || text.length > 400) return null;
  const m = CODE_RE.exec(text.trim());
  if (!m) return null;
  const type = m[1] as CodeType;
  return { type, parts: m[2]!.split('~'), signature: m[3]!, signed: `${CODE_VERSION}:${type}:${m[2]}` };
}

/** The text the signature covers for a code of `type` with these body parts. */
export function codeSigningInput(type: CodeType, parts: readonly string[]): string {
  for (const p of parts) if (!/^[A-Za-z0-9_.-]{1,200}$/.test(p)) throw new RangeError(`bad code part ${p}`);
  return `${CODE_VERSION}:${type}:${parts.join('~')}`;
}

/**
 * The window id of a window rating link (`<base>/#/pages/rate/index?windowId=…`) when it points at
 * our own H5 address `baseUrl`; null for any other text (another site's link is never opened).
 */
export function windowIdOfRateLink(text: string, baseUrl: string, ratePagePath: string): string | null {
  if (typeof text !== 'string' || text.length > 1000) return null;
  const base = baseUrl.replace(/\/$/, '');
  const prefix = `${base}/#${ratePagePath}?`;
  if (!text.startsWith(prefix)) return null;
  const windowId = new URLSearchParams(text.slice(prefix.length)).get('windowId');
  return windowId && /^H\d{6}-W\d{2}$/.test(windowId) ? windowId : null;
}
