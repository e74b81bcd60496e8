/**
 * The name an uploaded material keeps: the applicant's own file name ("身份证正面.jpg"), made safe
 * on the phone before it is sent, so the BFF (which refuses unsafe names rather than cleaning them)
 * accepts it and the case's material list shows what the applicant picked.
 */

/** Extensions the BFF accepts on a material's name. */
export const MATERIAL_EXTENSIONS = ['jpg', 'jpeg', 'png', 'pdf'] as const;
export type MaterialExtension = (typeof MATERIAL_EXTENSIONS)[number];

/** At most this many characters (code points) before the extension; the BFF shows no more. */
export const MATERIAL_NAME_MAX_CHARS = 100;

// C0/C1 controls, zero-width and bidi marks and overrides (which can make `gpj.exe` read as `exe.jpg`).
const INVISIBLE = /[\u0000-\u001f\u007f-\u009f\u200b-\u200f\u202a-\u202e\u2060-\u2069\ufeff]/gu;
// Characters that name a directory, escape or are awkward in a download header are replaced, not dropped;
// so are look-alike separators that NFKC folds into `/` or `\` (the fullwidth solidus ／). A fullwidth
// colon stays ("材料：身份证.jpg") unless it would read as a drive letter.
const AWKWARD = /[\\/:%"*<>?|;]/;
const SEPARATOR = /[\\/]/;

/**
 * The applicant's file name without any folder, invisible or control characters, separators or
 * percent signs, leading dots and trailing dots or spaces; the base cut to `MATERIAL_NAME_MAX_CHARS`,
 * and `fallbackExtension` when the name has no accepted extension. An empty result falls back to
 * `material.<extension>`.
 */
export function materialFileName(raw: string | null | undefined, fallbackExtension: MaterialExtension): string {
  const lastSegment = (raw ?? '').split(/[\\/]/).pop() ?? '';
  const visible = lastSegment.normalize('NFC').replace(INVISIBLE, '');
  const chars = Array.from(visible, (c) => (AWKWARD.test(c) || SEPARATOR.test(c.normalize('NFKC')) ? '_' : c));
  const trimmed = chars.join('').trim().replace(/^[.\s]+/, '').replace(/[.\s]+$/, '');
  const dot = trimmed.lastIndexOf('.');
  const ext = dot > 0 ? trimmed.slice(dot + 1).toLowerCase() : '';
  const known = (MATERIAL_EXTENSIONS as readonly string[]).includes(ext);
  const base = (known ? trimmed.slice(0, dot) : trimmed).replace(/[.\s]+$/, '');
  const cut = Array.from(base).slice(0, MATERIAL_NAME_MAX_CHARS).join('').trim().replace(/[.\s]+$/, '');
  // `Ａ：x` folds to `A:x`, which names a drive.
  const drive = /^[A-Za-z]:/.test(cut.normalize('NFKC')) ? Array.from(cut).map((c, i) => (i === 1 ? '_' : c)).join('') : cut;
  return `${drive || 'material'}.${known ? ext : fallbackExtension}`;
}
