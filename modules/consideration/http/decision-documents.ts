import {
  AlignmentType,
  BorderStyle,
  Document,
  Packer,
  PageBreak,
  PageOrientation,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
  type IRunOptions,
} from 'docx';
import { formatNumber, formatVietnamese, REWARD_FORM_INFO } from '@kernel';
import { dateLine, placeOf } from '@modules/reporting/document-form';
import type { ConsiderationDecisionView } from '../consideration.projection';
import { subjectName, type ConsiderationSubject } from '../consideration.rules';

type Run = IRunOptions & { text: string };
const A4 = { width: 11906, height: 16838 };
const FONT = { document: { run: { font: 'Times New Roman', size: 28 } } };
const centred = (runs: Run[], after = 120) =>
  new Paragraph({
    alignment: AlignmentType.CENTER,
    spacing: { after },
    children: runs.map((r) => new TextRun(r)),
  });
const justified = (text: string, after = 120) =>
  new Paragraph({
    alignment: AlignmentType.JUSTIFIED,
    spacing: { after },
    indent: { firstLine: 567 },
    children: [new TextRun(text)],
  });
const money = (amount: number) => `${formatNumber(amount)} đồng`;
const signatureTitle = (d: ConsiderationDecisionView) => {
  const head = d.headTitle.toUpperCase();
  return d.deputy ? [`KT. ${head}`, `PHÓ ${head}`] : [head];
};

/** Who a recipient is, as the annex and the certificate write it. */
export const recipientLine = (s: ConsiderationSubject): { name: string; detail: string } =>
  s.kind === 'individual'
    ? { name: s.name, detail: s.position }
    : s.kind === 'household'
      ? { name: subjectName(s), detail: s.address }
      : { name: s.name, detail: '' };

