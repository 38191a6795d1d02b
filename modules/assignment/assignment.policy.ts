import { daysBetween, type CivilDate } from '@kernel';
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
}

/**
 * A task's time-state as of the end of `asOf`: done on time when done by the end of its due
 * day, overdue once a due day has passed undone; before that, in progress when started (or
 * when it has no deadline: standing tasks are carried out all along), otherwise not yet due.
 */
export function timeStateOf(task: TaskDates, asOf: CivilDate): TimeState {
  if (task.doneOn && task.doneOn <= asOf)
    return task.dueOn && task.doneOn > task.dueOn ? 'done_late' : 'done_on_time';
  if (task.dueOn && asOf > task.dueOn) return 'overdue';
  if (!task.dueOn || (task.startedOn && task.startedOn <= asOf)) return 'in_progress';
  return 'not_yet_due';
}

export type TimeStateCounts = Record<TimeState, number> & { total: number };

export function countTimeStates(tasks: TaskDates[], asOf: CivilDate): TimeStateCounts {
  const counts = Object.fromEntries(TIME_STATES.map((s) => [s, 0])) as TimeStateCounts;
  for (const task of tasks) counts[timeStateOf(task, asOf)] += 1;
  counts.total = tasks.length;
  return counts;
}
