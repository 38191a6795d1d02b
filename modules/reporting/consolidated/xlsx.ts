import ExcelJS from 'exceljs';
import { formatVietnamese, roman } from '@kernel';
import { TIME_STATE_LABELS, TIME_STATES, type TimeStateCounts } from '@modules/assignment/assignment.policy';
import type { IndicatorTotal } from '@modules/assignment/indicator-totals';
import type { ConsolidatedReport } from './consolidated';
import { reportDate } from './consolidated.service';

const HEADER_FILL: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFDDEBF7' } };
const THIN: Partial<ExcelJS.Borders> = {
  top: { style: 'thin' },
  left: { style: 'thin' },
  bottom: { style: 'thin' },
  right: { style: 'thin' },
};

const DATE = 'dd/mm/yyyy';
// Cell values stay numbers; these formats only show them (Excel draws the separators of the reader's locale).
const COUNT = '#,##0';
const AMOUNT = '#,##0.##';
const PERCENT = '0.00';

function numberFormats(ws: ExcelJS.Worksheet, columns: Record<number, string>): void {
  for (const [column, format] of Object.entries(columns)) ws.getColumn(Number(column)).numFmt = format;
}

const verdict = (met: boolean | null): string => (met === null ? '' : met ? 'Đạt' : 'Chưa đạt');
/** A civil date as a real date cell (shown dd/mm/yyyy), so sheets sort and filter on it. */
const dateCell = (date: string | null): Date | null => (date ? new Date(`${date}T00:00:00Z`) : null);

