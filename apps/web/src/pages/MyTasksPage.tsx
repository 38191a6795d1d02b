import { useQuery } from '@tanstack/react-query';
import { Alert, List, Space, Tag, Typography } from 'antd';
import { Link } from 'react-router-dom';
import { api } from '../api/client';
import type { components } from '../api/schema';
import { formatDate } from '../format';
import { PATHS } from '../paths';

type Task = components['schemas']['MyTask'];

const DUE_COLORS: Record<Task['dueState'], string> = {
  overdue: 'red',
  today: 'volcano',
  soon: 'orange',
  later: 'blue',
  no_deadline: 'default',
  done: 'green',
};

/** Overdue first, then the nearest deadlines; done tasks last. */
const urgency = (t: Task) => (t.dueState === 'done' ? 1e6 : (t.daysLeft ?? 1e5));

/** A unit's tasks across its plans: what is late and what comes next, readable on a phone. */
export function MyTasksPage() {
  const tasks = useQuery({
    queryKey: ['my-tasks'],
    queryFn: async () => (await api.GET('/me/tasks', { params: { query: { limit: 500 } } })).data!,
  });
  const sorted = [...(tasks.data?.items ?? [])].sort((a, b) => urgency(a) - urgency(b) || a.seq - b.seq);
  return (
    <>
      <Typography.Title level={3}>Nhiệm vụ của tôi</Typography.Title>
      {tasks.error && <Alert type="error" showIcon message={tasks.error.message} role="alert" />}
      <List<Task>
        loading={tasks.isPending}
        dataSource={sorted}
        locale={{ emptyText: 'Đơn vị chưa được giao nhiệm vụ nào' }}
        renderItem={(task) => (
          <List.Item>
            <List.Item.Meta
              title={
                <Link to={PATHS.task(task.taskId)}>
                  {task.taskCode}. {task.title}
                </Link>
              }
              description={
                <Space size={[8, 4]} wrap>
                  <Tag color={DUE_COLORS[task.dueState]}>{task.dueLabel}</Tag>
                  {task.dueOn && <span>Hạn {formatDate(task.dueOn)}</span>}
                  <Tag>{task.roleLabel}</Tag>
                  <span>{task.statusLabel}</span>
                  <Typography.Text type="secondary">Kế hoạch {task.planNumber}</Typography.Text>
                </Space>
              }
            />
          </List.Item>
        )}
      />
    </>
  );
}
