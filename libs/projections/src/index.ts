import type { AnyProjection } from '../../event-store/src';
import { planProjection } from './plans/plan.projection';
import { alertProjection } from './reporting/alert.view';
import { reportRequestProjection } from './reporting/report-request.view';
import { reportSubmissionProjection } from './reporting/report-submission.view';
import { assignmentProjection } from './tasks/assignment.view';
import { evidenceProjection } from './tasks/evidence.view';
import { indicatorValueProjection } from './tasks/indicator-value.view';
import { initiativeProjection } from './tasks/initiative.view';
import { unitProjection } from './units/unit.view';
import { nominationProjection } from './rewards/nomination.view';
import { decisionNumberProjection, restrictionProjection, ruleSetProjection } from './rewards/registers.view';
import { reviewProjection } from './rewards/review.view';

export { PlanView } from './plans/plan.entity';
export * from './reporting/alert.view';
export * from './reporting/report-request.view';
export * from './reporting/report-submission.view';
export * from './tasks/assignment.view';
export * from './tasks/evidence.view';
export * from './tasks/indicator-value.view';
export * from './tasks/initiative.view';
export * from './units/unit.view';
export * from './rewards/nomination.view';
export * from './rewards/registers.view';
export * from './rewards/review.view';
export { planProjection };

/** Every inline projection, in the order they are applied within an append. */
export const projections: AnyProjection[] = [
  planProjection,
  unitProjection,
  assignmentProjection,
  evidenceProjection,
  indicatorValueProjection,
  initiativeProjection,
  reportRequestProjection,
  reportSubmissionProjection,
  alertProjection,
  reviewProjection,
  nominationProjection,
  decisionNumberProjection,
  restrictionProjection,
  ruleSetProjection,
];
export const projectionEntities = projections.map((p) => p.entity);
