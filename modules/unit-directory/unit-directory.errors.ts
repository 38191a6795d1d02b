import { failWith, type Fail } from '@kernel';

/** The unit directory's refusals. */
export const UNIT_DIRECTORY_ERRORS = [
  /** No unit has this code. */
  'UNKNOWN_UNIT',
  /** A unit code is upper-case letters, digits, “-” or “_”. */
  'INVALID_UNIT_CODE',
] as const;
export type UnitDirectoryErrorCode = (typeof UNIT_DIRECTORY_ERRORS)[number];

export const fail: Fail<UnitDirectoryErrorCode> = failWith<UnitDirectoryErrorCode>();
