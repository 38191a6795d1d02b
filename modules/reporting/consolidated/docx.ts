import {
  AlignmentType,
  Document,
  Packer,
  PageBreak,
  Paragraph,
  Table,
  TableBorders,
  TableCell,
  TableRow,
  TextRun,
  VerticalAlign,
  WidthType,
  type IRunOptions,
} from 'docx';
import { formatNumber, formatPercent, formatVietnamese, roman } from '@kernel';
import { TIME_STATE_LABELS, TIME_STATES } from '@modules/assignment/assignment.policy';
import { placeOf, vietnameseDateLine, type ConsolidatedReport } from './consolidated';
import { reportDate } from './consolidated.service';

// Nghị định 30/2020/NĐ-CP on administrative documents: A4, Times New Roman 13–14 pt,
// margins top/bottom 20 mm, left 30 mm, right 15 mm (in twentieths of a point).
const MM = 56.7;
const PAGE = { width: 11906, height: 16838 };
const MARGIN = { top: 20 * MM, bottom: 20 * MM, left: 30 * MM, right: 15 * MM };
const BODY_SIZE = 26;
const TABLE_SIZE = 22;

type Run = string | (IRunOptions & { text: string });

const para = (
  runs: Run[],
  options: { align?: (typeof AlignmentType)[keyof typeof AlignmentType]; size?: number; after?: number } = {},
) =>
  new Paragraph({
    alignment: options.align ?? AlignmentType.JUSTIFIED,
    spacing: { after: options.after ?? 60 },
    children: runs.map(
      (r) =>
        new TextRun(typeof r === 'string' ? { text: r, size: options.size } : { size: options.size, ...r }),
    ),
  });
const center = (runs: Run[], after = 0) => para(runs, { align: AlignmentType.CENTER, after });
const cell = (
  text: string,
  options: { bold?: boolean; span?: number; width?: number; align?: 'center' } = {},
) =>
  new TableCell({
    columnSpan: options.span,
    width: options.width ? { size: options.width, type: WidthType.PERCENTAGE } : undefined,
    verticalAlign: VerticalAlign.CENTER,
    children: text.split('\n').map((line) =>
      para([{ text: line, bold: options.bold }], {
        size: TABLE_SIZE,
        after: 0,
        align: options.align === 'center' ? AlignmentType.CENTER : AlignmentType.LEFT,
      }),
    ),
  });
const headerRow = (labels: Array<[string, number]>) =>
  new TableRow({
    tableHeader: true,
    children: labels.map(([label, width]) => cell(label, { bold: true, width, align: 'center' })),
  });
const fullWidth = { size: 100, type: WidthType.PERCENTAGE } as const;

