import {
  AlignmentType,
  Document,
  Header,
  Packer,
  PageBreak,
  PageNumber,
  Paragraph,
  Table,
  TableBorders,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
  type IRunOptions,
} from 'docx';
import JSZip from 'jszip';
import { writeZip } from '@platform/documents/zip';
import { formatNumber, formatPercent, formatVietnamese, roman, type CivilDate } from '@kernel';
import { TIME_STATE_LABELS, TIME_STATES } from '@modules/assignment/assignment.policy';
import { dateLine, type DocumentIdentity } from '../document-form';
import type { DocumentForm } from '../report-document.decider';
import type { ConsolidatedReport } from './consolidated';
import { tableXml, type Cell, type Column } from './wordml';

/**
 * Everything a document says besides the report's data (Nghị định 30/2020/NĐ-CP): who issues
 * it and under whom, its number (none yet while a draft: "Số:     /BC-…"), place and date, kind
 * and subject, addressees, the request it answers, the prose, the signature and Nơi nhận.
 */
export interface DocumentFrame {
  identity: DocumentIdentity;
  form: DocumentForm;
  number: string | null;
  symbol: string;
  date: CivilDate;
  subject: string;
  recipients: string[];
  citation: string | null;
  sections: Array<{ title: string; text: string }>;
  signature: { lines: string[]; fullName: string | null };
  copies: string[];
  /** "Lưu: VT, VHXH." */
  archive: string;
}

// A4, Times New Roman; margins top/bottom 20 mm, left 30 mm, right 15 mm (twentieths of a point).
const MM = 56.7;
const PAGE = { width: 11906, height: 16838 };
const MARGIN = { top: 20 * MM, bottom: 20 * MM, left: 30 * MM, right: 15 * MM, header: 10 * MM };
const BODY = 28; // 14 pt, in half-points
const SMALL = 26;
const TABLE = 22;

type Run = string | (IRunOptions & { text: string });
type Align = (typeof AlignmentType)[keyof typeof AlignmentType];

const para = (
  runs: Run[],
  options: { align?: Align; size?: number; after?: number; indent?: boolean } = {},
) =>
  new Paragraph({
    alignment: options.align ?? AlignmentType.JUSTIFIED,
    spacing: { after: options.after ?? 80 },
    indent: options.indent ? { firstLine: 10 * MM } : undefined,
    children: runs.map(
      (r) =>
        new TextRun(typeof r === 'string' ? { text: r, size: options.size } : { size: options.size, ...r }),
    ),
  });
const center = (runs: Run[], options: { size?: number; after?: number } = {}) =>
  para(runs, { align: AlignmentType.CENTER, after: options.after ?? 0, size: options.size });
const fullWidth = { size: 100, type: WidthType.PERCENTAGE } as const;
const plain = (children: Paragraph[], width: number) =>
  new TableCell({ width: { size: width, type: WidthType.PERCENTAGE }, children });
const verdict = (met: boolean | null): string => (met === null ? '' : met ? 'Đạt' : 'Chưa đạt');

const KIND_WORDS: Record<DocumentForm, string> = { bao_cao: 'Báo cáo', cong_van: 'Công văn' };

/** The number line: the register's number once issued; a blank for it while a draft. */
export const numberLine = (frame: DocumentFrame) =>
  `Số: ${frame.number ?? `${' '.repeat(8)}/${frame.symbol}`}`;

