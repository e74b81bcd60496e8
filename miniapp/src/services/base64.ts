// Base64 without `atob`/`btoa`, which the mini-program runtime lacks. Inputs here are ASCII only.
const STD = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
const URL_SAFE = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';

/** Standard base64 (with padding) of an ASCII string, e.g. the QR SVG for a data URL. */
export function asciiToBase64(s: string): string {
  let out = '';
  for (let i = 0; i < s.length; i += 3) {
    const rest = s.length - i;
    const n = (s.charCodeAt(i) << 16) | ((rest > 1 ? s.charCodeAt(i + 1) : 0) << 8) | (rest > 2 ? s.charCodeAt(i + 2) : 0);
    out += STD[(n >> 18) & 63] + STD[(n >> 12) & 63] + (rest > 1 ? STD[(n >> 6) & 63] : '=') + (rest > 2 ? STD[n & 63] : '=');
  }
  return out;
}

/** base64url → text, for the ASCII JSON of a JWT payload. @throws Error on a character outside base64url. */
export function decodeBase64Url(s: string): string {
  let bits = 0;
  let value = 0;
  let out = '';
  for (const ch of s) {
    const v = URL_SAFE.indexOf(ch);
    if (v < 0) throw new Error('not base64url');
    value = ((value << 6) | v) & 0xffffff;
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      out += String.fromCharCode((value >> bits) & 0xff);
    }
  }
  return out;
}
