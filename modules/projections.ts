import type { AnyProjection } from '@platform/event-store';
import { planProjection } from '@modules/plan/plan.projection';
import { alertProjection } from '@modules/reporting/alert.projection';
import { reportRequestProjection } from '@modules/reporting/report-request.projection';
import { reportSubmissionProjection } from '@modules/reporting/report-submission.projection';
import { reportDocumentProjection } from '@modules/reporting/report-document.projection';
import { assignmentProjection } from '@modules/assignment/assignment.projection';
import { evidenceProjection } from '@modules/assignment/evidence.projection';
import { indicatorValueProjection } from '@modules/assignment/indicator-value.projection';
import { initiativeProjection } from '@modules/assignment/initiative.projection';
import { unitProjection } from '@modules/unit-directory/unit.projection';
import { unitKindProjection } from '@modules/unit-directory/unit-kind.projection';
import { nominationProjection } from '@modules/nomination/nomination.projection';
import { decisionNumberProjection } from '@modules/decision-register/decision-register.projection';
import { restrictionProjection } from '@modules/unit-directory/restriction.projection';
import { ruleSetProjection } from '@modules/rule-set/rule-set.projection';
import { reviewProjection } from '@modules/review/review.projection';
import { accountProjection, grantProjection, personProjection } from '@modules/people/people.projection';
import {
  recordInitiativeProjection,
  recordRatingProjection,
  recordTitleProjection,
} from '@modules/record/record.projection';
import {
  considerationDecisionProjection,
  considerationProjection,
  proposalProjection,
} from '@modules/consideration/consideration.projection';

export { PlanView } from '@modules/plan/plan.entity';
export * from '@modules/reporting/alert.projection';
export * from '@modules/reporting/report-request.projection';
export * from '@modules/reporting/report-submission.projection';
export * from '@modules/reporting/report-document.projection';
export * from '@modules/assignment/assignment.projection';
export * from '@modules/assignment/evidence.projection';
export * from '@modules/assignment/indicator-value.projection';
export * from '@modules/assignment/initiative.projection';
export * from '@modules/unit-directory/unit.projection';
export * from '@modules/unit-directory/unit-kind.projection';
export * from '@modules/nomination/nomination.projection';
export * from '@modules/decision-register/decision-register.projection';
export * from '@modules/review/review.projection';
export * from '@modules/people/people.projection';
export * from '@modules/record/record.projection';
export * from '@modules/consideration/consideration.projection';
export { planProjection };

/** Every inline projection, in the order they are applied within an append. */
export const projections: AnyProjection[] = [
  planProjection,
  unitProjection,
  unitKindProjection,
  assignmentProjection,
  evidenceProjection,
  indicatorValueProjection,
  initiativeProjection,
  reportRequestProjection,
  reportSubmissionProjection,
  reportDocumentProjection,
  alertProjection,
  reviewProjection,
  nominationProjection,
  decisionNumberProjection,
  restrictionProjection,
  ruleSetProjection,
  personProjection,
  accountProjection,
  grantProjection,
  recordTitleProjection,
  recordInitiativeProjection,
  considerationProjection,
  proposalProjection,
  considerationDecisionProjection,
  recordRatingProjection,
];
export const projectionEntities = projections.map((p) => p.entity);
