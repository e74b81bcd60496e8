import type { AppConfig } from '../../config';
import { LocalStorage } from './local';
import { S3Storage } from './s3';
import type { BlobStorage } from './storage';

export type { BlobStorage } from './storage';
export { LocalStorage } from './local';
export { S3Storage, type S3StorageConfig } from './s3';

/**
 * Storage for uploaded files: S3-compatible object storage when `UPLOADS_S3_BUCKET` is set (every
 * instance sees every file), else the local directory `localRoot` (one instance).
 */
export function openUploadStorage(config: Pick<AppConfig, 'uploadsS3'>, localRoot: string): BlobStorage {
  const s3 = config.uploadsS3;
  if (!s3.bucket) return new LocalStorage(localRoot);
  return new S3Storage({
    bucket: s3.bucket, region: s3.region, endpoint: s3.endpoint, accessKeyId: s3.accessKeyId,
    secretAccessKey: s3.secretAccessKey, forcePathStyle: s3.forcePathStyle,
  });
}
