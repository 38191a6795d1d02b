import { randomUUID } from 'node:crypto';
import { apiUrl, call, eventually, launched, login } from './client';
import { smallPlan } from './fixtures';

// Steps of the reward path taken through the API, for the tests that start further along it.

export const COUNCIL = Array.from({ length: 9 }, (_, i) => `council${i + 1}`);
export const DOSSIER = ['to_trinh', 'bao_cao_thanh_tich', 'bien_ban_binh_xet'];

/** A jurisdiction of its own, so the test can set posting days without touching the defaults. */
export async function jurisdiction(postingWorkingDays: number): Promise<string> {
  const code = `T${randomUUID().slice(0, 8).toUpperCase()}`;
  const reply = await call('POST', '/rule-sets', {
    token: await login('admin'),
    body: { jurisdiction: code, effectiveFrom: '2025-01-01', name: 'Quy chế thử nghiệm', postingWorkingDays },
  });
  expect(reply.status).toBe(201);
  return code;
}

/** A launched plan with four units, its first phase reviewed and closed: ready for nominations. */
export async function closedReview(
  postingWorkingDays = 0,
  { rewards, target = { phaseCode: 'GD1' } }: { rewards?: unknown[]; target?: object } = {},
) {
  const owner = await login('owner');
  const definition = smallPlan({
    jurisdiction: await jurisdiction(postingWorkingDays),
    rewards: (rewards as never) ?? [
      { occasion: 'preliminary', form: 'giay_khen_chu_tich_xa', awardedBy: 'Chủ tịch UBND xã' },
      {
        occasion: 'preliminary',
        form: 'bang_khen_chu_tich_thanh_pho',
        awardedBy: 'Chủ tịch UBND thành phố Hải Phòng',
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
            title: 'Tổ công nghệ số cộng đồng',
            leadUnit: 'THONKL',
            coordinatingUnits: ['THONKX'],
            recurringYearly: true,
          },
        ],
      },
    ],
  } as never);
  const { body: plan } = await call('POST', '/plans', { token: owner, body: definition });
  await launched(plan.id, owner);
  const { body: tasks } = await call('GET', `/plans/${plan.id}/tasks`, { token: owner });
  const i1 = tasks.items.find((t: any) => t.code === 'I.1').taskId;
  await call('POST', `/tasks/${i1}/progress`, {
    token: await login('ttvh'),
    body: { status: 'done', result: 'Đã thực hiện' },
  });
  const opened = await call('POST', `/plans/${plan.id}/reviews`, { token: owner, body: target });
  expect(opened.status).toBe(201);
  const closed = await call('POST', `/reviews/${opened.body.id}/close`, { token: await login('vhxh') });
  expect(closed.body.status).toBe('closed');
  return { plan, review: closed.body, owner };
}

export async function upload(
  route: string,
  token: string,
  fields: Record<string, string>,
  name = 'ho-so.pdf',
) {
  const form = new FormData();
  for (const [k, v] of Object.entries(fields)) form.append(k, v);
  form.append(
    'file',
    new Blob([Buffer.from(`%PDF-1.4 ${name} ${randomUUID()}`)], { type: 'application/pdf' }),
    name,
  );
  const response = await fetch(`${apiUrl()}${route}`, {
    method: 'POST',
    headers: { authorization: `Bearer ${token}` },
    body: form,
  });
  return { status: response.status, body: (await response.json()) as any };
}

/** Proposes, attaches the dossier, submits and has the standing agency accept it: the vote is open. */
export async function toVote(reviewId: string, proposer: string, body: object, kinds = DOSSIER) {
  const token = await login(proposer);
  const proposed = await call('POST', `/reviews/${reviewId}/nominations`, { token, body });
  expect(proposed.status).toBe(201);
  const id: string = proposed.body.id;
  for (const kind of kinds)
    expect((await upload(`/nominations/${id}/documents`, token, { kind })).status).toBe(201);
  expect((await call('POST', `/nominations/${id}/submit`, { token })).body.status).toBe('appraisal');
  const accepted = await call('POST', `/nominations/${id}/appraisal`, {
    token: await login('vhxh'),
    body: { outcome: 'accept' },
  });
  expect(accepted.body.status).toBe('voting');
  return id;
}

export async function vote(id: string, yes: number, no = 9 - yes, written = 0) {
  for (const [i, member] of COUNCIL.slice(0, yes + no).entries()) {
    const reply = await call('POST', `/nominations/${id}/votes`, {
      token: await login(member),
      body: { choice: i < yes ? 'yes' : 'no', written: i >= yes + no - written },
    });
    expect(reply.status).toBe(200);
  }
}

export const closeVote = async (id: string) =>
  call('POST', `/nominations/${id}/vote/close`, { token: await login('council1') });
export const status = async (id: string, reader = 'auditor') =>
  (await call('GET', `/nominations/${id}`, { token: await login(reader) })).body;
export const untilStatus = (id: string, wanted: string, reader = 'auditor') =>
  eventually(
    async () => {
      const n = await status(id, reader);
      return n.status === wanted ? n : undefined;
    },
    20_000,
    `nomination ${wanted}`,
  );
