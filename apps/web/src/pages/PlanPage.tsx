import { EditOutlined, RocketOutlined } from '@ant-design/icons';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import {
  Alert,
  App,
  Button,
  Card,
  Descriptions,
  Popconfirm,
  Result,
  Space,
  Spin,
  Table,
  Tabs,
  Tag,
  Typography,
} from 'antd';
import { Link, useNavigate, useParams } from 'react-router-dom';
import { api, ApiError } from '../api/client';
import type { components } from '../api/schema';
import { formatDate, formatNumber } from '../format';
import { PATHS } from '../paths';
import { useSession } from '../session';
import { Consolidated } from './plan/Consolidated';
import { Documents } from './plan/Documents';
import { tasksGivenTo, type TaskDefinition } from './plan/given';
import { Implementation } from './plan/Implementation';
import { PlanOverview } from './plan/PlanOverview';
import { ReportRequests } from './plan/ReportRequests';
import { Reviews } from './plan/Reviews';

type Task = components['schemas']['TaskReply'];
type Phase = { code: string; name: string };

const STATUS_COLORS: Record<Task['status'], string> = {
  not_started: 'default',
  in_progress: 'processing',
  done: 'success',
};

/** A plan for those who run it: its facts, its tasks by unit and status, launch and the consolidated report. */
export function PlanPage() {
  const { planId = '' } = useParams();
  const { me } = useSession();
  const plan = useQuery({
    queryKey: ['plan', planId],
    queryFn: async () => (await api.GET('/plans/{id}', { params: { path: { id: planId } } })).data!,
  });
  if (plan.isPending) return <Spin tip="Đang tải kế hoạch…" />;
  if (plan.error)
    return (
      <Result
        status={plan.error instanceof ApiError && plan.error.problem.statusCode === 404 ? '404' : 'error'}
        title="Không mở được kế hoạch"
        subTitle={plan.error.message}
        extra={<Link to={PATHS.plans}>Về danh sách kế hoạch</Link>}
      />
    );
  const p = plan.data;
  // A higher level's plan read by an organisation it gives tasks: only those tasks.
  const given = p.organisationCode !== me?.organisationCode ? tasksGivenTo(p, me?.organisationCode) : [];
  return (
    <Space direction="vertical" size="large" style={{ width: '100%' }}>
      <div>
        <Typography.Text type="secondary">Kế hoạch số {p.number}</Typography.Text>
        <Typography.Title level={3} style={{ marginTop: 4 }}>
          {p.title}
        </Typography.Title>
      </div>
      <Descriptions bordered size="small" column={{ xs: 1, md: 3 }}>
        <Descriptions.Item label="Cơ quan ban hành">{p.issuer}</Descriptions.Item>
        <Descriptions.Item label="Ngày ban hành">{formatDate(p.issuedOn)}</Descriptions.Item>
        <Descriptions.Item label="Trạng thái">
          <Tag color={p.status === 'launched' ? 'green' : 'default'}>{p.statusLabel}</Tag>
        </Descriptions.Item>
        <Descriptions.Item label="Giai đoạn">{p.phaseName ?? '—'}</Descriptions.Item>
        <Descriptions.Item label="Nhiệm vụ đã giao">{formatNumber(p.assignments)}</Descriptions.Item>
        <Descriptions.Item label="Phát động">
          {p.launchedAt ? formatDate(p.launchedAt) : '—'}
        </Descriptions.Item>
        {p.parentPlanId && (
          <Descriptions.Item label="Căn cứ" span={3}>
            <Basis planId={p.parentPlanId} taskCode={p.parentTaskCode} />
          </Descriptions.Item>
        )}
      </Descriptions>
      {given.length ? (
        <GivenTasks plan={p} tasks={given} />
      ) : p.status === 'draft' ? (
        <Launch planId={p.id} />
      ) : (
        <Tabs
          items={[
            { key: 'overview', label: 'Tổng quan', children: <PlanOverview planId={p.id} /> },
            { key: 'tasks', label: 'Nhiệm vụ', children: <Tasks planId={p.id} /> },
            { key: 'requests', label: 'Yêu cầu báo cáo', children: <ReportRequests planId={p.id} /> },
            {
              key: 'reviews',
              label: 'Đánh giá',
              children: <Reviews planId={p.id} phases={p.definition.phases as Phase[]} />,
            },
            { key: 'report', label: 'Báo cáo tổng hợp', children: <Consolidated planId={p.id} /> },
            { key: 'documents', label: 'Văn bản', children: <Documents planId={p.id} /> },
            { key: 'below', label: 'Cấp dưới triển khai', children: <Implementation planId={p.id} /> },
          ]}
        />
      )}
    </Space>
  );
}

type PlanReply = components['schemas']['PlanReply'];

