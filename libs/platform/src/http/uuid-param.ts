import { ParseUUIDPipe } from '@nestjs/common';
import { DomainError } from '@kernel';

/** Parses a UUID path parameter, answering 400 that names the parameter otherwise. */
export const uuidParam = (field: string) =>
  new ParseUUIDPipe({
    exceptionFactory: () =>
      new DomainError('VALIDATION_FAILED', `Tham số “${field}” phải là UUID`, { field }),
  });
