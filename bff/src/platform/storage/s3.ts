import { createReadStream } from 'node:fs';
import { rm } from 'node:fs/promises';
import { Readable } from 'node:stream';
import { GetObjectCommand, HeadObjectCommand, PutObjectCommand, S3Client, S3ServiceException } from '@aws-sdk/client-s3';
import { assertSafeKey, type BlobStorage } from './storage';

export interface S3StorageConfig {
  bucket: string;
  region: string;
  /** Any S3-compatible server (MinIO, Ceph, a cloud's OSS/COS S3 endpoint); AWS when absent. */
  endpoint?: string;
  accessKeyId?: string;
  secretAccessKey?: string;
  forcePathStyle?: boolean;
  /** Key prefix inside the bucket, e.g. `uploads/`. */
  prefix?: string;
}

/** Objects in an S3-compatible bucket: what every instance behind the load balancer sees. */
export class S3Storage implements BlobStorage {
  readonly kind = 's3' as const;
  readonly client: S3Client;
  private readonly prefix: string;

  constructor(private readonly config: S3StorageConfig) {
    this.prefix = config.prefix ?? '';
    this.client = new S3Client({
      region: config.region,
      ...(config.endpoint ? { endpoint: config.endpoint } : {}),
      forcePathStyle: config.forcePathStyle ?? false,
      ...(config.accessKeyId && config.secretAccessKey
        ? { credentials: { accessKeyId: config.accessKeyId, secretAccessKey: config.secretAccessKey } }
        : {}),
      // Checksums only where S3 requires them: many S3-compatible servers do not accept the SDK's
      // default streaming (aws-chunked) trailers.
      requestChecksumCalculation: 'WHEN_REQUIRED',
      responseChecksumValidation: 'WHEN_REQUIRED',
    });
  }

  private keyOf(key: string): string {
    assertSafeKey(key);
    return this.prefix + key;
  }

  async putFile(key: string, source: string, meta: { size: number; contentType: string }): Promise<void> {
    try {
      if (await this.exists(key)) return;
      await this.client.send(new PutObjectCommand({
        Bucket: this.config.bucket, Key: this.keyOf(key), Body: createReadStream(source),
        ContentLength: meta.size, ContentType: meta.contentType,
      }));
    } finally {
      await rm(source, { force: true });
    }
  }

  async read(key: string): Promise<Readable | null> {
    try {
      const out = await this.client.send(new GetObjectCommand({ Bucket: this.config.bucket, Key: this.keyOf(key) }));
      const body = out.Body;
      if (!body) return null;
      return body instanceof Readable ? body : Readable.fromWeb(body.transformToWebStream() as never);
    } catch (error) {
      if (isNotFound(error)) return null;
      throw error;
    }
  }

  async exists(key: string): Promise<boolean> {
    try {
      await this.client.send(new HeadObjectCommand({ Bucket: this.config.bucket, Key: this.keyOf(key) }));
      return true;
    } catch (error) {
      if (isNotFound(error)) return false;
      throw error;
    }
  }

  async close(): Promise<void> {
    this.client.destroy();
  }
}

function isNotFound(error: unknown): boolean {
  if (error instanceof S3ServiceException) {
    return error.name === 'NotFound' || error.name === 'NoSuchKey' || error.$metadata?.httpStatusCode === 404;
  }
  return false;
}
