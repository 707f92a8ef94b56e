import { ERRORS, ErrorCode } from '@linli/config';

/** A coded error the client sees as the envelope { success:false, errorCode, errorMessage, errorField }. */
export class AppError extends Error {
  readonly status: number;
  constructor(readonly code: ErrorCode, message?: string, readonly field?: string) {
    super(message ?? ERRORS[code].message);
    this.name = 'AppError';
    this.status = ERRORS[code].status;
  }
}

export const notFound = () => new AppError('NOT_FOUND');
export const forbidden = (message?: string) => new AppError('FORBIDDEN', message);
export const invalid = (field: string, message: string) => new AppError('VALIDATION_FAILED', message, field);
