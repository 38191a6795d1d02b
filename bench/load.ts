import autocannon from 'autocannon';
import { performance } from 'node:perf_hooks';
import { percentile } from './stats';
import type { BenchRequest } from './system';

export interface Run {
  /** Commands answered. */
  count: number;
  perSecond: number;
  p50: number;
  p95: number;
  p99: number;
  /** Answers other than 200, by status. */
  failures: Record<number, number>;
}

export const summarise = (
  latencies: number[],
  elapsedMs: number,
  failures: Record<number, number> = {},
): Run => ({
  count: latencies.length,
  perSecond: latencies.length / (elapsedMs / 1000),
  p50: percentile(latencies, 50),
  p95: percentile(latencies, 95),
  p99: percentile(latencies, 99),
  failures,
});

/** `clients` connections for `seconds`, each sending its next POST as soon as the last is answered. */
export async function closedLoop(
  url: string,
  clients: number,
  seconds: number,
  client: (c: number) => () => BenchRequest,
): Promise<Run> {
  const latencies: number[] = [];
  const failures: Record<number, number> = {};
  let connection = 0;
  const result = await new Promise<autocannon.Result>((resolve, reject) => {
    const instance = autocannon(
      {
        url,
        connections: clients,
        duration: seconds,
        setupClient(autocannonClient) {
          const next = client(connection++);
          autocannonClient.setRequests([
            {
              method: 'POST',
              setupRequest: (request) => {
                const { path, headers, body } = next();
                return {
                  ...request,
                  path,
                  headers: { ...headers, 'content-type': 'application/json' },
                  body: JSON.stringify(body),
                };
              },
            },
          ]);
        },
      },
      (error, result) => (error ? reject(error) : resolve(result)),
    );
    instance.on('response', (_client, status, _body, ms) => {
      if (status === 200) latencies.push(ms);
      else failures[status] = (failures[status] ?? 0) + 1;
    });
  });
  if (result.errors + result.timeouts > 0) failures[0] = result.errors + result.timeouts;
  return summarise(latencies, result.duration * 1000, failures);
}

/**
 * Open loop: `rate` requests a second for `seconds`, each sent when due whatever the earlier ones
 * are doing, its latency counted from when it was due (a late send is the system's delay too, so
 * a stall is not hidden by waiting for it). `next(i)` is the i-th request.
 */
export async function openLoop(
  url: string,
  rate: number,
  seconds: number,
  next: (i: number) => BenchRequest,
): Promise<Run & { sent: number }> {
  const latencies: number[] = [];
  const failures: Record<number, number> = {};
  const total = Math.floor(rate * seconds);
  const started = performance.now();
  const pending: Array<Promise<void>> = [];
  for (let i = 0; i < total; i++) {
    const due = started + (i * 1000) / rate;
    const wait = due - performance.now();
    if (wait > 1) await new Promise((resolve) => setTimeout(resolve, wait));
    const { path, headers, body } = next(i);
    pending.push(
      fetch(url + path, {
        method: 'POST',
        headers: { ...headers, 'content-type': 'application/json' },
        body: JSON.stringify(body),
      }).then(
        async (response) => {
          await response.arrayBuffer();
          if (response.status === 200) latencies.push(performance.now() - due);
          else failures[response.status] = (failures[response.status] ?? 0) + 1;
        },
        () => void (failures[0] = (failures[0] ?? 0) + 1),
      ),
    );
  }
  await Promise.all(pending);
  return { ...summarise(latencies, performance.now() - started, failures), sent: total };
}
