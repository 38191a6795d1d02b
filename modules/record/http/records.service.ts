import { Injectable } from '@nestjs/common';
import { civilDateAt, DomainError, type Actor, type RowError } from '@kernel';
import { readTable } from '@platform/http/sheets';
import type { Upload } from '@platform/http/uploads';
import { checkRecordSheet, recordRows } from '../record.sheet';
import { PeopleQuery } from '@modules/people/people.query';
import { UnitDirectoryQuery } from '@modules/unit-directory/unit-directory.query';
import { CommandGateway, rowsOf } from '@platform/temporal/command-gateway';
import { nameUuid } from '@platform/ids';
import { OrganisationScope } from '@modules/unit-directory/organisation-scope.query';
import { RATING_LABELS, subjectKey, type RecordCommand, type Subject } from '../record.decider';
import {
  RecordInitiativeView,
  recordInitiativeProjection,
  recordRatingProjection,
  recordTitleProjection,
  type RecordRatingView,
  type RecordTitleView,
} from '../record.projection';
import { RecordQuery } from '../record.query';
import { recordsRoute } from '../record.route';
import type { RatingDto, RecordQueryDto, RecordSubjectDto, TitleDto } from './records.dto';

export interface InitiativeInput {
  kind: 'initiative' | 'scientific_topic';
  title: string;
  year: number;
  authors: string[];
  summary: string;
}

export interface RecordImport {
  fileName: string;
  total: number;
  ratings: number;
  titles: number;
  errors: RowError[];
  imported: boolean;
}

export interface RecordSubjects {
  people: Array<{ id: string; fullName: string; position: string | null; unitCode: string | null }>;
  units: Array<{ code: string; name: string }>;
}

export interface SubjectRecord {
  subject: string;
  titles: RecordTitleView[];
  ratings: Array<RecordRatingView & { label: string }>;
}

/** The records over the years of an organisation's people and collectives, kept by its standing agency. */
@Injectable()
export class RecordsService {
  constructor(
    private readonly gateway: CommandGateway,
    private readonly query: RecordQuery,
    private readonly people: PeopleQuery,
    private readonly units: UnitDirectoryQuery,
    private readonly scope: OrganisationScope,
  ) {}

  /** An initiative or scientific topic proposed for recognition, its authors people of the organisation. */
  async proposeInitiative(
    organisation: string,
    dto: InitiativeInput,
    actor: Actor,
  ): Promise<RecordInitiativeView> {
    await this.organisationItself(organisation, actor);
    for (const [i, personId] of dto.authors.entries()) {
      const { person } = await this.people.person(personId).catch(() => ({ person: undefined }));
      if (person?.organisationCode !== organisation)
        throw new DomainError('NOT_FOUND', 'Tác giả không thuộc cơ quan', { field: `authors.${i}` });
      if (actor.role === 'unit' && person.unitCode !== actor.unitCode)
        throw new DomainError('FORBIDDEN', 'Đơn vị chỉ đề nghị sáng kiến của người thuộc đơn vị mình', {
          field: `authors.${i}`,
        });
    }
    const initiativeId = nameUuid(
      'initiative',
      organisation,
      String(dto.year),
      dto.title.trim().toLowerCase(),
    );
    const result = await this.send(
      organisation,
      {
        type: 'ProposeInitiative',
        data: {
          initiativeId,
          kind: dto.kind,
          title: dto.title.trim(),
          year: dto.year,
          authors: dto.authors,
          summary: dto.summary.trim(),
        },
      },
      actor,
    );
    return (
      rowsOf<RecordInitiativeView>(result, recordInitiativeProjection)[0] ??
      this.query.initiative(initiativeId)
    );
  }

  async assessInitiative(
    organisation: string,
    initiativeId: string,
    dto: { outcome: 'pass' | 'fail'; assessment: string; assessedOn: string },
    actor: Actor,
  ): Promise<RecordInitiativeView> {
    await this.ownInitiative(organisation, initiativeId, actor);
    await this.send(organisation, { type: 'AssessInitiative', data: { initiativeId, ...dto } }, actor);
    return this.query.initiative(initiativeId);
  }

  /** The head recognises an initiative the council found worthy: in their own name, today. */
  async recognizeInitiative(
    organisation: string,
    initiativeId: string,
    actor: Actor,
  ): Promise<RecordInitiativeView> {
    await this.ownInitiative(organisation, initiativeId, actor);
    const recognisedBy = await this.people.displayName(actor.username);
    await this.send(
      organisation,
      {
        type: 'RecognizeInitiative',
        data: { initiativeId, recognisedOn: civilDateAt(new Date()), recognisedBy },
      },
      actor,
    );
    return this.query.initiative(initiativeId);
  }

  async initiatives(
    organisation: string,
    year: number | undefined,
    actor: Actor,
  ): Promise<RecordInitiativeView[]> {
    await this.organisationItself(organisation, actor);
    return this.query.initiatives(organisation, year);
  }

  private async ownInitiative(organisation: string, initiativeId: string, actor: Actor): Promise<void> {
    await this.organisationItself(organisation, actor);
    const initiative = await this.query.initiative(initiativeId);
    if (initiative.organisationCode !== organisation)
      throw new DomainError('NOT_FOUND', 'Không tìm thấy sáng kiến', { field: 'id' });
  }

