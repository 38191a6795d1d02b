import { run, startFullRun } from './stats';

/** `npm run bench` without arguments calls this first: see startFullRun. */
run(async () => startFullRun());
