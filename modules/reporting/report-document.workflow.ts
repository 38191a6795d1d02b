import { continueAsNew, proxyActivities } from '@temporalio/workflow';
import { hostAggregate, type AggregateHost } from '@platform/workflow/aggregate';
import {
  reportDocumentDecider,
  type ReportDocumentCommand,
  type ReportDocumentEvent,
  type ReportDocumentState,
} from './report-document.decider';
import {
  reportDocumentQuery,
  reportDocumentStreamId,
  reportDocumentUpdate,
  type ReportDocumentActivities,
  type ReportDocumentWorkflowInput,
} from './report-document.route';

// Another aggregate's update and a render of a few seconds: regular activities, retried.
const { takeDocumentNumber, renderIssuedDocument } = proxyActivities<ReportDocumentActivities>({
  startToCloseTimeout: '2 minutes',
  retry: { initialInterval: '1 second', maximumInterval: '30 seconds' },
});

/**
 * Issuing, inside the document's lock after deciding again: the register gives the next
 * number (the same one on a retry), the file is rendered with it and kept, and the issue is
 * recorded with the file's fingerprint, so the issued file can be verified ever after.
 */
async function issue(
  command: ReportDocumentCommand,
  host: AggregateHost<ReportDocumentState, ReportDocumentEvent>,
) {
  const state = host.state();
  if (command.type !== 'IssueDocument' || state.status !== 'draft') return host.unchanged();
  const { signature, issuedOn, register } = command.data;
  const { number } = await takeDocumentNumber({
    documentId: state.documentId,
    register,
    issuer: state.organisation,
    year: Number(issuedOn.slice(0, 4)),
    symbol: state.draft.symbol,
    actor: command.actor,
  });
  const file = await renderIssuedDocument({ documentId: state.documentId, number, issuedOn, signature });
  return host.decideAndRecord(
    () =>
      reportDocumentDecider.decide(
        host.state(),
        {
          type: 'RecordIssue',
          data: { issued: { number, issuedOn, signature, ...file } },
          actor: command.actor,
        },
        host.now(),
      ),
    command.actor,
  );
}

/** One document from draft to issue; it lives on to answer reads of its state. */
export async function reportDocumentWorkflow(input: ReportDocumentWorkflowInput): Promise<void> {
  const document = hostAggregate({
    streamId: reportDocumentStreamId(input.documentId),
    category: 'report-document',
    decider: reportDocumentDecider,
    snapshot: input.snapshot,
    update: reportDocumentUpdate,
    query: reportDocumentQuery,
    processes: { IssueDocument: issue },
  });
  await document.untilHandover();
  await continueAsNew<typeof reportDocumentWorkflow>({ ...input, snapshot: document.snapshot() });
}
