// The workflow bundle's entry: every module's workflows, registered by the worker by these names.
export { assignmentWorkflow } from '@modules/assignment/assignment.workflow';
export { decisionRegisterWorkflow } from '@modules/decision-register/decision-register.workflow';
export { nominationWorkflow } from '@modules/nomination/nomination.workflow';
export { planWorkflow } from '@modules/plan/plan.workflow';
export { ruleSetsWorkflow } from '@modules/rule-set/rule-set.workflow';
export { unitsWorkflow } from '@modules/unit-directory/unit-directory.workflow';
export { peopleWorkflow } from '@modules/people/people.workflow';
export { quotaAllocationWorkflow } from '@modules/nomination/quota.workflow';
export { reportDocumentWorkflow } from '@modules/reporting/report-document.workflow';
export { recordsWorkflow } from '@modules/record/record.workflow';
export { considerationWorkflow } from '@modules/consideration/consideration.workflow';
