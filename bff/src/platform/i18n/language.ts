import type { FastifyReply, FastifyRequest } from 'fastify';
import * as OpenCC from 'opencc-js';
import { negotiateLanguage, type ContentLanguage } from '@zsb/shared/domain/content-language';

/*
 * The language an answer is written in: the request's `Accept-Language` (zh-Hans by default,
 * zh-Hant, en, fr, ja). Headers repeat (an app sends the same one every time), so each distinct
 * header is parsed once. 繁體中文 is converted from 简体中文 with opencc-js (cn → hk, as the
 * mini-program's own texts).
 */

const negotiated = new Map<string, ContentLanguage>();

/** The content language of a request. */
export function requestLanguage(req: FastifyRequest): ContentLanguage {
  const header = req.headers['accept-language'];
  if (!header) return 'zh-Hans';
  let lang = negotiated.get(header);
  if (lang === undefined) {
    lang = negotiateLanguage(header);
    if (negotiated.size > 1000) negotiated.clear();
    negotiated.set(header, lang);
  }
  return lang;
}

/** Marks an answer as localized: its language, and that caches must key it by Accept-Language. */
export function localizedReply(reply: FastifyReply, lang: ContentLanguage): void {
  reply.header('content-language', lang).header('vary', 'Accept-Language');
}

let converter: ((s: string) => string) | undefined;

/** 简体中文 → 繁體中文 (opencc-js, cn → hk). */
export function toTraditional(s: string): string {
  converter ??= OpenCC.Converter({ from: 'cn', to: 'hk' });
  return converter(s);
}
