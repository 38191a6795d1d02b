import { ParseUUIDPipe } from '@nestjs/common';
import { DomainError } from '@kernel';
import { CODE } from './validators';

/** Parses a UUID path parameter, answering 400 that names the parameter otherwise. */
export const uuidParam = (field: string) =>
  new ParseUUIDPipe({
    exceptionFactory: () =>
      new DomainError('VALIDATION_FAILED', `Tham số “${field}” phải là UUID`, { field }),
  });

/** Checks a code path parameter (an indicator's, a task's: CT01, I.1), answering 400 that names it otherwise. */
export const codeParam = (field: string) => ({
  transform(value: string): string {
    if (!CODE.test(value))
      throw new DomainError('VALIDATION_FAILED', `Tham số “${field}” phải là mã (chữ, số, “.”, “_”, “-”)`, {
        field,
      });
    return value;
  },
});
