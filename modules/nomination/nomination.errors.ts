import { failWith, type Fail } from '@kernel';

/** A nomination's refusals on its way to a decision. */
export const NOMINATION_ERRORS = [
  /** The nomination is not at the step the command needs. */
  'NOMINATION_WRONG_STATUS',
  /** Nominations wait for the review’s fixed scores. */
  'REVIEW_NOT_CLOSED',
  /** The plan does not use this reward form for this review. */
  'FORM_NOT_ALLOWED',
  /** The form is for collectives only, or individuals only. */
  'FORM_NOT_FOR_SUBJECT',
  /** The unit has no score in the review. */
  'UNIT_NOT_IN_REVIEW',
  /** Discipline, inspection or complaint: no reward meanwhile. */
  'SUBJECT_RESTRICTED',
  /** The dossier lacks documents the form requires. */
  'DOSSIER_INCOMPLETE',
  /** The council has no members to vote. */
  'COUNCIL_EMPTY',
  /** Returning a dossier lists what is missing. */
  'RETURN_NEEDS_ITEMS',
  /** Rejecting a nomination gives a reason. */
  'REJECTION_NEEDS_REASON',
  /** The vote has closed or not opened. */
  'VOTE_NOT_OPEN',
  /** No nomination of the form waits for the quota. */
  'NOTHING_AWAITING_QUOTA',
  /** Another authority decides this form. */
  'WRONG_AUTHORITY',
  /** No decision yet, so no certificate. */
  'NOT_DECIDED',
] as const;
export type NominationErrorCode = (typeof NOMINATION_ERRORS)[number];

export const fail: Fail<NominationErrorCode> = failWith<NominationErrorCode>();
