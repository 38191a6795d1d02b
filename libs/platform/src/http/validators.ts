import { applyDecorators } from '@nestjs/common';
import { Type } from 'class-transformer';
import {
  IsObject,
  IsString,
  MaxLength,
  MinLength,
  registerDecorator,
  ValidateNested,
  type ValidationOptions,
} from 'class-validator';
import { isCivilDate, periodOf, PERIOD_KEY_FORMS } from '@kernel';

export const CODE = /^[A-Za-z0-9][A-Za-z0-9._-]{0,31}$/;

/** A real calendar date written `YYYY-MM-DD`, between 1945 and 2100. */
export function IsCivilDate(options?: ValidationOptions) {
  return (target: object, propertyName: string) =>
    registerDecorator({
      name: 'isCivilDate',
      target: target.constructor,
      propertyName,
      options: { message: `${propertyName} phải là ngày hợp lệ dạng YYYY-MM-DD`, ...options },
      validator: {
        validate(value: unknown) {
          return (
            typeof value === 'string' && isCivilDate(value) && value >= '1945-01-01' && value <= '2100-12-31'
          );
        },
      },
    });
}

export const Text = (max: number) => (target: object, key: string) => {
  IsString()(target, key);
  MinLength(1)(target, key);
  MaxLength(max)(target, key);
};

/** A reporting period's key: a month, quarter, half year, nine months, year or a custom range. */
export function IsPeriodKey(options?: ValidationOptions) {
  return (target: object, propertyName: string) =>
    registerDecorator({
      name: 'isPeriodKey',
      target: target.constructor,
      propertyName,
      options: { message: `${propertyName} có dạng ${PERIOD_KEY_FORMS}`, ...options },
      validator: {
        validate: (value: unknown) => typeof value === 'string' && value.length <= 30 && !!periodOf(value),
      },
    });
}

/**
 * A list of `type` objects, each validated as that class. Every element must be an object:
 * ValidateNested alone walks into an element that is itself an array and, finding nothing to
 * check there, lets it through (the fuzzer's 500).
 */
export const EachOf = (type: new () => object): PropertyDecorator =>
  applyDecorators(
    IsObject({ each: true }),
    ValidateNested({ each: true }),
    Type(() => type),
  );
