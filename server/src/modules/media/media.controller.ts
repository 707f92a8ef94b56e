import { Config, Controller, Get, Inject, Param, Post } from '@midwayjs/core';
import { Context } from '@midwayjs/koa';
import { ApiBearerAuth, ApiBody, ApiTags } from '@midwayjs/swagger';
import { pipeline } from 'stream/promises';
import { parseId } from '../../common/params';
import type { MediaConfig } from './media.config';
import { MediaService } from './media.service';
import { requireLogin } from './require-login';
import { FILE_FIELD, PhotoUploadMiddleware, readUpload, uploadedFile } from './upload';

@ApiTags('media')
@ApiBearerAuth()
@Controller('/api/media')
export class MediaController {
  @Inject() ctx: Context;
  @Inject() media: MediaService;
  @Config('linli.media') cfg: MediaConfig;

  /** One photo per request (multipart field `file`); the client uploads up to 9 in parallel and sends their ids. */
  @Post('/photos', { middleware: [PhotoUploadMiddleware] })
  @ApiBody({
    description: 'multipart/form-data，字段 file：JPEG / PNG / WebP（HEIC 视服务器能力），默认不超过 10 MB',
    content: { 'multipart/form-data': { schema: { type: 'object', required: [FILE_FIELD], properties: { [FILE_FIELD]: { type: 'string', format: 'binary' } } } } },
  })
  async upload() {
    const actor = requireLogin(this.ctx);
    const bytes = await readUpload(uploadedFile(this.ctx).data, this.cfg.maxBytes, this.ctx.req);
    return this.media.upload(actor, bytes);
  }

  /**
   * The photo bytes (image/jpeg), not the JSON envelope. Written straight to the socket (koa `respond = false`)
   * because the envelope middleware would wrap any body returned through Midway.
   */
  @Get('/photos/:id')
  async photo(@Param('id') id: string) {
    const actor = requireLogin(this.ctx);
    const { media, body, size } = await this.media.open(actor, parseId(id));
    const ctx = this.ctx;
    const etag = `"${media.sha256}"`;
    ctx.set('content-type', media.mime);
    ctx.set('etag', etag);
    // private: the photo is personal data, no shared cache may keep it; the bytes under an id never change
    ctx.set('cache-control', 'private, max-age=86400');
    ctx.set('x-content-type-options', 'nosniff');
    ctx.respond = false;
    if (ctx.get('if-none-match') === etag) {
      body.destroy();
      ctx.res.statusCode = 304;
      ctx.res.end();
      return;
    }
    if (size !== undefined) ctx.set('content-length', String(size));
    ctx.res.statusCode = 200;
    await pipeline(body, ctx.res).catch(() => ctx.res.destroy()); // client gone or storage stream broke: nothing left to answer
  }
}