  async title(organisation: string, dto: TitleDto, actor: Actor): Promise<RecordTitleView | undefined> {
    await this.organisationItself(organisation, actor);
    const subject = await this.subject(organisation, dto.subject);
    const { year, form, decisionNumber, decidedOn, issuer, source = 'imported' } = dto;
    const result = await this.gateway.send(recordsRoute, organisation, {
      type: 'RecordTitle',
      data: { subject, title: { year, form: form.trim(), decisionNumber, decidedOn, issuer, source } },
      actor,
    });
    return rowsOf<RecordTitleView>(result, recordTitleProjection)[0];
  }

  async rating(organisation: string, dto: RatingDto, actor: Actor): Promise<RecordRatingView | undefined> {
    await this.organisationItself(organisation, actor);
    const subject = await this.subject(organisation, dto.subject);
    const result = await this.gateway.send(recordsRoute, organisation, {
      type: 'RecordRating',
      data: { subject, year: dto.year, rating: dto.rating },
      actor,
    });
    return rowsOf<RecordRatingView>(result, recordRatingProjection)[0];
  }

  /**
   * Brings the organisation's history in from a sheet: every row checked first (errors by row
   * and column, nothing written while one remains), then each rating and title recorded as a
   * fact of its own — a row sent again is the same fact, so an import can be run twice.
   */
  async import(
    organisation: string,
    file: Upload | undefined,
    dryRun: boolean,
    actor: Actor,
  ): Promise<RecordImport> {
    await this.organisationItself(organisation, actor);
    if (!file) throw new DomainError('VALIDATION_FAILED', 'Chưa chọn tệp', [{ field: 'file' }]);
    const { rows, missing } = recordRows(await readTable(file));
    if (missing.length)
      throw new DomainError('VALIDATION_FAILED', `Tệp thiếu cột: ${missing.join(', ')}`, [{ field: 'file' }]);
    const own = await this.units.ownUnits(organisation);
    const people = (await this.people.directory(organisation)).map(({ person }) => person);
    const { entries, errors } = checkRecordSheet(
      rows,
      { people, units: new Set(own.map((u) => u.code)) },
      Number(civilDateAt(new Date()).slice(0, 4)),
    );
    const summary = {
      fileName: file.originalname,
      total: rows.length,
      ratings: entries.filter((e) => e.rating).length,
      titles: entries.filter((e) => e.title).length,
      errors,
    };
    if (dryRun || errors.length) return { ...summary, imported: false };
    for (const { subject, year, rating, title } of entries) {
      if (rating)
        await this.send(organisation, { type: 'RecordRating', data: { subject, year, rating } }, actor);
      if (title) await this.send(organisation, { type: 'RecordTitle', data: { subject, title } }, actor);
    }
    return { ...summary, imported: true };
  }

  /** Whose records the organisation keeps: its people, and itself with its units (not lower organisations'). */
  async subjects(organisation: string, actor: Actor): Promise<RecordSubjects> {
    await this.organisationItself(organisation, actor);
    const [people, own] = await Promise.all([
      this.people.directory(organisation),
      this.units.ownUnits(organisation),
    ]);
    return {
      people: people.map(({ person }) => ({
        id: person.id,
        fullName: person.fullName,
        position: person.position,
        unitCode: person.unitCode,
      })),
      units: own.map(({ code, name }) => ({ code, name })),
    };
  }

  async record(organisation: string, query: RecordQueryDto, actor: Actor): Promise<SubjectRecord> {
    await this.organisationItself(organisation, actor);
    if (!!query.person === !!query.unit)
      throw new DomainError('VALIDATION_FAILED', 'Chọn một người (person) hoặc một tập thể (unit)', {
        field: 'person',
      });
    const subject = await this.subject(
      organisation,
      query.person
        ? { kind: 'person', personId: query.person }
        : { kind: 'collective', unitCode: query.unit },
    );
    const key = subjectKey(subject);
    const { titles, ratings } = await this.query.of(organisation, key);
    return { subject: key, titles, ratings: ratings.map((r) => ({ ...r, label: RATING_LABELS[r.rating] })) };
  }

  private send(organisation: string, command: Omit<RecordCommand, 'actor'>, actor: Actor) {
    return this.gateway.send(recordsRoute, organisation, { ...command, actor } as RecordCommand);
  }

  /** Records are an organisation's (a commune, a department), not of a unit inside one. */
  private async organisationItself(
    organisation: string,
    actor?: Actor,
    access?: 'read' | 'write',
  ): Promise<void> {
    if (actor) await this.scope.check(actor, organisation, access ?? 'read');
    if ((await this.units.organisationOf(organisation)) !== organisation)
      throw new DomainError(
        'NOT_AN_ORGANISATION',
        `${organisation} không phải cơ quan, tổ chức giữ hồ sơ thi đua`,
        {
          field: 'code',
        },
      );
  }

  /** A person of the organisation, or a collective in it (itself or one of its units). */
  private async subject(organisation: string, dto: RecordSubjectDto): Promise<Subject> {
    await this.organisationItself(organisation);
    if (dto.kind === 'person') {
      const { person } = await this.people.person(dto.personId!);
      if (person.organisationCode !== organisation)
        throw new DomainError('NOT_FOUND', 'Người này không thuộc cơ quan', { field: 'subject.personId' });
      return { kind: 'person', personId: person.id };
    }
    const unitCode = dto.unitCode!;
    const home = unitCode === organisation ? organisation : await this.units.organisationOf(unitCode);
    if (home !== organisation)
      throw new DomainError('NOT_FOUND', `Đơn vị ${unitCode} không thuộc cơ quan`, {
        field: 'subject.unitCode',
      });
    return { kind: 'collective', unitCode };
  }
}
