import { ValidationPipe, type ValidationError } from '@nestjs/common';
import { DomainError } from '@kernel';
import { vietnameseProblem } from './validation-messages';

type FieldProblem = { field: string; problems: string[] };

function flatten(errors: ValidationError[], parent = ''): FieldProblem[] {
  return errors.flatMap((error) => {
    const field = parent ? `${parent}.${error.property}` : error.property;
    const problems = Object.entries(error.constraints ?? {}).map(([name, message]) =>
      vietnameseProblem(name, message),
    );
    const own = problems.length > 0 ? [{ field, problems }] : [];
    return [...own, ...flatten(error.children ?? [], field)];
  });
}

/** Whitelisting, no unknown fields, and a 400 that names every offending field. */
export const validationPipe = new ValidationPipe({
  whitelist: true,
  forbidNonWhitelisted: true,
  transform: true,
  stopAtFirstError: false,
  exceptionFactory: (errors) => {
    const details = flatten(errors);
    const first = details[0];
    const message = first
      ? `Dữ liệu không hợp lệ ở trường “${first.field}”: ${first.problems[0]}`
      : 'Dữ liệu không hợp lệ';
    return new DomainError('VALIDATION_FAILED', message, details);
  },
});
