import ExcelJS from 'exceljs';
import { formatVietnamese, roman } from '@kernel';
import type { ConsolidatedReport } from './consolidated';
import { reportDate } from './consolidated.service';

const HEADER_FILL: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFDDEBF7' } };
const THIN: Partial<ExcelJS.Borders> = {
  top: { style: 'thin' },
  left: { style: 'thin' },
  bottom: { style: 'thin' },
  right: { style: 'thin' },
};

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
    ['Kết quả thực hiện', 60],
  ]);
  report.groups.forEach((group, g) => {
    const row = tasks.addRow([roman(g + 1), group.title.toUpperCase()]);
    row.font = { bold: true };
    tasks.mergeCells(row.number, 2, row.number, 6);
    for (const task of group.tasks) {
      const contributions = task.contributions.map((c) => `${c.unitName}: ${c.text}`);
      tasks.addRow([
        task.stt,
        task.title,
        task.leadUnitName,
        task.coordinatingUnitNames.join(', '),
        task.statusLabel,
        [task.result, ...contributions].filter(Boolean).join('\n'),
      ]);
    }
  });

  const indicators = sheet(book, 'Chỉ tiêu', title, [
    ['Đơn vị', 30],
    ['Mã', 8],
    ['Chỉ tiêu', 60],
    ['Kỳ', 10],
    ['Tử số', 10],
    ['Mẫu số', 10],
    ['Tỷ lệ (%)', 10],
    ['Mục tiêu', 10],
    ['Đánh giá', 12],
  ]);
  for (const v of report.indicators) {
    indicators.addRow([
      v.unitName,
      v.indicatorCode,
      v.indicatorName,
      v.period,
      v.numerator,
      v.denominator,
      v.percent,
      v.target,
      v.met ? 'Đạt' : 'Chưa đạt',
    ]);
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
