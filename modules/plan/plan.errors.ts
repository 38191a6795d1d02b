import { failWith, type Fail } from '@kernel';

/** The plan's own refusals. */
export const PLAN_ERRORS = [
  /** The command needs a launched plan. */
  'PLAN_NOT_LAUNCHED',
  /** Only a draft may be revised. */
  'PLAN_NOT_DRAFT',
  /** Number and issuer name the plan: they never change. */
  'PLAN_IDENTITY_FIXED',
  /** A rule of the plan definition is broken (dates, phases, codes, regime). */
  'PLAN_DEFINITION_INVALID',
  /** The review has closed: its scores are fixed. */
  'REVIEW_CLOSED',
  /** A report request falls due before it is issued. */
  'DUE_BEFORE_ISSUE',
  /** The unit takes no part in the plan. */
  'UNIT_NOT_IN_PLAN',
  /** The plan names a unit the directory does not know. */
  'UNKNOWN_UNIT',
  /** An indicator names a unit kind the catalogue does not have. */
  'UNKNOWN_UNIT_KIND',
  /** The higher plan a plan cites is unknown, not launched, or gave no such task to its organisation. */
  'PLAN_BASIS_INVALID',
  /** The year lies outside the plan. */
  'YEAR_OUTSIDE_PLAN',
] as const;
export type PlanErrorCode = (typeof PLAN_ERRORS)[number];

export const fail: Fail<PlanErrorCode> = failWith<PlanErrorCode>();
