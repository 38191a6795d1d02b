import { failWith, type Fail } from '@kernel';

/** A unit's assignment refusals. */
export const ASSIGNMENT_ERRORS = [
  /** A started task cannot go back to “not started”. */
  'TASK_ALREADY_STARTED',
  /** A done task needs its result. */
  'RESULT_REQUIRED',
  /** The lead unit reports through progress, not contributions. */
  'LEAD_REPORTS_PROGRESS',
  /** Only the lead unit sets a task’s status. */
  'LEAD_SETS_STATUS',
  /** An indicator's period is not a key of a known form (see PERIOD_KEY_FORMS). */
  'INVALID_PERIOD',
  /** Numerator and denominator out of range. */
  'INVALID_MEASURE',
  /** A breakdown's parts do not add up to its total. */
  'BREAKDOWN_MISMATCH',
  /** The indicator does not apply to the unit’s kind. */
  'INDICATOR_NOT_APPLICABLE',
] as const;
export type AssignmentErrorCode = (typeof ASSIGNMENT_ERRORS)[number];

export const fail: Fail<AssignmentErrorCode> = failWith<AssignmentErrorCode>();
