import {
  assertNever,
  RATING_LABELS,
  type Rating,
  happenedBy,
  requireRole,
  type CivilDate,
  type Command,
  type Decider,
  type DomainEvent,
} from '@kernel';
import { fail } from './record.errors';

export { RATINGS, RATING_LABELS, type Rating } from '@kernel';

/** Whose record: a person of the organisation, or a collective (one of its units, or itself). */
export type Subject = { kind: 'person'; personId: string } | { kind: 'collective'; unitCode: string };
export const subjectKey = (s: Subject): string =>
  s.kind === 'person' ? `person:${s.personId}` : `unit:${s.unitCode}`;

/** A title or reward received: the decision that granted it, and whether ThiDua issued it or it was brought in. */
export interface Title {
  year: number;
  /** The form, as written ("Lao động tiên tiến", "Bằng khen của Chủ tịch UBND thành phố"). */
  form: string;
  decisionNumber: string;
  decidedOn: CivilDate;
  issuer: string;
  source: 'thidua' | 'imported';
}

/** A Chiến sĩ thi đua cơ sở needs one of these recognised that year (Luật Thi đua, khen thưởng 2022). */
export const INITIATIVE_KINDS = ['initiative', 'scientific_topic'] as const;
export type InitiativeKind = (typeof INITIATIVE_KINDS)[number];
export const INITIATIVE_KIND_LABELS: Record<InitiativeKind, string> = {
  initiative: 'Sáng kiến',
  scientific_topic: 'Đề tài khoa học',
};

export interface Initiative {
  initiativeId: string;
  kind: InitiativeKind;
  title: string;
  /** The year it is applied and recognised for. */
  year: number;
  /** Its authors: people of the organisation (ids). */
  authors: string[];
  summary: string;
}

/** An initiative's own step: proposed, assessed by the initiative council, recognised by the head. */
export type InitiativeStatus = 'proposed' | 'accepted' | 'not_accepted' | 'recognised';
export const INITIATIVE_STATUS_LABELS: Record<InitiativeStatus, string> = {
  proposed: 'Chờ Hội đồng sáng kiến đánh giá',
  accepted: 'Hội đồng đánh giá đạt, chờ công nhận',
  not_accepted: 'Hội đồng đánh giá không đạt',
  recognised: 'Đã công nhận',
};

export type RecordCommand =
  | Command<'RecordTitle', { subject: Subject; title: Title }>
  | Command<'RecordRating', { subject: Subject; year: number; rating: Rating }>
  /** A decision ThiDua recorded: each recipient's title, as one command (what is there already is kept). */
  | Command<'RecordGrantedTitles', { entries: Array<{ subject: Subject; title: Title }> }>
  | Command<'ProposeInitiative', Initiative>
  | Command<
      'AssessInitiative',
      { initiativeId: string; outcome: 'pass' | 'fail'; assessment: string; assessedOn: CivilDate }
    >
  | Command<'RecognizeInitiative', { initiativeId: string; recognisedOn: CivilDate; recognisedBy: string }>;

type Org = { organisation: string };
export type RecordEvent =
  | DomainEvent<'TitleRecorded', Org & { subject: Subject; title: Title }>
  | DomainEvent<'RatingRecorded', Org & { subject: Subject; year: number; rating: Rating }>
  | DomainEvent<'InitiativeProposed', Org & { initiative: Initiative; proposedBy: string }>
  | DomainEvent<
      'InitiativeAssessed',
      Org & { initiativeId: string; outcome: 'pass' | 'fail'; assessment: string; assessedOn: CivilDate }
    >
  | DomainEvent<
      'InitiativeRecognised',
      Org & { initiativeId: string; recognisedOn: CivilDate; recognisedBy: string }
    >;

/** An organisation's records: titles by subject and year and form, ratings by subject and year. */
export interface Records {
  organisation: string | null;
  titles: Record<string, Title>;
  ratings: Record<string, Rating>;
  /** Absent in snapshots taken before initiatives were kept. */
  initiatives?: Record<string, Initiative & { status: InitiativeStatus }>;
}

