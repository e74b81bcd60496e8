/**
 * Masking for display: personal identifiers leave the BFF partly hidden with `*`.
 * Lengths are counted in Unicode code points so Chinese names mask one star per character.
 */

/**
 * Keeps `keepStart` leading and `keepEnd` trailing characters and stars the rest.
 * When nothing would be hidden (value not longer than keepStart + keepEnd) every character is starred.
 */
export function maskGeneric(value: string, keepStart: number, keepEnd: number): string {
  const chars = Array.from(value ?? '');
  const start = Math.max(0, Math.floor(keepStart));
  const end = Math.max(0, Math.floor(keepEnd));
  if (chars.length <= start + end) return '*'.repeat(chars.length);
  return (
    chars.slice(0, start).join('') +
    '*'.repeat(chars.length - start - end) +
    chars.slice(chars.length - end).join('')
  );
}

/** `330102199001011234` → `3301**********1234` (first 4, last 4). */
export function maskIdNumber(idNumber: string): string {
  return maskGeneric(idNumber, 4, 4);
}

/** `13812345678` → `138****5678` (first 3, last 4). */
export function maskPhone(phone: string): string {
  return maskGeneric(phone, 3, 4);
}

/** `张三丰` → `张**`: the first character (the surname, mostly) stays; a one-character name becomes `*`. */
export function maskName(name: string): string {
  return maskGeneric(name, 1, 0);
}

/** USCC: first 4 and last 4 characters kept. */
export function maskUscc(uscc: string): string {
  return maskGeneric(uscc, 4, 4);
}
