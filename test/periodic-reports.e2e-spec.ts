import ExcelJS from 'exceljs';
import { createHash } from 'node:crypto';
import {
  apiUrl,
  call,
  download,
  eventCount,
  eventually,
  launched,
  login,
  pdfText,
  squash,
} from './support/client';

const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
import { department, type Department } from './support/department';
import { smallPlan } from './support/fixtures';

/**
 * A department's tasks as they stood on 12/06/2026, recorded months later as they happened:
 * what each office did and when, the task's due day deciding whether it was on time.
 */
type Fact =
  | { state: 'done_on_time' | 'done_late'; dueOn: string; doneOn: string }
  | { state: 'overdue'; dueOn: string; doneOn?: string }
  | { state: 'in_progress'; dueOn?: string; startedOn: string }
  | { state: 'not_yet_due'; dueOn: string };

const FACTS: Fact[] = [
  ...Array.from({ length: 8 }, (_, i): Fact => ({
    state: 'done_on_time',
    dueOn: i % 2 ? '2026-03-31' : '2026-05-31',
    doneOn: i % 2 ? '2026-03-31' : '2026-05-20', // the due day itself is still on time
  })),
  ...Array.from({ length: 5 }, (): Fact => ({
    state: 'done_late',
    dueOn: '2026-03-31',
    doneOn: '2026-04-15',
  })),
  ...Array.from({ length: 6 }, (_, i): Fact => ({
    state: 'not_yet_due',
    dueOn: i % 2 ? '2026-06-30' : '2026-12-31',
  })),
  ...Array.from({ length: 4 }, (): Fact => ({
    state: 'in_progress',
    dueOn: '2026-09-30',
    startedOn: '2026-05-04',
  })),
  ...Array.from({ length: 2 }, (): Fact => ({ state: 'in_progress', startedOn: '2026-01-10' })),
  ...Array.from({ length: 4 }, (): Fact => ({ state: 'overdue', dueOn: '2026-05-31' })),
  // Done, but after the report's as-of day: still overdue on 12/06.
  { state: 'overdue', dueOn: '2026-06-10', doneOn: '2026-06-20' },
];
const EXPECTED = { not_yet_due: 6, in_progress: 6, done_on_time: 8, done_late: 5, overdue: 5, total: 30 };

const CRITERIA = Array.from({ length: 12 }, (_, i) => ({ code: `TC${i + 1}`, name: `Tiêu chí ${i + 1}` }));
const OFFICES = ['phong_ban', 'trung_tam'];
const INDICATORS = [
  {
    code: 'CT01',
    name: 'Tỷ lệ hồ sơ xử lý trực tuyến',
    comparator: '>=',
    targetPercent: 70,
    unitKinds: OFFICES,
  },
  {
    code: 'CT02',
    name: 'Tỷ lệ nhiệm vụ khoa học nghiệm thu đúng hạn',
    kind: 'ratio',
    comparator: '>=',
    targetPercent: 70,
    unitKinds: OFFICES,
  },
  {
    code: 'CT03',
    name: 'Số lớp tập huấn kỹ năng số',
    kind: 'count',
    measureUnit: 'lớp',
    comparator: '>=',
    target: 12,
    unitKinds: OFFICES,
  },
  {
    code: 'CT04',
    name: 'Xã đạt bộ tiêu chí chuyển đổi số',
    kind: 'checklist',
    criteria: CRITERIA,
    unitKinds: OFFICES,
  },
  {
    code: 'CT05',
    name: 'Hồ sơ thủ tục hành chính tiếp nhận',
    kind: 'breakdown',
    parts: [
      { code: 'DH', name: 'Giải quyết đúng hạn' },
      { code: 'DGQ', name: 'Đang giải quyết' },
      { code: 'QH', name: 'Quá hạn' },
      { code: 'RUT', name: 'Rút hồ sơ' },
    ],
    targetPart: 'DH',
    comparator: '>=',
    targetPercent: 90,
    unitKinds: OFFICES,
  },
];

