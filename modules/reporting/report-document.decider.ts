import {
  assertNever,
  happenedBy,
  requireRole,
  type CivilDate,
  type Command,
  type Decider,
  type DomainEvent,
} from '@kernel';
import { fail } from './reporting.errors';

/** The two forms an office answers in (Nghị định 30/2020/NĐ-CP): a report, or an official letter. */
export const DOCUMENT_FORMS = ['bao_cao', 'cong_van'] as const;
export type DocumentForm = (typeof DOCUMENT_FORMS)[number];
export const DOCUMENT_FORM_LABELS: Record<DocumentForm, string> = {
  bao_cao: 'Báo cáo',
  cong_van: 'Công văn',
};

/**
 * How the signer signs: the head (for a collective body "TM."), a deputy for the head ("KT."),
 * someone acting as head ("Q."), or by the head's authorisation ("TL.").
 */
export const SIGNING_MODES = ['head', 'deputy', 'acting', 'authorised'] as const;
export type SigningMode = (typeof SIGNING_MODES)[number];

export interface Signature {
  mode: SigningMode;
  fullName: string;
  /** The signer's own position when it is not the head's ("Chánh Văn phòng" signing TL.). */
  position?: string;
}

/** A section of the document's body, as the standing agency writes it. */
export interface DocumentSection {
  code: string;
  title: string;
  text: string;
}

/** What the standing agency drafts: the document's form, subject, addressees and prose. */
export interface DocumentDraft {
  planId: string;
  /** The request it answers: the document cites it, and is that request's answer once issued. */
  requestId?: string;
  form: DocumentForm;
  /** The symbol after the number ("BC-SKHCN", "SKHCN-VP"). */
  symbol: string;
  /** The subject line: under "BÁO CÁO", or after "V/v" in a công văn. */
  subject: string;
  /** Kính gửi (a công văn needs at least one). */
  recipients: string[];
  /** Nơi nhận besides the addressees ("Như trên") and the archive ("Lưu: VT"). */
  copies: string[];
  /** The date written on the document; a report may be dated before its period ends. */
  documentDate: CivilDate;
  sections: DocumentSection[];
}

/** The issued document: its number from the register and the fingerprint of its file. */
export interface IssuedDocument {
  number: string;
  issuedOn: CivilDate;
  signature: Signature;
  fileName: string;
  size: number;
  sha256: string;
}

export type ReportDocumentCommand =
  | Command<'DraftDocument', { documentId: string; organisation: string; draft: DocumentDraft }>
  | Command<'ReviseDocument', { draft: DocumentDraft }>
  /** The signer issues it: the workflow takes a number, renders and keeps the file, then records it. */
  | Command<'IssueDocument', { signature: Signature; issuedOn: CivilDate; register: string }>
  | Command<'RecordIssue', { issued: IssuedDocument }>;

export type ReportDocumentEvent =
  | DomainEvent<'DocumentDrafted', { documentId: string; organisation: string; draft: DocumentDraft }>
  | DomainEvent<'DocumentRevised', { documentId: string; draft: DocumentDraft }>
  | DomainEvent<
      'DocumentIssued',
      { documentId: string; organisation: string; planId: string; requestId?: string; issued: IssuedDocument }
    >;

interface Known {
  documentId: string;
  organisation: string;
  draft: DocumentDraft;
}
export type ReportDocumentState =
  | { status: 'absent' }
  | (Known & { status: 'draft' })
  | (Known & { status: 'issued'; issued: IssuedDocument });

const DRAFTERS = ['owner', 'standing', 'admin'] as const;
const SIGNERS = ['chairman', 'standing'] as const;

