import { defineQuery, defineUpdate } from '@temporalio/workflow';
import type { CommandResult, Snapshot } from '@platform/workflow/contracts';
import { defineRoute } from '@platform/workflow/route';
import type { UnitCommand, UnitDirectory } from './unit-directory.decider';

/** The unit directory: one workflow, one stream. */
export const UNITS_STREAM_ID = 'units';
export const UNITS_WORKFLOW_ID = 'units';
export interface UnitsWorkflowInput {
  snapshot?: Snapshot<UnitDirectory>;
}
export const unitsCommandUpdate = defineUpdate<CommandResult, [UnitCommand]>('units.command');
export const unitsStateQuery = defineQuery<Snapshot<UnitDirectory>>('units.state');

/** One directory: its key is always the same. */
export const unitDirectoryRoute = defineRoute({
  workflowType: 'unitsWorkflow',
  workflowId: (_key: 'units') => UNITS_WORKFLOW_ID,
  input: (_key: 'units'): UnitsWorkflowInput => ({}),
  update: unitsCommandUpdate,
});
