import { countTimeStates, dueDays, dueOf, timeStateOf } from './assignment.policy';

describe('how far a task stands from its deadline', () => {
  const today = '2026-03-10';

  it('given a deadline ahead, then the days left, near within a week', () => {
    expect(dueOf('in_progress', '2026-03-13', today)).toEqual({
      state: 'soon',
      daysLeft: 3,
      label: 'Còn 3 ngày',
    });
    expect(dueOf('not_started', '2026-04-30', today)).toMatchObject({ state: 'later', daysLeft: 51 });
    expect(dueOf('not_started', today, today)).toMatchObject({ state: 'today', label: 'Hạn hôm nay' });
  });

  it('given a deadline passed and the task not done, then overdue by whole days', () => {
    expect(dueOf('in_progress', '2026-03-08', today)).toEqual({
      state: 'overdue',
      daysLeft: -2,
      label: 'Quá hạn 2 ngày',
    });
  });

  it('given a done task or no deadline, then nothing to chase', () => {
    expect(dueOf('done', '2026-03-01', today)).toMatchObject({ state: 'done', label: 'Đã thực hiện' });
    expect(dueOf('in_progress', null, today)).toEqual({
      state: 'no_deadline',
      daysLeft: null,
      label: 'Không có hạn',
    });
  });
});

describe('a task’s time-state as of a day', () => {
  const asOf = '2026-06-12';
  const task = (dueOn: string | null, startedOn: string | null = null, doneOn: string | null = null) => ({
    dueOn,
    startedOn,
    doneOn,
  });

  it('given a task done by the end of its due day, then done on time; after it, done late', () => {
    expect(timeStateOf(task('2026-05-31', '2026-05-01', '2026-05-31'), asOf)).toBe('done_on_time');
    expect(timeStateOf(task('2026-05-31', '2026-05-01', '2026-06-01'), asOf)).toBe('done_late');
    expect(timeStateOf(task(null, null, '2026-06-01'), asOf)).toBe('done_on_time');
  });

  it('given a due day passed undone as of the day, then overdue, even when done later', () => {
    expect(timeStateOf(task('2026-06-11', '2026-05-01'), asOf)).toBe('overdue');
    expect(timeStateOf(task('2026-06-11', '2026-05-01', '2026-06-20'), asOf)).toBe('overdue');
    expect(timeStateOf(task('2026-06-12'), asOf)).toBe('not_yet_due');
  });

  it('given a due day ahead, then in progress once started, else not yet due', () => {
    expect(timeStateOf(task('2026-06-30', '2026-06-01'), asOf)).toBe('in_progress');
    expect(timeStateOf(task('2026-06-30', '2026-06-13'), asOf)).toBe('not_yet_due');
    expect(timeStateOf(task('2026-06-30'), asOf)).toBe('not_yet_due');
    expect(timeStateOf(task(null), asOf)).toBe('in_progress');
  });

  it('counts every state with the total', () => {
    const tasks = [
      task('2026-05-31', null, '2026-05-30'),
      task('2026-05-31', null, '2026-06-02'),
      task('2026-06-01'),
    ];
    expect(countTimeStates(tasks, asOf)).toEqual({
      not_yet_due: 0,
      in_progress: 0,
      done_on_time: 1,
      done_late: 1,
      overdue: 1,
      total: 3,
    });
  });
});

describe('a yearly task’s deadlines', () => {
  const yearly = (completions: string[], startedOn: string | null = null) => ({
    dueOn: '2026-11-30',
    recurringUntil: '2028-12-31',
    startedOn,
    doneOn: completions.at(-1) ?? null,
    completions,
  });

  it('given a yearly task, then it falls due on the same day every year until the plan ends', () => {
    expect(dueDays(yearly([]))).toEqual(['2026-11-30', '2027-11-30', '2028-11-30']);
    expect(dueDays({ dueOn: '2028-02-29', recurringUntil: '2030-12-31' })).toEqual([
      '2028-02-29',
      '2029-02-28',
      '2030-02-28',
    ]);
  });

  it('given last year done, then this year is judged afresh: not yet due, then overdue until done again', () => {
    const doneIn2026 = yearly(['2026-11-20'], '2026-10-01');
    expect(timeStateOf(doneIn2026, '2026-12-01')).toBe('in_progress'); // next deadline 30/11/2027, started long ago
    expect(timeStateOf({ ...doneIn2026, startedOn: null }, '2027-06-01')).toBe('not_yet_due');
    expect(timeStateOf(doneIn2026, '2027-12-01')).toBe('overdue');
    expect(timeStateOf(doneIn2026, '2028-06-01')).toBe('overdue'); // 2027's is still missing
    expect(timeStateOf(yearly(['2026-11-20', '2027-12-05']), '2027-12-10')).toBe('not_yet_due'); // 2028's next
    expect(timeStateOf(yearly(['2026-11-20', '2027-11-29']), '2027-11-30')).toBe('done_on_time');
    expect(timeStateOf(yearly(['2026-11-20', '2027-11-29', '2028-12-05']), '2028-12-10')).toBe('done_late');
  });

  it('given a date in the first year, then the first deadline decides, whatever was done later', () => {
    expect(timeStateOf(yearly(['2026-11-20', '2027-11-29']), '2026-11-25')).toBe('done_on_time');
    expect(timeStateOf(yearly(['2027-11-29']), '2026-12-05')).toBe('overdue');
  });
});
