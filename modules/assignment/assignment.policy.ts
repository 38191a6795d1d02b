import { daysBetween, yearlyDays, type CivilDate } from '@kernel';
import type { TaskStatus } from './assignment.decider';

/** How far a task stands from its deadline, for people who have many. */
export type DueState = 'done' | 'no_deadline' | 'overdue' | 'today' | 'soon' | 'later';

export interface Due {
  state: DueState;
  /** Days until the deadline (negative once past it); null without a deadline. */
  daysLeft: number | null;
  label: string;
}

/** A deadline within this many days is near. */
const SOON_DAYS = 7;

/**
 * A task is due by the end of its due day in Việt Nam: overdue from the next day until it is
 * done; a done task is no longer chased, whatever its date.
 */
export function dueOf(status: TaskStatus, dueOn: CivilDate | null, today: CivilDate): Due {
  const daysLeft = dueOn ? daysBetween(today, dueOn) : null;
  if (status === 'done') return { state: 'done', daysLeft, label: 'Đã thực hiện' };
  if (daysLeft === null) return { state: 'no_deadline', daysLeft, label: 'Không có hạn' };
  if (daysLeft < 0) return { state: 'overdue', daysLeft, label: `Quá hạn ${-daysLeft} ngày` };
  if (daysLeft === 0) return { state: 'today', daysLeft, label: 'Hạn hôm nay' };
  return { state: daysLeft <= SOON_DAYS ? 'soon' : 'later', daysLeft, label: `Còn ${daysLeft} ngày` };
}

/** Where a task stands against its deadline on a given day, as offices count tasks in reports. */
export const TIME_STATES = ['not_yet_due', 'in_progress', 'done_on_time', 'done_late', 'overdue'] as const;
export type TimeState = (typeof TIME_STATES)[number];
export const TIME_STATE_LABELS: Record<TimeState, string> = {
  not_yet_due: 'Chưa đến hạn',
  in_progress: 'Đang thực hiện',
  done_on_time: 'Hoàn thành đúng hạn',
  done_late: 'Hoàn thành quá hạn',
  overdue: 'Quá hạn chưa hoàn thành',
};

/** The days that decide a task's time-state: each the day it happened, not the day it was typed. */
export interface TaskDates {
  dueOn: CivilDate | null;
  startedOn: CivilDate | null;
  doneOn: CivilDate | null;
  /** Every day it was done, in order (a yearly task is done once a year); absent: `doneOn` alone. */
  completions?: CivilDate[] | null;
  /** A yearly task falls due on `dueOn`'s day every year until this day (the plan's end). */
  recurringUntil?: CivilDate | null;
}

/** The due days of a task: its one deadline, or the same day every year until the plan ends. */
export function dueDays(task: Pick<TaskDates, 'dueOn' | 'recurringUntil'>): CivilDate[] {
  if (!task.dueOn) return [];
  if (!task.recurringUntil || task.recurringUntil < task.dueOn) return [task.dueOn];
  return yearlyDays(task.dueOn, task.recurringUntil);
}

/** The deadline a day falls under by the calendar: the first due day not yet past, or the last one. */
export function deadlineOf(
  task: Pick<TaskDates, 'dueOn' | 'recurringUntil'>,
  day: CivilDate,
): CivilDate | null {
  const days = dueDays(task);
  return days.find((d) => d >= day) ?? days.at(-1) ?? null;
}

/**
 * A task's time-state as of the end of `asOf`, with the deadline it is judged on: done on
 * time when done by the end of its due day, overdue once a due day has passed undone; before
 * that, in progress when started (or when it has no deadline: standing tasks are carried out
 * all along), otherwise not yet due. A yearly task is judged on the year's deadline by what
 * was done since the one before, and a deadline missed stays overdue until done, even once
 * the next year's has begun.
 */
export function judgeTask(task: TaskDates, asOf: CivilDate): { state: TimeState; dueOn: CivilDate | null } {
  const days = dueDays(task);
  const completions = (task.completions?.length ? task.completions : task.doneOn ? [task.doneOn] : [])
    .filter((day) => day <= asOf)
    .sort();
  if (days.length === 0) return { state: completions.length ? 'done_on_time' : 'in_progress', dueOn: null };
  // Each deadline takes the first completion after the deadline before it (a late one too).
  const doneFor: Array<CivilDate | undefined> = [];
  let next = 0;
  days.forEach((_, k) => {
    while (k > 0 && next < completions.length && completions[next] <= days[k - 1]) next++;
    doneFor.push(completions[next]);
    if (next < completions.length) next++;
  });
  const current = days.findIndex((d) => d >= asOf);
  if (current > 0 && !doneFor[current - 1]) return { state: 'overdue', dueOn: days[current - 1] };
  const judged = current < 0 ? days.length - 1 : current;
  const dueOn = days[judged];
  const done = doneFor[judged];
  if (done) return { state: done > dueOn ? 'done_late' : 'done_on_time', dueOn };
  if (asOf > dueOn) return { state: 'overdue', dueOn };
  return { state: task.startedOn && task.startedOn <= asOf ? 'in_progress' : 'not_yet_due', dueOn };
}

export const timeStateOf = (task: TaskDates, asOf: CivilDate): TimeState => judgeTask(task, asOf).state;

export type TimeStateCounts = Record<TimeState, number> & { total: number };

export function countTimeStates(tasks: TaskDates[], asOf: CivilDate): TimeStateCounts {
  const counts = Object.fromEntries(TIME_STATES.map((s) => [s, 0])) as TimeStateCounts;
  for (const task of tasks) counts[timeStateOf(task, asOf)] += 1;
  counts.total = tasks.length;
  return counts;
}
