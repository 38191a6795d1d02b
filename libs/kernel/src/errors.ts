/**
 * Every rule a command can break has a code. The kernel holds the few every module shares;
 * each module declares its own in `<module>.errors.ts`. Codes say what went wrong, never how
 * a transport reports it: the API maps each one to an HTTP status in one exhaustive table, and
 * workflows carry them across Temporal as the failure type.
 */
export const KERNEL_ERRORS = [
  'VALIDATION_FAILED',
  'FORBIDDEN',
  'NOT_FOUND',
  'ALREADY_EXISTS',
  'CONFLICT',
  /** A fact recorded as having happened on a day that has not come yet. */
  'DATE_IN_FUTURE',
] as const;
export type KernelErrorCode = (typeof KERNEL_ERRORS)[number];

export interface ErrorDetails {
  /** Dotted path of the offending input field, when one field is to blame. */
  field?: string;
  [key: string]: unknown;
}

export class DomainError<C extends string = string> extends Error {
  constructor(
    readonly code: C,
    message: string,
    /** A list when several fields are to blame (validation of a whole body). */
    readonly details: ErrorDetails | ErrorDetails[] = {},
  ) {
    super(message);
    this.name = 'DomainError';
  }
}

export type Fail<C extends string> = (
  code: C | KernelErrorCode,
  message: string,
  details?: ErrorDetails,
) => never;

/** A module's `fail`, typed to the module's own codes and the kernel's. */
export const failWith =
  <C extends string>(): Fail<C> =>
  (code, message, details) => {
    throw new DomainError(code, message, details);
  };

/** For code that breaks only the kernel's shared rules. */
export const fail: Fail<never> = failWith<never>();
