import { failWith, type Fail } from '@kernel';

/** Refusals about people, accounts and role grants. */
export const PEOPLE_ERRORS = [
  /** No account has this user name. */
  'UNKNOWN_ACCOUNT',
  /** No person has this id in the organisation. */
  'UNKNOWN_PERSON',
  /** No grant has this id. */
  'UNKNOWN_GRANT',
  /** A user name is lower-case letters without marks, digits, “.”, “-” or “_”. */
  'INVALID_USERNAME',
  /** A grant ends before it starts. */
  'INVALID_GRANT_PERIOD',
  /** A change of post takes effect after the previous one. */
  'POST_DATE_OUT_OF_ORDER',
  /** A unit member's or standing agency's grant names its unit. */
  'UNIT_REQUIRED',
  /** A council member's grant names the post. */
  'COUNCIL_POST_REQUIRED',
  /** The account must change its first or reset password before anything else. */
  'PASSWORD_CHANGE_REQUIRED',
  /** The password is too short or the current one is wrong. */
  'WEAK_PASSWORD',
] as const;
export type PeopleErrorCode = (typeof PEOPLE_ERRORS)[number];

export const fail: Fail<PeopleErrorCode> = failWith<PeopleErrorCode>();
