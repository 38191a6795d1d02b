import { useQuery } from '@tanstack/react-query';
import { Alert, Card, List, Space, Table, Tag, Typography } from 'antd';
import { Link } from 'react-router-dom';
import { api } from '../api/client';
import type { components } from '../api/schema';
import { formatDate } from '../format';
import { PATHS } from '../paths';
import { useSession } from '../session';
import { REQUEST_KIND_LABELS } from './plan/ReportRequests';

type Request = components['schemas']['ReportRequestView'];
type AlertItem = components['schemas']['AlertView'];

const ALERT_KINDS: Record<string, { label: string; color: string }> = {
  reminder: { label: 'Nhắc hạn', color: 'blue' },
  overdue: { label: 'Quá hạn', color: 'red' },
  escalation: { label: 'Đơn vị chậm báo cáo', color: 'volcano' },
};

/** A unit's reports: the requests addressed to it, nearest deadline first, and its alerts. */
export function MyReportsPage() {
  const { me } = useSession();
  const requests = useQuery({
    queryKey: ['my-report-requests'],
    queryFn: async () => (await api.GET('/me/report-requests', { params: { query: { limit: 200 } } })).data!,
  });
  const alerts = useQuery({
    queryKey: ['my-alerts'],
    queryFn: async () => (await api.GET('/me/alerts', { params: { query: { limit: 50 } } })).data!,
  });
  return (
    <Space direction="vertical" size="large" style={{ width: '100%' }}>
      <Typography.Title level={3} style={{ margin: 0 }}>
        Báo cáo của đơn vị
      </Typography.Title>
      <Card size="small" title="Yêu cầu báo cáo gửi tới đơn vị">
        {requests.error && <Alert type="error" showIcon message={requests.error.message} role="alert" />}
        <Table<Request>
          rowKey="id"
          size="small"
          loading={requests.isPending}
          dataSource={requests.data?.items}
          pagination={{ pageSize: 20, hideOnSinglePage: true }}
          scroll={{ x: true }}
          locale={{ emptyText: 'Không có yêu cầu báo cáo nào' }}
          columns={[
            {
              title: 'Yêu cầu',
              dataIndex: 'subject',
              render: (subject: string, r) => (
                <Link to={PATHS.reportRequest(r.id)}>{r.number ? `${r.number}: ${subject}` : subject}</Link>
              ),
            },
            {
              title: 'Loại',
              dataIndex: 'kind',
              width: 120,
              render: (k: string) => REQUEST_KIND_LABELS[k] ?? k,
            },
            {
              title: 'Hạn gửi',
              dataIndex: 'dueOn',
              width: 160,
              render: (d: string, r) => (
                <>
                  {formatDate(d)}{' '}
                  {me?.unitCode && r.overdueUnits?.includes(me.unitCode) && <Tag color="red">Quá hạn</Tag>}
                </>
              ),
            },
          ]}
        />
      </Card>
      <Card size="small" title="Thông báo, nhắc hạn">
        {alerts.error && <Alert type="error" showIcon message={alerts.error.message} role="alert" />}
        <List<AlertItem>
          loading={alerts.isPending}
          dataSource={alerts.data?.items}
          locale={{ emptyText: 'Chưa có thông báo nào' }}
          renderItem={(a) => (
            <List.Item>
              <List.Item.Meta
                title={
                  <Space wrap>
                    <Tag color={ALERT_KINDS[a.kind]?.color}>{ALERT_KINDS[a.kind]?.label ?? a.kind}</Tag>
                    <Link to={PATHS.reportRequest(a.requestId)}>{a.message}</Link>
                  </Space>
                }
                description={formatDate(a.createdAt)}
              />
            </List.Item>
          )}
        />
      </Card>
    </Space>
  );
}
