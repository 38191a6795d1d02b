import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, Button, Card, Table, Typography } from 'antd';
import { api } from '../../api/client';
import type { components } from '../../api/schema';
import { formatNumber } from '../../format';
import { useSession } from '../../session';

type Checkpoint = components['schemas']['CheckpointReply'];

/** Checkpoints: every stream's head at a moment, chained; the admin makes one, anyone auditing reads them. */
export function Checkpoints({ formatTime }: { formatTime: (at: string) => string }) {
  const { me } = useSession();
  const queries = useQueryClient();
  const checkpoints = useQuery({
    queryKey: ['checkpoints'],
    queryFn: async () => (await api.GET('/audit/checkpoints')).data!,
  });
  const make = useMutation({
    mutationFn: async () => (await api.POST('/audit/checkpoints')).data!,
    onSuccess: () => void queries.invalidateQueries({ queryKey: ['checkpoints'] }),
  });
  return (
    <Card
      size="small"
      title="Mốc kiểm toán"
      extra={
        me?.role === 'admin' && (
          <Button loading={make.isPending} onClick={() => make.mutate()}>
            Tạo mốc mới
          </Button>
        )
      }
    >
      {(checkpoints.error ?? make.error) && (
        <Alert type="error" showIcon message={(checkpoints.error ?? make.error)!.message} role="alert" />
      )}
      <Table<Checkpoint>
        rowKey="id"
        size="small"
        loading={checkpoints.isPending}
        dataSource={checkpoints.data}
        pagination={{ pageSize: 10, hideOnSinglePage: true }}
        scroll={{ x: true }}
        locale={{ emptyText: 'Chưa có mốc nào' }}
        columns={[
          { title: 'Số', dataIndex: 'id', width: 70 },
          { title: 'Thời điểm', dataIndex: 'createdAt', width: 170, render: formatTime },
          { title: 'Số chuỗi', dataIndex: 'streams', width: 100, align: 'right', render: formatNumber },
          { title: 'Số sự kiện', dataIndex: 'events', width: 110, align: 'right', render: formatNumber },
          {
            title: 'Mã băm (công bố để neo lịch sử)',
            dataIndex: 'hash',
            render: (hash: string) => (
              <Typography.Text code copyable>
                {hash}
              </Typography.Text>
            ),
          },
        ]}
      />
    </Card>
  );
}
