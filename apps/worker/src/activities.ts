import { createHash } from 'node:crypto';
import { setTimeout } from 'node:timers/promises';
import { heartbeat } from '@temporalio/activity';
import type { DataSource } from 'typeorm';
import { civilDateAt, REWARD_FORM_INFO, SYSTEM_ACTOR } from '@kernel';
import { tasksByUnit } from '@modules/assignment/assignment.issue';
import { resolvedGroups } from '@modules/plan/plan.definition';
import type { AssignedTask } from '@modules/assignment/assignment.decider';
import { AssignmentQuery } from '@modules/assignment/assignment.query';
import { assignmentRoute } from '@modules/assignment/assignment.route';
import {
  decisionNumberProjection,
  type DecisionNumberView,
} from '@modules/decision-register/decision-register.projection';
import { DecisionRegisterQuery } from '@modules/decision-register/decision-register.query';
import { decisionRegisterRoute } from '@modules/decision-register/decision-register.route';
import { nominationProjection } from '@modules/nomination/nomination.projection';
import { NominationQuery } from '@modules/nomination/nomination.query';
import { nominationRoute, type NominationActivities } from '@modules/nomination/nomination.route';
import { PlanQuery } from '@modules/plan/plan.query';
import type { PlanActivities } from '@modules/plan/plan.route';
import { ReportingQuery } from '@modules/reporting/reporting.query';
import { ConsolidatedService } from '@modules/reporting/consolidated/consolidated.service';
import { renderDocx } from '@modules/reporting/consolidated/docx';
import { DocumentQuery } from '@modules/reporting/document.query';
import { ImplementationQuery } from '@modules/reporting/implementation.query';
import { ReportDocumentView } from '@modules/reporting/report-document.projection';
import type { ReportDocumentActivities } from '@modules/reporting/report-document.route';
import { PeopleQuery } from '@modules/people/people.query';
import { recordsRoute } from '@modules/record/record.route';
import type { ConsiderationActivities } from '@modules/consideration/consideration.route';
import { ReviewQuery } from '@modules/review/review.query';
import { jurisdictionOf, nameKey } from '@modules/rule-set/rule-set.policy';
import { RuleSetQuery } from '@modules/rule-set/rule-set.query';
import { issuingBody, UnitDirectoryQuery } from '@modules/unit-directory/unit-directory.query';
import type { EventStore } from '@platform/event-store';
import { taskIdFor } from '@platform/ids';
import { rowsOf, type CommandGateway } from '@platform/temporal/command-gateway';
import type { StoreActivities } from '@platform/workflow/activities';
import { asFailure } from '@platform/workflow/failures';

export interface ActivityDeps {
  store: EventStore;
  db: DataSource;
  gateway: CommandGateway;
  /** Assignment workflows a plan's launch starts at once (FAN_OUT_IN_FLIGHT). */
  fanOutInFlight: number;
}

/** How often the fan-out looks whether the units it started have recorded their tasks. */
const ISSUED_POLL_MS = 250;

/** A refusal will not change on a retry: it fails the activity for good, with its code. */
const refusalsFinal = <T>(work: () => Promise<T>): Promise<T> =>
  work().catch((error: unknown) => {
    throw asFailure(error);
  });

