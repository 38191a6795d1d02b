import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { createHash } from 'node:crypto';
import { apiUrl, call, download, eventCount, eventually, login, sql } from './support/client';
import { smallPlan } from './support/fixtures';

const SECOND_IN_DAYS = 1 / 86_400;

/** A plan giving work to four demo units: TTVH and VP lead, THONKL leads a task THONKX coordinates. */
function reportingPlan() {
  return smallPlan({
    indicators: [
      {
        code: 'CT01',
        name: 'Tỷ lệ hồ sơ thủ tục hành chính xử lý trực tuyến',
        comparator: '>=',
        targetPercent: 80,
        unitKinds: ['phong_ban', 'trung_tam', 'thon'],
      },
    ],
    taskGroups: [
      {
        code: 'I',
        title: 'Truyền thông',
        tasks: [
          {
            code: 'I.1',
            title: 'Tuyên truyền chuyển đổi số',
            leadUnit: 'TTVH',
            coordinatingUnits: ['VP'],
            recurringYearly: true,
          },
          {
            code: 'I.2',
            title: 'Số hóa hồ sơ một cửa',
            leadUnit: 'VP',
            coordinatingUnits: [],
            recurringYearly: true,
          },
        ],
      },
      {
        code: 'II',
        title: 'Phổ cập kỹ năng số',
        tasks: [
          {
            code: 'II.1',
            title: 'Tổ công nghệ số cộng đồng',
            leadUnit: 'THONKL',
            coordinatingUnits: ['THONKX'],
            recurringYearly: true,
          },
        ],
      },
    ],
  });
}

async function launchedPlan() {
  const owner = await login('owner');
  const definition = reportingPlan();
  const { body: plan } = await call('POST', '/plans', { token: owner, body: definition });
  await call('POST', `/plans/${plan.id}/launch`, { token: owner });
  const issued = await eventually(
    async () => {
      const { body } = await call('GET', `/plans/${plan.id}`, { token: owner });
      // The agenda issues the tasks and starts the running phase as separate steps.
      return body.tasksIssuedAt && body.phase ? body : undefined;
    },
    60_000,
    'tasks issued and phase started',
  );
  return { plan: issued, definition, owner };
}

async function upload(route: string, token: string, name: string, type: string, content: Buffer) {
  const form = new FormData();
  form.append('file', new Blob([content], { type }), name);
  const response = await fetch(`${apiUrl()}${route}`, {
    method: 'POST',
    headers: { authorization: `Bearer ${token}` },
    body: form,
  });
  return { status: response.status, body: (await response.json()) as any };
}

const taskId = async (planId: string, code: string, token: string): Promise<string> => {
  const { body } = await call('GET', `/plans/${planId}/tasks`, { token });
  return body.items.find((t: { code: string }) => t.code === code).taskId;
};

