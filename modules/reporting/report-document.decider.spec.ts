import { DeciderSpecification, type Actor } from '@kernel';
import {
  reportDocumentDecider,
  type DocumentDraft,
  type ReportDocumentCommand,
} from './report-document.decider';

const now = new Date('2026-06-20T03:00:00Z');
const standing: Actor = { userId: 's', username: 'vp', role: 'standing', unitCode: 'VP' };
const chairman: Actor = { userId: 'c', username: 'pgd', role: 'chairman' };
const council: Actor = { userId: 'k', username: 'hd', role: 'council' };
const draft: DocumentDraft = {
  planId: 'p',
  requestId: 'r',
  form: 'cong_van',
  symbol: 'SKHCN-VPS',
  subject: 'báo cáo kết quả 6 tháng đầu năm 2026',
  recipients: ['Ủy ban nhân dân thành phố Hải Phòng'],
  copies: [],
  documentDate: '2026-06-12',
  sections: [{ code: 'ket_qua', title: 'Kết quả thực hiện', text: 'Đã hoàn thành.' }],
};
const drafting: ReportDocumentCommand = {
  type: 'DraftDocument',
  data: { documentId: 'd', organisation: 'SO', draft },
  actor: standing,
};
const spec = DeciderSpecification(reportDocumentDecider, { now });
const drafted = spec.after(drafting);
const issue = (
  actor: Actor,
  mode: 'head' | 'deputy' | 'authorised',
  issuedOn = '2026-06-12',
): ReportDocumentCommand => ({
  type: 'IssueDocument',
  data: { signature: { mode, fullName: 'Trần Quốc Phó' }, issuedOn, register: 'SO:CV' },
  actor,
});
const issued = spec.after(drafting, {
  type: 'RecordIssue',
  data: {
    issued: {
      number: '1/SKHCN-VPS',
      issuedOn: '2026-06-12',
      signature: { mode: 'deputy', fullName: 'Trần Quốc Phó' },
      fileName: '1-SKHCN-VPS.docx',
      size: 10,
      sha256: 'a'.repeat(64),
    },
  },
  actor: chairman,
});

describe('a document an office issues', () => {
  it('given a công văn without an addressee, then it is refused naming the field', () => {
    spec
      .given()
      .when({ ...drafting, data: { ...drafting.data, draft: { ...draft, recipients: [] } } })
      .thenThrows('VALIDATION_FAILED', { field: 'recipients' });
  });

  it('given a draft, then the same draft again changes nothing and another one is refused', () => {
    drafted.when(drafting).thenNothingHappens();
    drafted
      .when({ ...drafting, data: { ...drafting.data, draft: { ...draft, subject: 'khác' } } })
      .thenThrows('ALREADY_EXISTS');
  });

  it('given a draft, then the head or a deputy issues it, the office only by authorisation, the council never', () => {
    drafted.when(issue(chairman, 'deputy')).thenNothingHappens(); // the workflow records the issue
    drafted.when(issue(standing, 'authorised')).thenNothingHappens();
    drafted.when(issue(standing, 'head')).thenThrows('FORBIDDEN', { field: 'signature' });
    drafted.when(issue(council, 'head')).thenThrows('FORBIDDEN');
  });

  it('given an issue dated before the document or ahead of today, then it is refused', () => {
    drafted
      .when(issue(chairman, 'head', '2026-06-11'))
      .thenThrows('VALIDATION_FAILED', { field: 'issuedOn' });
    drafted.when(issue(chairman, 'head', '2026-06-21')).thenThrows('DATE_IN_FUTURE', { field: 'issuedOn' });
  });

  it('given an issued document, then it is frozen: revising is refused, issuing again changes nothing', () => {
    issued.when({ type: 'ReviseDocument', data: { draft }, actor: standing }).thenThrows('DOCUMENT_ISSUED');
    issued.when(issue(chairman, 'head')).thenNothingHappens();
    expect(issued.state).toMatchObject({ status: 'issued', issued: { number: '1/SKHCN-VPS' } });
  });
});
