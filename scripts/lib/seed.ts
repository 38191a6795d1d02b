import { api, login } from './api';
import {
  demoCityRuleSet,
  demoDossier,
  demoNomination,
  demoProfiles,
  demoRuleSet,
  demoUnits,
  plan863,
} from '@demo';

export interface DemoSeed {
  planId: string;
  status: string;
  assignments: number;
  nominationId: string;
  decision: string;
}

/**
 * The organisations and units of the demo, registered by the installation's administrator; a
 * unit registered by an earlier version without its commune is moved under it.
 */
export async function seedUnits(base: string, log: (line: string) => void): Promise<void> {
  const admin = await login(base, 'admin');
  for (const unit of demoUnits) {
    const known = await api<{ parentCode: string | null }>(base, 'GET', `/units/${unit.code}`, admin).catch(
      () => undefined,
    );
    if (!known) await api(base, 'POST', '/units', admin, unit);
    else if (unit.parentCode && known.parentCode !== unit.parentCode)
      await api(base, 'POST', `/units/${unit.code}/move`, admin, {
        parentCode: unit.parentCode,
        on: '2025-07-01',
      });
  }
  await api(base, 'POST', '/rule-sets', admin, demoCityRuleSet);
  for (const [code, profile] of Object.entries(demoProfiles))
    await api(base, 'PUT', `/organisations/${code}/profile`, admin, profile);
  log(`${demoUnits.length} demo organisations and units registered`);
}

/**
 * Seeds the demo through the public API, like any client would; every step is idempotent:
 * the organisations and units, then plan 863 of xã Kim Thành drafted, launched, and its tasks issued.
 */
export async function seedDemo(base: string, log: (line: string) => void = () => {}): Promise<DemoSeed> {
  await seedUnits(base, log);
  const accessToken = await login(base, 'owner');
  // An installation seeded by an earlier release keeps the plan as it was then (it is running).
  const plan = await api<{ id: string }>(base, 'POST', '/plans', accessToken, plan863).catch(
    (error: Error) => {
      const planId = /"code":"ALREADY_EXISTS".*"planId":"([0-9a-f-]{36})"/.exec(error.message)?.[1];
      if (!planId) throw error;
      log(`plan ${plan863.number} kept as an earlier release seeded it`);
      return { id: planId };
    },
  );
  await api(base, 'POST', `/plans/${plan.id}/launch`, accessToken);
  // The launch answers at once; the plan's workflow issues the tasks to units right after.
  for (const deadline = Date.now() + 120_000; ;) {
    const view = await api<{ status: string; tasksIssuedAt: string | null; assignments: number }>(
      base,
      'GET',
      `/plans/${plan.id}`,
      accessToken,
    );
    if (view.tasksIssuedAt) {
      log(`plan ${plan863.number} launched, ${view.assignments} assignments issued`);
      const example = await seedRewardExample(base, plan.id, accessToken, log);
      return { planId: plan.id, status: view.status, assignments: view.assignments, ...example };
    }
    if (Date.now() > deadline) throw new Error(`plan ${plan863.number}: tasks not issued within 2 minutes`);
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}

/**
 * The whole rewards path once, for plan 863's first phase: units report work, the owner opens
 * the preliminary review early, the standing agency closes it, the Trung tâm is nominated for a
 * Giấy khen, appraised, voted by the council, posted, and the chairman signs. Each step runs
 * only if the nomination has not passed it yet, so a second start changes nothing.
 */
async function seedRewardExample(
  base: string,
  planId: string,
  owner: string,
  log: (line: string) => void,
): Promise<{ nominationId: string; decision: string }> {
  await api(base, 'POST', '/rule-sets', await login(base, 'admin'), demoRuleSet);
  const ttvh = await login(base, 'ttvh');
  const tasks = await api<{ items: Array<{ taskId: string; leadUnit: string; status: string }> }>(
    base,
    'GET',
    `/plans/${planId}/tasks?limit=100`,
    owner,
  );
  for (const task of tasks.items.filter((t) => t.leadUnit === 'TTVH'))
    await api(base, 'POST', `/tasks/${task.taskId}/progress`, ttvh, {
      status: 'done',
      result: 'Đã thực hiện: đăng tải tin, bài trên Trang thông tin điện tử và hệ thống truyền thanh xã',
    });
  await api(base, 'POST', `/plans/${planId}/indicator-values`, ttvh, {
    indicatorCode: 'CT01',
    period: '2026',
    numerator: 45,
    denominator: 50,
  });
  const review = await api<{ id: string; status: string }>(base, 'POST', `/plans/${planId}/reviews`, owner, {
    phaseCode: 'GD1',
  });
  const vhxh = await login(base, 'vhxh');
  if (review.status === 'open') await api(base, 'POST', `/reviews/${review.id}/close`, vhxh);

  let nomination = await api<{ id: string; status: string }>(
    base,
    'POST',
    `/reviews/${review.id}/nominations`,
    ttvh,
    demoNomination,
  );
  const id = nomination.id;
  const step = async (wanted: string[], run: () => Promise<unknown>) => {
    if (wanted.includes(nomination.status)) await run();
    nomination = await api(base, 'GET', `/nominations/${id}`, owner);
  };
  await step(['draft'], async () => {
    for (const doc of demoDossier) {
      const form = new FormData();
      form.append('kind', doc.kind);
      form.append('file', new Blob([doc.text], { type: 'text/plain' }), doc.fileName);
      const response = await fetch(`${base}/nominations/${id}/documents`, {
        method: 'POST',
        headers: { authorization: `Bearer ${ttvh}` },
        body: form,
      });
      if (!response.ok) throw new Error(`dossier ${doc.kind} → ${response.status}: ${await response.text()}`);
    }
    await api(base, 'POST', `/nominations/${id}/submit`, ttvh);
  });
  await step(['appraisal'], () =>
    api(base, 'POST', `/nominations/${id}/appraisal`, vhxh, { outcome: 'accept' }),
  );
  await step(['voting'], async () => {
    for (let n = 1; n <= 9; n++)
      await api(base, 'POST', `/nominations/${id}/votes`, await login(base, `council${n}`), {
        choice: 'yes',
      }).catch(
        () => undefined, // already voted on an earlier start
      );
    await api(base, 'POST', `/nominations/${id}/vote/close`, await login(base, 'council1'));
  });
  // The nomination's workflow ends the (0-day) posting by itself.
  for (const deadline = Date.now() + 30_000; nomination.status === 'posting';) {
    if (Date.now() > deadline) throw new Error('demo nomination: posting did not end within 30 s');
    await new Promise((resolve) => setTimeout(resolve, 200));
    nomination = await api(base, 'GET', `/nominations/${id}`, owner);
  }
  await step(['awaiting_decision'], async () =>
    api(base, 'POST', `/nominations/${id}/decision`, await login(base, 'chairman')),
  );
  const decided = await api<{ status: string; state: { decision?: { number: string } } }>(
    base,
    'GET',
    `/nominations/${id}`,
    owner,
  );
  if (!decided.state.decision) throw new Error(`demo nomination ended as ${decided.status}, not decided`);
  log(
    `reward example: Giấy khen, Quyết định số ${decided.state.decision.number} (GET /nominations/${id}/certificate)`,
  );
  return { nominationId: id, decision: decided.state.decision.number };
}
