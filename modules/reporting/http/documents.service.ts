import { createHash } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { civilDateAt, DomainError, type Actor } from '@kernel';
import { PlanQuery } from '@modules/plan/plan.query';
import { UnitDirectoryQuery } from '@modules/unit-directory/unit-directory.query';
import { sectionsOf } from '@modules/plan/plan.requests';
import { documentIdFor } from '@platform/ids';
import type { Page } from '@platform/http/page';
import { CommandGateway, rowsOf } from '@platform/temporal/command-gateway';
import { ConsolidatedService } from '../consolidated/consolidated.service';
import { appendixTitles, copiesOf, numberLine, renderDocx, summary } from '../consolidated/docx';
import { DocumentQuery } from '../document.query';
import { dateLine, defaultSymbol } from '../document-form';
import type { DocumentDraft } from '../report-document.decider';
import { reportDocumentProjection, ReportDocumentView } from '../report-document.projection';
import { reportDocumentRoute } from '../report-document.route';
import { ReportingQuery } from '../reporting.query';
import type { DocumentDraftDto, DocumentPreview, IssueDto } from './documents.dto';

/**
 * The documents an office issues from its reports: the standing agency drafts (form, subject,
 * addressees, prose), previews the file, and the head (or a deputy, or the office by
 * authorisation) issues it: a number from the register, the file frozen with its fingerprint.
 */