/** What a higher plan gives the caller's organisation, each carried out by a plan of its own. */
function GivenTasks({ plan, tasks }: { plan: PlanReply; tasks: TaskDefinition[] }) {
  const { me } = useSession();
  const navigate = useNavigate();
  const drafts = me?.role === 'owner' || me?.role === 'admin';
  return (
    <Card size="small" title="Nhiệm vụ cấp trên giao cho đơn vị">
      <Table<TaskDefinition>
        rowKey="code"
        size="small"
        dataSource={tasks}
        pagination={false}
        columns={[
          { title: 'STT', dataIndex: 'code', width: 80 },
          { title: 'Nhiệm vụ', dataIndex: 'title' },
          {
            title: 'Vai trò',
            key: 'role',
            width: 110,
            render: (_, t) => (t.leadUnit === me?.organisationCode ? 'Chủ trì' : 'Phối hợp'),
          },
          { title: 'Hạn', dataIndex: 'dueOn', width: 110, render: (d?: string) => (d ? formatDate(d) : '—') },
          ...(drafts
            ? [
                {
                  title: '',
                  key: 'draft',
                  width: 200,
                  render: (_: unknown, t: TaskDefinition) => (
                    <Button
                      size="small"
                      onClick={() =>
                        navigate(`${PATHS.newPlan}?can-cu=${plan.id}&nhiem-vu=${encodeURIComponent(t.code)}`)
                      }
                    >
                      Soạn kế hoạch triển khai
                    </Button>
                  ),
                },
              ]
            : []),
        ]}
      />
    </Card>
  );
}

/** The higher plan this one carries out (“Căn cứ Kế hoạch số …”), and the task it answers. */
function Basis({ planId, taskCode }: { planId: string; taskCode: string | null }) {
  const parent = useQuery({
    queryKey: ['plan', planId],
    queryFn: async () => (await api.GET('/plans/{id}', { params: { path: { id: planId } } })).data!,
  });
  const task = taskCode ? `, nhiệm vụ ${taskCode}` : '';
  if (!parent.data) return <>Kế hoạch cấp trên{task}</>;
  const { number, issuedOn, issuer } = parent.data;
  return (
    <Link to={PATHS.plan(planId)}>
      Kế hoạch số {number} ngày {formatDate(issuedOn)} của {issuer}
      {task}
    </Link>
  );
}

function Launch({ planId }: { planId: string }) {
  const { me } = useSession();
  const navigate = useNavigate();
  const queries = useQueryClient();
  const { message } = App.useApp();
  const launch = useMutation({
    mutationFn: async () =>
      (await api.POST('/plans/{id}/launch', { params: { path: { id: planId } } })).data!,
    onSuccess: (plan) => {
      queries.setQueryData(['plan', planId], plan);
      void queries.invalidateQueries({ queryKey: ['plans'] });
      void message.success('Đã phát động kế hoạch: các nhiệm vụ đang được giao cho đơn vị');
    },
  });
  if (me?.role !== 'owner' && me?.role !== 'admin') return null;
  return (
    <Card size="small" title="Dự thảo">
      {launch.error && <Alert type="error" showIcon message={launch.error.message} role="alert" />}
      <Space wrap>
        <Button icon={<EditOutlined />} onClick={() => navigate(PATHS.editPlan(planId))}>
          Sửa dự thảo
        </Button>
        <Popconfirm
          title="Phát động kế hoạch?"
          description="Sau khi phát động, nhiệm vụ được giao cho các đơn vị và kế hoạch không sửa được nữa."
          okText="Phát động"
          cancelText="Hủy"
          onConfirm={() => launch.mutate()}
        >
          <Button type="primary" icon={<RocketOutlined />} loading={launch.isPending}>
            Phát động kế hoạch
          </Button>
        </Popconfirm>
      </Space>
    </Card>
  );
}

function Tasks({ planId }: { planId: string }) {
  const tasks = useQuery({
    queryKey: ['plan-tasks', planId],
    queryFn: async () =>
      (await api.GET('/plans/{id}/tasks', { params: { path: { id: planId }, query: { limit: 500 } } })).data!,
  });
  return (
    <Card size="small" title="Nhiệm vụ theo đơn vị chủ trì">
      {tasks.error && <Alert type="error" showIcon message={tasks.error.message} role="alert" />}
      <Table<Task>
        rowKey="taskId"
        size="small"
        loading={tasks.isPending}
        dataSource={tasks.data?.items}
        pagination={{ pageSize: 50, hideOnSinglePage: true }}
        scroll={{ x: true }}
        columns={[
          { title: 'STT', dataIndex: 'code', width: 80 },
          { title: 'Nhiệm vụ', dataIndex: 'title' },
          {
            title: 'Chủ trì',
            dataIndex: 'leadUnit',
            width: 110,
            filters: [...new Set((tasks.data?.items ?? []).map((t) => t.leadUnit))].map((u) => ({
              text: u,
              value: u,
            })),
            onFilter: (value, t) => t.leadUnit === value,
          },
          {
            title: 'Trạng thái',
            dataIndex: 'statusLabel',
            width: 150,
            render: (label: string, t) => <Tag color={STATUS_COLORS[t.status]}>{label}</Tag>,
          },
          {
            title: 'Hạn',
            dataIndex: 'dueOn',
            width: 110,
            render: (d: string | null) => (d ? formatDate(d) : '—'),
          },
          { title: 'Kết quả', dataIndex: 'result', render: (r: string) => r || '—' },
          { title: 'Minh chứng', dataIndex: 'evidenceCount', width: 110, align: 'right' },
        ]}
      />
    </Card>
  );
}
