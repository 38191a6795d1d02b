import { failWith, type Fail } from '@kernel';

/** Refusals of the yearly consideration. */
export const CONSIDERATION_ERRORS = [
  /** The consideration is not at the step the command belongs to (proposals closed, no vote open). */
  'CONSIDERATION_WRONG_STATUS',
  /** The form is not considered at year end, or not for this kind of subject. */
  'FORM_NOT_ALLOWED',
  'FORM_NOT_FOR_SUBJECT',
  /** The subject is not of the unit whose consideration this is. */
  'NOT_IN_BODY',
  /** A ballot must give a choice for every nominee on the list. */
  'BALLOT_INCOMPLETE',
  'VOTE_NOT_OPEN',
  'NOTHING_TO_VOTE',
  /** No recipient of the form is ready for a decision (none approved, or still posted). */
  'NOTHING_TO_SIGN',
  'COUNCIL_EMPTY',
] as const;
export type ConsiderationErrorCode = (typeof CONSIDERATION_ERRORS)[number];

export const fail: Fail<ConsiderationErrorCode> = failWith<ConsiderationErrorCode>();
