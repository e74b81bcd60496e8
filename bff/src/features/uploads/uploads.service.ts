import { createHash, createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import { createWriteStream } from 'node:fs';
import { mkdir, rm } from 'node:fs/promises';
import path from 'node:path';
import type { Readable } from 'node:stream';
import { once } from 'node:events';
import { UPLOAD_MAX_BYTES, type Upload, type UploadMime } from '@zsb/shared/contracts/uploads';
import { nowIso } from '../../db/ids';
import { AppError, notFound } from '../../platform/errors';
import type { BlobStorage } from '../../platform/storage';
import { checkFileName, displayFileName, SNIFF_BYTES, sniffMime, storageKey } from './uploads.rules';
import type { UploadRow, UploadsRepository } from './uploads.repository';

/** How long a signed content URL stays valid. */
export const SIGNED_URL_TTL_SECONDS = 600;

/** How much one user may upload: per China calendar day, and attached to one case. */
export interface UploadQuota {
  perDayBytes: number;
  perCaseBytes: number;
}

const CHINA_OFFSET_MS = 8 * 3600_000;
const DAY_MS = 24 * 3600_000;
/** The instant the current China calendar day began (quotas restart at local midnight). */
const chinaDayStart = (nowMs: number) => Math.floor((nowMs + CHINA_OFFSET_MS) / DAY_MS) * DAY_MS - CHINA_OFFSET_MS;

export interface UploadView {
  id: string;
  fileName: string;
  mime: UploadMime;
  size: number;
  url: string;
}

export interface UploadsDeps {
  repo: UploadsRepository;
  /** Where accepted files go: a local directory or a bucket every instance sees. */
  storage: BlobStorage;
  /** Local directory for files being received and checked (never served). */
  tmpDir: string;
  /** Signs content URLs; the same on every instance, so a link from one is served by any. */
  secret: string;
  now?: () => number;
  /** Per user and China calendar day, and per case; unlimited when absent. */
  quota?: UploadQuota;
}

/**
 * Uploaded materials: checked (name, size, magic bytes) while streaming to a temporary file, then
 * stored under `<hash prefix>/<sha256>`. A refused file leaves nothing behind, in storage or in the database.
 */
export class UploadsService {
  private readonly tmpDir: string;
  private readonly signingKey: Buffer;
  private readonly repo: UploadsRepository;
  private readonly storage: BlobStorage;
  private readonly now: () => number;
  private readonly quota: UploadQuota;

  constructor(deps: UploadsDeps) {
    this.repo = deps.repo;
    this.storage = deps.storage;
    this.tmpDir = deps.tmpDir;
    this.now = deps.now ?? Date.now;
    this.signingKey = createHmac('sha256', deps.secret).update('zsb:uploads:v1').digest();
    this.quota = deps.quota ?? { perDayBytes: Number.POSITIVE_INFINITY, perCaseBytes: Number.POSITIVE_INFINITY };
  }

  /** Stores one file for `ownerUserId`; throws a client error (and stores nothing) when it is refused. */
  async store(ownerUserId: string, rawFileName: string, content: Readable & { truncated?: boolean }): Promise<Upload> {
    const name = checkFileName(rawFileName);
    if (!name.ok) {
      content.resume();
      throw new AppError(400, 'UPLOAD_FILENAME_INVALID', `The file name is not acceptable (${name.reason})`,
        [{ path: 'body.file.filename', message: name.reason }]);
    }
    // Checked before reading (a user at the quota costs us nothing) and again with the real size.
    const usedToday = await this.repo.bytesUploadedSince(ownerUserId, new Date(chinaDayStart(this.now())).toISOString());
    if (usedToday >= this.quota.perDayBytes) {
      content.resume();
      throw this.dailyQuotaExceeded();
    }
    await mkdir(this.tmpDir, { recursive: true });
    const tmp = path.join(this.tmpDir, randomBytes(16).toString('hex'));
    try {
      const { sha256, size, head } = await this.spool(content, tmp);
      if (content.truncated || size > UPLOAD_MAX_BYTES) {
        throw new AppError(413, 'PAYLOAD_TOO_LARGE', 'A material may be at most 10 MB', [{ path: 'body.file', message: 'larger than 10 MB' }]);
      }
      if (usedToday + size > this.quota.perDayBytes) throw this.dailyQuotaExceeded();
      const mime = sniffMime(head);
      if (!mime) {
        throw new AppError(415, 'UPLOAD_TYPE_NOT_ALLOWED', 'Only JPEG, PNG and PDF files are accepted',
          [{ path: 'body.file', message: 'not a JPEG, PNG or PDF file' }]);
      }
      // The content first, then the row: a row never points at content that is not stored.
      await this.storage.putFile(storageKey(sha256), tmp, { size, contentType: mime });
      const row: UploadRow = {
        id: `up_${randomBytes(16).toString('base64url')}`, ownerUserId, sha256, mime, size,
        fileName: displayFileName(name.base, mime), createdAt: nowIso(),
      };
      await this.repo.insert(row);
      return this.toUpload(row);
    } finally {
      await rm(tmp, { force: true });
    }
  }

  /** Writes the stream to `file`, hashing it and keeping its first bytes; stops counting past the limit. */
  private async spool(content: Readable, file: string): Promise<{ sha256: string; size: number; head: Uint8Array }> {
    const hash = createHash('sha256');
    const out = createWriteStream(file, { mode: 0o600 });
    const head: number[] = [];
    let size = 0;
    try {
      for await (const chunk of content as AsyncIterable<Buffer>) {
        size += chunk.length;
        if (size > UPLOAD_MAX_BYTES) continue;
        for (let i = 0; i < chunk.length && head.length < SNIFF_BYTES; i++) head.push(chunk[i]!);
        hash.update(chunk);
        if (!out.write(chunk)) await once(out, 'drain');
      }
    } finally {
      out.end();
      await once(out, 'close');
    }
    return { sha256: hash.digest('hex'), size, head: Uint8Array.from(head) };
  }

  /** Refuses materials of one case that are together larger than the per-case quota. */
  async assertCaseQuota(uploadIds: readonly string[], materialsPath: string): Promise<void> {
    let total = 0;
    for (const v of (await this.views(uploadIds)).values()) total += v.size;
    if (total > this.quota.perCaseBytes) {
      const mb = Math.round(this.quota.perCaseBytes / 1024 / 1024);
      throw new AppError(413, 'CASE_MATERIALS_TOO_LARGE', `The materials of one application may be at most ${mb} MB together`,
        [{ path: materialsPath, message: `larger than ${mb} MB together` }]);
    }
  }

  private dailyQuotaExceeded(): AppError {
    const retryAfter = Math.ceil((chinaDayStart(this.now()) + DAY_MS - this.now()) / 1000);
    const mb = Math.round(this.quota.perDayBytes / 1024 / 1024);
    return new AppError(429, 'UPLOAD_QUOTA_EXCEEDED', `You may upload at most ${mb} MB a day`, undefined, { 'retry-after': String(retryAfter) });
  }

  /** One of the owner's uploads; anyone else's is 404. */
  async get(ownerUserId: string, id: string): Promise<Upload> {
    const row = await this.repo.ownedBy(ownerUserId, id);
    if (!row) throw notFound('No such upload');
    return this.toUpload(row);
  }

  /** Which of `ids` belong to `ownerUserId`. */
  async ownedIds(ownerUserId: string, ids: readonly string[]): Promise<Set<string>> {
    if (ids.length === 0) return new Set();
    return new Set(await this.repo.ownedIds(ownerUserId, ids));
  }

  /** Display data with fresh signed URLs, for a caller that has already authorised the viewer. */
  async views(ids: readonly string[]): Promise<Map<string, UploadView>> {
    if (ids.length === 0) return new Map();
    const rows = await this.repo.byIds(ids);
    return new Map(rows.map((r) => {
      const u = this.toUpload(r);
      return [r.id, { id: u.id, fileName: u.fileName, mime: u.mime, size: u.size, url: u.url }];
    }));
  }

  /** The stored file behind a signed URL, or 404 when the signature is wrong or expired. */
  async content(id: string, exp: number, sig: string): Promise<{ body: Readable; mime: UploadMime; fileName: string; size: number }> {
    const expected = this.signature(id, exp);
    const given = Buffer.from(sig, 'base64url');
    const valid = given.length === expected.length && timingSafeEqual(given, expected) && exp * 1000 > this.now();
    const row = valid ? await this.repo.byId(id) : undefined;
    const body = row ? await this.storage.read(storageKey(row.sha256)) : null;
    if (!row || !body) throw notFound('No such file, or the link has expired');
    return { body, mime: row.mime as UploadMime, fileName: row.fileName, size: row.size };
  }

  private signature(id: string, exp: number): Buffer {
    return createHmac('sha256', this.signingKey).update(`${id}.${exp}`).digest();
  }

  private signedUrl(id: string): string {
    const exp = Math.floor(this.now() / 1000) + SIGNED_URL_TTL_SECONDS;
    return `/api/v1/uploads/${id}/content?exp=${exp}&sig=${this.signature(id, exp).toString('base64url')}`;
  }

  private toUpload(row: UploadRow): Upload {
    return {
      id: row.id, fileName: row.fileName, mime: row.mime as UploadMime, size: row.size, sha256: row.sha256,
      createdAt: row.createdAt, url: this.signedUrl(row.id),
    };
  }
}
