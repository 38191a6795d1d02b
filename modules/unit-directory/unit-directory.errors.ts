import { failWith, type Fail } from '@kernel';

/** The unit directory's refusals. */
export const UNIT_DIRECTORY_ERRORS = [
  /** No unit has this code. */
  'UNKNOWN_UNIT',
  /** A unit code is upper-case letters, digits, “-” or “_”. */
  'INVALID_UNIT_CODE',
  /** No unit kind has this code. */
  'UNKNOWN_UNIT_KIND',
  /** The unit was merged or dissolved: it takes no more changes. */
  'UNIT_ENDED',
  /** A unit would end up under itself. */
  'UNIT_CYCLE',
  /** A unit with live units under it cannot be dissolved. */
  'UNIT_HAS_UNITS',
  /** Only an organisation (not a unit inside one) has an issuing profile; its standing agency is its own unit. */
  'NOT_AN_ORGANISATION',
] as const;
export type UnitDirectoryErrorCode = (typeof UNIT_DIRECTORY_ERRORS)[number];

export const fail: Fail<UnitDirectoryErrorCode> = failWith<UnitDirectoryErrorCode>();
