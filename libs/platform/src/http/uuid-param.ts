import { ParseUUIDPipe } from '@nestjs/common';
import { ApiError } from './api-error';

/** Parses a UUID path parameter, answering 400 that names the parameter otherwise. */
export const uuidParam = (field: string) =>
  new ParseUUIDPipe({
    exceptionFactory: () => new ApiError('VALIDATION_FAILED', `Tham số “${field}” phải là UUID`, { field }),
  });
