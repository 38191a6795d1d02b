import { HttpException } from '@nestjs/common';
import { ERROR_CODES, type ErrorCode, type ErrorDetails } from '@kernel';

/** The one error shape clients see: `{ statusCode, code, message, details }`. */
export interface ErrorBody {
  statusCode: number;
  code: string;
  message: string;
  details: ErrorDetails | ErrorDetails[];
}

export class ApiError extends HttpException {
  constructor(code: ErrorCode, message: string, details: ErrorDetails | ErrorDetails[] = {}) {
    super({ statusCode: ERROR_CODES[code], code, message, details } satisfies ErrorBody, ERROR_CODES[code]);
  }
}
