import { defineQuery, defineUpdate } from '@temporalio/workflow';
import type { CommandResult, Snapshot } from '@platform/workflow/contracts';
import { defineRoute } from '@platform/workflow/route';
import type { People, PeopleCommand } from './people.decider';

/** An organisation's people, accounts and role grants: one stream per organisation. */
export const peopleStreamId = (organisation: string): string => `people-${organisation}`;
export interface PeopleWorkflowInput {
  organisation: string;
  snapshot?: Snapshot<People>;
}
export const peopleUpdate = defineUpdate<CommandResult, [PeopleCommand]>('people.command');
export const peopleQuery = defineQuery<Snapshot<People>>('people.state');

export const peopleRoute = defineRoute({
  workflowType: 'peopleWorkflow',
  workflowId: (organisation: string) => peopleStreamId(organisation),
  input: (organisation: string): PeopleWorkflowInput => ({ organisation }),
  update: peopleUpdate,
});
