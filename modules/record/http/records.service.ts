import { Injectable } from '@nestjs/common';
import { civilDateAt, DomainError, type Actor, type RowError } from '@kernel';
import { readTable } from '@platform/http/sheets';
import type { Upload } from '@platform/http/uploads';
import { checkRecordSheet, recordRows } from '../record.sheet';
import { PeopleQuery } from '@modules/people/people.query';
import { UnitDirectoryQuery } from '@modules/unit-directory/unit-directory.query';
import { CommandGateway, rowsOf } from '@platform/temporal/command-gateway';
import { RATING_LABELS, subjectKey, type RecordCommand, type Subject } from '../record.decider';
import {
  recordRatingProjection,
  recordTitleProjection,
  type RecordRatingView,
  type RecordTitleView,
} from '../record.projection';
import { RecordQuery } from '../record.query';
import { recordsRoute } from '../record.route';
import type { RatingDto, RecordQueryDto, RecordSubjectDto, TitleDto } from './records.dto';

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
  ) {}

  async title(organisation: string, dto: TitleDto, actor: Actor): Promise<RecordTitleView | undefined> {
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
    await this.organisationItself(organisation);
    if (!file) throw new DomainError('VALIDATION_FAILED', 'Chưa chọn tệp', [{ field: 'file' }]);
    const { rows, missing } = recordRows(await readTable(file));
    if (missing.length)
      throw new DomainError('VALIDATION_FAILED', `Tệp thiếu cột: ${missing.join(', ')}`, [{ field: 'file' }]);
    const codes = [...new Set(rows.map((r) => r.unitCode?.trim().toUpperCase() ?? ''))].filter(Boolean);
    const homes = await Promise.all(codes.map(async (c) => [c, await this.units.organisationOf(c)] as const));
    const people = (await this.people.directory(organisation)).map(({ person }) => person);
    const { entries, errors } = checkRecordSheet(
      rows,
      {
        people,
        units: new Set([organisation, ...homes.filter(([, home]) => home === organisation).map(([c]) => c)]),
      },
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
  async subjects(organisation: string): Promise<RecordSubjects> {
    await this.organisationItself(organisation);
    const [people, codes, names] = await Promise.all([
      this.people.directory(organisation),
      this.units.subtree(organisation),
      this.units.names(),
    ]);
    const homes = await Promise.all(codes.map(async (c) => [c, await this.units.organisationOf(c)] as const));
    return {
      people: people.map(({ person }) => ({
        id: person.id,
        fullName: person.fullName,
        position: person.position,
        unitCode: person.unitCode,
      })),
      units: homes
        .filter(([, home]) => home === organisation)
        .map(([code]) => ({ code, name: names.get(code) ?? code })),
    };
  }

  async record(organisation: string, query: RecordQueryDto): Promise<SubjectRecord> {
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
  private async organisationItself(organisation: string): Promise<void> {
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
