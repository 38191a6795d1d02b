import { defineQuery, defineUpdate } from '@temporalio/workflow';
import type { Actor, CivilDate } from '@kernel';
import type { CommandResult, Snapshot } from '@platform/workflow/contracts';
import { defineRoute } from '@platform/workflow/route';
import type { ReportDocumentCommand, ReportDocumentState, Signature } from './report-document.decider';

/** One stream and one workflow per document an office drafts and issues. */
export const reportDocumentStreamId = (documentId: string): string => `document-${documentId}`;
export interface ReportDocumentWorkflowInput {
  documentId: string;
  snapshot?: Snapshot<ReportDocumentState>;
}
export const reportDocumentUpdate = defineUpdate<CommandResult, [ReportDocumentCommand]>('document.command');
export const reportDocumentQuery = defineQuery<Snapshot<ReportDocumentState>>('document.state');

export const reportDocumentRoute = defineRoute({
  workflowType: 'reportDocumentWorkflow',
  workflowId: reportDocumentStreamId,
  input: (documentId: string): ReportDocumentWorkflowInput => ({ documentId }),
  update: reportDocumentUpdate,
});

/** What issuing asks of the world: a number from the organisation's register, the file rendered and kept. */
export interface ReportDocumentActivities {
  takeDocumentNumber(request: {
    documentId: string;
    register: string;
    issuer: string;
    year: number;
    symbol: string;
    actor: Actor;
  }): Promise<{ number: string }>;
  /** Renders the issued document with its number and signature, keeps the file; its fingerprint. */
  renderIssuedDocument(request: {
    documentId: string;
    number: string;
    issuedOn: CivilDate;
    signature: Signature;
  }): Promise<{ fileName: string; size: number; sha256: string }>;
}
