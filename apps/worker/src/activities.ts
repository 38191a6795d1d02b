import { heartbeat } from '@temporalio/activity';
import { WithStartWorkflowOperation, type Client } from '@temporalio/client';
import { In, type DataSource } from 'typeorm';
import {
  assignmentCommandUpdate,
  assignmentWorkflowId,
  type AssignmentWorkflowInput,
} from '@modules/assignment/assignment.route';
import { taskIdFor } from '@platform/ids';
import { tasksByUnit } from '@modules/assignment/assignment.issue';
import { type AssignedTask } from '@modules/assignment/assignment.decider';
import type { EventStore } from '@platform/event-store';
import { PlanView } from '@modules/plan/plan.entity';
import { UnitView } from '@modules/unit-directory/unit.projection';
import type { StoreActivities } from '@platform/workflow/activities';
import type { PlanActivities } from '@modules/plan/plan.route';

export interface ActivityDeps {
  store: EventStore;
  db: DataSource;
  client: Client;
  taskQueue: string;
}

/** Assignment workflows being started at any moment; the dev server's SQLite caps throughput. */
const FAN_OUT_IN_FLIGHT = 16;

/** Activities take their dependencies from the composition root: no globals, easy to test. */
export function createActivities(deps: ActivityDeps): StoreActivities & PlanActivities {
  return {
    appendEvents: (request) => deps.store.append(request),

    async loadStream(streamId) {
      const events = await deps.store.readStream(streamId);
      return {
        events: events.map(({ type, data }) => ({ type, data })),
        version: events.at(-1)?.version ?? 0,
      };
    },

    async pendingUnits(requestId, units) {
      const rows: Array<{ unit_code: string }> = await deps.db.query(
        `SELECT unit_code FROM report_submissions WHERE request_id = $1`,
        [requestId],
      );
      const submitted = new Set(rows.map((r) => r.unit_code));
      return units.filter((unit) => !submitted.has(unit));
    },

    async issueAssignments({ planId, actor }) {
      const plan = await deps.db.getRepository(PlanView).findOneByOrFail({ id: planId });
      const byUnit = [...tasksByUnit(plan.definition, (code) => taskIdFor(planId, code))];
      const units = await deps.db.getRepository(UnitView).findBy({ id: In(byUnit.map(([code]) => code)) });
      const kinds = new Map(units.map((u) => [u.id, u.kind]));
      const issue = async (unitCode: string, tasks: AssignedTask[]) => {
        const unitKind = kinds.get(unitCode);
        // Retried with backoff: the plan's units were checked at drafting, so this heals when the unit is registered.
        if (!unitKind) throw new Error(`Unit ${unitCode} of plan ${planId} is not registered`);
        const input: AssignmentWorkflowInput = { planId, unitCode };
        await deps.client.workflow.executeUpdateWithStart(assignmentCommandUpdate, {
          args: [
            {
              type: 'IssueTasks',
              data: {
                planId,
                unitCode,
                unitKind,
                tasks,
                indicators: plan.definition.indicators.filter((i) => i.unitKinds.includes(unitKind)),
              },
              actor,
            },
          ],
          startWorkflowOperation: new WithStartWorkflowOperation('assignmentWorkflow', {
            workflowId: assignmentWorkflowId(planId, unitCode),
            taskQueue: deps.taskQueue,
            args: [input],
            workflowIdConflictPolicy: 'USE_EXISTING',
          }),
        });
      };
      // A pool, not lockstep batches: one slow start must not idle the other slots.
      let next = 0;
      let issued = 0;
      await Promise.all(
        Array.from({ length: Math.min(FAN_OUT_IN_FLIGHT, byUnit.length) }, async () => {
          while (next < byUnit.length) {
            const [unit, tasks] = byUnit[next++];
            await issue(unit, tasks);
            heartbeat({ issuedUnits: ++issued, of: byUnit.length });
          }
        }),
      );
      return { units: byUnit.length, assignments: byUnit.reduce((n, [, tasks]) => n + tasks.length, 0) };
    },
  };
}
