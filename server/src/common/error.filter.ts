import { Catch, ILogger, Logger, MidwayHttpError } from '@midwayjs/core';
import { MidwayValidationError } from '@midwayjs/validate';
import { Context } from '@midwayjs/koa';
import { ApiEnvelope, ERRORS, ErrorCode } from '@linli/config';
import { AppError } from './app-error';
import { validationMessage } from './validation-message';
import { withoutQueryParameters } from '../db/typeorm-logger';

/** Every error leaves as the envelope; never a stack trace. Unknown errors are logged, then answered generically. */
@Catch()
export class ErrorFilter {
  @Logger()
  logger: ILogger;

  async catch(err: Error, ctx: Context): Promise<ApiEnvelope> {
    if (err instanceof AppError) {
      ctx.status = err.status;
      return { success: false, errorCode: err.code, errorMessage: err.message, errorField: err.field };
    }
    if (err instanceof MidwayValidationError) {
      const { field, message } = validationMessage(err);
      ctx.status = 422;
      return { success: false, errorCode: 'VALIDATION_FAILED', errorMessage: message, errorField: field };
    }
    // a body that is not what its headers say (Content-Encoding: gzip on plain text) fails in zlib: the request's fault
    const zlib = /^Z_/.test(String((err as NodeJS.ErrnoException).code ?? ''));
    const status = (err as MidwayHttpError).status ?? (err as { statusCode?: number }).statusCode ?? (zlib ? 400 : undefined);
    if (status && status >= 400 && status < 500) {
      ctx.status = status;
      const code: ErrorCode = status === 404 ? 'NOT_FOUND' : status === 413 ? 'PAYLOAD_TOO_LARGE' : status === 401 ? 'UNAUTHENTICATED' : 'VALIDATION_FAILED';
      const message = code === 'VALIDATION_FAILED' ? `请求格式有误：${ctx.method} ${ctx.path}` : ERRORS[code].message;
      return { success: false, errorCode: code, errorMessage: message };
    }
    this.logger.error('[%s %s] %s', ctx.method, ctx.path, withoutQueryParameters(err));
    ctx.status = 500;
    return { success: false, errorCode: 'INTERNAL', errorMessage: ERRORS.INTERNAL.message };
  }
}
