export { planWorkflow } from './plan.workflow';
export { unitsWorkflow } from './units.workflow';
export { assignmentWorkflow } from './assignment.workflow';
export { nominationWorkflow } from './nomination.workflow';
export { decisionRegisterWorkflow, ruleSetsWorkflow } from './registers.workflow';