function departmentPlan(dept: Department) {
  const groups = ['Nghiên cứu và ứng dụng', 'Chuyển đổi số', 'Dịch vụ công'];
  return smallPlan({
    issuer: dept.name,
    standingUnit: dept.offices[0].code,
    issuedOn: '2025-12-10',
    startsOn: '2025-12-15',
    endsOn: '2026-12-31',
    phases: [
      { code: 'GD1', name: 'Năm 2026', startsOn: '2025-12-15', endsOn: '2026-12-31', review: 'final' },
    ],
    indicators: INDICATORS,
    rewards: [],
    taskGroups: groups.map((title, g) => ({
      code: ['I', 'II', 'III'][g],
      title,
      tasks: FACTS.slice(g * 10, g * 10 + 10).map((fact, i) => ({
        code: `${['I', 'II', 'III'][g]}.${i + 1}`,
        title: `Nhiệm vụ ${g * 10 + i + 1}: ${title.toLowerCase()}`,
        leadUnit: dept.offices[1 + ((g * 10 + i) % 4)].code,
        coordinatingUnits: [],
        ...(fact.dueOn ? { dueOn: fact.dueOn } : {}),
        recurringYearly: false,
      })),
    })),
    reporting: { periods: 'cutoff', halfYearDueBeforeDay: 15, remindDaysBefore: [3] },
  } as never);
}

