import { Readable } from 'node:stream';
import ExcelJS from 'exceljs';
import { DomainError } from '@kernel';
import type { Upload } from './uploads';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** An uploaded sheet, the first worksheet of an XLSX or a CSV, as text cells (dates as people see them). */
export async function readTable(file: Upload): Promise<string[][]> {
  const name = file.originalname.toLowerCase();
  const csv = name.endsWith('.csv') || file.mimetype === 'text/csv';
  if (!csv && file.mimetype !== XLSX && !name.endsWith('.xlsx'))
    throw new DomainError('VALIDATION_FAILED', 'Tệp phải là XLSX hoặc CSV', [{ field: 'file' }]);
  const book = new ExcelJS.Workbook();
  const sheet = csv
    ? await book.csv.read(Readable.from(file.buffer))
    : (await book.xlsx.load(file.buffer as unknown as ArrayBuffer), book.worksheets[0]);
  const table: string[][] = [];
  sheet?.eachRow({ includeEmpty: true }, (row, n) => {
    const cells: string[] = [];
    row.eachCell({ includeEmpty: true }, (cell, c) => (cells[c - 1] = cell.text ?? ''));
    table[n - 1] = cells;
  });
  return Array.from(table, (cells) => cells ?? []);
}