/** Activities take their dependencies from the composition root: no globals, easy to test. */
export function createActivities(
  deps: ActivityDeps,
): StoreActivities &
  PlanActivities &
  NominationActivities &
  ReportDocumentActivities &
  ConsiderationActivities {
  const { gateway } = deps;
  const plans = new PlanQuery(deps.db);
  const units = new UnitDirectoryQuery(deps.db);
  const reports = new ReportingQuery(deps.db);
  const nominations = new NominationQuery(deps.db);
  const reviews = new ReviewQuery(deps.db);
  const registers = new DecisionRegisterQuery(deps.db);
  const ruleSets = new RuleSetQuery(deps.db);
  const assignments = new AssignmentQuery(deps.db);
  const consolidated = new ConsolidatedService(
    plans,
    assignments,
    units,
    reports,
    new ImplementationQuery(deps.db),
  );
  const documents = new DocumentQuery(units, new PeopleQuery(deps.db));

  return {
    appendEvents: (request) => deps.store.append(request),

    async loadStream(streamId) {
      const events = await deps.store.readStream(streamId);
      return {
        events: events.map(({ type, data }) => ({ type, data })),
        version: events.at(-1)?.version ?? 0,
      };
    },

    async pendingUnits(requestId, asked) {
      const answered = new Set((await reports.submissions({ requestId })).map((s) => s.unitCode));
      return asked.filter((unit) => !answered.has(unit));
    },

    unfinishedTasks: (planId, taskCodes, dueOn) => assignments.unfinished(planId, taskCodes, dueOn),

    takeDocumentNumber: ({ documentId, register, issuer, year, symbol, actor }) =>
      refusalsFinal(async () => {
        const result = await gateway.send(
          decisionRegisterRoute,
          { issuerKey: `doc-${register.toLowerCase()}`, year },
          {
            type: 'AssignDecisionNumber',
            data: { nominationId: documentId, issuer, year, suffix: symbol, register },
            actor,
          },
        );
        const [row] = rowsOf<DecisionNumberView>(result, decisionNumberProjection);
        const number = row?.number ?? (await registers.numberOf(documentId));
        if (!number) throw new Error(`the register gave document ${documentId} no number`);
        return { number };
      }),

    async renderIssuedDocument({ documentId, number, issuedOn, signature }) {
      const document = await deps.db.getRepository(ReportDocumentView).findOneByOrFail({ id: documentId });
      const report = await consolidated.build(document.planId, document.requestId ?? undefined);
      const frame = await documents.documentFrame(document, report, { number, issuedOn, signature });
      const content = await renderDocx(report, frame);
      const sha256 = createHash('sha256').update(content).digest('hex');
      await deps.db.query(
        `INSERT INTO evidence_blobs (sha256, content, size) VALUES ($1, $2, $3) ON CONFLICT (sha256) DO NOTHING`,
        [sha256, content, content.length],
      );
      return { fileName: `${number.replace(/\//g, '-')}.docx`, size: content.length, sha256 };
    },

    async issueAssignments({ planId, actor }) {
      const plan = await plans.plan(planId);
      const groups = resolvedGroups({ parties: plan.launchParties });
      const byUnit = [...tasksByUnit(plan.definition, (code) => taskIdFor(planId, code), groups)];
      const kinds = new Map((await units.units(byUnit.map(([code]) => code))).map((u) => [u.id, u.kind]));
      const issue = async (unitCode: string, tasks: AssignedTask[]) => {
        const unitKind = kinds.get(unitCode);
        // Retried with backoff: the plan's units were checked at drafting, so this heals when the unit is registered.
        if (!unitKind) throw new Error(`Unit ${unitCode} of plan ${planId} is not registered`);
        await gateway.open(
          assignmentRoute,
          { planId, unitCode, launched: true },
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
        );
      };
      // A pool, not lockstep batches: one slow start must not idle the other slots.
      let next = 0;
      let issued = 0;
      await Promise.all(
        Array.from({ length: Math.min(deps.fanOutInFlight, byUnit.length) }, async () => {
          while (next < byUnit.length) {
            const [unit, tasks] = byUnit[next++];
            await issue(unit, tasks);
            heartbeat({ issuedUnits: ++issued, of: byUnit.length });
          }
        }),
      );
      // A start returns once Temporal holds it; the plan's tasks are issued once the projection
      // (written with the events) holds a row per unit and task, whatever roles the unit holds.
      const expected = byUnit.reduce((n, [, tasks]) => n + new Set(tasks.map((t) => t.code)).size, 0);
      for (let visible = await assignments.count(planId); visible < expected;) {
        heartbeat({ issuedUnits: issued, of: byUnit.length, assignments: visible, expected });
        await setTimeout(ISSUED_POLL_MS);
        visible = await assignments.count(planId);
      }
      return { units: byUnit.length, assignments: expected };
    },

    recordGrantedTitles: ({ organisation, year, decision, subjects, actor }) =>
      refusalsFinal(async () => {
        const title = {
          year,
          form: REWARD_FORM_INFO[decision.form].name,
          decisionNumber: decision.number,
          decidedOn: decision.signedOn,
          issuer: decision.issuer,
          source: 'thidua' as const,
        };
        const entries = subjects.flatMap((s) =>
          s.kind === 'household'
            ? []
            : [
                {
                  subject:
                    s.kind === 'individual'
                      ? { kind: 'person' as const, personId: s.personId }
                      : { kind: 'collective' as const, unitCode: s.unitCode },
                  title,
                },
              ],
        );
        if (entries.length)
          await gateway.send(recordsRoute, organisation, {
            type: 'RecordGrantedTitles',
            data: { entries },
            actor,
          });
      }),

    takeDecisionNumber: ({ nominationId, issuer, register, year, suffix, actor }) =>
      refusalsFinal(async () => {
        // An organisation's own register goes on from what its issuer's name-keyed one gave.
        const data = register
          ? { nominationId, issuer, year, suffix, register, floor: await registers.lastByName(issuer, year) }
          : { nominationId, issuer, year, suffix };
        const issuerKey = register ? `org-${register.toLowerCase()}` : nameKey(issuer).toLowerCase();
        const result = await gateway.send(
          decisionRegisterRoute,
          { issuerKey, year },
          { type: 'AssignDecisionNumber', data, actor },
        );
        const [row] = rowsOf<DecisionNumberView>(result, decisionNumberProjection);
        const number = row?.number ?? (await registers.numberOf(nominationId));
        if (!number) throw new Error(`the register gave nomination ${nominationId} no number`);
        return { number };
      }),

    refer: ({ from, to, letter, actor }) =>
      refusalsFinal(async () => {
        const { nominationId, planId, reviewId, subject, form, achievement, proposedBy, score } = from;
        // The next level judges by its own rules, in force the day the dossier reaches it.
        const city = await units.unit(to.to.code);
        const jurisdiction = jurisdictionOf({
          jurisdiction: city.profile?.jurisdiction,
          issuer: issuingBody(city),
        });
        const proposal = {
          ...{
            nominationId: to.nominationId,
            planId,
            reviewId,
            subject,
            form,
            achievement,
            proposedBy,
            score,
          },
          rules: await ruleSets.inForce(jurisdiction, civilDateAt(new Date())),
          organisation: to.to.code,
          referredFrom: { nominationId, organisation: to.from, letter },
        };
        await gateway.send(
          nominationRoute,
          { nominationId: to.nominationId, planId },
          { type: 'ReceiveReferral', data: { proposal, documents: from.documents }, actor },
        );
      }),

    reportOutcome: ({ to, referralId, decision, declined }) =>
      refusalsFinal(async () => {
        await gateway.send(nominationRoute, to, {
          type: 'RecordReferralOutcome',
          data: { referralId, ...(decision ? { decision } : {}), ...(declined ? { declined } : {}) },
          actor: SYSTEM_ACTOR,
        });
      }),

    async quotaPool({ reviewId, form }) {
      const [review, rows] = await Promise.all([
        reviews.review(reviewId),
        nominations.ofReview(reviewId, form),
      ]);
      return {
        reviewUnits: review.scores?.length ?? 0,
        entries: rows.map((n) => ({
          nominationId: n.id,
          planId: n.planId,
          kind: n.state.subject.kind,
          awaiting: n.status === 'awaiting_quota',
          yes: n.state.tally?.yes ?? 0,
          chairChoice: n.state.chairChoice ?? undefined,
          score: n.state.score,
          quota: n.state.rules.quotas[form],
        })),
      };
    },

    applyQuota: ({ nominationId, planId, selected, rank, places, basis }, actor) =>
      refusalsFinal(async () => {
        const result = await gateway.send(
          nominationRoute,
          { nominationId, planId },
          { type: 'ApplyQuota', data: { selected, rank, places, basis }, actor },
        );
        return (
          rowsOf<Record<string, unknown>>(result, nominationProjection)[0] ??
          ((await nominations.nomination(nominationId)) as unknown as Record<string, unknown>)
        );
      }),
  };
}
