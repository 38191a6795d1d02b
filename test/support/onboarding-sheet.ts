import ExcelJS from 'exceljs';
import { COLUMNS } from '@modules/onboarding/onboarding.sheet';

/**
 * A province's onboarding sheet: `communes` communes under `parent`, each with one account of its
 * own unit (its office), named after `tag` so that runs never collide.
 */
export async function communesSheet(input: {
  parent: string;
  communes: number;
  tag: string;
  format: 'xlsx' | 'csv';
}): Promise<Buffer> {
  const book = new ExcelJS.Workbook();
  const sheet = book.addWorksheet('Đơn vị và người dùng');
  sheet.columns = COLUMNS.map((c) => ({ header: c.header, key: c.key }));
  for (let n = 1; n <= input.communes; n++) {
    const code = `X${input.tag}-${String(n).padStart(3, '0')}`.toUpperCase();
    sheet.addRow({
      code,
      name: `Xã Thử Nghiệm ${n}`,
      kind: n % 10 === 0 ? 'phuong' : 'xa',
      parentCode: input.parent,
      fullName: `Văn phòng xã Thử Nghiệm ${n}`,
      position: 'Chánh Văn phòng',
      username: `vp.${code.toLowerCase()}`,
      password: 'cap-lan-dau-2026',
      role: 'Đơn vị',
    });
  }
  return Buffer.from(input.format === 'xlsx' ? await book.xlsx.writeBuffer() : await book.csv.writeBuffer());
}
