/** Tasks by time-state, as offices count them in reports (the API judges each; labels as it names them). */
export const TIME_STATE_SERIES = [
  { key: 'done_on_time', name: 'Hoàn thành đúng hạn', color: '#52c41a' },
  { key: 'done_late', name: 'Hoàn thành quá hạn', color: '#faad14' },
  { key: 'in_progress', name: 'Đang thực hiện', color: '#1677ff' },
  { key: 'not_yet_due', name: 'Chưa đến hạn', color: '#8c8c8c' },
  { key: 'overdue', name: 'Quá hạn chưa hoàn thành', color: '#cf1322' },
] as const;

export type TimeState = (typeof TIME_STATE_SERIES)[number]['key'];

export const TIME_STATE_COLORS = Object.fromEntries(TIME_STATE_SERIES.map((s) => [s.key, s.color])) as Record<
  TimeState,
  string
>;
