import type { KernelErrorCode } from '@kernel';
import type { ConsiderationErrorCode } from '@modules/consideration/consideration.errors';
import type { AssignmentErrorCode } from '@modules/assignment/assignment.errors';
import type { NominationErrorCode } from '@modules/nomination/nomination.errors';
import type { PeopleErrorCode } from '@modules/people/people.errors';
import type { PlanErrorCode } from '@modules/plan/plan.errors';
import type { ReportingErrorCode } from '@modules/reporting/reporting.errors';
import type { RecordErrorCode } from '@modules/record/record.errors';
import type { UnitDirectoryErrorCode } from '@modules/unit-directory/unit-directory.errors';
import type { HttpErrorCode } from '@platform/http/http.errors';

export type ErrorCode =
  | KernelErrorCode
  | HttpErrorCode
  | PlanErrorCode
  | ReportingErrorCode
  | RecordErrorCode
  | ConsiderationErrorCode
  | AssignmentErrorCode
  | UnitDirectoryErrorCode
  | NominationErrorCode
  | PeopleErrorCode;

const NOT_NOW = 409; // the rule may hold later: the thing is not at the right step
const BROKEN = 422; // the request is well-formed but breaks a rule

/**
 * Every error code of every module, and the HTTP status it answers with: one table, checked
 * by the compiler to be complete, so a module's new code cannot reach a client unmapped.
 */
export const HTTP_STATUS: Record<ErrorCode, number> = {
  VALIDATION_FAILED: 400,
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  ALREADY_EXISTS: 409,
  CONFLICT: 409,
  DATE_IN_FUTURE: BROKEN,
  PAYLOAD_TOO_LARGE: 413,
  FILE_TOO_LARGE: 413,
  UNSUPPORTED_MEDIA_TYPE: 415,
  IDEMPOTENCY_KEY_REUSED: BROKEN,
  TOO_MANY_REQUESTS: 429,

  PLAN_NOT_LAUNCHED: NOT_NOW,
  PLAN_NOT_DRAFT: NOT_NOW,
  PLAN_IDENTITY_FIXED: BROKEN,
  PLAN_BASIS_INVALID: BROKEN,
  PLAN_DEFINITION_INVALID: BROKEN,
  REVIEW_CLOSED: NOT_NOW,
  DUE_BEFORE_ISSUE: BROKEN,
  UNIT_NOT_IN_PLAN: BROKEN,
  YEAR_OUTSIDE_PLAN: BROKEN,

  TASK_ALREADY_STARTED: NOT_NOW,
  RESULT_REQUIRED: BROKEN,
  LEAD_REPORTS_PROGRESS: BROKEN,
  LEAD_SETS_STATUS: BROKEN,
  INVALID_PERIOD: BROKEN,
  INVALID_MEASURE: BROKEN,
  BREAKDOWN_MISMATCH: BROKEN,

  DOCUMENT_ISSUED: NOT_NOW,
  RECORD_CONFLICT: 409,
  INITIATIVE_WRONG_STATUS: NOT_NOW,
  CONSIDERATION_WRONG_STATUS: NOT_NOW,
  NOT_IN_BODY: BROKEN,
  BALLOT_INCOMPLETE: BROKEN,
  NOTHING_TO_VOTE: NOT_NOW,
  NOTHING_TO_SIGN: NOT_NOW,
  PDF_UNAVAILABLE: 503,
  INDICATOR_NOT_APPLICABLE: BROKEN,

  UNKNOWN_UNIT: BROKEN,
  INVALID_UNIT_CODE: BROKEN,
  UNKNOWN_UNIT_KIND: BROKEN,

  UNKNOWN_ACCOUNT: 404,
  UNKNOWN_PERSON: BROKEN,
  UNKNOWN_GRANT: 404,
  INVALID_USERNAME: BROKEN,
  INVALID_GRANT_PERIOD: BROKEN,
  POST_DATE_OUT_OF_ORDER: BROKEN,
  UNIT_REQUIRED: BROKEN,
  COUNCIL_POST_REQUIRED: BROKEN,
  PASSWORD_CHANGE_REQUIRED: 403,
  WEAK_PASSWORD: BROKEN,
  UNIT_ENDED: NOT_NOW,
  UNIT_CYCLE: BROKEN,
  NOT_AN_ORGANISATION: BROKEN,
  UNIT_HAS_UNITS: NOT_NOW,

  NOMINATION_WRONG_STATUS: NOT_NOW,
  REVIEW_NOT_CLOSED: NOT_NOW,
  FORM_NOT_ALLOWED: BROKEN,
  FORM_NOT_FOR_SUBJECT: BROKEN,
  UNIT_NOT_IN_REVIEW: BROKEN,
  SUBJECT_RESTRICTED: BROKEN,
  DOSSIER_INCOMPLETE: BROKEN,
  COUNCIL_EMPTY: NOT_NOW,
  RETURN_NEEDS_ITEMS: BROKEN,
  REJECTION_NEEDS_REASON: BROKEN,
  VOTE_NOT_OPEN: NOT_NOW,
  NOTHING_AWAITING_QUOTA: NOT_NOW,
  WRONG_AUTHORITY: BROKEN,
  NOT_DECIDED: NOT_NOW,
};

export const statusOf = (code: string): number | undefined =>
  Object.prototype.hasOwnProperty.call(HTTP_STATUS, code) ? HTTP_STATUS[code as ErrorCode] : undefined;
