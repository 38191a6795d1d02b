import { sheetRows, withoutMarks, type RowError, type SheetRow } from '@kernel';
import { RATING_LABELS, RATINGS, type Rating, type Subject, type Title } from './record.decider';

/**
 * The records sheet offices bring their history in with: one row per person (or collective,
 * without a name) and year, with the rating of that year and/or a title received.
 */
export const RECORD_COLUMNS = [
  { key: 'fullName', header: 'Họ và tên' },
  { key: 'unitCode', header: 'Mã đơn vị' },
  { key: 'year', header: 'Năm' },
  { key: 'rating', header: 'Xếp loại' },
  { key: 'form', header: 'Danh hiệu, hình thức khen thưởng' },
  { key: 'decisionNumber', header: 'Số quyết định' },
  { key: 'decidedOn', header: 'Ngày quyết định' },
  { key: 'issuer', header: 'Cơ quan quyết định' },
] as const;
type Key = (typeof RECORD_COLUMNS)[number]['key'];

export const recordRows = (table: string[][]) => sheetRows(table, RECORD_COLUMNS, ['unitCode', 'year']);

export interface RecordEntry {
  row: number;
  subject: Subject;
  year: number;
  rating?: Rating;
  title?: Title;
}

/** People the organisation has, to find a row's person by name within its unit. */
export interface Known {
  people: Array<{ id: string; fullName: string; unitCode: string | null }>;
  /** Codes of the organisation and its units. */
  units: ReadonlySet<string>;
}

const fold = (text: string) => withoutMarks(text).trim().toLowerCase().replace(/\s+/g, ' ');
const RATING_OF = new Map<string, Rating>(
  RATINGS.flatMap((r) => [
    [fold(RATING_LABELS[r]), r],
    [fold(r.replace(/_/g, ' ')), r],
  ]),
);

/** "20/12/2025" or "2025-12-20" → 2025-12-20; undefined for anything else. */
function civilDay(text: string): string | undefined {
  const vn = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(text);
  const iso = vn ? `${vn[3]}-${vn[2].padStart(2, '0')}-${vn[1].padStart(2, '0')}` : text;
  if (!/^\d{4}-\d{2}-\d{2}$/.test(iso)) return undefined;
  const d = new Date(`${iso}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === iso ? iso : undefined;
}

/**
 * Checks every row and lists every error by row and column (nothing is written while one
 * remains): the unit is the organisation's, the person is found by name in it (once), the
 * year has come, the rating is one of the four, and a title has its decision's number, date
 * and issuer.
 */
export function checkRecordSheet(
  rows: Array<SheetRow<Key>>,
  known: Known,
  thisYear: number,
): { entries: RecordEntry[]; errors: RowError[] } {
  const errors: RowError[] = [];
  const entries: RecordEntry[] = [];
  const header = (key: Key) => RECORD_COLUMNS.find((c) => c.key === key)!.header;
  for (const raw of rows) {
    const { row } = raw;
    const value = (key: Key) => raw[key]?.trim() ?? '';
    const refuse = (key: Key, message: string) => errors.push({ row, column: header(key), message });
    const before = errors.length;
    const unitCode = value('unitCode').toUpperCase();
    if (!known.units.has(unitCode))
      refuse('unitCode', `không có đơn vị mã “${value('unitCode')}” trong cơ quan`);
    let subject: Subject | undefined = { kind: 'collective', unitCode };
    if (value('fullName')) {
      const matches = known.people.filter(
        (p) => p.unitCode === unitCode && fold(p.fullName) === fold(value('fullName')),
      );
      if (matches.length !== 1)
        refuse(
          'fullName',
          matches.length
            ? `có ${matches.length} người tên “${value('fullName')}” trong đơn vị`
            : `không có “${value('fullName')}” trong đơn vị ${unitCode}`,
        );
      subject = matches.length === 1 ? { kind: 'person', personId: matches[0].id } : undefined;
    }
    const year = Number(value('year'));
    if (!/^\d{4}$/.test(value('year')) || year < 1945 || year > thisYear)
      refuse('year', `năm từ 1945 đến ${thisYear}`);
    const rating = value('rating') ? RATING_OF.get(fold(value('rating'))) : undefined;
    if (value('rating') && !rating)
      refuse(
        'rating',
        `không có xếp loại “${value('rating')}” (${RATINGS.map((r) => RATING_LABELS[r]).join('; ')})`,
      );
    let title: Title | undefined;
    if (value('form')) {
      const decidedOn = civilDay(value('decidedOn'));
      if (!value('decisionNumber')) refuse('decisionNumber', 'cần số quyết định');
      if (!decidedOn) refuse('decidedOn', 'cần ngày quyết định dạng dd/mm/yyyy');
      if (!value('issuer')) refuse('issuer', 'cần cơ quan quyết định');
      if (decidedOn)
        title = {
          year,
          form: value('form'),
          decisionNumber: value('decisionNumber'),
          decidedOn,
          issuer: value('issuer'),
          source: 'imported',
        };
    } else if (!value('rating')) refuse('rating', 'cần xếp loại hoặc danh hiệu');
    if (errors.length > before || !subject) continue;
    entries.push({ row, subject, year, ...(rating ? { rating } : {}), ...(title ? { title } : {}) });
  }
  return { entries, errors };
}
