export { planWorkflow } from './plan.workflow';
export { unitsWorkflow } from './units.workflow';
export { assignmentWorkflow } from './assignment.workflow';
