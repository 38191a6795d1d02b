import {
  civilDateAt,
  endOfDay,
  formatVietnamese,
  lowerFirst,
  startOfDay,
  yearlyDays,
  type CivilDate,
  type PeriodicReport,
} from '@kernel';
import { periodicReports, reminderAt } from './plan.requests';
import { allTasks, type Phase, type PlanDefinition } from './plan.definition';
import type { ActivePlan, PlanEvent } from './plan.decider';
import { reviewFor } from './plan.reviews';

/**
 * What a launched plan does by itself, on dates: phases start and end, periodic reports are
 * requested, reminders go out, deadlines pass. Pure, so the workflow (which only waits for
 * the next item) and the tests share it; each item has a key that its event marks done.
 */
export type AgendaItem =
  | { key: string; at: string; kind: 'phase-end'; phase: Phase }
  | { key: string; at: string; kind: 'phase-start'; phase: Phase }
  | { key: string; at: string; kind: 'open-report'; report: PeriodicReport }
  | { key: string; at: string; kind: 'remind'; requestId: string; daysBefore: number }
  | { key: string; at: string; kind: 'deadline'; requestId: string }
  | { key: string; at: string; kind: 'task-remind'; dueOn: CivilDate; daysBefore: number; tasks: string[] }
  | { key: string; at: string; kind: 'task-deadline'; dueOn: CivilDate; tasks: string[] };

const ORDER: Record<AgendaItem['kind'], number> = {
  'phase-end': 0,
  'phase-start': 1,
  'open-report': 2,
  remind: 3,
  deadline: 4,
  'task-remind': 5,
  'task-deadline': 6,
};

export const agendaKey = {
  phaseStart: (code: string) => `phase-start:${code}`,
  phaseEnd: (code: string) => `phase-end:${code}`,
  openReport: (periodKey: string) => `open:${periodKey}`,
  remind: (requestId: string, daysBefore: number) => `remind:${requestId}:${daysBefore}`,
  deadline: (requestId: string) => `deadline:${requestId}`,
  taskRemind: (dueOn: CivilDate, daysBefore: number) => `task-remind:${dueOn}:${daysBefore}`,
  taskDeadline: (dueOn: CivilDate) => `task-deadline:${dueOn}`,
  review: (phaseCode: string) => `review:${phaseCode}`,
};

/** Every unit the plan gives work to: they receive tasks and owe periodic reports. */
export function participatingUnits(def: PlanDefinition): string[] {
  const units = new Set<string>();
  for (const task of allTasks(def)) [task.leadUnit, ...task.coordinatingUnits].forEach((u) => units.add(u));
  return [...units];
}

/**
 * The plan's agenda from its launch on. Items dated before the launch are not replayed
 * (a plan launched late does not chase reports that fell due before it existed), except the
 * start of the phase the launch falls in, which happens at the launch.
 */
export function agenda(plan: ActivePlan, options: AgendaOptions = {}): AgendaItem[] {
  const launchedAt = plan.launchedAt;
  if (!launchedAt) return [];
  const def = plan.definition;
  const items: AgendaItem[] = [];
  const atOrLaunch = (at: Date) => (at.toISOString() < launchedAt ? launchedAt : at.toISOString());
  for (const phase of def.phases) {
    const end = endOfDay(phase.endsOn).toISOString();
    if (end <= launchedAt) continue;
    items.push({
      key: agendaKey.phaseStart(phase.code),
      at: atOrLaunch(startOfDay(phase.startsOn)),
      kind: 'phase-start',
      phase,
    });
    items.push({ key: agendaKey.phaseEnd(phase.code), at: end, kind: 'phase-end', phase });
  }
  for (const report of periodicReports(def)) {
    if (report.dueAt <= launchedAt) continue;
    items.push({
      key: agendaKey.openReport(report.key),
      at: atOrLaunch(startOfDay(report.from)),
      kind: 'open-report',
      report,
    });
  }
  for (const request of Object.values(plan.requests)) {
    for (const daysBefore of request.remindDaysBefore) {
      const at = reminderAt(request, daysBefore);
      if (at >= request.requestedAt)
        items.push({
          key: agendaKey.remind(request.requestId, daysBefore),
          at,
          kind: 'remind',
          requestId: request.requestId,
          daysBefore,
        });
    }
    items.push({
      key: agendaKey.deadline(request.requestId),
      at: request.dueAt,
      kind: 'deadline',
      requestId: request.requestId,
    });
  }
  if (options.taskDeadlines) items.push(...taskDeadlines(def, launchedAt));
  return items.sort((a, b) => a.at.localeCompare(b.at) || ORDER[a.kind] - ORDER[b.kind]);
}

export interface AgendaOptions {
  /** Reminders and overdue notices for tasks (plans running before them replay without). */
  taskDeadlines?: boolean;
}

/**
 * Tasks are chased like reports, batched by due day: one reminder per day before and one
 * overdue notice per due day, each to the lead units whose tasks due that day are not done.
 */