@Injectable()
export class DocumentsService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly gateway: CommandGateway,
    private readonly plans: PlanQuery,
    private readonly reports: ReportingQuery,
    private readonly consolidated: ConsolidatedService,
    private readonly documents: DocumentQuery,
    private readonly units: UnitDirectoryQuery,
  ) {}

  async draft(planId: string, dto: DocumentDraftDto, actor: Actor): Promise<ReportDocumentView> {
    const plan = await this.plans.plan(planId);
    const request = dto.requestId ? await this.reports.request(dto.requestId) : undefined;
    if (request && request.planId !== planId)
      throw new DomainError('VALIDATION_FAILED', 'Yêu cầu báo cáo không thuộc kế hoạch này', {
        field: 'requestId',
      });
    const organisation = plan.organisationCode;
    if (!organisation)
      throw new DomainError('VALIDATION_FAILED', 'Kế hoạch chưa gắn với cơ quan ban hành nào', {
        field: 'planId',
      });
    const identity = await this.documents.identity(organisation, plan.definition.issuer);
    const standing = plan.definition.standingUnit;
    const draft: DocumentDraft = {
      planId,
      ...(request ? { requestId: request.id } : {}),
      form: dto.form,
      symbol: dto.symbol ?? defaultSymbol(dto.form, identity, await this.unitName(standing)),
      subject: dto.subject.trim(),
      recipients: clean(dto.recipients),
      copies: clean(dto.copies),
      documentDate: dto.documentDate,
      // Without prose of its own, a document has the request's sections to write in.
      sections: dto.sections.length
        ? dto.sections
        : sectionsOf(request ?? {}).map((s) => ({ ...s, text: '' })),
    };
    const documentId = documentIdFor(planId, request?.id ?? dto.documentDate, dto.form);
    const result = await this.gateway.send(reportDocumentRoute, documentId, {
      type: 'DraftDocument',
      data: { documentId, organisation, draft },
      actor,
    });
    return rowsOf<ReportDocumentView>(result, reportDocumentProjection)[0] ?? this.get(documentId);
  }

  async revise(documentId: string, dto: DocumentDraftDto, actor: Actor): Promise<ReportDocumentView> {
    const current = await this.get(documentId);
    const draft: DocumentDraft = {
      planId: current.planId,
      ...(current.requestId ? { requestId: current.requestId } : {}),
      form: dto.form,
      symbol: dto.symbol ?? current.symbol,
      subject: dto.subject.trim(),
      recipients: clean(dto.recipients),
      copies: clean(dto.copies),
      documentDate: dto.documentDate,
      sections: dto.sections,
    };
    if ((dto.requestId ?? null) !== current.requestId && dto.requestId !== undefined)
      throw new DomainError('VALIDATION_FAILED', 'Không đổi yêu cầu mà văn bản trả lời', {
        field: 'requestId',
      });
    const result = await this.gateway.send(reportDocumentRoute, documentId, {
      type: 'ReviseDocument',
      data: { draft },
      actor,
    });
    return rowsOf<ReportDocumentView>(result, reportDocumentProjection)[0] ?? this.get(documentId);
  }

  async issue(documentId: string, dto: IssueDto, actor: Actor): Promise<ReportDocumentView> {
    const document = await this.get(documentId);
    const issuedOn = dto.issuedOn ?? civilDateAt(new Date());
    const signature = await this.documents.signature(
      actor.username,
      actor.role,
      issuedOn,
      dto.acting ?? false,
    );
    const kind = document.form === 'bao_cao' ? 'BC' : 'CV';
    const result = await this.gateway.send(reportDocumentRoute, documentId, {
      type: 'IssueDocument',
      data: { signature, issuedOn, register: `${document.organisationCode}:${kind}` },
      actor,
    });
    return rowsOf<ReportDocumentView>(result, reportDocumentProjection)[0] ?? this.get(documentId);
  }

  async get(documentId: string): Promise<ReportDocumentView> {
    const document = await this.db.getRepository(ReportDocumentView).findOneBy({ id: documentId });
    if (!document) throw new DomainError('NOT_FOUND', 'Không có văn bản này', { field: 'id' });
    return document;
  }

  async list(planId: string, limit: number, offset: number): Promise<Page<ReportDocumentView>> {
    const [items, total] = await this.db.getRepository(ReportDocumentView).findAndCount({
      where: { planId },
      order: { documentDate: 'DESC', updatedAt: 'DESC' },
      take: limit,
      skip: offset,
    });
    return { items, total, limit, offset };
  }

  /** The file: as issued (the kept bytes), or the draft as it would print today (number left blank). */
  async file(documentId: string): Promise<{ name: string; content: Buffer }> {
    const document = await this.get(documentId);
    if (document.status === 'issued')
      return { name: document.fileName!, content: await this.issuedBytes(document) };
    const report = await this.consolidated.build(document.planId, document.requestId ?? undefined);
    const content = await renderDocx(report, await this.documents.documentFrame(document, report));
    return { name: `du-thao-${document.symbol.toLowerCase()}.docx`, content };
  }

  /** The document as it reads, part by part, for a preview on screen before (or after) it is issued. */
  async preview(documentId: string): Promise<DocumentPreview> {
    const document = await this.get(documentId);
    const report = await this.consolidated.build(document.planId, document.requestId ?? undefined);
    const issued =
      document.status === 'issued'
        ? { number: document.number!, issuedOn: document.issuedOn!, signature: document.signature! }
        : undefined;
    const frame = await this.documents.documentFrame(document, report, issued);
    const { identity } = frame;
    return {
      governingBody: identity.governingBody?.toUpperCase() ?? null,
      issuingBody: identity.issuingBody.toUpperCase(),
      numberLine: numberLine(frame).replace(/ {2,}/g, ' … '),
      placeDate: `${identity.place}, ${dateLine(frame.date)}`,
      kind: frame.form === 'bao_cao' ? 'BÁO CÁO' : null,
      subject: frame.subject,
      regarding: frame.form === 'cong_van' ? `V/v ${frame.subject}` : null,
      recipients: frame.recipients,
      opening: frame.citation ? `${frame.citation}, ${identity.issuingBody} báo cáo như sau:` : null,
      sections: frame.sections.map(({ title, text }) => ({ title, text })),
      summary: summary(report, appendixTitles(report)),
      signatureLines: frame.signature.lines,
      signerName: frame.signature.fullName,
      copies: copiesOf(frame),
      appendices: appendixTitles(report),
    };
  }

  /**
   * Whether a file is the issued one: its SHA-256 against the one recorded when it was issued
   * (and, without a file, whether the kept bytes still match it).
   */
  async verify(
    documentId: string,
    file?: Buffer,
  ): Promise<{ issued: boolean; matches: boolean; sha256: string | null; recorded: string | null }> {
    const document = await this.get(documentId);
    if (document.status !== 'issued') return { issued: false, matches: false, sha256: null, recorded: null };
    const bytes = file ?? (await this.issuedBytes(document));
    const sha256 = createHash('sha256').update(bytes).digest('hex');
    return { issued: true, matches: sha256 === document.sha256, sha256, recorded: document.sha256 };
  }

  private async issuedBytes(document: ReportDocumentView): Promise<Buffer> {
    const [row] = (await this.db.query(`SELECT content FROM evidence_blobs WHERE sha256 = $1`, [
      document.sha256,
    ])) as Array<{ content: Buffer }>;
    if (!row) throw new DomainError('NOT_FOUND', 'Không còn tệp của văn bản đã ban hành', { field: 'id' });
    return row.content;
  }

  private async unitName(code: string): Promise<string> {
    return (await this.units.names()).get(code) ?? code;
  }
}

const clean = (lines: string[]): string[] => lines.map((line) => line.trim()).filter(Boolean);
