import { useQuery } from '@tanstack/react-query';
import { PlusOutlined } from '@ant-design/icons';
import { Alert, Button, Input, Segmented, Space, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { api } from '../api/client';
import type { components } from '../api/schema';
import { Link, useNavigate } from 'react-router-dom';
import { formatDate, formatNumber } from '../format';
import { PATHS } from '../paths';
import { useSession } from '../session';

type Plan = components['schemas']['PlanReply'];

const PAGE = 20;

type Source = 'own' | 'above';

/**
 * The organisation's plans with their status and running phase, searched and paged by the API;
 * or the higher levels' plans that give it tasks, which it carries out with plans of its own.
 */
export function PlansPage() {
  const { me } = useSession();
  const navigate = useNavigate();
  const [q, setQ] = useState('');
  const [page, setPage] = useState(1);
  const [source, setSource] = useState<Source>('own');
  const plans = useQuery({
    queryKey: ['plans', source, q, page],
    queryFn: async () =>
      (
        await api.GET('/plans', {
          params: {
            query: {
              q,
              limit: PAGE,
              offset: (page - 1) * PAGE,
              ...(source === 'above' ? { from: 'above' as const } : {}),
            },
          },
        })
      ).data!,
    placeholderData: (previous) => previous,
  });
  return (
    <>
      <Space wrap style={{ width: '100%', justifyContent: 'space-between', marginBottom: 12 }}>
        <Typography.Title level={3} style={{ margin: 0 }}>
          Kế hoạch
        </Typography.Title>
        <Space wrap>
          <Segmented<Source>
            aria-label="Nguồn kế hoạch"
            value={source}
            onChange={(value) => {
              setSource(value);
              setPage(1);
            }}
            options={[
              { value: 'own', label: 'Của đơn vị' },
              { value: 'above', label: 'Cấp trên giao' },
            ]}
          />
          <Input.Search
            aria-label="Tìm kế hoạch"
            placeholder="Số, tên hoặc cơ quan ban hành"
            allowClear
            onSearch={(text) => {
              setQ(text.trim());
              setPage(1);
            }}
            style={{ width: 300 }}
          />
          {(me?.role === 'owner' || me?.role === 'admin') && (
            <Button type="primary" icon={<PlusOutlined />} onClick={() => navigate(PATHS.newPlan)}>
              Soạn kế hoạch mới
            </Button>
          )}
        </Space>
      </Space>
      {plans.error && <Alert type="error" showIcon message={plans.error.message} role="alert" />}
      <Table<Plan>
        rowKey="id"
        loading={plans.isPending}
        dataSource={plans.data?.items}
        pagination={{
          current: page,
          pageSize: PAGE,
          total: plans.data?.total,
          onChange: setPage,
          hideOnSinglePage: true,
          showSizeChanger: false,
        }}
        locale={{
          emptyText: q
            ? `Không có kế hoạch nào khớp “${q}”`
            : source === 'above'
              ? 'Cấp trên chưa giao nhiệm vụ nào cho đơn vị'
              : 'Chưa có kế hoạch nào',
        }}
        scroll={{ x: true }}
        columns={[
          { title: 'Số', dataIndex: 'number', width: 140 },
          ...(source === 'above' ? [{ title: 'Cơ quan ban hành', dataIndex: 'issuer', width: 220 }] : []),
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
