import { failWith, type Fail } from '@kernel';

/** Refusals of the records over the years. */
export const RECORD_ERRORS = [
  /** The record already holds another fact for that year (another decision, another rating). */
  'RECORD_CONFLICT',
  /** An initiative is assessed once it is proposed, and recognised once it passed. */
  'INITIATIVE_WRONG_STATUS',
] as const;
export type RecordErrorCode = (typeof RECORD_ERRORS)[number];

export const fail: Fail<RecordErrorCode> = failWith<RecordErrorCode>();
