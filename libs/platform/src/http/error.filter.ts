import { ArgumentsHost, Catch, HttpException, Logger, type ExceptionFilter } from '@nestjs/common';
import type { Request, Response } from 'express';
import { DomainError, type Actor } from '@kernel';
import type { ErrorBody, RefusalLog } from './error-body';

const CODE_BY_STATUS: Record<number, string> = {
  400: 'VALIDATION_FAILED',
  401: 'UNAUTHENTICATED',
  403: 'FORBIDDEN',
  404: 'NOT_FOUND',
  409: 'CONFLICT',
  413: 'PAYLOAD_TOO_LARGE',
  429: 'TOO_MANY_REQUESTS',
};

/** Every failure leaves the API in one shape; unexpected ones are logged and hidden. */
@Catch()
export class ErrorFilter implements ExceptionFilter {
  private readonly log = new Logger('errors');

  /** `statusOf` is the application's table of every error code; a code missing there is a bug (500). */
  constructor(
    private readonly statusOf: (code: string) => number | undefined,
    private readonly attempts?: RefusalLog,
  ) {}

  async catch(exception: unknown, host: ArgumentsHost): Promise<void> {
    const body = this.toBody(exception);
    if (body.statusCode >= 500) this.log.error(exception);
    const request = host.switchToHttp().getRequest<Request & { actor?: Actor }>();
    if (this.attempts && request.method !== 'GET' && body.statusCode >= 400 && body.statusCode < 500) {
      const route = request.originalUrl.split('?')[0];
      await this.attempts
        .record({ actor: request.actor, method: request.method, route, body: request.body, error: body })
        .catch((error: unknown) => this.log.error(error, 'could not record a refused attempt'));
    }
    host.switchToHttp().getResponse<Response>().status(body.statusCode).json(body);
  }

  private toBody(exception: unknown): ErrorBody {
    if (exception instanceof DomainError && this.statusOf(exception.code) !== undefined) {
      return {
        statusCode: this.statusOf(exception.code)!,
        code: exception.code,
        message: exception.message,
        details: exception.details,
      };
    }
    if (exception instanceof HttpException) {
      const status = exception.getStatus();
      const response = exception.getResponse();
      // Multer stops an oversized upload before our code sees it.
      if (status === 413 && exception.message === 'File too large')
        return {
          statusCode: 413,
          code: 'FILE_TOO_LARGE',
          message: 'Tệp đính kèm vượt quá dung lượng cho phép',
          details: { field: 'file' },
        };
      if (typeof response === 'object' && response && 'code' in response) return response as ErrorBody;
      const message =
        typeof response === 'string'
          ? response
          : ((response as { message?: string }).message ?? exception.message);
      return {
        statusCode: status,
        code: CODE_BY_STATUS[status] ?? 'HTTP_ERROR',
        message: String(message),
        details: {},
      };
    }
    // Errors from the body parser (http-errors): too large, malformed JSON, wrong charset.
    const status = (exception as { status?: unknown; expose?: unknown } | null)?.status;
    if (
      typeof status === 'number' &&
      status >= 400 &&
      status < 500 &&
      (exception as { expose?: unknown }).expose
    ) {
      const message =
        status === 413
          ? 'Nội dung yêu cầu vượt quá dung lượng cho phép (2 MB)'
          : 'Nội dung yêu cầu không phải JSON hợp lệ';
      return {
        statusCode: status,
        code: CODE_BY_STATUS[status] ?? 'HTTP_ERROR',
        message,
        details: { field: 'body' },
      };
    }
    return { statusCode: 500, code: 'INTERNAL', message: 'Lỗi hệ thống, vui lòng thử lại sau', details: {} };
  }
}