describe('a department’s 6-month report, from facts recorded as they happened', () => {
  let dept: Department;
  let planId: string;
  const codeOf = (n: number) => `${['I', 'II', 'III'][Math.floor(n / 10)]}.${(n % 10) + 1}`;

  beforeAll(async () => {
    dept = await department();
    const owner = await dept.token('owner');
    const drafted = await call('POST', '/plans', { token: owner, body: departmentPlan(dept) });
    expect(drafted.status).toBe(201);
    planId = drafted.body.id;
    await launched(planId, owner);
  }, 120_000);

  it('records each task’s start and completion on the day it happened, never a day to come', async () => {
    const tasks = (
      await call('GET', `/plans/${planId}/tasks?limit=100`, { token: await dept.token('standing') })
    ).body.items as Array<{ taskId: string; code: string; leadUnit: string }>;
    const byCode = new Map(tasks.map((t) => [t.code, t]));
    for (const [n, fact] of FACTS.entries()) {
      const task = byCode.get(codeOf(n))!;
      const token = await dept.token({ unit: task.leadUnit });
      const record = async (body: object) => {
        const reply = await call('POST', `/tasks/${task.taskId}/progress`, { token, body });
        expect(reply.status).toBe(200);
      };
      if ('startedOn' in fact)
        await record({ status: 'in_progress', result: 'Đang triển khai', on: fact.startedOn });
      if ('doneOn' in fact && fact.doneOn)
        await record({ status: 'done', result: `Đã hoàn thành ngày ${fact.doneOn}`, on: fact.doneOn });
    }

    const first = byCode.get('I.1')!;
    const before = await eventCount();
    const ahead = await call('POST', `/tasks/${first.taskId}/progress`, {
      token: await dept.token({ unit: first.leadUnit }),
      body: { status: 'done', result: 'Xong', on: '2099-01-01' },
    });
    expect(ahead.status).toBe(422);
    expect(ahead.body).toMatchObject({ code: 'DATE_IN_FUTURE', details: { field: 'on' } });
    expect(ahead.body.message).toContain('01/01/2099');
    expect(await eventCount()).toBe(before);
  });

  it('takes a request recorded after its deadline, for a 6-month period on the cut-off', async () => {
    const standing = await dept.token('standing');
    const request = (body: object) =>
      call('POST', `/plans/${planId}/report-requests`, {
        token: standing,
        body: {
          number: `${dept.code}/UBND-KGVX`,
          sender: 'Ủy ban nhân dân thành phố Hải Phòng',
          issuedOn: '2026-06-01',
          subject: 'Báo cáo kết quả thực hiện nhiệm vụ 6 tháng đầu năm 2026',
          period: '2026-H1',
          periodRegime: 'cutoff',
          asOf: '2026-06-12',
          dueDate: '2026-06-13',
          units: dept.offices.slice(1).map((o) => o.code),
          ...body,
        },
      });
    const before = await eventCount();
    const badPeriod = await request({ period: '2026-H3' });
    expect(badPeriod.status).toBe(400);
    expect(JSON.stringify(badPeriod.body.details)).toContain('period');
    const issuedAhead = await request({ issuedOn: '2099-06-01', dueDate: '2099-06-13' });
    expect(issuedAhead.body).toMatchObject({ code: 'DATE_IN_FUTURE', details: { field: 'issuedOn' } });
    const dueBeforeIssue = await request({ dueDate: '2026-05-30' });
    expect(dueBeforeIssue.body).toMatchObject({ code: 'DUE_BEFORE_ISSUE', details: { field: 'dueDate' } });
    expect(await eventCount()).toBe(before);

    const issued = await request({});
    expect(issued.status).toBe(201);
    expect(issued.body).toMatchObject({
      periodKey: '2026-H1',
      periodLabel: '6 tháng đầu năm 2026',
      periodFrom: '2025-12-15',
      periodTo: '2026-06-14',
      asOf: '2026-06-12',
      dueOn: '2026-06-13',
    });
    // Its deadline has long passed: every asked office is marked overdue at once.
    await eventually(
      async () => {
        const { body } = await call('GET', `/report-requests/${issued.body.id}`, { token: standing });
        return body.overdueUnits?.length === 4 ? body : undefined;
      },
      30_000,
      'the past request marked overdue',
    );
  });

  it('takes every kind of figure in the offices’ reports, refusing a breakdown that does not add up', async () => {
    const requestId = (
      await call('GET', `/plans/${planId}/report-requests`, { token: await dept.token('standing') })
    ).body.items[0].id;
    const [, khtc, qlkh, cds, ttdv] = dept.offices.map((o) => o.code);
    const submit = async (unit: string, indicatorValues: object[]) =>
      call('POST', `/report-requests/${requestId}/submissions`, {
        token: await dept.token({ unit }),
        body: {
          reportDate: '2026-06-12',
          taskResults: [],
          indicatorValues,
          sections: { han_che: `Kinh phí của ${unit.split('-')[1]} còn hạn chế.`, ket_qua: '' },
        },
      });
    const before = await eventCount();
    const wrong = await submit(ttdv, [
      { indicatorCode: 'CT05', total: 20, parts: { DH: 10, DGQ: 5, QH: 2, RUT: 1 } },
    ]);
    expect(wrong.status).toBe(422);
    expect(wrong.body).toMatchObject({
      code: 'BREAKDOWN_MISMATCH',
      details: { field: 'indicatorValues.0.parts', parts: ['DH', 'DGQ', 'QH', 'RUT'] },
    });
    expect(wrong.body.message).toBe(
      'Chỉ tiêu CT05: các thành phần cộng lại 18 (Giải quyết đúng hạn 10 + Đang giải quyết 5 + Quá hạn 2 + Rút hồ sơ 1), khác tổng số 20',
    );
    const unknownSection = await call('POST', `/report-requests/${requestId}/submissions`, {
      token: await dept.token({ unit: khtc }),
      body: { reportDate: '2026-06-12', taskResults: [], indicatorValues: [], sections: { khong_co: 'Thử' } },
    });
    expect(unknownSection.body).toMatchObject({
      code: 'VALIDATION_FAILED',
      details: { field: 'sections.khong_co' },
    });
    const misplaced = await submit(ttdv, [{ indicatorCode: 'CT03', numerator: 1, denominator: 2 }]);
    expect(misplaced.body).toMatchObject({
      code: 'INVALID_MEASURE',
      details: { field: 'indicatorValues.0.numerator' },
    });
    expect(await eventCount()).toBe(before);

    const communes = Array.from({ length: 20 }, (_, i) => ({
      subject: `Xã ${String.fromCharCode(65 + i)}`,
      met: CRITERIA.slice(0, i < 17 ? 12 : 9).map((c) => c.code),
    }));
    // The evidence behind a figure: a file attached to KHTC's CT01 for the period.
    const attach = async (unit: string, period: string) => {
      const form = new FormData();
      form.append(
        'file',
        new Blob(['Sổ theo dõi hồ sơ trực tuyến'], { type: 'text/plain' }),
        'so-theo-doi.txt',
      );
      form.append('period', period);
      const response = await fetch(`${apiUrl()}/plans/${planId}/indicators/CT01/evidence`, {
        method: 'POST',
        headers: { authorization: `Bearer ${await dept.token({ unit })}` },
        body: form,
      });
      return { status: response.status, body: (await response.json()) as any };
    };
    expect((await attach(khtc, '2026-H7')).body).toMatchObject({ details: [{ field: 'period' }] });
    const attached = await attach(khtc, '2026-H1');
    expect(attached.status).toBe(201);
    expect(attached.body).toMatchObject({ indicatorCode: 'CT01', period: '2026-H1', taskId: null });
    const theirs = await call('GET', `/evidence/${attached.body.id}/content`, {
      token: await dept.token({ unit: qlkh }),
    });
    expect(theirs.status).toBe(403);
    const mine = await call('GET', `/plans/${planId}/indicators/CT01/evidence?period=2026-H1`, {
      token: await dept.token({ unit: qlkh }),
    });
    expect(mine.body).toEqual([]);

    for (const [unit, values] of [
      [
        khtc,
        [
          { indicatorCode: 'CT01', numerator: 13, denominator: 20 },
          { indicatorCode: 'CT03', value: 14 },
        ],
      ],
      [
        qlkh,
        [
          { indicatorCode: 'CT02', numerator: 7, denominator: 9 },
          { indicatorCode: 'CT03', value: 6 },
        ],
      ],
      [cds, [{ indicatorCode: 'CT04', rows: communes }]],
      [ttdv, [{ indicatorCode: 'CT05', total: 20, parts: { DH: 18, DGQ: 1, QH: 1, RUT: 0 } }]],
    ] as const) {
      const sent = await submit(unit, values as unknown as object[]);
      expect(sent.status).toBe(201);
    }
  });

  it('counts the tasks by time-state as of 12/06 in JSON, XLSX and the printed DOCX', async () => {
    const standing = await dept.token('standing');
    const route = `/plans/${planId}/reports/consolidated?period=${encodeURIComponent(`${dept.code}/UBND-KGVX`)}`;
    const report = (await call('GET', route, { token: standing })).body;
    expect(report.asOf).toBe('2026-06-12');
    expect(report.period).toMatchObject({ from: '2025-12-15', to: '2026-06-14' });
    expect(report.deadlines.total).toEqual(EXPECTED);
    const tasks = report.groups.flatMap((g: { tasks: unknown[] }) => g.tasks);
    expect(tasks.map((t: { timeState: string }) => t.timeState)).toEqual(FACTS.map((f) => f.state));
    expect(report.deadlines.byGroup.map((g: { counts: { total: number } }) => g.counts.total)).toEqual([
      10, 10, 10,
    ]);
    const leads = tasks.map((t: { leadUnit: string }) => t.leadUnit);
    expect(report.deadlines.byUnit).toEqual(
      [...new Set<string>(leads)].sort().map((unitCode) =>
        expect.objectContaining({
          unitCode,
          counts: expect.objectContaining({ total: leads.filter((l: string) => l === unitCode).length }),
        }),
      ),
    );

    const book = new ExcelJS.Workbook();
    await book.xlsx.load((await download(`${route}&format=xlsx`, standing)) as never);
    const sheet = book.getWorksheet('Tiến độ theo thời hạn')!;
    const total = sheet.getRow(3).values as unknown[];
    expect(total.slice(1)).toEqual(['Toàn kế hoạch', 30, 6, 6, 8, 5, 5]);
    const taskSheet = book.getWorksheet('Phụ lục nhiệm vụ')!;
    const firstTask = taskSheet.getRow(4);
    expect(firstTask.getCell(6).value).toEqual(new Date('2026-05-31T00:00:00Z'));
    expect(firstTask.getCell(6).numFmt).toBe('dd/mm/yyyy');
    expect(firstTask.getCell(8).value).toBe('Hoàn thành đúng hạn');

    // Every kind of figure, written the Vietnamese way and added up across the offices.
    const texts = Object.fromEntries(
      report.indicators.map((v: { indicatorCode: string; unitCode: string; text: string }) => [
        `${v.indicatorCode}/${v.unitCode.split('-')[1]}`,
        v.text,
      ]),
    );
    expect(texts).toEqual({
      'CT01/KHTC': '13/20 = 65,00 %',
      'CT02/QLKH': '7/9 = 77,78 %',
      'CT03/KHTC': '14 lớp',
      'CT03/QLKH': '6 lớp',
      'CT04/CDS': '17/20 đạt đủ 12 tiêu chí',
      'CT05/TTDV': 'Tổng số 20: giải quyết đúng hạn 18; đang giải quyết 1; quá hạn 1; rút hồ sơ 0',
    });
    expect(
      report.indicators.find((v: { indicatorCode: string }) => v.indicatorCode === 'CT01').evidence,
    ).toBe(1);
    const totals = Object.fromEntries(
      report.indicatorTotals.map((t: { indicatorCode: string; overall: object }) => [
        t.indicatorCode,
        t.overall,
      ]),
    );
    expect(totals.CT03).toMatchObject({ value: 20, average: 10, unitsMeeting: 1, units: 2 });
    expect(totals.CT04).toMatchObject({ numerator: 17, denominator: 20, criteria: { TC1: 20, TC12: 17 } });
    expect(totals.CT05).toMatchObject({ total: 20, percent: 90, met: true });
    // The prose units wrote, compiled section by section, unit by unit.
    const limits = report.narrative.find((n: { code: string }) => n.code === 'han_che');
    expect(limits.entries.map((e: { text: string }) => e.text)).toEqual([
      'Kinh phí của CDS còn hạn chế.',
      'Kinh phí của KHTC còn hạn chế.',
      'Kinh phí của QLKH còn hạn chế.',
      'Kinh phí của TTDV còn hạn chế.',
    ]);
    expect(report.narrative.find((n: { code: string }) => n.code === 'ket_qua').entries).toEqual([]);
    const byParent = report.indicatorTotals.find(
      (t: { indicatorCode: string }) => t.indicatorCode === 'CT03',
    ).byParent;
    expect(byParent).toEqual([expect.objectContaining({ code: dept.code, name: dept.name })]);

    const values = book.getWorksheet('Chỉ tiêu')!;
    const ct01 = values.getRows(3, values.rowCount - 2)!.find((r) => r.getCell(2).value === 'CT01')!;
    expect([ct01.getCell(6).value, ct01.getCell(7).value, ct01.getCell(8).value]).toEqual([13, 20, 65]);
    expect(ct01.getCell(8).numFmt).toBe('0.00');
    const matrix = book.getWorksheet('CT04 chi tiết')!;
    expect(matrix.rowCount).toBe(2 + 20);
    expect((matrix.getRow(3).values as unknown[]).slice(1)).toEqual([
      dept.offices[3].name,
      'Xã A',
      ...Array(12).fill(1),
      1,
    ]);

    const pdf = await pdfText(await download(`${route}&format=docx`, standing));
    for (const expected of [
      '13/20 = 65,00 %',
      '7/9 = 77,78 %',
      '17/20 đạt đủ 12 tiêu chí',
      'Tổng 20 lớp; bình quân 10 lớp/đơn vị',
      'NỘI DUNG BÁO CÁO CỦA CÁC ĐƠN VỊ',
      'Phòng Kế hoạch – Tài chính: Kinh phí của KHTC còn hạn chế.',
      'số liệu từ ngày 15/12/2025 đến ngày 14/06/2026',
      '13/30 nhiệm vụ đã hoàn thành',
      'tính đến ngày 12/06/2026: 6 chưa đến hạn, 6 đang thực hiện, 8 hoàn thành đúng hạn, 5 hoàn thành quá hạn, 5 quá hạn chưa hoàn thành',
      '31/05/2026',
    ])
      expect(pdf.squashed).toContain(squash(expected));
  }, 120_000);

  it('answers the city’s request with a Công văn signed KT. by a deputy, numbered from the register, whose file verifies', async () => {
    const standing = await dept.token('standing');
    const requestId = (await call('GET', `/plans/${planId}/report-requests`, { token: standing })).body
      .items[0].id;
    const draft = {
      requestId,
      form: 'cong_van',
      subject: 'báo cáo kết quả thực hiện nhiệm vụ 6 tháng đầu năm 2026',
      recipients: ['Ủy ban nhân dân thành phố Hải Phòng'],
      copies: ['Giám đốc Sở', 'Các Phó Giám đốc Sở'],
      documentDate: '2026-06-12',
      sections: [
        {
          code: 'ket_qua',
          title: 'Kết quả thực hiện',
          text: 'Sáu tháng đầu năm 2026, Sở đã hoàn thành 13 nhiệm vụ.',
        },
        {
          code: 'de_xuat',
          title: 'Đề xuất, kiến nghị',
          text: 'Đề nghị Thành phố bổ sung kinh phí chuyển đổi số.',
        },
      ],
    };
    const drafted = await call('POST', `/plans/${planId}/report-documents`, { token: standing, body: draft });
    expect(drafted.status).toBe(201);
    expect(drafted.body).toMatchObject({
      status: 'draft',
      form: 'cong_van',
      symbol: 'SKHCN-VPS',
      number: null,
    });
    const documentId: string = drafted.body.id;
    const noAddressee = await call('PUT', `/report-documents/${documentId}`, {
      token: standing,
      body: { ...draft, recipients: [] },
    });
    expect(noAddressee.body).toMatchObject({ code: 'VALIDATION_FAILED', details: { field: 'recipients' } });

    // The draft prints with its number left blank and the head in office on its date.
    const preview = await pdfText(await download(`/report-documents/${documentId}/file`, standing));
    for (const expected of [
      'ỦY BAN NHÂN DÂN THÀNH PHỐ HẢI PHÒNG',
      'SỞ KHOA HỌC VÀ CÔNG NGHỆ',
      'Số: /SKHCN-VPS',
      'V/v báo cáo kết quả thực hiện nhiệm vụ 6 tháng đầu năm 2026',
      'Hải Phòng, ngày 12 tháng 6 năm 2026',
      'Kính gửi: Ủy ban nhân dân thành phố Hải Phòng.',
      `Thực hiện văn bản số ${dept.code}/UBND-KGVX ngày 01/06/2026 của Ủy ban nhân dân thành phố Hải Phòng`,
      'I. KẾT QUẢ THỰC HIỆN',
      'Sáu tháng đầu năm 2026, Sở đã hoàn thành 13 nhiệm vụ.',
      'GIÁM ĐỐC',
      'Nguyễn Minh Giám',
    ])
      expect(preview.squashed).toContain(squash(expected));

    const unit = await dept.token({ unit: dept.offices[1].code });
    expect(
      (await call('POST', `/report-documents/${documentId}/issue`, { token: unit, body: {} })).status,
    ).toBe(403);
    const deputy = await dept.token('deputy');
    const issued = await call('POST', `/report-documents/${documentId}/issue`, {
      token: deputy,
      body: { issuedOn: '2026-06-12' },
    });
    expect(issued.status).toBe(200);
    expect(issued.body).toMatchObject({
      status: 'issued',
      number: '1/SKHCN-VPS',
      issuedOn: '2026-06-12',
      signature: { mode: 'deputy', fullName: 'Trần Quốc Phó' },
    });
    const again = await call('POST', `/report-documents/${documentId}/issue`, { token: deputy, body: {} });
    expect(again.body).toMatchObject({ number: '1/SKHCN-VPS', sha256: issued.body.sha256 });
    const frozen = await call('PUT', `/report-documents/${documentId}`, { token: standing, body: draft });
    expect(frozen.body).toMatchObject({ code: 'DOCUMENT_ISSUED' });

    const file = await download(`/report-documents/${documentId}/file`, standing);
    expect(createHash('sha256').update(file).digest('hex')).toBe(issued.body.sha256);
    const printed = await pdfText(file);
    for (const expected of [
      'Số: 1/SKHCN-VPS',
      'KT. GIÁM ĐỐC',
      'PHÓ GIÁM ĐỐC',
      'Trần Quốc Phó',
      'Nơi nhận:',
      '- Như trên;',
      '- Giám đốc Sở;',
      '(Kèm theo Công văn số 1/SKHCN-VPS ngày 12/06/2026 của Sở Khoa học và Công nghệ)',
      '13/20 = 65,00 %',
    ])
      expect(printed.squashed).toContain(squash(expected));
    expect(printed.pages).toBeGreaterThan(2);

    const kept = await call('GET', `/report-documents/${documentId}/verify`, { token: standing });
    expect(kept.body).toMatchObject({ issued: true, matches: true, recorded: issued.body.sha256 });
    const check = async (bytes: Buffer) => {
      const form = new FormData();
      form.append('file', new Blob([bytes], { type: DOCX }), 'cong-van.docx');
      const response = await fetch(`${apiUrl()}/report-documents/${documentId}/verify`, {
        method: 'POST',
        headers: { authorization: `Bearer ${standing}` },
        body: form,
      });
      return (await response.json()) as { matches: boolean };
    };
    expect(await check(file)).toMatchObject({ matches: true });
    expect(await check(Buffer.concat([file, Buffer.from(' ')]))).toMatchObject({ matches: false });

    // The requester sees it as the answer to its request.
    const request = (await call('GET', `/report-requests/${requestId}`, { token: standing })).body;
    expect(request.answers).toEqual([expect.objectContaining({ id: documentId, number: '1/SKHCN-VPS' })]);
  }, 120_000);
});

