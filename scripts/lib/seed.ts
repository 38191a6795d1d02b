import { kimThanhUnits, plan863 } from '../../libs/demo/src';

async function api<T>(
  base: string,
  method: string,
  route: string,
  token?: string,
  body?: unknown,
): Promise<T> {
  const response = await fetch(`${base}${route}`, {
    method,
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const json = (await response.json()) as T;
  if (!response.ok) throw new Error(`${method} ${route} → ${response.status}: ${JSON.stringify(json)}`);
  return json;
}

export interface DemoSeed {
  planId: string;
  status: string;
  assignments: number;
}

/**
 * Seeds the demo through the public API, like any client would; every step is idempotent:
 * the units of xã Kim Thành, then plan 863 drafted, launched, and its tasks issued.
 */
export async function seedDemo(base: string, log: (line: string) => void = () => {}): Promise<DemoSeed> {
  const { accessToken } = await api<{ accessToken: string }>(base, 'POST', '/auth/login', undefined, {
    username: 'owner',
    password: 'demo',
  });
  for (const unit of kimThanhUnits) await api(base, 'POST', '/units', accessToken, unit);
  log(`${kimThanhUnits.length} demo units registered`);
  const plan = await api<{ id: string }>(base, 'POST', '/plans', accessToken, plan863);
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
      return { planId: plan.id, status: view.status, assignments: view.assignments };
    }
    if (Date.now() > deadline) throw new Error(`plan ${plan863.number}: tasks not issued within 2 minutes`);
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}
