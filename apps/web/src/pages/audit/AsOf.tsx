import { useQuery } from '@tanstack/react-query';
import { Alert, Button, Card, DatePicker, Descriptions, Space, Spin, Table, Tag } from 'antd';
import type { Dayjs } from 'dayjs';
import { useState } from 'react';
import { api } from '../../api/client';
import type { components } from '../../api/schema';
import { formatDate, formatNumber } from '../../format';

type Task = components['schemas']['AssignmentView'];

/** The plan as it stood at a chosen moment: its read models rebuilt from the events recorded by then. */
export function AsOf({ planId }: { planId: string }) {
  const [moment, setMoment] = useState<Dayjs | null>(null);
  const [asOf, setAsOf] = useState<string>();
  const state = useQuery({
    queryKey: ['state-as-of', planId, asOf],
    enabled: !!asOf,
    queryFn: async () =>
      (await api.GET('/audit/plans/{id}/state', { params: { path: { id: planId }, query: { asOf: asOf! } } }))
        .data!,
  });
  const s = state.data;
  return (
    <Card size="small" title="Kế hoạch tại một thời điểm">
      <Space wrap style={{ marginBottom: 12 }}>
        <DatePicker
          aria-label="Thời điểm"
          showTime={{ format: 'HH:mm' }}
          format="DD/MM/YYYY HH:mm"
          placeholder="dd/mm/yyyy hh:mm"
          value={moment}
          onChange={setMoment}
        />
        <Button
          type="primary"
          disabled={!moment}
          onClick={() => setAsOf(moment!.endOf('minute').toISOString())}
        >
          Xem trạng thái
        </Button>
      </Space>
      {state.isFetching && <Spin tip="Đang dựng lại từ các sự kiện…" />}
      {state.error && <Alert type="error" showIcon message={state.error.message} role="alert" />}
      {s && !state.isFetching && (
        <>
          <Descriptions bordered size="small" column={{ xs: 1, md: 3 }} style={{ marginBottom: 12 }}>
            <Descriptions.Item label="Số sự kiện đã áp dụng">
              {formatNumber(s.eventsApplied)}
            </Descriptions.Item>
            <Descriptions.Item label="Sự kiện cuối">{s.lastEvent.type}</Descriptions.Item>
            <Descriptions.Item label="Ghi lúc">{formatDate(s.lastEvent.recordedAt)}</Descriptions.Item>
            <Descriptions.Item label="Trạng thái kế hoạch">
              {s.plan ? <Tag>{s.plan.status === 'launched' ? 'Đã phát động' : 'Dự thảo'}</Tag> : '—'}
            </Descriptions.Item>
            <Descriptions.Item label="Yêu cầu báo cáo">
              {formatNumber(s.reportRequests.length)}
            </Descriptions.Item>
            <Descriptions.Item label="Báo cáo đã nhận">
              {formatNumber(s.submissions.length)}
            </Descriptions.Item>
            <Descriptions.Item label="Đợt đánh giá">{formatNumber(s.reviews.length)}</Descriptions.Item>
            <Descriptions.Item label="Hồ sơ khen thưởng">
              {formatNumber(s.nominations.length)}
            </Descriptions.Item>
          </Descriptions>
          <Table<Task>
            rowKey="id"
            size="small"
            dataSource={s.tasks}
            pagination={{ pageSize: 20, hideOnSinglePage: true }}
            scroll={{ x: true }}
            locale={{ emptyText: 'Chưa giao nhiệm vụ nào vào thời điểm này' }}
            columns={[
              { title: 'Nhiệm vụ', dataIndex: 'taskCode', width: 90 },
              { title: 'Đơn vị', dataIndex: 'unitCode', width: 100 },
              {
                title: 'Vai trò',
                dataIndex: 'role',
                width: 100,
                render: (r: string) => (r === 'lead' ? 'Chủ trì' : 'Phối hợp'),
              },
              { title: 'Trạng thái', dataIndex: 'status', width: 140 },
              { title: 'Kết quả', dataIndex: 'result', render: (r: string) => r || '—' },
            ]}
          />
        </>
      )}
    </Card>
  );
}