describe('task deadlines chase the lead units like report deadlines', () => {
  it('reminds the lead unit of its undone task before the due day, with the task named', async () => {
    const owner = await login('owner');
    const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Ho_Chi_Minh' }).format(new Date());
    const dueAt = Date.parse(`${today}T00:00:00+07:00`) + 86_400_000;
    const plan = smallPlan({
      taskGroups: [
        {
          code: 'I',
          title: 'Truyền thông',
          tasks: [
            {
              code: 'I.1',
              title: 'Nhiệm vụ có hạn hôm nay',
              leadUnit: 'TTVH',
              coordinatingUnits: [],
              dueOn: today,
              recurringYearly: false,
            },
            {
              code: 'I.2',
              title: 'Nhiệm vụ đã xong',
              leadUnit: 'VP',
              coordinatingUnits: [],
              dueOn: today,
              recurringYearly: false,
            },
          ],
        },
      ],
      // A reminder that falls a few seconds from now (reminder days may be fractions).
      reporting: { remindDaysBefore: [(dueAt - Date.now() - 25_000) / 86_400_000] },
    });
    const drafted = await call('POST', '/plans', { token: owner, body: plan });
    expect(drafted.status).toBe(201);
    await launched(drafted.body.id, owner);
    const tasks = (await call('GET', `/plans/${drafted.body.id}/tasks`, { token: owner })).body.items;
    const done = tasks.find((t: { code: string }) => t.code === 'I.2');
    const vp = await login('vp');
    expect(
      (
        await call('POST', `/tasks/${done.taskId}/progress`, {
          token: vp,
          body: { status: 'done', result: 'Xong' },
        })
      ).status,
    ).toBe(200);

    const alert = await eventually(
      async () => {
        const { body } = await call('GET', '/me/alerts?limit=100', { token: await login('ttvh') });
        return body.items.find(
          (a: { planId: string; kind: string }) => a.planId === drafted.body.id && a.kind === 'task_reminder',
        );
      },
      40_000,
      'the task reminder',
    );
    expect(alert.taskCodes).toEqual(['I.1']);
    expect(alert.message).toContain('I.1');
    const vpAlerts = (await call('GET', '/me/alerts?limit=100', { token: vp })).body.items;
    expect(vpAlerts.some((a: { planId: string }) => a.planId === drafted.body.id)).toBe(false);
  }, 90_000);
});

