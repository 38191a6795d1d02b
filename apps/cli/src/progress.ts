/** A one-line progress bar on stderr with the rate, redrawn at most every 200 ms. */
export function progressBar(
  label: string,
  unit = 'events',
): { update(done: number, total?: number): void; done(): void } {
  const started = Date.now();
  let last = 0;
  const draw = (done: number, total?: number) => {
    const seconds = (Date.now() - started) / 1000;
    const rate = Math.round(done / Math.max(seconds, 0.001)).toLocaleString('en-US');
    const share = total ? Math.min(done / total, 1) : undefined;
    const bar =
      share === undefined
        ? ''
        : `[${'#'.repeat(Math.round(share * 30)).padEnd(30, '.')}] ${(share * 100).toFixed(0).padStart(3)}% `;
    process.stderr.write(`\r${label} ${bar}${done.toLocaleString('en-US')} ${unit}, ${rate} ${unit}/s   `);
  };
  let latest: [number, number | undefined] = [0, undefined];
  return {
    update(done, total) {
      latest = [done, total];
      if (Date.now() - last < 200) return;
      last = Date.now();
      draw(done, total);
    },
    done() {
      draw(...latest);
      process.stderr.write('\n');
    },
  };
}
