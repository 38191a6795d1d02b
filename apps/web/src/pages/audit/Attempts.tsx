import { useQuery } from '@tanstack/react-query';
import { Alert, Card, Table, Tag } from 'antd';
import { useState } from 'react';
import { api } from '../../api/client';
import type { components } from '../../api/schema';

type Attempt = components['schemas']['AttemptReply'];

const PAGE = 20;

/** Refused writes, newest first: who tried what, and why the API refused it. */
export function Attempts({ formatTime }: { formatTime: (at: string) => string }) {
  const [page, setPage] = useState(1);
  const attempts = useQuery({
    queryKey: ['attempts', page],
    queryFn: async () =>
      (await api.GET('/audit/attempts', { params: { query: { limit: PAGE, offset: (page - 1) * PAGE } } }))
        .data!,
    placeholderData: (previous) => previous,
  });
  return (
    <Card size="small" title="Các thao tác bị từ chối">
      {attempts.error && <Alert type="error" showIcon message={attempts.error.message} role="alert" />}
      <Table<Attempt>
        rowKey="id"
        size="small"
        loading={attempts.isPending}
        dataSource={attempts.data?.items}
        pagination={{
          current: page,
          pageSize: PAGE,
          total: attempts.data?.total,
          onChange: setPage,
          showSizeChanger: false,
        }}
        scroll={{ x: true }}
        locale={{ emptyText: 'Chưa có thao tác nào bị từ chối' }}
        columns={[
          { title: 'Thời gian', dataIndex: 'at', width: 170, render: formatTime },
          {
            title: 'Người thao tác',
            key: 'who',
            width: 200,
            render: (_, a) =>
              [a.username ?? 'không đăng nhập', a.role, a.unitCode].filter(Boolean).join(' · '),
          },
          { title: 'Thao tác', key: 'route', render: (_, a) => `${a.method} ${a.route}` },
          {
            title: 'Kết quả',
            key: 'status',
            width: 120,
            render: (_, a) => <Tag color={a.status >= 500 ? 'red' : 'orange'}>{`${a.status} ${a.code}`}</Tag>,
          },
          { title: 'Lý do', dataIndex: 'message' },
        ]}
      />
    </Card>
  );
}
