import { join } from 'path';
import { envBool, envInt } from '../../config/env';

export interface S3Config {
  /** e.g. https://s3.cn-north-1.amazonaws.com.cn or http://127.0.0.1:9000 (MinIO) */
  endpoint: string;
  bucket: string;
  accessKey: string;
  secretKey: string;
  region: string;
  /** true: <endpoint>/<bucket>/<key> (MinIO default); false: <bucket>.<endpoint host>/<key> (Aliyun OSS, Tencent COS). */
  pathStyle: boolean;
  timeoutMs: number;
}

/** `linli.media` in the Midway config. */
export interface MediaConfig {
  /** Local storage root, used when S3 is not configured. */
  dir: string;
  /** Largest accepted upload, in bytes (before re-encoding). */
  maxBytes: number;
  /** Longest edge of the stored JPEG. */
  maxEdge: number;
  quality: number;
  /** Decompression-bomb guard: images with more pixels are refused before decoding (ASVS 5.2.6). */
  maxInputPixels: number;
  s3: S3Config | null;
}

/** Reads the media settings from the environment (called from config.default.ts). */
export function mediaConfigFromEnv(): MediaConfig {
  return {
    // server/data/media from both src/modules/media and dist/modules/media
    dir: process.env.LINLI_MEDIA_DIR || join(__dirname, '../../../data/media'),
    maxBytes: envInt('LINLI_MEDIA_MAX_BYTES', 10 * 1024 * 1024),
    maxEdge: envInt('LINLI_MEDIA_MAX_EDGE', 2560),
    quality: envInt('LINLI_MEDIA_JPEG_QUALITY', 82),
    maxInputPixels: envInt('LINLI_MEDIA_MAX_PIXELS', 100_000_000),
    s3: s3ConfigFromEnv(),
  };
}

function s3ConfigFromEnv(): S3Config | null {
  const endpoint = process.env.LINLI_S3_ENDPOINT;
  if (!endpoint) return null;
  const need = (name: string) => {
    const v = process.env[name];
    // half-configured object storage would silently fall back to local disk; refuse to start instead
    if (!v) throw new Error(`LINLI_S3_ENDPOINT is set but ${name} is missing (see README "Configuration")`);
    return v;
  };
  return {
    endpoint: endpoint.replace(/\/+$/, ''),
    bucket: need('LINLI_S3_BUCKET'),
    accessKey: need('LINLI_S3_ACCESS_KEY'),
    secretKey: need('LINLI_S3_SECRET_KEY'),
    region: process.env.LINLI_S3_REGION || 'us-east-1',
    pathStyle: envBool('LINLI_S3_PATH_STYLE', true),
    timeoutMs: envInt('LINLI_S3_TIMEOUT_MS', 30_000),
  };
}