describe('tasks and the reporting regime, run by the workflows', () => {
  it('issues tasks on launch; each unit sees only its own, overseers see all', async () => {
    const { plan, owner } = await launchedPlan();
    expect(plan).toMatchObject({ status: 'launched', assignments: 5, phase: 'GD1' });

    const mine = await call('GET', '/me/tasks?limit=500', { token: await login('ttvh') });
    const ours = mine.body.items.filter((a: { planId: string }) => a.planId === plan.id);
    expect(ours).toEqual([
      expect.objectContaining({ unitCode: 'TTVH', taskCode: 'I.1', role: 'lead', status: 'not_started' }),
    ]);
    expect(mine.body.items.every((a: { unitCode: string }) => a.unitCode === 'TTVH')).toBe(true);

    const all = await call('GET', `/plans/${plan.id}/tasks`, { token: await login('auditor') });
    expect(all.body.items.map((t: { code: string; leadUnit: string }) => `${t.code}:${t.leadUnit}`)).toEqual([
      'I.1:TTVH',
      'I.2:VP',
      'II.1:THONKL',
    ]);
    expect((await call('GET', `/plans/${plan.id}/tasks`, { token: await login('ttvh') })).status).toBe(403);
    const assignments = await call('GET', `/plans/${plan.id}/assignments?unit=VP`, { token: owner });
    expect(
      assignments.body.items.map((a: { taskCode: string; role: string }) => `${a.taskCode}:${a.role}`),
    ).toEqual(['I.1:coordinating', 'I.2:lead']);
  });

  it('reminds, marks overdue, alerts the standing agency, flags a late report, and consolidates what was submitted', async () => {
    const { plan, owner } = await launchedPlan();
    const number = `${plan.id.slice(0, 6)}/SKH&CN-CĐS`;
    const dueAt = new Date(Date.now() + 9_000).toISOString();
    const issued = await call('POST', `/plans/${plan.id}/report-requests`, {
      token: owner,
      body: {
        number,
        issuedOn: '2026-02-23',
        subject: 'Báo cáo kết quả triển khai phong trào “Bình dân học vụ số”',
        dueDate: dueAt,
        units: ['TTVH', 'VP', 'THONKL', 'THONKX'],
        remindDaysBefore: [5 * SECOND_IN_DAYS],
      },
    });
    expect(issued.status).toBe(201);
    const requestId: string = issued.body.id;
    expect(issued.body.timeliness.map((t: { status: string }) => t.status)).toEqual([
      'pending',
      'pending',
      'pending',
      'pending',
    ]);

    // Two units report on time.
    const ttvh = await call('POST', `/report-requests/${requestId}/submissions`, {
      token: await login('ttvh'),
      body: {
        reportDate: '2026-02-25',
        taskResults: [
          {
            taskCode: 'I.1',
            status: 'done',
            result: 'Đã đăng tải 12 bài viết trên Cổng thông tin điện tử xã',
          },
        ],
        indicatorValues: [{ indicatorCode: 'CT01', numerator: 85, denominator: 100 }],
      },
    });
    expect(ttvh.status).toBe(201);
    expect(ttvh.body).toMatchObject({ unitCode: 'TTVH', late: false, daysLate: 0 });
    const vp = await call('POST', `/report-requests/${requestId}/submissions`, {
      token: await login('vp'),
      body: {
        reportDate: '2026-02-25',
        taskResults: [
          { taskCode: 'I.2', status: 'in_progress', result: 'Đã số hóa 60% hồ sơ một cửa' },
          { taskCode: 'I.1', result: 'Cung cấp tin bài về cải cách hành chính' },
        ],
        indicatorValues: [{ indicatorCode: 'CT01', numerator: 70, denominator: 100 }],
      },
    });
    expect(vp.status).toBe(201);

    // Before the deadline the plan reminds those who have not reported.
    const reminded = await eventually(
      async () => {
        const { body } = await call('GET', `/report-requests/${requestId}`, { token: owner });
        return body.reminders.length > 0 ? body.reminders[0] : undefined;
      },
      20_000,
      'reminder',
    );
    expect(reminded.units.sort()).toEqual(['THONKL', 'THONKX']);
    const thonklAlerts = await call('GET', '/me/alerts', { token: await login('thonkl') });
    expect(
      thonklAlerts.body.items.find((a: { requestId: string }) => a.requestId === requestId),
    ).toMatchObject({
      kind: 'reminder',
    });

    // After it, the missing are marked overdue and the standing agency is alerted.
    const overdue = await eventually(
      async () => {
        const { body } = await call('GET', `/report-requests/${requestId}`, { token: owner });
        return body.overdueUnits ?? undefined;
      },
      30_000,
      'overdue marks',
    );
    expect(overdue.sort()).toEqual(['THONKL', 'THONKX']);
    const escalation = (await call('GET', '/me/alerts', { token: await login('vhxh') })).body.items.find(
      (a: { requestId: string; kind: string }) => a.requestId === requestId && a.kind === 'escalation',
    );
    expect(escalation.units.sort()).toEqual(['THONKL', 'THONKX']);
    expect(escalation.message).toContain('2 đơn vị chưa gửi');

    // A late report is accepted and flagged; THONKX never reports.
    const late = await call('POST', `/report-requests/${requestId}/submissions`, {
      token: await login('thonkl'),
      body: {
        reportDate: '2026-03-10',
        taskResults: [
          { taskCode: 'II.1', status: 'in_progress', result: 'Thành lập Tổ công nghệ số thôn Kim Lương' },
        ],
        indicatorValues: [],
      },
    });
    expect(late.status).toBe(201);
    expect(late.body).toMatchObject({ late: true, daysLate: 1 });

    // Units see the requests addressed to them, with only their own standing.
    const thonkl = await login('thonkl');
    const listed = await call('GET', `/plans/${plan.id}/report-requests?limit=500`, { token: thonkl });
    expect(listed.body.items.map((r: { id: string }) => r.id)).toContain(requestId);
    const inbox = await call('GET', '/me/report-requests?limit=500', { token: thonkl });
    expect(inbox.body.items.map((r: { id: string }) => r.id)).toContain(requestId);
    const seen = await call('GET', `/report-requests/${requestId}`, { token: thonkl });
    expect(seen.body.timeliness).toEqual([
      expect.objectContaining({ unitCode: 'THONKL', status: 'late', daysLate: 1 }),
    ]);
    const outsider = await call('GET', `/report-requests/${requestId}`, { token: await login('dnkt') });
    expect(outsider.status).toBe(403);

    const events = await sql(
      `SELECT type, metadata FROM events WHERE stream_id = $1 AND type IN ('ReminderRecorded','ReportsOverdue','StandingAgencyAlerted')`,
      [`plan-${plan.id}`],
    );
    expect(events.map((e) => e.type).sort()).toEqual([
      'ReminderRecorded',
      'ReportsOverdue',
      'StandingAgencyAlerted',
    ]);

    // The consolidated report is what the units submitted, per task, indicator and unit.
    const { body: report } = await call(
      'GET',
      `/plans/${plan.id}/reports/consolidated?period=${encodeURIComponent(number)}`,
      {
        token: await login('vhxh'),
      },
    );
    expect(report.period).toMatchObject({ requestId, number, kind: 'adhoc' });
    const rows = report.groups.flatMap((g: { tasks: object[] }) => g.tasks);
    expect(rows).toEqual([
      expect.objectContaining({
        stt: 1,
        code: 'I.1',
        leadUnitName: 'Trung tâm Văn hóa, Thể thao – Truyền thông',
        statusLabel: 'Đã thực hiện',
        result: 'Đã đăng tải 12 bài viết trên Cổng thông tin điện tử xã',
        contributions: [
          expect.objectContaining({ unitCode: 'VP', text: 'Cung cấp tin bài về cải cách hành chính' }),
        ],
      }),
      expect.objectContaining({
        stt: 2,
        code: 'I.2',
        result: 'Đã số hóa 60% hồ sơ một cửa',
        statusLabel: 'Đang thực hiện',
      }),
      expect.objectContaining({ stt: 1, code: 'II.1', result: 'Thành lập Tổ công nghệ số thôn Kim Lương' }),
    ]);
    expect(
      report.indicators.map((v: any) => [v.unitCode, v.indicatorCode, v.percent, v.met, v.target]),
    ).toEqual([
      ['TTVH', 'CT01', 85, true, '≥ 80 %'],
      ['VP', 'CT01', 70, false, '≥ 80 %'],
    ]);
    expect(report.timeliness.map((t: any) => [t.unitCode, t.label])).toEqual([
      ['THONKL', 'Trễ 1 ngày'],
      ['THONKX', 'Quá hạn, chưa gửi'],
      ['TTVH', 'Đúng hạn'],
      ['VP', 'Đúng hạn'],
    ]);

    // The same report as a workbook (one sheet per view) and as a signable document.
    const route = `/plans/${plan.id}/reports/consolidated?period=${requestId}`;
    const book = new ExcelJS.Workbook();
    await book.xlsx.load((await download(`${route}&format=xlsx`, owner)) as never);
    expect(book.worksheets.map((w) => w.name)).toEqual([
      'Phụ lục nhiệm vụ',
      'Tiến độ theo thời hạn',
      'Chỉ tiêu',
      'Tổng hợp chỉ tiêu',
      'Tính kịp thời',
    ]);
    const taskSheet: string[] = [];
    book.worksheets[0].eachRow((row) => taskSheet.push((row.values as unknown[]).join('|')));
    expect(
      taskSheet.some(
        (r) => r.includes('Tuyên truyền chuyển đổi số') && r.includes('Đã đăng tải 12 bài viết'),
      ),
    ).toBe(true);
    expect(taskSheet.some((r) => r.includes('PHỔ CẬP KỸ NĂNG SỐ'))).toBe(true);
    const timelinessSheet: string[] = [];
    book
      .getWorksheet('Tính kịp thời')!
      .eachRow((row) => timelinessSheet.push((row.values as unknown[]).join('|')));
    expect(
      timelinessSheet.some((r) => r.startsWith('|Thôn Kim Xuyên') && r.includes('Quá hạn, chưa gửi')),
    ).toBe(true);

    // Files are rendered in a worker thread: a refusal there comes back as the same 4xx.
    const unknown = await call('GET', `/plans/${plan.id}/reports/consolidated?period=2031-Q9&format=docx`, {
      token: owner,
    });
    expect(unknown.status).toBeGreaterThanOrEqual(400);
    expect(unknown.status).toBeLessThan(500);
    expect(unknown.body.code).toEqual(expect.any(String));
    const zip = await JSZip.loadAsync(await download(`${route}&format=docx`, owner));
    const xml = await zip.file('word/document.xml')!.async('string');
    const text = xml.replace(/<[^>]+>/g, '');
    for (const expected of [
      'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
      'Độc lập – Tự do – Hạnh phúc',
      'Phụ lục I',
      'KẾT QUẢ THỰC HIỆN CÁC NHIỆM VỤ',
      'Tổ công nghệ số cộng đồng',
      'Thành lập Tổ công nghệ số thôn Kim Lương',
      'Cung cấp tin bài về cải cách hành chính',
      '85/100 = 85,00 %',
      'Trễ 1 ngày',
    ])
      expect(text).toContain(expected);
  });

  it('lets the lead set the result, coordinators contribute, and keeps evidence with its hash', async () => {
    const { plan } = await launchedPlan();
    const ttvh = await login('ttvh');
    const vp = await login('vp');
    const id = await taskId(plan.id, 'I.1', await login('owner'));

    const progress = await call('POST', `/tasks/${id}/progress`, {
      token: ttvh,
      body: { status: 'in_progress', result: 'Đã xây dựng chuyên mục chuyển đổi số' },
    });
    expect(progress.status).toBe(200);
    expect(progress.body).toMatchObject({
      status: 'in_progress',
      result: 'Đã xây dựng chuyên mục chuyển đổi số',
    });
    const again = await call('POST', `/tasks/${id}/progress`, {
      token: ttvh,
      body: { status: 'in_progress', result: 'Đã xây dựng chuyên mục chuyển đổi số' },
    });
    expect(again.status).toBe(200);

    const contribution = await call('POST', `/tasks/${id}/contributions`, {
      token: vp,
      body: { text: 'Cung cấp 5 tin bài' },
    });
    expect(contribution.body.contributions).toEqual([
      expect.objectContaining({ unitCode: 'VP', text: 'Cung cấp 5 tin bài' }),
    ]);

    const content = Buffer.from('Biên bản nghiệm thu chuyên mục chuyển đổi số\n', 'utf8');
    const attached = await upload(`/tasks/${id}/evidence`, ttvh, 'biên-bản.txt', 'text/plain', content);
    expect(attached.status).toBe(201);
    expect(attached.body).toMatchObject({
      fileName: 'biên-bản.txt',
      size: content.length,
      sha256: createHash('sha256').update(content).digest('hex'),
      unitCode: 'TTVH',
    });
    const twice = await upload(`/tasks/${id}/evidence`, ttvh, 'biên-bản.txt', 'text/plain', content);
    expect(twice.body.id).toBe(attached.body.id);
    expect(await download(`/evidence/${attached.body.id}/content`, await login('auditor'))).toEqual(content);
    expect((await call('GET', `/tasks/${id}`, { token: ttvh })).body.evidenceCount).toBe(1);

    const value = await call('POST', `/plans/${plan.id}/indicator-values`, {
      token: ttvh,
      body: { indicatorCode: 'CT01', period: '2026-Q1', numerator: 3, denominator: 4 },
    });
    expect(value.body).toMatchObject({ percent: 75, met: false });
  });

  describe('bad input gets a clear 4xx and writes nothing', () => {
    it.each<[string, (p: any) => void, number, string, string]>([
      [
        'an unknown unit',
        (p) => (p.taskGroups[0].tasks[0].leadUnit = 'KHONGCO'),
        422,
        'UNKNOWN_UNIT',
        'taskGroups.0.tasks.0.leadUnit',
      ],
      [
        'an unknown coordinating unit',
        (p) => p.taskGroups[0].tasks[0].coordinatingUnits.push('KHONGCO'),
        422,
        'UNKNOWN_UNIT',
        'taskGroups.0.tasks.0.coordinatingUnits.1',
      ],
      [
        'a task without a lead unit',
        (p) => (p.taskGroups[0].tasks[0].leadUnit = ''),
        400,
        'VALIDATION_FAILED',
        'taskGroups.0.tasks.0.leadUnit',
      ],
    ])('a plan with %s', async (_name, change, status, code, field) => {
      const owner = await login('owner');
      const before = await eventCount();
      const plan = reportingPlan();
      change(plan);
      const reply = await call('POST', '/plans', { token: owner, body: plan });
      expect(reply.status).toBe(status);
      expect(reply.body.code).toBe(code);
      const fields = Array.isArray(reply.body.details)
        ? reply.body.details.map((d: any) => d.field)
        : [reply.body.details.field];
      expect(fields).toContain(field);
      expect(await eventCount()).toBe(before);
    });

    it('refuses a zero denominator, a file too large or of the wrong type, and another unit’s task', async () => {
      const { plan, owner } = await launchedPlan();
      const ttvh = await login('ttvh');
      const id = await taskId(plan.id, 'I.1', owner);
      const before = await eventCount();

      const zero = await call('POST', `/plans/${plan.id}/indicator-values`, {
        token: ttvh,
        body: { indicatorCode: 'CT01', period: '2026-Q1', numerator: 0, denominator: 0 },
      });
      expect(zero.status).toBe(400);
      expect(zero.body.details.map((d: any) => d.field)).toContain('denominator');

      const big = await upload(
        `/tasks/${id}/evidence`,
        ttvh,
        'scan.pdf',
        'application/pdf',
        Buffer.alloc(10 * 1024 * 1024 + 10),
      );
      expect(big.status).toBe(413);
      expect(big.body).toMatchObject({ code: 'FILE_TOO_LARGE', details: { field: 'file' } });
      const exe = await upload(
        `/tasks/${id}/evidence`,
        ttvh,
        'virus.exe',
        'application/octet-stream',
        Buffer.from('MZ'),
      );
      expect(exe.status).toBe(415);

      const foreign = await call('POST', `/tasks/${id}/progress`, {
        token: await login('thonkl'),
        body: { status: 'done', result: 'Không phải việc của thôn' },
      });
      expect(foreign.status).toBe(403);
      const coordinator = await call('POST', `/tasks/${id}/progress`, {
        token: await login('vp'),
        body: { status: 'done', result: 'Đơn vị phối hợp không đặt kết quả' },
      });
      expect(coordinator.status).toBe(403);
      const notAsked = await upload(
        `/tasks/${id}/evidence`,
        await login('thonkx'),
        'a.txt',
        'text/plain',
        Buffer.from('x'),
      );
      expect(notAsked.status).toBe(403);
      const badPeriod = await call('POST', `/plans/${plan.id}/indicator-values`, {
        token: ttvh,
        body: { indicatorCode: 'CT01', period: 'quý 1', numerator: 1, denominator: 2 },
      });
      expect(badPeriod.status).toBe(400);

      expect(await eventCount()).toBe(before);
      const blobs = await sql('SELECT count(*)::int AS n FROM evidence WHERE task_id = $1', [id]);
      expect(blobs[0].n).toBe(0);
    });
  });
});

