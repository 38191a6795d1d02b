import { useQuery } from '@tanstack/react-query';
import { Alert, Card, Empty, Table, Tag } from 'antd';
import { Link } from 'react-router-dom';
import { api } from '../../api/client';
import type { components } from '../../api/schema';
import { formatDate, formatPercent } from '../../format';
import { PATHS } from '../../paths';

type Row = components['schemas']['ConsolidatedReply']['implementation'][number];

/** The lower levels a plan gives tasks: who has issued an implementing plan, and its results. */
export function ImplementationTable({ rows }: { rows: Row[] }) {
  const issued = rows.filter((r) => r.plan).length;
  return (
    <Table<Row>
      size="small"
      rowKey="organisationCode"
      dataSource={rows}
      pagination={false}
      scroll={{ x: true }}
      aria-label="Tình hình triển khai của cấp dưới"
      title={() => `${issued}/${rows.length} đơn vị đã ban hành kế hoạch triển khai`}
      columns={[
        { title: 'Đơn vị', dataIndex: 'organisationName' },
        {
          title: 'Nhiệm vụ được giao',
          key: 'tasks',
          render: (_, r) => `${r.tasks.join(', ')} (${r.tasksDone}/${r.tasks.length} đã thực hiện)`,
        },
        {
          title: 'Kế hoạch triển khai',
          key: 'plan',
          render: (_, r) =>
            r.plan ? (
              <Link to={PATHS.plan(r.plan.id)}>
                Số {r.plan.number} ngày {formatDate(r.plan.issuedOn)}
                {r.plan.status === 'draft' ? ' (dự thảo)' : ''}
              </Link>
            ) : (
              <Tag color="red">Chưa ban hành</Tag>
            ),
        },
        {
          title: 'Nhiệm vụ của kế hoạch',
          key: 'planTasks',
          width: 130,
          render: (_, r) => (r.plan ? `${r.planTasksDone}/${r.planTasks}` : '—'),
        },
        {
          title: 'Chỉ tiêu (cộng dồn)',
          key: 'indicators',
          render: (_, r) =>
            r.indicators
              .filter((i) => i.denominator > 0)
              .map((i) => `${i.code}: ${i.numerator}/${i.denominator} = ${formatPercent(i.percent)}`)
              .join('; ') || '—',
        },
      ]}
    />
  );
}

/** The roll-up of the plan's lower levels, as of now. */
export function Implementation({ planId }: { planId: string }) {
  const report = useQuery({
    queryKey: ['consolidated', planId, 'hien-tai'],
    queryFn: async () =>
      (await api.GET('/plans/{id}/reports/consolidated', { params: { path: { id: planId }, query: {} } }))
        .data!,
  });
  return (
    <Card size="small" title="Cấp dưới triển khai" loading={report.isPending}>
      {report.error && <Alert type="error" showIcon message={report.error.message} role="alert" />}
      {report.data &&
        (report.data.implementation.length ? (
          <ImplementationTable rows={report.data.implementation} />
        ) : (
          <Empty description="Kế hoạch không giao nhiệm vụ cho cơ quan, địa phương cấp dưới" />
        ))}
    </Card>
  );
}
