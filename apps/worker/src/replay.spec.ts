import { Worker } from '@temporalio/worker';
import fs from 'node:fs';
import path from 'node:path';
import { sourceBundlerOptions, workflowsEntry } from './workflow-bundle';

const HISTORIES = path.resolve(__dirname, '../../../test/histories');

/**
 * Histories recorded from real runs, replayed against today's workflow code: a change
 * that would break plans already running fails here, before it reaches them.
 */
describe('workflow replay of saved histories', () => {
  const files = fs.readdirSync(HISTORIES).filter((f) => f.endsWith('.json'));

  it('has histories to replay', () => {
    expect(files.length).toBeGreaterThan(0);
  });

  it.each(files)(
    '%s replays deterministically',
    async (file) => {
      const history = JSON.parse(fs.readFileSync(path.join(HISTORIES, file), 'utf8'));
      await expect(
        Worker.runReplayHistory(
          { workflowsPath: workflowsEntry, bundlerOptions: sourceBundlerOptions, replayName: file },
          history,
        ),
      ).resolves.toBeUndefined();
    },
    60_000,
  );
});
