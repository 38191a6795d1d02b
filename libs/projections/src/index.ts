import type { AnyProjection } from '../../event-store/src';
import { planProjection } from './plans/plan.projection';
import { alertProjection } from './reporting/alert.view';
import { reportRequestProjection } from './reporting/report-request.view';
import { reportSubmissionProjection } from './reporting/report-submission.view';
import { assignmentProjection } from './tasks/assignment.view';
import { evidenceProjection } from './tasks/evidence.view';
import { indicatorValueProjection } from './tasks/indicator-value.view';
import { unitProjection } from './units/unit.view';

export { PlanView } from './plans/plan.entity';
export * from './reporting/alert.view';
export * from './reporting/report-request.view';
export * from './reporting/report-submission.view';
export * from './tasks/assignment.view';
export * from './tasks/evidence.view';
export * from './tasks/indicator-value.view';
export * from './units/unit.view';
export { planProjection };

/** Every inline projection, in the order they are applied within an append. */
export const projections: AnyProjection[] = [
  planProjection,
  unitProjection,
  assignmentProjection,
  evidenceProjection,
  indicatorValueProjection,
  reportRequestProjection,
  reportSubmissionProjection,
  alertProjection,
];
export const projectionEntities = projections.map((p) => p.entity);
