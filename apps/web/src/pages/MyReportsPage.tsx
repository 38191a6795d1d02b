import { useQuery } from '@tanstack/react-query';
import { Alert, Card, List, Space, Tag, Typography } from 'antd';
import { Link } from 'react-router-dom';
import { api } from '../api/client';
import type { components } from '../api/schema';
import { formatDate } from '../format';
import { PATHS } from '../paths';
import { useSession } from '../session';
import { REQUEST_KIND_LABELS } from './plan/ReportRequests';
import { Initiatives } from './reports/Initiatives';

type Request = components['schemas']['ReportRequestView'];
type AlertItem = components['schemas']['AlertView'];

const ALERT_KINDS: Record<string, { label: string; color: string }> = {
  reminder: { label: 'Nhắc hạn', color: 'blue' },
  overdue: { label: 'Quá hạn', color: 'red' },
  escalation: { label: 'Đơn vị chậm báo cáo', color: 'volcano' },
  task_reminder: { label: 'Nhắc hạn nhiệm vụ', color: 'geekblue' },
  task_overdue: { label: 'Nhiệm vụ quá hạn', color: 'magenta' },
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
        {/* A list, not a table: units often read it on a phone. */}
        <List<Request>
          loading={requests.isPending}
          dataSource={requests.data?.items}
          pagination={(requests.data?.items.length ?? 0) > 20 ? { pageSize: 20 } : false}
          locale={{ emptyText: 'Không có yêu cầu báo cáo nào' }}
          renderItem={(r) => (
            <List.Item>
              <List.Item.Meta
                title={
                  <Link to={PATHS.reportRequest(r.id)}>
                    {r.number ? `${r.number}: ${r.subject}` : r.subject}
                  </Link>
                }
                description={
                  <Space wrap size={4}>
                    {REQUEST_KIND_LABELS[r.kind] ?? r.kind}
                    <span>· Hạn gửi {formatDate(r.dueOn)}</span>
                    {me?.unitCode && r.overdueUnits?.includes(me.unitCode) && <Tag color="red">Quá hạn</Tag>}
                  </Space>
                }
              />
            </List.Item>
          )}
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
                    <Link to={a.requestId ? PATHS.reportRequest(a.requestId) : PATHS.myTasks}>
                      {a.message}
                    </Link>
                  </Space>
                }
                description={formatDate(a.createdAt)}
              />
            </List.Item>
          )}
        />
      </Card>
      <Initiatives />
    </Space>
  );
}
