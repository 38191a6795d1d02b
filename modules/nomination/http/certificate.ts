import { AlignmentType, Document, Packer, PageOrientation, Paragraph, TextRun, type IRunOptions } from 'docx';
import { formatVietnamese } from '@kernel';
import { type ActiveNomination } from '../nomination.decider';
import { type PlanDefinition } from '@modules/plan/plan.definition';
import { dateLine as vietnameseDateLine, placeOf } from '@modules/reporting/document-form';

const TITLES: Partial<Record<ActiveNomination['form'], string>> = {
  giay_khen_chu_tich_xa: 'GIẤY KHEN',
  bang_khen_chu_tich_thanh_pho: 'BẰNG KHEN',
};

const line = (runs: Array<IRunOptions & { text: string }>, after = 120) =>
  new Paragraph({
    alignment: AlignmentType.CENTER,
    spacing: { after },
    children: runs.map((r) => new TextRun(r)),
  });

/**
 * The certificate (Giấy khen, Bằng khen or the title's certificate) from a signed decision:
 * recipient, reason, form, decision number and date, signer. A4 landscape, Times New Roman.
 */
export async function renderCertificate(n: ActiveNomination, plan: PlanDefinition): Promise<Buffer> {
  const decision = n.decision!;
  const heading = TITLES[n.form] ?? 'GIẤY CHỨNG NHẬN';
  const recipient =
    n.subject.kind === 'collective' ? n.subject.name : `${n.subject.name}, ${n.subject.position}`;
  const title = n.form in TITLES ? '' : `Danh hiệu ${formTitle(n.form)}`;
  const document = new Document({
    creator: 'ThiDua',
    title: `${heading} – ${recipient}`,
    styles: { default: { document: { run: { font: 'Times New Roman', size: 28 } } } },
    sections: [
      {
        properties: {
          page: {
            size: { width: 11906, height: 16838, orientation: PageOrientation.LANDSCAPE },
            margin: { top: 1134, bottom: 1134, left: 1418, right: 1134 },
          },
        },
        children: [
          line([{ text: 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', bold: true }], 0),
          line([{ text: 'Độc lập – Tự do – Hạnh phúc', bold: true }], 360),
          line([{ text: `CHỦ TỊCH ${decision.issuer.toUpperCase()}`, bold: true, size: 30 }], 120),
          line([{ text: 'TẶNG', bold: true }], 120),
          line([{ text: heading, bold: true, size: 56, color: 'C00000' }], 240),
          ...(title ? [line([{ text: title, bold: true, size: 32 }], 120)] : []),
          line([{ text: recipient, bold: true, size: 36 }], 240),
          line([{ text: 'Đã có thành tích: ', italics: true }, { text: n.achievement }], 120),
          line(
            [
              {
                text: `trong phong trào thi đua thực hiện Kế hoạch số ${plan.number} ngày ${formatVietnamese(plan.issuedOn)}`,
              },
            ],
            360,
          ),
          line(
            [
              {
                text: `Quyết định số ${decision.number} ngày ${formatVietnamese(decision.signedOn)}`,
                italics: true,
              },
            ],
            120,
          ),
          line(
            [
              {
                text: `${placeOf(decision.issuer)}, ${vietnameseDateLine(decision.signedOn)}`,
                italics: true,
              },
            ],
            120,
          ),
          ...(decision.deputy
            ? [
                line([{ text: 'KT. CHỦ TỊCH', bold: true }], 0),
                line([{ text: 'PHÓ CHỦ TỊCH', bold: true }], 1200),
              ]
            : [line([{ text: 'CHỦ TỊCH', bold: true }], 1200)]),
          line([{ text: decision.signer, bold: true }], 0),
        ],
      },
    ],
  });
  return Packer.toBuffer(document);
}

const formTitle = (form: ActiveNomination['form']): string =>
  ({
    lao_dong_tien_tien: '“Lao động tiên tiến”',
    tap_the_lao_dong_tien_tien: '“Tập thể lao động tiên tiến”',
    chien_si_thi_dua_co_so: '“Chiến sĩ thi đua cơ sở”',
    thon_van_hoa: '“Thôn, tổ dân phố văn hóa”',
  })[form as string] ?? '';
