import {
  assertNever,
  happenedBy,
  requireRole,
  type CivilDate,
  type Command,
  type Decider,
  type DomainEvent,
} from '@kernel';
import { fail } from './record.errors';

/**
 * The yearly ratings of duties (Luật Thi đua, khen thưởng 2022): each person and collective is
 * rated once a year, and the yearly titles rest on it (LĐTT needs "hoàn thành tốt" or better).
 */
export const RATINGS = ['hoan_thanh_xuat_sac', 'hoan_thanh_tot', 'hoan_thanh', 'khong_hoan_thanh'] as const;
export type Rating = (typeof RATINGS)[number];
export const RATING_LABELS: Record<Rating, string> = {
  hoan_thanh_xuat_sac: 'Hoàn thành xuất sắc nhiệm vụ',
  hoan_thanh_tot: 'Hoàn thành tốt nhiệm vụ',
  hoan_thanh: 'Hoàn thành nhiệm vụ',
  khong_hoan_thanh: 'Không hoàn thành nhiệm vụ',
};

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

export type RecordCommand =
  | Command<'RecordTitle', { subject: Subject; title: Title }>
  | Command<'RecordRating', { subject: Subject; year: number; rating: Rating }>;

export type RecordEvent =
  | DomainEvent<'TitleRecorded', { organisation: string; subject: Subject; title: Title }>
  | DomainEvent<'RatingRecorded', { organisation: string; subject: Subject; year: number; rating: Rating }>;

/** An organisation's records: titles by subject and year and form, ratings by subject and year. */
export interface Records {
  organisation: string | null;
  titles: Record<string, Title>;
  ratings: Record<string, Rating>;
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
  requireRole(command.actor, KEEPERS);
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

export function evolveRecords(state: Records, event: RecordEvent): Records {
  switch (event.type) {
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
