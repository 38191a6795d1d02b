/**
 * Update handlers may interleave at every await. Commands on one aggregate must not:
 * each decides against the state the previous one left. This runs them one at a time.
 */
export function serial(): <T>(fn: () => Promise<T>) => Promise<T> {
  let tail: Promise<unknown> = Promise.resolve();
  return (fn) => {
    const run = tail.then(fn);
    tail = run.catch(() => undefined);
    return run;
  };
}