describe('a yearly task falls due every year', () => {
  it('is overdue once this year’s day passes though done last year, and judged afresh once done again', async () => {
    // This year's deadline was two days ago; last year's, a year before that.
    const day = (offset: number) =>
      new Date(Date.now() + offset * 86_400_000 + 7 * 3_600_000).toISOString().slice(0, 10);
    const thisYearDue = day(-2);
    const year = Number(thisYearDue.slice(0, 4));
    const lastYearDue = `${year - 1}${thisYearDue.slice(4)}`;
    const owner = await login('owner');
    const plan = smallPlan({
      issuedOn: `${year - 1}-01-01`,
      startsOn: `${year - 1}-01-01`,
      endsOn: `${year + 1}-12-31`,
      phases: [
        {
          code: 'GD1',
          name: 'Cả giai đoạn',
          startsOn: `${year - 1}-01-01`,
          endsOn: `${year + 1}-12-31`,
          review: 'final',
        },
      ],
      taskGroups: [
        {
          code: 'I',
          title: 'Tổng kết',
          tasks: [
            {
              code: 'I.1',
              title: 'Tổng kết công tác năm',
              leadUnit: 'TTVH',
              coordinatingUnits: [],
              dueOn: lastYearDue,
              recurringYearly: true,
            },
          ],
        },
      ],
    });
    const drafted = await call('POST', '/plans', { token: owner, body: plan });
    expect(drafted.status).toBe(201);
    await launched(drafted.body.id, owner);
    const [task] = (await call('GET', `/plans/${drafted.body.id}/tasks`, { token: owner })).body.items;
    const ttvh = await login('ttvh');
    const done = (result: string, on: string) =>
      call('POST', `/tasks/${task.taskId}/progress`, { token: ttvh, body: { status: 'done', result, on } });
    expect((await done(`Đã tổng kết năm ${year - 1}`, lastYearDue)).status).toBe(200);

    // Last year's completion does not do this year's deadline, which has passed.
    const afterDeadline = (await call('GET', `/tasks/${task.taskId}`, { token: ttvh })).body;
    expect(afterDeadline).toMatchObject({
      recurringYearly: true,
      status: 'done',
      timeState: 'overdue',
      currentDueOn: thisYearDue,
    });
    const report = (await call('GET', `/plans/${drafted.body.id}/reports/consolidated`, { token: owner }))
      .body;
    expect(report.groups[0].tasks[0]).toMatchObject({
      timeState: 'overdue',
      dueOn: thisYearDue,
      recurringYearly: true,
    });

    // Done again this year, a day late: that deadline is met, the next one is next year's.
    expect((await done(`Đã tổng kết năm ${year}`, day(-1))).status).toBe(200);
    const again = (await call('GET', `/tasks/${task.taskId}`, { token: ttvh })).body;
    expect(again).toMatchObject({
      currentDueOn: `${year + 1}${thisYearDue.slice(4)}`,
      timeState: 'in_progress',
    });
  });
});