const KEEPERS = ['standing', 'admin'] as const;
const titleKey = (subject: Subject, title: Pick<Title, 'year' | 'form'>) =>
  `${subjectKey(subject)}/${title.year}/${title.form.trim().toLowerCase()}`;
const ratingKey = (subject: Subject, year: number) => `${subjectKey(subject)}/${year}`;

/**
 * The organisation's records over the years (hồ sơ thành tích): what each person and
 * collective received and how each was rated, kept by the standing agency. A fact recorded
 * again is the same fact; a different one for the same year is refused, never overwritten.
 */
export function decideRecords(
  state: Records,
  command: RecordCommand,
  now: Date,
  organisation: string,
): RecordEvent[] {
  if (
    command.type === 'ProposeInitiative' ||
    command.type === 'AssessInitiative' ||
    command.type === 'RecognizeInitiative'
  )
    return decideInitiative(state, command, now, organisation);
  // A title ThiDua granted is written by the decision's signer; the past, by the standing agency.
  const granted =
    command.type === 'RecordGrantedTitles' ||
    (command.type === 'RecordTitle' && command.data.title.source === 'thidua');
  requireRole(command.actor, granted ? [...KEEPERS, 'chairman'] : KEEPERS);
  const thisYear = Number(now.toISOString().slice(0, 4));
  const checkYear = (year: number, field: string) => {
    if (!Number.isInteger(year) || year < 1945 || year > thisYear)
      fail('VALIDATION_FAILED', `Năm phải từ 1945 đến ${thisYear}`, { field });
  };
  switch (command.type) {
    case 'RecordTitle': {
      const { subject, title } = command.data;
      checkYear(title.year, 'year');
      happenedBy(title.decidedOn, now, 'decidedOn', 'Ngày quyết định');
      const known = state.titles[titleKey(subject, title)];
      if (known) {
        if (JSON.stringify(known) === JSON.stringify(title)) return [];
        fail(
          'RECORD_CONFLICT',
          `Đã ghi ${title.form} năm ${title.year} theo quyết định ${known.decisionNumber}`,
          {
            field: 'form',
          },
        );
      }
      return [{ type: 'TitleRecorded', data: { organisation, subject, title } }];
    }
    case 'RecordGrantedTitles':
      // The decision is signed: its titles go in; one the record holds already stays as it is.
      return command.data.entries
        .filter(({ subject, title }) => !state.titles[titleKey(subject, title)])
        .map(({ subject, title }) => ({ type: 'TitleRecorded', data: { organisation, subject, title } }));
    case 'RecordRating': {
      const { subject, year, rating } = command.data;
      checkYear(year, 'year');
      const known = state.ratings[ratingKey(subject, year)];
      if (known === rating) return [];
      if (known)
        fail('RECORD_CONFLICT', `Năm ${year} đã được xếp loại “${RATING_LABELS[known]}”`, {
          field: 'rating',
        });
      return [{ type: 'RatingRecorded', data: { organisation, subject, year, rating } }];
    }
    default:
      return assertNever(command);
  }
}

type InitiativeCommand = Extract<
  RecordCommand,
  { type: 'ProposeInitiative' | 'AssessInitiative' | 'RecognizeInitiative' }
>;

/**
 * An initiative (or scientific topic) is recognised by its own step: a unit or the standing
 * agency proposes it, the initiative council's assessment is recorded, and the head recognises
 * one that passed. Only a recognised one counts for a Chiến sĩ thi đua cơ sở.
 */