describe('the demo plan 863', () => {
  it('is launched with its tasks issued, and its consolidated report downloads as DOCX and XLSX', async () => {
    const planId = process.env.THIDUA_DEMO_PLAN_ID as string;
    const owner = await login('owner');
    const { body: plan } = await call('GET', `/plans/${planId}`, { token: owner });
    expect(plan).toMatchObject({ number: '863/KH-UBND', status: 'launched' });
    expect(plan.assignments).toBeGreaterThan(13);

    const zip = await JSZip.loadAsync(
      await download(`/plans/${planId}/reports/consolidated?format=docx`, owner),
    );
    const text = (await zip.file('word/document.xml')!.async('string')).replace(/<[^>]+>/g, '');
    expect(text).toContain('ỦY BAN NHÂN DÂN XÃ KIM THÀNH');
    expect(text).toContain('Kim Thành, ngày');
    expect(text).toContain('Nguyễn Văn Nghiệp');
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(
      (await download(`/plans/${planId}/reports/consolidated?format=xlsx`, owner)) as never,
    );
    expect(book.worksheets[0].rowCount).toBeGreaterThan(13);
  });

  it('carries a finished reward example for its first phase: a signed decision and its certificate', async () => {
    const id = process.env.THIDUA_DEMO_NOMINATION_ID as string;
    const { body: nomination } = await call('GET', `/nominations/${id}`, { token: await login('auditor') });
    expect(nomination).toMatchObject({ status: 'decided', form: 'giay_khen_chu_tich_xa', unitCode: 'TTVH' });
    const review = await call('GET', `/reviews/${nomination.reviewId}`, { token: await login('auditor') });
    expect(review.body).toMatchObject({ status: 'closed', phaseCode: 'GD1', kind: 'preliminary' });
    const zip = await JSZip.loadAsync(await download(`/nominations/${id}/certificate`, await login('ttvh')));
    const text = (await zip.file('word/document.xml')!.async('string')).replace(/<[^>]+>/g, '');
    expect(text).toContain(`Quyết định số ${nomination.state.decision.number}`);
    expect(text).toContain('Nguyễn Văn Nghiệp');
  });
});