/** One sheet per view: the appendix of tasks, indicator values, report timeliness. */
export async function renderXlsx(report: ConsolidatedReport): Promise<Buffer> {
  const book = new ExcelJS.Workbook();
  book.creator = 'ThiDua';
  book.created = new Date(report.generatedAt);
  const title = `Kế hoạch số ${report.plan.number} – ${report.period?.label ?? `tình hình đến ngày ${formatVietnamese(reportDate(report))}`}`;

  const tasks = sheet(book, 'Phụ lục nhiệm vụ', title, [
    ['STT', 8],
    ['Nhiệm vụ, giải pháp', 60],
    ['Đơn vị chủ trì', 28],
    ['Đơn vị phối hợp', 28],
    ['Tình trạng', 16],
    ['Thời hạn', 12],
    ['Ngày hoàn thành', 14],
    [`Tiến độ (đến ${formatVietnamese(report.asOf)})`, 20],
    ['Kết quả thực hiện', 60],
  ]);
  tasks.getColumn(6).numFmt = DATE;
  tasks.getColumn(7).numFmt = DATE;
  report.groups.forEach((group, g) => {
    const row = tasks.addRow([roman(g + 1), group.title.toUpperCase()]);
    row.font = { bold: true };
    tasks.mergeCells(row.number, 2, row.number, 9);
    for (const task of group.tasks) {
      const contributions = task.contributions.map((c) => `${c.unitName}: ${c.text}`);
      tasks.addRow([
        task.stt,
        task.title,
        task.leadUnitName,
        task.coordinatingUnitNames.join(', '),
        task.statusLabel,
        dateCell(task.dueOn),
        dateCell(task.doneOn),
        task.timeStateLabel,
        [task.result, ...contributions].filter(Boolean).join('\n'),
      ]);
    }
  });

  const deadlines = sheet(book, 'Tiến độ theo thời hạn', title, [
    ['Nhóm nhiệm vụ / đơn vị chủ trì', 50],
    ['Tổng số', 10],
    ...TIME_STATES.map((state): [string, number] => [TIME_STATE_LABELS[state], 16]),
  ]);
  const countsRow = (label: string, counts: TimeStateCounts) =>
    deadlines.addRow([label, counts.total, ...TIME_STATES.map((state) => counts[state])]);
  countsRow('Toàn kế hoạch', report.deadlines.total).font = { bold: true };
  report.deadlines.byGroup.forEach((g, i) => countsRow(`${roman(i + 1)}. ${g.title}`, g.counts));
  for (const u of report.deadlines.byUnit) countsRow(u.unitName, u.counts);

  const indicators = sheet(book, 'Chỉ tiêu', title, [
    ['Đơn vị', 30],
    ['Mã', 8],
    ['Chỉ tiêu', 50],
    ['Kỳ', 12],
    ['Kết quả', 34],
    ['Tử số', 10],
    ['Mẫu số', 10],
    ['Tỷ lệ (%)', 10],
    ['Số lượng / số tiền', 16],
    ['Mục tiêu', 14],
    ['Đánh giá', 12],
  ]);
  numberFormats(indicators, { 6: COUNT, 7: COUNT, 8: PERCENT, 9: AMOUNT });
  for (const v of report.indicators) {
    indicators.addRow([
      v.unitName,
      v.indicatorCode,
      v.indicatorName,
      v.period,
      v.text,
      v.numerator,
      v.denominator,
      v.percent,
      v.value,
      v.target,
      verdict(v.met),
    ]);
  }

  const totals = sheet(book, 'Tổng hợp chỉ tiêu', title, [
    ['Chỉ tiêu', 44],
    ['Phạm vi', 34],
    ['Số đơn vị', 10],
    ['Kết quả chung', 44],
    ['Tử số', 10],
    ['Mẫu số', 10],
    ['Tỷ lệ (%)', 10],
    ['Tổng số lượng / số tiền', 18],
    ['Đơn vị đạt mục tiêu', 14],
  ]);
  numberFormats(totals, { 5: COUNT, 6: COUNT, 7: PERCENT, 8: AMOUNT });
  for (const t of report.indicatorTotals) {
    const line = (scope: string, total: IndicatorTotal) =>
      totals.addRow([
        `${t.indicatorCode}. ${t.indicatorName}`,
        scope,
        total.units,
        total.display,
        total.numerator ?? null,
        total.denominator ?? null,
        total.percent ?? null,
        total.value ?? total.total ?? null,
        t.target ? total.unitsMeeting : null,
      ]);
    line('Toàn kế hoạch', t.overall).font = { bold: true };
    for (const g of t.byParent) line(`Thuộc ${g.name}`, g.total);
    if (t.byFormer.some((g, i) => g.code !== t.byParent[i]?.code))
      for (const g of t.byFormer) line(`Trước đây thuộc ${g.name}`, g.total);
  }

  // A checklist's criteria and a breakdown's parts, one column each, so offices can sum and filter.
  for (const t of report.indicatorTotals.filter((i) => i.kind === 'checklist' || i.kind === 'breakdown')) {
    const checklist = t.kind === 'checklist';
    const ws = sheet(
      book,
      `${t.indicatorCode} chi tiết`.slice(0, 31),
      `${title} – ${t.indicatorCode}. ${t.indicatorName}`,
      [
        ['Đơn vị', 30],
        [checklist ? 'Đối tượng' : 'Tổng số', checklist ? 24 : 12],
        ...t.items.map((item): [string, number] => [item.name, 14]),
        [checklist ? 'Đạt đủ' : 'Khớp tổng', 10],
      ],
    );
    for (const v of report.indicators.filter((i) => i.indicatorCode === t.indicatorCode)) {
      if (checklist)
        for (const row of v.detail?.rows ?? [])
          ws.addRow([
            v.unitName,
            row.subject ?? v.unitName,
            ...t.items.map((c) => (row.met.includes(c.code) ? 1 : 0)),
            row.met.length === t.items.length ? 1 : 0,
          ]);
      else
        ws.addRow([
          v.unitName,
          v.detail?.total ?? null,
          ...t.items.map((p) => v.detail?.parts?.[p.code] ?? null),
          1,
        ]);
    }
  }

  const timeliness = sheet(book, 'Tính kịp thời', title, [
    ['Đơn vị', 30],
    ['Số yêu cầu', 12],
    ['Đúng hạn', 10],
    ['Trễ hạn', 10],
    ['Tổng số ngày trễ', 16],
    ['Quá hạn chưa gửi', 16],
    ['Chưa đến hạn', 12],
    ['Tình trạng', 22],
  ]);
  for (const t of report.timeliness) {
    timeliness.addRow([t.unitName, t.asked, t.onTime, t.late, t.daysLate, t.missing, t.pending, t.label]);
  }
  if (report.implementation.length) {
    const below = sheet(book, 'Cấp dưới triển khai', title, [
      ['Đơn vị', 30],
      ['Nhiệm vụ được giao', 18],
      ['Đã thực hiện', 12],
      ['Kế hoạch triển khai', 22],
      ['Ngày ban hành', 14],
      ['Nhiệm vụ của kế hoạch', 14],
      ['Đã thực hiện', 12],
      ...report.implementation[0].indicators.map((i): [string, number] => [`${i.code} (tử/mẫu)`, 14]),
    ]);
    for (const o of report.implementation)
      below.addRow([
        o.organisationName,
        o.tasks.join(', '),
        o.tasksDone,
        o.plan ? o.plan.number : 'Chưa ban hành',
        o.plan?.issuedOn ?? '',
        o.plan ? o.planTasks : '',
        o.plan ? o.planTasksDone : '',
        ...o.indicators.map((i) => `${i.numerator}/${i.denominator}`),
      ]);
  }
  for (const ws of book.worksheets) {
    ws.eachRow((row, n) => {
      if (n < 3) return;
      row.eachCell({ includeEmpty: true }, (cell) => {
        cell.border = THIN;
        cell.alignment = { vertical: 'top', wrapText: true };
      });
    });
  }
  return Buffer.from(await book.xlsx.writeBuffer());
}

function sheet(book: ExcelJS.Workbook, name: string, title: string, columns: Array<[string, number]>) {
  const ws = book.addWorksheet(name, { views: [{ state: 'frozen', ySplit: 2 }] });
  ws.columns = columns.map(([, width]) => ({ width }));
  const heading = ws.addRow([title]);
  heading.font = { bold: true, size: 13 };
  ws.mergeCells(1, 1, 1, columns.length);
  const header = ws.addRow(columns.map(([label]) => label));
  header.font = { bold: true };
  header.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
  header.eachCell((cell) => {
    cell.fill = HEADER_FILL;
    cell.border = THIN;
  });
  return ws;
}
