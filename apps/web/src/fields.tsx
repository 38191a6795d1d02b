import { DatePicker } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';

/** Form.Item props for a civil date: it travels as YYYY-MM-DD and is picked as dd/mm/yyyy. */
export const civilDate = {
  getValueProps: (value?: string) => ({ value: value ? dayjs(value) : undefined }),
  normalize: (value?: Dayjs | null) => (value ? value.format('YYYY-MM-DD') : undefined),
};

/**
 * A date typed or picked as dd/mm/yyyy. Enter confirms the typed date only: the browser would
 * otherwise also send the surrounding form, half filled, while people go on typing.
 */
export const DateInput = (props: { 'aria-label'?: string }) => (
  <DatePicker
    format="DD/MM/YYYY"
    placeholder="dd/mm/yyyy"
    style={{ width: '100%' }}
    onKeyDown={(e) => {
      if (e.key === 'Enter') e.preventDefault();
    }}
    {...props}
  />
);

/** A task's statuses as the API names them (`TaskReply.statusLabel`). */
export const TASK_STATUS_OPTIONS = [
  { value: 'not_started', label: 'Chưa thực hiện' },
  { value: 'in_progress', label: 'Đang thực hiện' },
  { value: 'done', label: 'Đã thực hiện' },
];
