import { defineQuery, defineUpdate } from '@temporalio/workflow';
import type { CommandResult, Snapshot } from '@platform/workflow/contracts';
import type { UnitCommand, UnitDirectory } from './unit-directory.decider';

/** The unit directory: one workflow, one stream. */
export const UNITS_STREAM_ID = 'units';
export const UNITS_WORKFLOW_ID = 'units';
export interface UnitsWorkflowInput {
  snapshot?: Snapshot<UnitDirectory>;
}
export const unitsCommandUpdate = defineUpdate<CommandResult, [UnitCommand]>('units.command');
export const unitsStateQuery = defineQuery<Snapshot<UnitDirectory>>('units.state');
