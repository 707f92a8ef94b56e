import { Config, Middleware } from '@midwayjs/core';
import { Context, NextFunction } from '@midwayjs/koa';
import { UploadMiddleware, UploadStreamFileInfo } from '@midwayjs/busboy';
import type { IncomingMessage } from 'http';
import type { Readable } from 'stream';
import { AppError, invalid } from '../../common/app-error';
import type { MediaConfig } from './media.config';
import { requireLogin } from './require-login';

export const FILE_FIELD = 'file';

/** A busboy file stream; `truncated` is set when the part was cut at limits.fileSize. */
type FileStream = Readable & { truncated?: boolean };

const tooLarge = (maxBytes: number) => new AppError('PAYLOAD_TOO_LARGE', `照片不能超过 ${Math.round(maxBytes / 1024 / 1024)} MB`, FILE_FIELD);
const missing = () => invalid(FILE_FIELD, '请选择要上传的照片');

/**
 * @midwayjs/busboy's middleware, set up for one photo per request. A subclass living in this module so that
 * it is registered by the app's own scan (configuration.ts does not import the busboy component) and so it
 * can refuse anonymous or oversized requests before any multipart parsing. Files are streamed to the
 * handler (busboy `mode: 'stream'`), never written to a temp directory.
 */
@Middleware()
export class PhotoUploadMiddleware extends UploadMiddleware {
  @Config('linli.media') media: MediaConfig;

  // `any`: the parent's resolve() is typed for koa, express and faas at once
  resolve(app: unknown): any {
    // busboy flags a part as truncated once it *reaches* fileSize, so allow one byte more: readUpload decides
    const limits = { files: 1, fields: 10, parts: 12, fieldSize: 4096, fileSize: this.media.maxBytes + 1 };
    const upload = super.resolve(app as never, { mode: 'stream', limits } as never) as (ctx: Context, next: NextFunction) => Promise<unknown>;
    return async (ctx: Context, next: NextFunction) => {
      requireLogin(ctx);
      // a declared length far over the limit is refused at once; multipart overhead is a few hundred bytes
      if (Number(ctx.get('content-length')) > this.media.maxBytes + 64 * 1024) throw tooLarge(this.media.maxBytes);
      return upload(ctx, next);
    };
  }

  static getName() {
    return 'photoUpload';
  }
}

/** The `file` part of the parsed request, or a 422 naming the field. */
export function uploadedFile(ctx: Context): UploadStreamFileInfo & { data: FileStream } {
  const files = ((ctx as unknown as { files?: UploadStreamFileInfo[] }).files ?? []);
  const f = files.find((x) => x.fieldName === FILE_FIELD);
  for (const other of files) if (other !== f) other.data.resume(); // let busboy drain parts we do not read
  if (!f) throw missing();
  return f;
}

/**
 * Reads the streamed file into memory, at most maxBytes (busboy cuts the stream at limits.fileSize and marks
 * it truncated). Settles when the part ends, fails, or the client goes away mid-upload.
 */
export function readUpload(file: FileStream, maxBytes: number, req: IncomingMessage): Promise<Buffer> {
  return new Promise<Buffer>((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    const done = (err: Error | null, value?: Buffer) => {
      req.off('close', onClose);
      file.resume(); // drain whatever is left so the request can complete
      if (err) reject(err);
      else resolve(value as Buffer);
    };
    const onClose = () => {
      if (!req.complete) done(invalid(FILE_FIELD, '照片上传中断，请重试'));
    };
    req.on('close', onClose);
    file.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size <= maxBytes) chunks.push(chunk);
    });
    file.once('error', () => done(invalid(FILE_FIELD, '照片上传不完整，请重试')));
    file.once('end', () => {
      if (file.truncated || size > maxBytes) done(tooLarge(maxBytes));
      else if (size === 0) done(missing());
      else done(null, Buffer.concat(chunks));
    });
  });
}
