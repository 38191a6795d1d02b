import { useQuery } from '@tanstack/react-query';
import { Alert, Table, Tag, Typography } from 'antd';
import { api } from '../api/client';
import type { components } from '../api/schema';
import { Link } from 'react-router-dom';
import { formatDate, formatNumber } from '../format';
import { PATHS } from '../paths';

type Plan = components['schemas']['PlanReply'];

/** Every plan with its status and running phase. */
export function PlansPage() {
  const plans = useQuery({
    queryKey: ['plans'],
    queryFn: async () => (await api.GET('/plans', { params: { query: { limit: 200 } } })).data!,
  });
  return (
    <>
      <Typography.Title level={3}>Kế hoạch</Typography.Title>
      {plans.error && <Alert type="error" showIcon message={plans.error.message} role="alert" />}
      <Table<Plan>
        rowKey="id"
        loading={plans.isPending}
        dataSource={plans.data?.items}
        pagination={{ pageSize: 20, hideOnSinglePage: true }}
        locale={{ emptyText: 'Chưa có kế hoạch nào' }}
        scroll={{ x: true }}
        columns={[
          { title: 'Số', dataIndex: 'number', width: 140 },
          {
            title: 'Tên kế hoạch',
            dataIndex: 'title',
            render: (title: string, plan) => <Link to={PATHS.plan(plan.id)}>{title}</Link>,
          },
          { title: 'Ban hành', dataIndex: 'issuedOn', width: 120, render: (d: string) => formatDate(d) },
          {
            title: 'Trạng thái',
            dataIndex: 'statusLabel',
            width: 140,
            render: (label: string, plan) => (
              <Tag color={plan.status === 'launched' ? 'green' : 'default'}>{label}</Tag>
            ),
          },
          {
            title: 'Giai đoạn',
            dataIndex: 'phaseName',
            width: 200,
            render: (name: string | null) => name ?? '—',
          },
          {
            title: 'Nhiệm vụ đã giao',
            dataIndex: 'assignments',
            width: 150,
            align: 'right',
            render: (n: number) => formatNumber(n),
          },
        ]}
      />
    </>
  );
}