/** The two-column heading: issuing body (under its governing body) and number; motto, place and date. */
function heading(frame: DocumentFrame): Table {
  const { identity } = frame;
  const left = [
    ...(identity.governingBody ? [center([identity.governingBody.toUpperCase()], { size: SMALL })] : []),
    center([{ text: identity.issuingBody.toUpperCase(), bold: true }], { size: SMALL }),
    center(['———'], { size: SMALL, after: 60 }),
    center([numberLine(frame)], { size: SMALL }),
    ...(frame.form === 'cong_van' ? [center([`V/v ${frame.subject}`], { size: 24 })] : []),
  ];
  const right = [
    center([{ text: 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', bold: true }], { size: 24 }),
    center([{ text: 'Độc lập – Tự do – Hạnh phúc', bold: true }], { size: SMALL }),
    center(['———————'], { size: SMALL, after: 60 }),
    center([{ text: `${identity.place}, ${dateLine(frame.date)}`, italics: true }], { size: SMALL }),
  ];
  return new Table({
    width: fullWidth,
    borders: TableBorders.NONE,
    rows: [new TableRow({ children: [plain(left, 42), plain(right, 58)] })],
  });
}

/** "BÁO CÁO" and its subject, or a công văn's "Kính gửi". */
function title(frame: DocumentFrame): Paragraph[] {
  if (frame.form === 'bao_cao')
    return [
      center([{ text: 'BÁO CÁO', bold: true }], { size: BODY, after: 0 }),
      center([{ text: frame.subject, bold: true }], { size: BODY, after: 240 }),
    ];
  if (frame.recipients.length === 1)
    return [center([`Kính gửi: ${frame.recipients[0]}.`], { size: BODY, after: 240 })];
  return [
    center(['Kính gửi:'], { size: BODY }),
    ...frame.recipients.map((r, i) =>
      center([`- ${r}${i === frame.recipients.length - 1 ? '.' : ';'}`], {
        size: BODY,
        after: i === frame.recipients.length - 1 ? 240 : 0,
      }),
    ),
  ];
}

/** Nơi nhận on the left; the signature on the right: how the signer signs, the space to sign, the name. */
function signature(frame: DocumentFrame): Table {
  const small = (text: string) => para([text], { size: TABLE, after: 0, align: AlignmentType.LEFT });
  const copies = copiesOf(frame);
  const left = [
    para([{ text: 'Nơi nhận:', bold: true, italics: true }], {
      size: 24,
      after: 0,
      align: AlignmentType.LEFT,
    }),
    ...copies.map(small),
  ];
  const right = [
    ...frame.signature.lines.map((line) => center([{ text: line, bold: true }], { size: BODY })),
    center([''], { after: 1400 }),
    center([{ text: frame.signature.fullName ?? '', bold: true }], { size: BODY }),
  ];
  return new Table({
    width: fullWidth,
    borders: TableBorders.NONE,
    rows: [new TableRow({ children: [plain(left, 50), plain(right, 50)] })],
  });
}

/** Nơi nhận as written: the addressees ("Như trên"), the copies, the archive; each line ends “;”, the last “.”. */
export function copiesOf(frame: DocumentFrame): string[] {
  const lines = [...(frame.recipients.length ? ['Như trên'] : []), ...frame.copies, frame.archive];
  return lines.map((line, i) => `- ${line.replace(/[.;]$/, '')}${i === lines.length - 1 ? '.' : ';'}`);
}

/** The appendices a report has, in order: tasks, indicators, timeliness, and when there are any, prose and lower levels. */
export function appendixTitles(report: ConsolidatedReport): string[] {
  return [
    'KẾT QUẢ THỰC HIỆN CÁC NHIỆM VỤ',
    'KẾT QUẢ THỰC HIỆN CÁC CHỈ TIÊU',
    'TÌNH HÌNH GỬI BÁO CÁO CỦA CÁC ĐƠN VỊ',
    ...(report.narrative.some((s) => s.entries.length) ? ['NỘI DUNG BÁO CÁO CỦA CÁC ĐƠN VỊ'] : []),
    ...(report.implementation.length ? ['TÌNH HÌNH TRIỂN KHAI CỦA CẤP DƯỚI'] : []),
  ];
}

/** The report as a Vietnamese administrative document a clerk can sign and file. */
export async function renderDocx(report: ConsolidatedReport, frame: DocumentFrame): Promise<Buffer> {
  const kind = KIND_WORDS[frame.form];
  // The appendix tables are written as markup (wordml.ts); the tree holds a marker for each.
  const tables: string[] = [];
  const placed = (xml: string): Paragraph => {
    tables.push(xml);
    return para([`⟦${tables.length - 1}⟧`]);
  };
  const attachedTo = `(Kèm theo ${kind} số ${frame.number ?? `${' '.repeat(6)}/${frame.symbol}`} ngày ${formatVietnamese(frame.date)} của ${frame.identity.issuingBody})`;
  const content: Record<string, () => Paragraph[]> = {
    'KẾT QUẢ THỰC HIỆN CÁC NHIỆM VỤ': () => [placed(taskTable(report))],
    'KẾT QUẢ THỰC HIỆN CÁC CHỈ TIÊU': () => {
      const [totals, units] = indicatorTables(report);
      return [placed(totals), para([''], { after: 120 }), placed(units)];
    },
    'TÌNH HÌNH GỬI BÁO CÁO CỦA CÁC ĐƠN VỊ': () => [placed(timelinessTable(report))],
    'NỘI DUNG BÁO CÁO CỦA CÁC ĐƠN VỊ': () => narrative(report),
    'TÌNH HÌNH TRIỂN KHAI CỦA CẤP DƯỚI': () => [placed(implementationTable(report))],
  };
  const appendices = appendixTitles(report).map((title) => ({ title, content: content[title]() }));
  const body = [
    ...(frame.citation
      ? [
          para([`${frame.citation}, ${frame.identity.issuingBody} báo cáo như sau:`], {
            indent: true,
            size: BODY,
          }),
        ]
      : []),
    ...frame.sections.flatMap((section, i) => [
      para([{ text: `${roman(i + 1)}. ${section.title.toUpperCase()}`, bold: true }], { size: BODY }),
      ...section.text
        .split(/\n+/)
        .filter((line) => line.trim())
        .map((line) => para([line.trim()], { indent: true, size: BODY })),
    ]),
    para([{ text: `${roman(frame.sections.length + 1)}. SỐ LIỆU TỔNG HỢP`, bold: true }], { size: BODY }),
    ...summary(
      report,
      appendices.map((a) => a.title),
    ).map((line) => para([line], { indent: true, size: BODY })),
  ];
  const document = new Document({
    creator: 'ThiDua',
    title: `${kind} ${frame.subject}`,
    styles: { default: { document: { run: { font: 'Times New Roman', size: BODY } } } },
    sections: [
      {
        properties: { page: { size: PAGE, margin: MARGIN }, titlePage: true },
        // Page numbers from the second page on, centred in the top margin.
        headers: {
          first: new Header({ children: [] }),
          default: new Header({
            children: [
              new Paragraph({
                alignment: AlignmentType.CENTER,
                children: [new TextRun({ children: [PageNumber.CURRENT], size: SMALL })],
              }),
            ],
          }),
        },
        children: [
          heading(frame),
          new Paragraph({ spacing: { after: 240 }, children: [] }),
          ...title(frame),
          ...body,
          new Paragraph({ spacing: { after: 240 }, children: [] }),
          signature(frame),
          ...appendices.flatMap((appendix, i) => [
            new Paragraph({ children: [new PageBreak()] }),
            center([{ text: `Phụ lục ${roman(i + 1)}`, bold: true }], { size: BODY }),
            center([{ text: appendix.title, bold: true }], { size: BODY }),
            center([{ text: attachedTo, italics: true }], { size: SMALL, after: 200 }),
            ...appendix.content,
          ]),
        ],
      },
    ],
  });
  return withTables(await Packer.toBuffer(document), tables);
}

const MARKER = /<w:p>(?:(?!<w:p>)[\s\S])*?⟦(\d+)⟧[\s\S]*?<\/w:p>/g;

/** The package with each marker paragraph replaced by its table, zipped again by native zlib. */
async function withTables(packed: Buffer, tables: string[]): Promise<Buffer> {
  const zip = await JSZip.loadAsync(packed);
  const entries = await Promise.all(
    Object.values(zip.files)
      .filter((file) => !file.dir)
      // OOXML readers look for the content types first.
      .sort((a, b) => Number(b.name === '[Content_Types].xml') - Number(a.name === '[Content_Types].xml'))
      .map(async (file) => {
        const content = await file.async('nodebuffer');
        if (file.name !== 'word/document.xml') return { name: file.name, content };
        const xml = content.toString('utf8').replace(MARKER, (_, i: string) => tables[Number(i)]);
        return { name: file.name, content: Buffer.from(xml, 'utf8') };
      }),
  );
  return writeZip(entries);
}

/** The report's figures in sentences, each pointing to the appendix with the details. */
export function summary(report: ConsolidatedReport, appendices: string[]): string[] {
  const counts = report.deadlines.total;
  const done = counts.done_on_time + counts.done_late;
  const byDeadline = TIME_STATES.filter((state) => counts[state] > 0)
    .map((state) => `${formatNumber(counts[state])} ${TIME_STATE_LABELS[state].toLowerCase()}`)
    .join(', ');
  const judged = report.indicators.filter((v) => v.met !== null);
  const ref = (title: string) => `Phụ lục ${roman(appendices.indexOf(title) + 1)}`;
  const onTime = report.timeliness.reduce((n, t) => n + t.onTime, 0);
  const asked = report.timeliness.reduce((n, t) => n + t.asked, 0);
  const { period } = report;
  const span =
    period?.from && period.to
      ? [
          `Kỳ báo cáo: ${period.label}, số liệu từ ngày ${formatVietnamese(period.from)} đến ngày ${formatVietnamese(period.to)}.`,
        ]
      : [];
  return [
    ...span,
    `1. Nhiệm vụ: ${done}/${counts.total} nhiệm vụ đã hoàn thành; tính đến ngày ${formatVietnamese(report.asOf)}: ${byDeadline || 'chưa có nhiệm vụ'} (chi tiết tại ${ref('KẾT QUẢ THỰC HIỆN CÁC NHIỆM VỤ')}).`,
    `2. Chỉ tiêu: ${[
      `${judged.filter((v) => v.met).length}/${judged.length} giá trị đạt mục tiêu`,
      ...report.indicatorTotals
        .filter((t) => t.overall.units > 0)
        .map((t) => `${t.indicatorCode}: ${t.overall.display}`),
    ].join('; ')} (chi tiết tại ${ref('KẾT QUẢ THỰC HIỆN CÁC CHỈ TIÊU')}).`,
    `3. Báo cáo của các đơn vị: ${onTime}/${asked} báo cáo gửi đúng hạn (chi tiết tại ${ref('TÌNH HÌNH GỬI BÁO CÁO CỦA CÁC ĐƠN VỊ')}).`,
    ...(report.implementation.length
      ? [
          `4. Cấp dưới: ${report.implementation.filter((o) => o.plan).length}/${report.implementation.length} đơn vị đã ban hành kế hoạch triển khai (chi tiết tại ${ref('TÌNH HÌNH TRIỂN KHAI CỦA CẤP DƯỚI')}).`,
        ]
      : []),
  ];
}

function taskTable(report: ConsolidatedReport): string {
  return tableXml(
    [
      ['Stt', 6],
      ['Nhiệm vụ, giải pháp', 32],
      ['Đơn vị chủ trì', 12],
      ['Đơn vị phối hợp', 13],
      ['Thời hạn', 14],
      ['Kết quả thực hiện', 23],
    ],
    report.groups.flatMap((group, g): Cell[][] => [
      [
        [roman(g + 1), { bold: true, align: 'center' }],
        [group.title.toUpperCase(), { bold: true, span: 5 }],
      ],
      ...group.tasks.map((task): Cell[] => [
        [String(task.stt), CENTER],
        task.title,
        task.leadUnitName,
        task.coordinatingUnitNames.join(', '),
        [[dueText(task), task.timeStateLabel].join('\n'), CENTER],
        [task.result || task.statusLabel, ...task.contributions.map((c) => `${c.unitName}: ${c.text}`)]
          .filter(Boolean)
          .join('\n'),
      ]),
    ]),
  );
}

const CENTER = { align: 'center' } as const;

/** The totals per indicator, then every unit's value. */
function indicatorTables(report: ConsolidatedReport): [string, string] {
  const totals: Column[] = [
    ['Chỉ tiêu', 34],
    ['Mục tiêu', 14],
    ['Kết quả chung', 36],
    ['Đơn vị đạt', 16],
  ];
  const units: Column[] = [
    ['Đơn vị', 22],
    ['Chỉ tiêu', 34],
    ['Kết quả', 22],
    ['Mục tiêu', 12],
    ['Đánh giá', 10],
  ];
  return [
    tableXml(
      totals,
      report.indicatorTotals.map((t): Cell[] => [
        `${t.indicatorCode}. ${t.indicatorName}`,
        [t.target, CENTER],
        t.overall.display,
        [t.target ? `${t.overall.unitsMeeting}/${t.overall.units}` : '', CENTER],
      ]),
    ),
    tableXml(
      units,
      report.indicators.map((v): Cell[] => [
        v.unitName,
        `${v.indicatorCode}. ${v.indicatorName}`,
        [v.evidence ? `${v.text}\n(${v.evidence} tệp minh chứng)` : v.text, CENTER],
        [v.target, CENTER],
        [verdict(v.met), CENTER],
      ]),
    ),
  ];
}

function timelinessTable(report: ConsolidatedReport): string {
  return tableXml(
    [
      ['Đơn vị', 34],
      ['Số yêu cầu', 12],
      ['Đúng hạn', 12],
      ['Trễ hạn (ngày)', 14],
      ['Quá hạn chưa gửi', 14],
      ['Tình trạng', 14],
    ],
    report.timeliness.map((t): Cell[] => [
      t.unitName,
      [String(t.asked), CENTER],
      [String(t.onTime), CENTER],
      [t.late ? `${t.late} (${t.daysLate} ngày)` : '0', CENTER],
      [String(t.missing), CENTER],
      t.label,
    ]),
  );
}

/** What each unit wrote, section by section (kết quả, hạn chế – khó khăn, …). */
function narrative(report: ConsolidatedReport): Paragraph[] {
  return report.narrative
    .filter((section) => section.entries.length)
    .flatMap((section, i) => [
      para([{ text: `${i + 1}. ${section.title}`, bold: true }], { size: BODY }),
      ...section.entries.map((e) =>
        para([{ text: `${e.unitName}: `, italics: true }, e.text.replace(/\s*\n\s*/g, ' ')], {
          indent: true,
          size: BODY,
        }),
      ),
    ]);
}

function implementationTable(report: ConsolidatedReport): string {
  return tableXml(
    [
      ['Đơn vị', 24],
      ['Nhiệm vụ được giao', 16],
      ['Kế hoạch triển khai', 26],
      ['Nhiệm vụ của kế hoạch', 14],
      ['Chỉ tiêu (cộng dồn)', 20],
    ],
    report.implementation.map((o): Cell[] => [
      o.organisationName,
      `${o.tasks.join(', ')} (${o.tasksDone}/${o.tasks.length} đã thực hiện)`,
      o.plan
        ? `Số ${o.plan.number} ngày ${formatVietnamese(o.plan.issuedOn)}${o.plan.status === 'draft' ? ' (dự thảo)' : ''}`
        : 'Chưa ban hành',
      [o.plan ? `${o.planTasksDone}/${o.planTasks}` : '', CENTER],
      o.indicators
        .filter((i) => i.denominator > 0)
        .map(
          (i) =>
            `${i.code}: ${formatNumber(i.numerator)}/${formatNumber(i.denominator)} = ${formatPercent(i.percent)}`,
        )
        .join('; '),
    ]),
  );
}

/** "30/11/2026 (hằng năm)", or "Thường xuyên" for a task without a deadline. */
export const dueText = (task: { dueOn: string | null; recurringYearly: boolean }): string =>
  task.dueOn ? `${formatVietnamese(task.dueOn)}${task.recurringYearly ? ' (hằng năm)' : ''}` : 'Thường xuyên';