const NO_BORDER = { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' };
const cell = (
  runs: Run[],
  width: number,
  align: (typeof AlignmentType)[keyof typeof AlignmentType] = AlignmentType.LEFT,
) =>
  new TableCell({
    width: { size: width, type: WidthType.DXA },
    children: [
      new Paragraph({ alignment: align, children: runs.map((r) => new TextRun({ size: 26, ...r })) }),
    ],
  });

/**
 * The decision (Quyết định khen thưởng) as Nghị định 30/2020 lays it out: issuer and motto,
 * number and date, subject line, the articles, the signature; then its annex listing every
 * recipient with the reward money and the total.
 */
export async function renderDecision(
  d: ConsiderationDecisionView,
  year: number,
  units: Map<string, string>,
): Promise<Buffer> {
  const form = REWARD_FORM_INFO[d.form];
  const what = form.label.startsWith('Danh hiệu')
    ? `tặng ${form.label.replace('Danh hiệu', 'danh hiệu')}`
    : `tặng ${form.label}`;
  const header = new Table({
    width: { size: 9354, type: WidthType.DXA },
    borders: {
      top: NO_BORDER,
      bottom: NO_BORDER,
      left: NO_BORDER,
      right: NO_BORDER,
      insideHorizontal: NO_BORDER,
      insideVertical: NO_BORDER,
    },
    rows: [
      new TableRow({
        children: [
          new TableCell({
            width: { size: 3800, type: WidthType.DXA },
            children: [
              centred([{ text: d.issuer.toUpperCase(), bold: true, size: 26 }], 240),
              centred([{ text: `Số: ${d.number}`, size: 26 }]),
            ],
          }),
          new TableCell({
            width: { size: 5554, type: WidthType.DXA },
            children: [
              centred([{ text: 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', bold: true, size: 26 }], 0),
              centred([{ text: 'Độc lập – Tự do – Hạnh phúc', bold: true }], 240),
              centred([{ text: `${placeOf(d.issuer)}, ${dateLine(d.signedOn)}`, italics: true }]),
            ],
          }),
        ],
      }),
    ],
  });
  const article1 = `Điều 1. ${what[0].toUpperCase()}${what.slice(1)} năm ${year} cho ${d.recipients.length} ${d.recipients[0]?.subject.kind === 'collective' ? 'tập thể' : d.recipients[0]?.subject.kind === 'household' ? 'hộ gia đình' : 'cá nhân'} có tên trong Phụ lục kèm theo Quyết định này.`;
  const article2 =
    d.total > 0
      ? `Điều 2. Tiền thưởng kèm theo: ${money(d.total)} (mức lương cơ sở ${money(d.baseSalary.amount)} theo ${d.baseSalary.source}), chi theo quy định hiện hành.`
      : 'Điều 2. Hình thức này không kèm tiền thưởng.';
  const annexRows = d.recipients.map((r, i) => {
    const who = recipientLine(r.subject);
    return new TableRow({
      children: [
        cell([{ text: String(i + 1) }], 700, AlignmentType.CENTER),
        cell([{ text: who.name, bold: true }], 3000),
        cell([{ text: [who.detail, units.get(r.subject.unitCode)].filter(Boolean).join(', ') }], 3154),
        cell([{ text: formatNumber(r.amount) }], 2500, AlignmentType.RIGHT),
      ],
    });
  });
  const document = new Document({
    creator: 'ThiDua',
    title: `Quyết định ${d.number}`,
    styles: { default: FONT },
    sections: [
      {
        properties: { page: { size: A4, margin: { top: 1134, bottom: 1134, left: 1701, right: 1134 } } },
        children: [
          header,
          centred([{ text: 'QUYẾT ĐỊNH', bold: true }], 0),
          centred([{ text: `Về việc ${what} năm ${year}`, bold: true }], 240),
          centred([{ text: `${d.headTitle.toUpperCase()} ${d.issuer.toUpperCase()}`, bold: true }], 240),
          justified('Căn cứ Luật Thi đua, khen thưởng ngày 15 tháng 6 năm 2022;'),
          justified(
            'Căn cứ Nghị định số 152/2025/NĐ-CP của Chính phủ quy định chi tiết một số điều của Luật Thi đua, khen thưởng;',
          ),
          justified(
            `Xét đề nghị của Hội đồng Thi đua – Khen thưởng về kết quả bình xét thi đua năm ${year},`,
          ),
          centred([{ text: 'QUYẾT ĐỊNH:', bold: true }], 120),
          justified(article1),
          justified(article2),
          justified(
            'Điều 3. Quyết định này có hiệu lực kể từ ngày ký. Các cơ quan, đơn vị và cá nhân có tên tại Điều 1 chịu trách nhiệm thi hành Quyết định này.',
            360,
          ),
          ...signatureTitle(d).map(
            (t) =>
              new Paragraph({
                alignment: AlignmentType.RIGHT,
                children: [new TextRun({ text: t, bold: true })],
              }),
          ),
          new Paragraph({
            alignment: AlignmentType.RIGHT,
            spacing: { before: 1200 },
            children: [new TextRun({ text: d.signer, bold: true })],
          }),
          new Paragraph({ children: [new PageBreak()] }),
          centred([{ text: 'PHỤ LỤC', bold: true }], 0),
          centred([{ text: `Danh sách được ${what} năm ${year}`, bold: true }], 0),
          centred(
            [
              {
                text: `(Kèm theo Quyết định số ${d.number} ngày ${formatVietnamese(d.signedOn)} của ${d.headTitle} ${d.issuer})`,
                italics: true,
              },
            ],
            240,
          ),
          new Table({
            width: { size: 9354, type: WidthType.DXA },
            rows: [
              new TableRow({
                tableHeader: true,
                children: [
                  cell([{ text: 'STT', bold: true }], 700, AlignmentType.CENTER),
                  cell([{ text: 'Họ và tên / Tên tập thể', bold: true }], 3000, AlignmentType.CENTER),
                  cell([{ text: 'Chức vụ, đơn vị', bold: true }], 3154, AlignmentType.CENTER),
                  cell([{ text: 'Tiền thưởng (đồng)', bold: true }], 2500, AlignmentType.CENTER),
                ],
              }),
              ...annexRows,
              new TableRow({
                children: [
                  cell([{ text: '' }], 700),
                  cell([{ text: `Tổng cộng: ${d.recipients.length}`, bold: true }], 3000),
                  cell([{ text: '' }], 3154),
                  cell([{ text: formatNumber(d.total), bold: true }], 2500, AlignmentType.RIGHT),
                ],
              }),
            ],
          }),
        ],
      },
    ],
  });
  return Packer.toBuffer(document);
}

/**
 * Every recipient's certificate of one decision, one landscape page each, as one file ready
 * to print: the issuer, the form, the recipient, the year, the decision's number and date, the
 * signature.
 */
export async function renderCertificates(
  d: ConsiderationDecisionView,
  year: number,
  units: Map<string, string>,
): Promise<Buffer> {
  const form = REWARD_FORM_INFO[d.form];
  const heading = d.form.startsWith('giay_khen')
    ? 'GIẤY KHEN'
    : d.form.startsWith('bang_khen')
      ? 'BẰNG KHEN'
      : 'GIẤY CHỨNG NHẬN';
  const page = (r: ConsiderationDecisionView['recipients'][number]) => {
    const who = recipientLine(r.subject);
    const where = units.get(r.subject.unitCode);
    return [
      centred([{ text: 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', bold: true }], 0),
      centred([{ text: 'Độc lập – Tự do – Hạnh phúc', bold: true }], 360),
      centred(
        [{ text: `${d.headTitle.toUpperCase()} ${d.issuer.toUpperCase()}`, bold: true, size: 30 }],
        120,
      ),
      centred([{ text: heading.startsWith('GIẤY CHỨNG') ? 'CHỨNG NHẬN' : 'TẶNG', bold: true }], 120),
      centred([{ text: heading, bold: true, size: 56, color: 'C00000' }], 240),
      ...(form.label.startsWith('Danh hiệu')
        ? [centred([{ text: `Danh hiệu “${form.name}” năm ${year}`, bold: true, size: 32 }], 120)]
        : []),
      centred([{ text: who.name, bold: true, size: 36 }], 120),
      ...(who.detail || where
        ? [centred([{ text: [who.detail, where].filter(Boolean).join(', ') }], 240)]
        : []),
      centred(
        [{ text: `Quyết định số ${d.number} ngày ${formatVietnamese(d.signedOn)}`, italics: true }],
        120,
      ),
      centred([{ text: `${placeOf(d.issuer)}, ${dateLine(d.signedOn)}`, italics: true }], 120),
      ...signatureTitle(d).map((t) => centred([{ text: t, bold: true }], 0)),
      centred([{ text: d.signer, bold: true }], 0),
    ];
  };
  const document = new Document({
    creator: 'ThiDua',
    title: `${heading} – Quyết định ${d.number}`,
    styles: { default: FONT },
    sections: d.recipients.map((r) => ({
      properties: {
        page: {
          size: { ...A4, orientation: PageOrientation.LANDSCAPE },
          margin: { top: 1134, bottom: 1134, left: 1418, right: 1134 },
        },
      },
      children: page(r),
    })),
  });
  return Packer.toBuffer(document);
}
