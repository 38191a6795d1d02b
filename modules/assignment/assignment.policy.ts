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
