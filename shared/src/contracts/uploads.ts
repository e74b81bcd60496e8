import { z } from 'zod';
import { defineRoute } from './route';
import { IsoInstantSchema } from './common';

/*
 * Uploaded materials (申请材料). Only JPEG, PNG and PDF, recognised by their first bytes (never by
 * the name or the declared type), at most 10 MB each. Files are stored by content hash under a
 * path with no extension; the name the user gave is kept only for display.
 */

/** 10 MB: the largest file a material may be. */
export const UPLOAD_MAX_BYTES = 10 * 1024 * 1024;

export const UPLOAD_MIME_TYPES = ['image/jpeg', 'image/png', 'application/pdf'] as const;
export const UploadMimeSchema = z.enum(UPLOAD_MIME_TYPES);
export type UploadMime = z.infer<typeof UploadMimeSchema>;

/** The multipart form field that carries the file. */
export const UPLOAD_FIELD_NAME = 'file';

export const UploadIdSchema = z.string().regex(/^up_[A-Za-z0-9_-]{16,40}$/);

export const UploadSchema = z.object({
  id: UploadIdSchema,
  /** The user's file name made safe, with the extension of the detected type. */
  fileName: z.string(),
  mime: UploadMimeSchema,
  size: z.number().int().min(1).max(UPLOAD_MAX_BYTES),
  /** SHA-256 of the content, hex. */
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
  createdAt: IsoInstantSchema,
  /**
   * Where to fetch the content: a relative URL signed for a short time, so an `<image>` tag can
   * load it without an Authorization header.
   */
  url: z.string(),
});
export type Upload = z.infer<typeof UploadSchema>;

export const UploadParamsSchema = z.object({ uploadId: UploadIdSchema });

/** Query of a signed content URL. */
export const UploadContentQuerySchema = z.object({
  /** Expiry, Unix seconds. */
  exp: z.coerce.number().int().positive(),
  /** HMAC-SHA256 of `<uploadId>.<exp>`, base64url. */
  sig: z.string().regex(/^[A-Za-z0-9_-]{20,100}$/),
});

export const uploadRoutes = {
  create: defineRoute({
    method: 'POST', path: '/api/v1/uploads', tags: ['uploads'], status: 201,
    summary:
      'Upload one material as multipart/form-data (field `file`): JPEG/PNG/PDF by magic bytes, ≤ 10 MB; ' +
      'a refused file stores nothing',
    response: UploadSchema,
  }),
  get: defineRoute({
    method: 'GET', path: '/api/v1/uploads/:uploadId', tags: ['uploads'],
    summary: 'One of your uploads with a freshly signed content URL',
    params: UploadParamsSchema, response: UploadSchema,
  }),
  /** Answers the file itself (image/jpeg, image/png or application/pdf), not JSON. */
  content: defineRoute({
    method: 'GET', path: '/api/v1/uploads/:uploadId/content', auth: false, tags: ['uploads'],
    summary: 'The content of an upload, through a signed URL handed out by the BFF',
    params: UploadParamsSchema, query: UploadContentQuerySchema, status: 200,
  }),
} as const;
