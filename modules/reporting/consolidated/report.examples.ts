import type { TimeStateCounts } from '@modules/assignment/assignment.policy';
import type { DocumentFrame } from './docx';
import type { ConsolidatedReport, ConsolidatedTask } from './consolidated';

// A consolidated report as the documents' specifications know it: text with what XML must
// escape (&, <, >, quotes), results over several lines, every appendix present.

const counts = (done: number, overdue: number): TimeStateCounts => ({
  not_yet_due: 0,
  in_progress: 0,
  done_on_time: done,
  done_late: 0,
  overdue,
  total: done + overdue,
});

const task = (stt: number, code: string, lead: string, result: string, done: boolean): ConsolidatedTask => ({
  stt,
  code,
  title: `Nhiệm vụ ${code}: tuyên truyền “Bình dân học vụ số” & chuyển đổi số <cấp xã>`,
  leadUnit: lead,
  leadUnitName: `Thôn ${lead}`,
  coordinatingUnits: ['VP', 'TTVH'],
  coordinatingUnitNames: ['Văn phòng HĐND và UBND', 'Trung tâm Văn hóa, Thể thao – Truyền thông'],
  status: done ? 'done' : null,
  statusLabel: done ? 'Đã thực hiện' : 'Chưa thực hiện',
  dueOn: stt % 2 ? '2026-11-30' : null,
  recurringYearly: stt % 3 === 0,
  doneOn: done ? '2026-11-20' : null,
  timeState: done ? 'done_on_time' : 'overdue',
  timeStateLabel: done ? 'Hoàn thành đúng hạn' : 'Quá hạn chưa hoàn thành',
  result,
  contributions: done
    ? [{ unitCode: 'VP', unitName: 'Văn phòng HĐND và UBND', text: 'Phối hợp tổ chức 3 lớp' }]
    : [],
});

/** `units` lead units with `perUnit` tasks each: the size the benchmark and the golden test choose. */
export function exampleReport(units = 3, perUnit = 2): ConsolidatedReport {
  const tasks = Array.from({ length: units * perUnit }, (_, i) =>
    task(
      i + 1,
      `I.${i + 1}`,
      `T${String(Math.floor(i / perUnit) + 1).padStart(4, '0')}`,
      i % 2 ? '' : `Đã tổ chức 12 lớp cho 350 lượt người\nĐạt 105 % kế hoạch (“vượt”) & đúng hạn`,
      i % 2 === 0,
    ),
  );
  const half = Math.ceil(tasks.length / 2);
  return {
    plan: {
      id: 'p',
      number: '863/KH-UBND',
      issuer: 'Ủy ban nhân dân xã Kim Thành',
      title: 'Kế hoạch phát động phong trào thi đua',
      issuedOn: '2025-09-05',
      signer: 'Nguyễn Văn A',
      standingUnit: 'VHXH',
      standingUnitName: 'Phòng Văn hóa – Xã hội',
      organisation: 'XA-KIM-THANH',
    },
    period: {
      requestId: 'r',
      kind: 'quarterly',
      key: '2026-Q4',
      label: 'Quý IV năm 2026',
      number: '12/UBND-VHXH',
      subject: 'Báo cáo quý IV',
      from: '2026-09-15',
      to: '2026-12-14',
      dueOn: '2026-12-14',
      issuedOn: '2026-11-20',
      sender: 'UBND thành phố',
    },
    generatedAt: '2026-12-01T02:00:00Z',
    asOf: '2026-12-01',
    deadlines: {
      total: counts(half, tasks.length - half),
      byGroup: [{ code: 'I', title: 'Truyền thông', counts: counts(half, tasks.length - half) }],
      byUnit: [],
    },
    groups: [
      { code: 'I', title: 'Công tác truyền thông, tuyên truyền', tasks: tasks.slice(0, half) },
      { code: 'II', title: 'Chuyển đổi số & <dữ liệu>', tasks: tasks.slice(half) },
    ],
    indicators: [
      {
        unitCode: 'T0001',
        unitName: 'Thôn T0001',
        indicatorCode: 'CT01',
        indicatorName: 'Tỷ lệ hồ sơ trực tuyến',
        kind: 'ratio',
        target: '≥ 80 %',
        period: '2026',
        text: '45/50 = 90,00 %',
        numerator: 45,
        denominator: 50,
        percent: 90,
        value: null,
        detail: null,
        met: true,
        evidence: 2,
      },
      {
        unitCode: 'T0002',
        unitName: 'Thôn T0002',
        indicatorCode: 'CT01',
        indicatorName: 'Tỷ lệ hồ sơ trực tuyến',
        kind: 'ratio',
        target: '≥ 80 %',
        period: '2026',
        text: '30/50 = 60,00 %',
        numerator: 30,
        denominator: 50,
        percent: 60,
        value: null,
        detail: null,
        met: false,
        evidence: 0,
      },
    ],
    indicatorTotals: [
      {
        indicatorCode: 'CT01',
        indicatorName: 'Tỷ lệ hồ sơ trực tuyến',
        kind: 'ratio',
        target: '≥ 80 %',
        items: [],
        overall: {
          indicatorCode: 'CT01',
          kind: 'ratio',
          units: 2,
          numerator: 75,
          denominator: 100,
          percent: 75,
          met: false,
          unitsMeeting: 1,
          display: '75/100 = 75,00 %',
        } as never,
        byParent: [],
        byFormer: [],
      },
    ],
    timeliness: [
      {
        unitCode: 'T0001',
        unitName: 'Thôn T0001',
        asked: 2,
        onTime: 1,
        late: 1,
        daysLate: 3,
        missing: 0,
        pending: 0,
        label: 'Có báo cáo trễ',
      },
    ],
    narrative: [
      {
        code: 'ket_qua',
        title: 'Kết quả đạt được',
        entries: [{ unitCode: 'T0001', unitName: 'Thôn T0001', text: 'Hoàn thành\nvượt kế hoạch' }],
      },
    ],
    implementation: [
      {
        organisationCode: 'XA-A',
        organisationName: 'Xã A',
        tasks: ['I.1', 'I.2'],
        tasksDone: 1,
        plan: { id: 'x', number: '5/KH-UBND', title: 'Kế hoạch', issuedOn: '2025-10-01', status: 'issued' },
        planTasks: 4,
        planTasksDone: 2,
        indicators: [{ code: 'CT01', name: 'Tỷ lệ', numerator: 9, denominator: 10, percent: 90 }],
      },
    ],
  };
}

export const exampleFrame: DocumentFrame = {
  identity: {
    governingBody: null,
    issuingBody: 'Ủy ban nhân dân xã Kim Thành',
    abbreviation: 'UBND',
    place: 'Kim Thành',
    headTitle: 'Chủ tịch',
    collective: 'Ủy ban nhân dân',
  },
  form: 'bao_cao',
  number: '15/BC-UBND',
  symbol: 'BC-UBND',
  date: '2026-12-01',
  subject: 'Kết quả thực hiện Kế hoạch số 863/KH-UBND quý IV năm 2026',
  recipients: ['UBND thành phố Hải Phòng'],
  citation: 'Thực hiện Công văn số 12/UBND-VHXH',
  sections: [{ title: 'Kết quả', text: 'Đoạn một.\nĐoạn hai & <ba>.' }],
  signature: { lines: ['TM. ỦY BAN NHÂN DÂN', 'CHỦ TỊCH'], fullName: 'Nguyễn Văn A' },
  copies: ['Lưu: VT'],
  archive: 'Lưu: VT, VHXH.',
};
