import { continueAsNew } from '@temporalio/workflow';
import { hostAggregate } from '@platform/workflow/aggregate';
import { peopleDecider } from './people.decider';
import { peopleQuery, peopleStreamId, peopleUpdate, type PeopleWorkflowInput } from './people.route';

/** The single writer of an organisation's people, accounts and grants. */
export async function peopleWorkflow(input: PeopleWorkflowInput): Promise<void> {
  const people = hostAggregate({
    streamId: peopleStreamId(input.organisation),
    category: 'people',
    decider: peopleDecider,
    snapshot: input.snapshot,
    update: peopleUpdate,
    query: peopleQuery,
  });
  await people.untilHandover();
  await continueAsNew<typeof peopleWorkflow>({ ...input, snapshot: people.snapshot() });
}