export function decideReportDocument(
  state: ReportDocumentState,
  command: ReportDocumentCommand,
  now: Date,
): ReportDocumentEvent[] {
  switch (command.type) {
    case 'DraftDocument': {
      requireRole(command.actor, DRAFTERS);
      const { documentId, organisation, draft } = command.data;
      if (state.status !== 'absent') {
        if (JSON.stringify(state.draft) === JSON.stringify(draft)) return [];
        fail('ALREADY_EXISTS', 'Văn bản này đã được soạn với nội dung khác', { field: 'documentId' });
      }
      checkDraft(draft);
      return [{ type: 'DocumentDrafted', data: { documentId, organisation, draft } }];
    }
    case 'ReviseDocument': {
      requireRole(command.actor, DRAFTERS);
      const doc = drafted(state);
      const { draft } = command.data;
      if (draft.planId !== doc.draft.planId || draft.requestId !== doc.draft.requestId)
        fail('VALIDATION_FAILED', 'Không đổi kế hoạch hay yêu cầu mà văn bản trả lời', {
          field: 'requestId',
        });
      checkDraft(draft);
      if (JSON.stringify(draft) === JSON.stringify(doc.draft)) return [];
      return [{ type: 'DocumentRevised', data: { documentId: doc.documentId, draft } }];
    }
    case 'IssueDocument': {
      requireRole(command.actor, SIGNERS);
      if (state.status === 'issued') return []; // a retry: answered with what was issued
      const doc = drafted(state);
      const { signature, issuedOn } = command.data;
      const authorised = signature.mode === 'authorised';
      if (authorised !== (command.actor.role === 'standing'))
        fail('FORBIDDEN', 'Chỉ người đứng đầu hoặc cấp phó ký văn bản; văn phòng ký thừa lệnh (TL.)', {
          field: 'signature',
        });
      happenedBy(issuedOn, now, 'issuedOn', 'Ngày ban hành');
      if (issuedOn < doc.draft.documentDate)
        fail('VALIDATION_FAILED', 'Văn bản không ban hành trước ngày ghi trên văn bản', {
          field: 'issuedOn',
        });
      return [];
    }
    case 'RecordIssue': {
      requireRole(command.actor, SIGNERS);
      if (state.status === 'issued') return [];
      const doc = drafted(state);
      const { requestId, planId } = doc.draft;
      return [
        {
          type: 'DocumentIssued',
          data: {
            documentId: doc.documentId,
            organisation: doc.organisation,
            planId,
            ...(requestId ? { requestId } : {}),
            issued: command.data.issued,
          },
        },
      ];
    }
    default:
      return assertNever(command);
  }
}

function drafted(state: ReportDocumentState): Known & { status: 'draft' } {
  if (state.status === 'absent') fail('NOT_FOUND', 'Không có văn bản này');
  if (state.status === 'issued')
    fail('DOCUMENT_ISSUED', 'Văn bản đã ban hành, nội dung không thay đổi được', { field: 'documentId' });
  return state;
}

function checkDraft(draft: DocumentDraft): void {
  if (draft.form === 'cong_van' && draft.recipients.length === 0)
    fail('VALIDATION_FAILED', 'Công văn cần ít nhất một nơi “Kính gửi”', { field: 'recipients' });
  const codes = new Set<string>();
  draft.sections.forEach(({ code }, i) => {
    if (codes.has(code))
      fail('VALIDATION_FAILED', `Mã mục “${code}” bị trùng`, { field: `sections.${i}.code` });
    codes.add(code);
  });
}

export function evolveReportDocument(
  state: ReportDocumentState,
  event: ReportDocumentEvent,
): ReportDocumentState {
  switch (event.type) {
    case 'DocumentDrafted':
      return { status: 'draft', ...event.data };
    case 'DocumentRevised':
      return state.status === 'draft' ? { ...state, draft: event.data.draft } : state;
    case 'DocumentIssued':
      return state.status === 'draft' ? { ...state, status: 'issued', issued: event.data.issued } : state;
    default:
      return assertNever(event);
  }
}

export const reportDocumentDecider: Decider<ReportDocumentState, ReportDocumentCommand, ReportDocumentEvent> =
  {
    initialState: { status: 'absent' },
    decide: decideReportDocument,
    evolve: evolveReportDocument,
  };
