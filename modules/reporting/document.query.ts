import { Injectable } from '@nestjs/common';
import { civilDateAt, formatVietnamese, lowerFirst } from '@kernel';
import { PeopleQuery } from '@modules/people/people.query';
import { issuingBody, UnitDirectoryQuery } from '@modules/unit-directory/unit-directory.query';
import type { ConsolidatedReport } from './consolidated/consolidated';
import type { DocumentFrame } from './consolidated/docx';
import {
  defaultSymbol,
  documentIdentity,
  initials,
  signatureLines,
  type DocumentIdentity,
} from './document-form';
import type { ReportDocumentView } from './report-document.projection';
import type { Signature } from './report-document.decider';

/**
 * What a document says about who issues and signs it, read from the unit directory (the
 * organisation, its profile and the organisation above it) and from people (who holds the
 * head's office on the day).
 */
@Injectable()
export class DocumentQuery {
  constructor(
    private readonly units: UnitDirectoryQuery,
    private readonly people: PeopleQuery,
  ) {}

  /** An organisation on paper; plans from before organisations have only their issuer's name. */
  async identity(organisation: string | null, issuer: string): Promise<DocumentIdentity> {
    if (!organisation) return documentIdentity({ issuingBody: issuer }, null);
    const [org, parent] = await Promise.all([
      this.units.unit(organisation),
      this.units.parentOrganisation(organisation),
    ]);
    return documentIdentity(
      { issuingBody: issuingBody(org), level: org.level, settings: org.profile },
      parent ? issuingBody(parent) : null,
    );
  }

  /** The consolidated report as a draft report of the plan's organisation, signed by the head in office. */
  async reportFrame(report: ConsolidatedReport): Promise<DocumentFrame> {
    const identity = await this.identity(report.plan.organisation, report.plan.issuer);
    const date = civilDateAt(new Date(report.generatedAt));
    const head = report.plan.organisation
      ? await this.people.headOn(report.plan.organisation, date)
      : undefined;
    return {
      identity,
      form: 'bao_cao',
      number: null,
      symbol: defaultSymbol('bao_cao', identity, report.plan.standingUnitName),
      date,
      subject: `Kết quả thực hiện Kế hoạch số ${report.plan.number}${report.period ? ` – ${report.period.label}` : ''}`,
      recipients: [],
      citation: citationOf(report),
      sections: [],
      signature: { lines: signatureLines(identity, { mode: 'head' }), fullName: head ?? report.plan.signer },
      copies: [report.plan.standingUnitName],
      archive: `Lưu: VT, ${initials(report.plan.standingUnitName)}`,
    };
  }

  /** A drafted or issued document: its number and signature once issued, blanks for them before. */
  async documentFrame(
    document: ReportDocumentView,
    report: ConsolidatedReport,
    issued?: { number: string; issuedOn: string; signature: Signature },
  ): Promise<DocumentFrame> {
    const identity = await this.identity(document.organisationCode, report.plan.issuer);
    const signature = issued?.signature;
    const head = signature
      ? undefined
      : await this.people.headOn(document.organisationCode, document.documentDate);
    return {
      identity,
      form: document.form,
      number: issued?.number ?? null,
      symbol: document.symbol,
      date: document.documentDate,
      subject: document.subject,
      recipients: document.recipients,
      citation: citationOf(report),
      sections: document.sections.filter((s) => s.text.trim()),
      signature: {
        lines: signatureLines(identity, signature ?? { mode: 'head' }),
        fullName: signature?.fullName ?? head ?? null,
      },
      copies: document.copies,
      archive: `Lưu: VT, ${initials(report.plan.standingUnitName)}`,
    };
  }

  /** How the account signs on a day: as head, deputy (KT.), acting (Q.) or, from the office, TL. */
  async signature(username: string, role: string, day: string, acting: boolean): Promise<Signature> {
    const fullName = await this.people.displayName(username);
    if (role === 'standing')
      return { mode: 'authorised', fullName, position: await this.people.positionOf(username) };
    const office = await this.people.signatory(username, day);
    const mode = acting ? 'acting' : office?.deputy ? 'deputy' : 'head';
    return { mode, fullName: office?.fullName ?? fullName };
  }
}

/** "Thực hiện văn bản số 669/SKH&CN-CĐS ngày 23/02/2026 của …": the request a report answers. */
function citationOf(report: ConsolidatedReport): string | null {
  const { period, plan } = report;
  if (!period)
    return `Thực hiện Kế hoạch số ${plan.number} ngày ${formatVietnamese(plan.issuedOn)} của ${plan.issuer}`;
  if (period.number)
    return `Thực hiện văn bản số ${period.number} ngày ${formatVietnamese(period.issuedOn)} của ${period.sender ?? plan.issuer} về ${lowerFirst(period.subject)}`;
  return `Thực hiện chế độ báo cáo ${lowerFirst(period.label)} theo Kế hoạch số ${plan.number} ngày ${formatVietnamese(plan.issuedOn)} của ${plan.issuer}`;
}