function taskDeadlines(def: PlanDefinition, launchedAt: string): AgendaItem[] {
  const byDay = new Map<CivilDate, string[]>();
  for (const task of allTasks(def)) {
    if (!task.dueOn) continue;
    // A yearly task is chased every year, on its day, until the plan ends.
    const days = task.recurringYearly ? yearlyDays(task.dueOn, def.endsOn) : [task.dueOn];
    for (const day of days) byDay.set(day, [...(byDay.get(day) ?? []), task.code]);
  }
  const items: AgendaItem[] = [];
  for (const [dueOn, tasks] of byDay) {
    const dueAt = endOfDay(dueOn).toISOString();
    if (dueAt <= launchedAt) continue;
    for (const daysBefore of def.reporting.remindDaysBefore) {
      const at = new Date(Date.parse(dueAt) - daysBefore * 86_400_000).toISOString();
      if (at >= launchedAt)
        items.push({
          key: agendaKey.taskRemind(dueOn, daysBefore),
          at,
          kind: 'task-remind',
          dueOn,
          daysBefore,
          tasks,
        });
    }
    items.push({ key: agendaKey.taskDeadline(dueOn), at: dueAt, kind: 'task-deadline', dueOn, tasks });
  }
  return items;
}

/** The first item not yet done: the one thing the plan's workflow waits for. */
export function nextAgendaItem(plan: ActivePlan, options: AgendaOptions = {}): AgendaItem | undefined {
  const done = new Set(plan.done);
  return agenda(plan, options).find((item) => !done.has(item.key));
}

/** Whether an item needs to know which asked units have not submitted yet. */
export const needsPendingUnits = (item: AgendaItem): boolean =>
  item.kind === 'remind' || item.kind === 'deadline';

/** A task still undone, held by its lead unit. */
export interface UnfinishedTask {
  taskCode: string;
  unitCode: string;
}

/**
 * The events an agenda item records. `pending` are the asked units without a submission
 * (read from the store by the workflow); `newId` gives ids to the requests it opens.
 */
export function agendaEvents(
  plan: ActivePlan,
  item: AgendaItem,
  pending: string[],
  newId: () => string,
  unfinished: UnfinishedTask[] = [],
): PlanEvent[] {
  const { planId, definition: def } = plan;
  switch (item.kind) {
    case 'phase-start':
      return [{ type: 'PhaseStarted', data: { planId, phaseCode: item.phase.code, name: item.phase.name } }];
    case 'phase-end': {
      // The phase's review opens as it ends, unless the owner opened it early.
      const reviewed = Object.values(plan.reviews ?? {}).some((r) => r.phaseCode === item.phase.code);
      const ended: PlanEvent = {
        type: 'PhaseEnded',
        data: { planId, phaseCode: item.phase.code, review: item.phase.review },
      };
      if (reviewed) return [ended];
      const review = reviewFor(def, { phaseCode: item.phase.code }, newId(), item.at);
      return [ended, { type: 'ReviewOpened', data: { planId, review } }];
    }
    case 'open-report': {
      const { report } = item;
      return [
        {
          type: 'ReportRequested',
          data: {
            planId,
            request: {
              requestId: newId(),
              kind: report.kind,
              issuedOn: civilDateAt(new Date(item.at)),
              subject: `Báo cáo ${lowerFirst(report.label)} về kết quả thực hiện Kế hoạch số ${def.number}`,
              period: { key: report.key, label: report.label, from: report.from, to: report.to },
              phaseCode: report.phaseCode,
              dueOn: report.dueOn,
              dueAt: report.dueAt,
              units: participatingUnits(def),
              remindDaysBefore: def.reporting.remindDaysBefore,
              requestedAt: item.at,
            },
          },
        },
      ];
    }
    case 'remind': {
      const request = plan.requests[item.requestId];
      const message = `Nhắc hạn: ${request.subject}, hạn cuối ngày ${formatVietnamese(request.dueOn)}`;
      return [
        {
          type: 'ReminderRecorded',
          data: { planId, requestId: item.requestId, daysBefore: item.daysBefore, units: pending, message },
        },
      ];
    }
    case 'deadline': {
      const request = plan.requests[item.requestId];
      const message = `Quá hạn: ${request.subject} (hạn cuối ngày ${formatVietnamese(request.dueOn)})`;
      const events: PlanEvent[] = [
        { type: 'ReportsOverdue', data: { planId, requestId: item.requestId, units: pending, message } },
      ];
      if (pending.length > 0) {
        events.push({
          type: 'StandingAgencyAlerted',
          data: {
            planId,
            requestId: item.requestId,
            standingUnit: def.standingUnit,
            units: pending,
            message: `${pending.length} đơn vị chưa gửi: ${request.subject} (${pending.join(', ')})`,
          },
        });
      }
      return events;
    }
    case 'task-remind': {
      const message = `Nhắc hạn: nhiệm vụ ${codes(unfinished)} của Kế hoạch số ${def.number} hết hạn cuối ngày ${formatVietnamese(item.dueOn)}`;
      return [
        {
          type: 'TaskReminderRecorded',
          data: {
            planId,
            planNumber: def.number,
            dueOn: item.dueOn,
            daysBefore: item.daysBefore,
            tasks: unfinished,
            message,
          },
        },
      ];
    }
    case 'task-deadline': {
      const message = `Quá hạn: nhiệm vụ ${codes(unfinished)} của Kế hoạch số ${def.number} (hạn cuối ngày ${formatVietnamese(item.dueOn)}) chưa hoàn thành`;
      return [
        {
          type: 'TasksOverdue',
          data: {
            planId,
            planNumber: def.number,
            dueOn: item.dueOn,
            standingUnit: def.standingUnit,
            tasks: unfinished,
            message,
          },
        },
      ];
    }
  }
}

const codes = (tasks: UnfinishedTask[]): string =>
  [...new Set(tasks.map((t) => t.taskCode))].join(', ') || '(đã hoàn thành hết)';