function decideInitiative(
  state: Records,
  command: InitiativeCommand,
  now: Date,
  organisation: string,
): RecordEvent[] {
  const known = (id: string) => {
    const found = state.initiatives?.[id];
    if (!found) fail('NOT_FOUND', 'Không tìm thấy sáng kiến', { field: 'initiativeId' });
    return found;
  };
  switch (command.type) {
    case 'ProposeInitiative': {
      requireRole(command.actor, ['unit', ...KEEPERS]);
      const initiative = command.data;
      const thisYear = Number(now.toISOString().slice(0, 4));
      if (initiative.year < 1945 || initiative.year > thisYear)
        fail('VALIDATION_FAILED', `Năm phải từ 1945 đến ${thisYear}`, { field: 'year' });
      if (initiative.authors.length === 0)
        fail('VALIDATION_FAILED', 'Sáng kiến phải có ít nhất một tác giả', { field: 'authors' });
      const existing = state.initiatives?.[initiative.initiativeId];
      if (existing) {
        const { status: _status, ...same } = existing;
        if (JSON.stringify(same) === JSON.stringify(initiative)) return [];
        fail('ALREADY_EXISTS', `Đã có sáng kiến “${existing.title}” năm ${existing.year}`, {
          field: 'title',
        });
      }
      const proposedBy = command.actor.unitCode ?? organisation;
      return [{ type: 'InitiativeProposed', data: { organisation, initiative, proposedBy } }];
    }
    case 'AssessInitiative': {
      requireRole(command.actor, ['council', ...KEEPERS]);
      const { initiativeId, outcome, assessment, assessedOn } = command.data;
      const initiative = known(initiativeId);
      const decided = outcome === 'pass' ? 'accepted' : 'not_accepted';
      if (initiative.status === decided) return [];
      if (initiative.status !== 'proposed')
        fail(
          'INITIATIVE_WRONG_STATUS',
          `Sáng kiến đang ở trạng thái “${INITIATIVE_STATUS_LABELS[initiative.status]}”`,
          {
            field: 'outcome',
          },
        );
      happenedBy(assessedOn, now, 'assessedOn', 'Ngày đánh giá');
      if (!assessment.trim())
        fail('VALIDATION_FAILED', 'Ghi kết luận của Hội đồng sáng kiến', { field: 'assessment' });
      return [
        { type: 'InitiativeAssessed', data: { organisation, initiativeId, outcome, assessment, assessedOn } },
      ];
    }
    case 'RecognizeInitiative': {
      requireRole(command.actor, ['chairman']);
      const { initiativeId, recognisedOn, recognisedBy } = command.data;
      const initiative = known(initiativeId);
      if (initiative.status === 'recognised') return [];
      if (initiative.status !== 'accepted')
        fail(
          'INITIATIVE_WRONG_STATUS',
          `Chỉ công nhận sáng kiến Hội đồng sáng kiến đánh giá đạt (đang: “${INITIATIVE_STATUS_LABELS[initiative.status]}”)`,
          { field: 'initiativeId' },
        );
      return [
        { type: 'InitiativeRecognised', data: { organisation, initiativeId, recognisedOn, recognisedBy } },
      ];
    }
  }
}

const withInitiative = (state: Records, id: string, status: InitiativeStatus): Records => ({
  ...state,
  initiatives: { ...state.initiatives, [id]: { ...state.initiatives![id], status } },
});

export function evolveRecords(state: Records, event: RecordEvent): Records {
  switch (event.type) {
    case 'InitiativeProposed': {
      const { organisation, initiative } = event.data;
      return {
        ...state,
        organisation,
        initiatives: {
          ...state.initiatives,
          [initiative.initiativeId]: { ...initiative, status: 'proposed' },
        },
      };
    }
    case 'InitiativeAssessed':
      return withInitiative(
        state,
        event.data.initiativeId,
        event.data.outcome === 'pass' ? 'accepted' : 'not_accepted',
      );
    case 'InitiativeRecognised':
      return withInitiative(state, event.data.initiativeId, 'recognised');
    case 'TitleRecorded':
      return {
        ...state,
        organisation: event.data.organisation,
        titles: { ...state.titles, [titleKey(event.data.subject, event.data.title)]: event.data.title },
      };
    case 'RatingRecorded':
      return {
        ...state,
        organisation: event.data.organisation,
        ratings: { ...state.ratings, [ratingKey(event.data.subject, event.data.year)]: event.data.rating },
      };
    default:
      return assertNever(event);
  }
}

/** The decider for one organisation's records (the organisation comes from the stream). */
export const recordsDecider = (organisation: string): Decider<Records, RecordCommand, RecordEvent> => ({
  initialState: { organisation: null, titles: {}, ratings: {} },
  decide: (state, command, now) => decideRecords(state, command, now, organisation),
  evolve: evolveRecords,
});