/** The consolidated report as a Vietnamese administrative document a clerk can sign and file. */
export async function renderDocx(report: ConsolidatedReport): Promise<Buffer> {
  const { plan, period } = report;
  const issuer = plan.issuer.toUpperCase();
  const date = reportDate(report);
  const attachedTo = `(Kèm theo Báo cáo số       /BC-UBND ${vietnameseDateLine(date)} của ${plan.issuer})`;
  const span =
    period?.from && period.to
      ? `số liệu từ ngày ${formatVietnamese(period.from)} đến ngày ${formatVietnamese(period.to)}`
      : '';
  const periodLine = period
    ? period.kind === 'adhoc'
      ? `(Theo yêu cầu tại văn bản số ${period.number}: ${period.subject}${span ? `; ${span}` : ''})`
      : `(Kỳ báo cáo: ${period.label}, ${span})`
    : `(Tình hình thực hiện đến ngày ${formatVietnamese(date)})`;
  const judged = report.indicators.filter((v) => v.met !== null);
  const counts = report.deadlines.total;
  const done = counts.done_on_time + counts.done_late;
  const byDeadline = TIME_STATES.filter((state) => counts[state] > 0)
    .map((state) => `${formatNumber(counts[state])} ${TIME_STATE_LABELS[state].toLowerCase()}`)
    .join(', ');

  const heading = new Table({
    width: fullWidth,
    borders: TableBorders.NONE,
    rows: [
      new TableRow({
        children: [
          new TableCell({
            width: { size: 40, type: WidthType.PERCENTAGE },
            children: [
              center([{ text: issuer, bold: true }]),
              center(['———']),
              center([`Số:       /BC-UBND`]),
            ],
          }),
          new TableCell({
            width: { size: 60, type: WidthType.PERCENTAGE },
            children: [
              center([{ text: 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', bold: true }]),
              center([{ text: 'Độc lập – Tự do – Hạnh phúc', bold: true }]),
              center(['———————']),
              center([{ text: `${placeOf(plan.issuer)}, ${vietnameseDateLine(date)}`, italics: true }]),
            ],
          }),
        ],
      }),
    ],
  });

  const signature = new Table({
    width: fullWidth,
    borders: TableBorders.NONE,
    rows: [
      new TableRow({
        children: [
          new TableCell({
            width: { size: 50, type: WidthType.PERCENTAGE },
            children: [
              para([{ text: 'Nơi nhận:', bold: true, italics: true }], {
                size: 24,
                after: 0,
                align: AlignmentType.LEFT,
              }),
              para(['- Như trên;'], { size: 22, after: 0, align: AlignmentType.LEFT }),
              para([`- ${plan.standingUnitName};`], { size: 22, after: 0, align: AlignmentType.LEFT }),
              para(['- Lưu: VT.'], { size: 22, after: 0, align: AlignmentType.LEFT }),
            ],
          }),
          new TableCell({
            width: { size: 50, type: WidthType.PERCENTAGE },
            children: [
              center([{ text: 'TM. ỦY BAN NHÂN DÂN', bold: true }]),
              center([{ text: 'CHỦ TỊCH', bold: true }]),
              center([{ text: '(Ký, ghi rõ họ tên, đóng dấu)', italics: true }], 1200),
              center([{ text: plan.signer, bold: true }]),
            ],
          }),
        ],
      }),
    ],
  });

  const appendixTitle = (n: number, title: string) => [
    new Paragraph({ children: [new PageBreak()] }),
    center([{ text: `Phụ lục ${roman(n)}`, bold: true }]),
    center([{ text: title, bold: true }]),
    center([{ text: attachedTo, italics: true }], 200),
  ];

  const taskTable = new Table({
    width: fullWidth,
    rows: [
      headerRow([
        ['Stt', 6],
        ['Nhiệm vụ, giải pháp', 32],
        ['Đơn vị chủ trì', 12],
        ['Đơn vị phối hợp', 13],
        ['Thời hạn', 14],
        ['Kết quả thực hiện', 23],
      ]),
      ...report.groups.flatMap((group, g) => [
        new TableRow({
          children: [
            cell(roman(g + 1), { bold: true, align: 'center' }),
            cell(group.title.toUpperCase(), { bold: true, span: 5 }),
          ],
        }),
        ...group.tasks.map(
          (task) =>
            new TableRow({
              children: [
                cell(String(task.stt), { align: 'center' }),
                cell(task.title),
                cell(task.leadUnitName),
                cell(task.coordinatingUnitNames.join(', ')),
                cell(
                  [task.dueOn ? formatVietnamese(task.dueOn) : 'Thường xuyên', task.timeStateLabel].join(
                    '\n',
                  ),
                  { align: 'center' },
                ),
                cell(
                  [
                    task.result || task.statusLabel,
                    ...task.contributions.map((c) => `${c.unitName}: ${c.text}`),
                  ]
                    .filter(Boolean)
                    .join('\n'),
                ),
              ],
            }),
        ),
      ]),
    ],
  });

  const indicatorTable = new Table({
    width: fullWidth,
    rows: [
      headerRow([
        ['Đơn vị', 22],
        ['Chỉ tiêu', 38],
        ['Kết quả', 16],
        ['Mục tiêu', 12],
        ['Đánh giá', 12],
      ]),
      ...report.indicators.map(
        (v) =>
          new TableRow({
            children: [
              cell(v.unitName),
              cell(`${v.indicatorCode}. ${v.indicatorName}`),
              cell(v.text, { align: 'center' }),
              cell(v.target, { align: 'center' }),
              cell(verdict(v.met), { align: 'center' }),
            ],
          }),
      ),
    ],
  });

  const totalsTable = new Table({
    width: fullWidth,
    rows: [
      headerRow([
        ['Chỉ tiêu', 34],
        ['Mục tiêu', 14],
        ['Kết quả chung', 36],
        ['Đơn vị đạt', 16],
      ]),
      ...report.indicatorTotals.map(
        (t) =>
          new TableRow({
            children: [
              cell(`${t.indicatorCode}. ${t.indicatorName}`),
              cell(t.target, { align: 'center' }),
              cell(t.overall.display),
              cell(t.target ? `${t.overall.unitsMeeting}/${t.overall.units}` : '', { align: 'center' }),
            ],
          }),
      ),
    ],
  });

  const timelinessTable = new Table({
    width: fullWidth,
    rows: [
      headerRow([
        ['Đơn vị', 34],
        ['Số yêu cầu', 12],
        ['Đúng hạn', 12],
        ['Trễ hạn (ngày)', 14],
        ['Quá hạn chưa gửi', 14],
        ['Tình trạng', 14],
      ]),
      ...report.timeliness.map(
        (t) =>
          new TableRow({
            children: [
              cell(t.unitName),
              cell(String(t.asked), { align: 'center' }),
              cell(String(t.onTime), { align: 'center' }),
              cell(t.late ? `${t.late} (${t.daysLate} ngày)` : '0', { align: 'center' }),
              cell(String(t.missing), { align: 'center' }),
              cell(t.label),
            ],
          }),
      ),
    ],
  });

  // Lower levels carrying the plan out: who has issued its implementing plan, and its results.
  const implementation = report.implementation;
  const issued = implementation.filter((o) => o.plan).length;
  const implementationTable = new Table({
    width: fullWidth,
    rows: [
      headerRow([
        ['Đơn vị', 24],
        ['Nhiệm vụ được giao', 16],
        ['Kế hoạch triển khai', 26],
        ['Nhiệm vụ của kế hoạch', 14],
        ['Chỉ tiêu (cộng dồn)', 20],
      ]),
      ...implementation.map(
        (o) =>
          new TableRow({
            children: [
              cell(o.organisationName),
              cell(`${o.tasks.join(', ')} (${o.tasksDone}/${o.tasks.length} đã thực hiện)`),
              cell(
                o.plan
                  ? `Số ${o.plan.number} ngày ${formatVietnamese(o.plan.issuedOn)}${o.plan.status === 'draft' ? ' (dự thảo)' : ''}`
                  : 'Chưa ban hành',
              ),
              cell(o.plan ? `${o.planTasksDone}/${o.planTasks}` : '', { align: 'center' }),
              cell(
                o.indicators
                  .filter((i) => i.denominator > 0)
                  .map(
                    (i) =>
                      `${i.code}: ${formatNumber(i.numerator)}/${formatNumber(i.denominator)} = ${formatPercent(i.percent)}`,
                  )
                  .join('; '),
              ),
            ],
          }),
      ),
    ],
  });

  const document = new Document({
    creator: 'ThiDua',
    title: `Báo cáo kết quả thực hiện Kế hoạch số ${plan.number}`,
    styles: { default: { document: { run: { font: 'Times New Roman', size: BODY_SIZE } } } },
    sections: [
      {
        properties: { page: { size: PAGE, margin: MARGIN } },
        children: [
          heading,
          center([{ text: 'BÁO CÁO', bold: true }], 0),
          center([
            {
              text: `Kết quả thực hiện Kế hoạch số ${plan.number} ngày ${formatVietnamese(plan.issuedOn)}`,
              bold: true,
            },
          ]),
          center([{ text: periodLine, italics: true }], 240),
          para([
            `Thực hiện Kế hoạch số ${plan.number} ngày ${formatVietnamese(plan.issuedOn)} của ${plan.issuer} về ${plan.title}, ${plan.issuer} báo cáo kết quả như sau:`,
          ]),
          para([
            `1. Kết quả thực hiện nhiệm vụ: ${done}/${counts.total} nhiệm vụ đã hoàn thành; tính đến ngày ${formatVietnamese(report.asOf)}: ${byDeadline || 'chưa có nhiệm vụ'} (chi tiết tại Phụ lục I).`,
          ]),
          para([
            `2. Kết quả thực hiện các chỉ tiêu: ${judged.filter((v) => v.met).length}/${judged.length} giá trị đạt mục tiêu (chi tiết tại Phụ lục II).`,
          ]),
          para([`3. Tình hình gửi báo cáo của các đơn vị: chi tiết tại Phụ lục III.`], {
            after: implementation.length ? 0 : 240,
          }),
          ...(implementation.length
            ? [
                para(
                  [
                    `4. Tình hình triển khai của cấp dưới: ${issued}/${implementation.length} đơn vị đã ban hành kế hoạch triển khai (chi tiết tại Phụ lục IV).`,
                  ],
                  { after: 240 },
                ),
              ]
            : []),
          signature,
          ...appendixTitle(1, 'MỘT SỐ NỘI DUNG THỰC HIỆN VÀ PHÂN CÔNG CỤ THỂ'),
          taskTable,
          ...appendixTitle(2, 'KẾT QUẢ THỰC HIỆN CÁC CHỈ TIÊU THI ĐUA'),
          totalsTable,
          para([''], { after: 120 }),
          indicatorTable,
          ...appendixTitle(3, 'TÌNH HÌNH GỬI BÁO CÁO CỦA CÁC ĐƠN VỊ'),
          timelinessTable,
          ...(implementation.length
            ? [...appendixTitle(4, 'TÌNH HÌNH TRIỂN KHAI CỦA CẤP DƯỚI'), implementationTable]
            : []),
        ],
      },
    ],
  });
  return Packer.toBuffer(document);
}

const verdict = (met: boolean | null): string => (met === null ? '' : met ? 'Đạt' : 'Chưa đạt');
