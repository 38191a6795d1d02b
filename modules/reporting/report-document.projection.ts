import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Entity, Index } from 'typeorm';
import { ApiColumn, ApiPrimaryColumn } from '@platform/database/api-column';
import type { Projection, StoredEvent } from '@platform/event-store';
import {
  DOCUMENT_FORMS,
  SIGNING_MODES,
  type DocumentForm,
  type DocumentSection,
  type ReportDocumentEvent,
  type Signature,
  type SigningMode,
} from './report-document.decider';

class SectionShape implements DocumentSection {
  @ApiProperty({ example: 'ket_qua' }) code: string;
  @ApiProperty({ example: 'Kết quả thực hiện' }) title: string;
  @ApiProperty() text: string;
}

class SignatureShape implements Signature {
  @ApiProperty({ enum: SIGNING_MODES }) mode: SigningMode;
  @ApiProperty() fullName: string;
  @ApiPropertyOptional() position?: string;
}

/** A document an office drafts and issues: a report or a công văn, answering a request or not. */
@Entity({ name: 'report_documents' })
@Index(['planId'])
@Index(['requestId'])
export class ReportDocumentView {
  @ApiPrimaryColumn({ type: 'uuid' })
  id: string;

  @ApiColumn({ name: 'organisation_code', type: 'text' })
  organisationCode: string;

  @ApiColumn({ name: 'plan_id', type: 'uuid' })
  planId: string;

  @ApiColumn({ name: 'request_id', type: 'uuid', nullable: true })
  requestId: string | null;

  @ApiColumn({ type: 'text' }, { enum: ['draft', 'issued'] })
  status: 'draft' | 'issued';

  @ApiColumn({ type: 'text' }, { enum: DOCUMENT_FORMS })
  form: DocumentForm;

  @ApiColumn({ type: 'text' })
  symbol: string;

  @ApiColumn({ type: 'text' })
  subject: string;

  @ApiColumn({ type: 'jsonb' }, { type: [String] })
  recipients: string[];

  @ApiColumn({ type: 'jsonb' }, { type: [String] })
  copies: string[];

  @ApiColumn({ name: 'document_date', type: 'date' })
  documentDate: string;

  @ApiColumn({ type: 'jsonb' }, { type: () => [SectionShape] })
  sections: DocumentSection[];

  /** From the organisation's register, when issued. */
  @ApiColumn({ type: 'text', nullable: true })
  number: string | null;

  @ApiColumn({ name: 'issued_on', type: 'date', nullable: true })
  issuedOn: string | null;

  @ApiColumn({ type: 'jsonb', nullable: true }, { type: () => SignatureShape, nullable: true })
  signature: Signature | null;

  @ApiColumn({ name: 'file_name', type: 'text', nullable: true })
  fileName: string | null;

  /** SHA-256 of the issued file, recorded with the issue: the file is verified against it. */
  @ApiColumn({ type: 'text', nullable: true })
  sha256: string | null;

  @ApiColumn({ name: 'drafted_by', type: 'text' })
  draftedBy: string;

  @ApiColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}

type Event = StoredEvent & ReportDocumentEvent;

export const reportDocumentProjection: Projection<ReportDocumentView> = {
  name: 'report_documents',
  entity: ReportDocumentView,
  keysOf(stored) {
    const types = ['DocumentDrafted', 'DocumentRevised', 'DocumentIssued'];
    return types.includes(stored.type) ? [(stored as Event).data.documentId] : [];
  },
  evolve(row, stored, key) {
    const event = stored as Event;
    const next = Object.assign(new ReportDocumentView(), row, { updatedAt: new Date(stored.recordedAt) });
    switch (event.type) {
      case 'DocumentDrafted':
        return Object.assign(next, {
          id: key,
          organisationCode: event.data.organisation,
          status: 'draft',
          number: null,
          issuedOn: null,
          signature: null,
          fileName: null,
          sha256: null,
          draftedBy: stored.metadata.actor.username,
          ...draftColumns(event.data.draft),
        });
      case 'DocumentRevised':
        return Object.assign(next, draftColumns(event.data.draft));
      case 'DocumentIssued': {
        const { number, issuedOn, signature, fileName, sha256 } = event.data.issued;
        return Object.assign(next, { status: 'issued', number, issuedOn, signature, fileName, sha256 });
      }
    }
  },
};

const draftColumns = (draft: Extract<ReportDocumentEvent, { type: 'DocumentDrafted' }>['data']['draft']) => ({
  planId: draft.planId,
  requestId: draft.requestId ?? null,
  form: draft.form,
  symbol: draft.symbol,
  subject: draft.subject,
  recipients: draft.recipients,
  copies: draft.copies,
  documentDate: draft.documentDate,
  sections: draft.sections,
});
