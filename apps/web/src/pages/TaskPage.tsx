import { UploadOutlined } from '@ant-design/icons';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import {
  Alert,
  App,
  Button,
  Card,
  Descriptions,
  Form,
  Input,
  List,
  Result,
  Select,
  Space,
  Spin,
  Tag,
  Typography,
  Upload,
} from 'antd';
import { useState } from 'react';
import { Link, useParams } from 'react-router-dom';
import { api, ApiError, tokenStore } from '../api/client';
import { clearChangedErrors, showProblem } from '../api/problems';
import type { components } from '../api/schema';
import { formatDate, formatNumber } from '../format';
import { civilDate, DateInput, TASK_STATUS_OPTIONS } from '../fields';
import { TIME_STATE_COLORS } from '../time-states';
import { PATHS } from '../paths';
import { useSession } from '../session';

type Task = components['schemas']['TaskReply'];

/** One task: its result, the coordinators' contributions, its evidence, and what the caller may do. */
export function TaskPage() {
  const { taskId = '' } = useParams();
  const { me } = useSession();
  const task = useQuery({
    queryKey: ['task', taskId],
    queryFn: async () => (await api.GET('/tasks/{id}', { params: { path: { id: taskId } } })).data!,
  });
  if (task.isPending) return <Spin tip="Đang tải nhiệm vụ…" />;
  if (task.error) {
    const problem = task.error instanceof ApiError ? task.error.problem : undefined;
    return (
      <Result
        status={problem?.statusCode === 403 ? '403' : problem?.statusCode === 404 ? '404' : 'error'}
        title={problem?.statusCode === 403 ? 'Không có quyền xem nhiệm vụ này' : 'Không mở được nhiệm vụ'}
        subTitle={task.error.message}
        extra={<Link to={PATHS.myTasks}>Về nhiệm vụ của tôi</Link>}
      />
    );
  }
  const t = task.data;
  const lead = me?.unitCode === t.leadUnit;
  // Coordinators named in a group are not listed by name: their own row says they coordinate.
  const coordinating = !!me?.unitCode && t.contributions.some((c) => c.unitCode === me.unitCode);
  const coordinators = [
    ...t.coordinatingUnits,
    ...t.coordinatingGroups.map((g) => `${g.label} (${formatNumber(g.units)} đơn vị)`),
  ];
  return (
    <Space direction="vertical" size="large" style={{ width: '100%' }}>
      <Typography.Title level={3} style={{ margin: 0 }}>
        {t.code}. {t.title}
      </Typography.Title>
      <Descriptions bordered size="small" column={{ xs: 1, md: 2 }}>
        <Descriptions.Item label="Nhóm">{t.groupTitle}</Descriptions.Item>
        <Descriptions.Item label="Hạn">
          {t.currentDueOn ? formatDate(t.currentDueOn) : 'Không có hạn'}
          {t.recurringYearly && <Typography.Text type="secondary"> (hằng năm)</Typography.Text>}
        </Descriptions.Item>
        <Descriptions.Item label="Chủ trì">{t.leadUnit}</Descriptions.Item>
        <Descriptions.Item label="Phối hợp">{coordinators.join(', ') || '—'}</Descriptions.Item>
        <Descriptions.Item label="Trạng thái">{t.statusLabel}</Descriptions.Item>
        <Descriptions.Item label="Tiến độ theo thời hạn">
          <Tag color={TIME_STATE_COLORS[t.timeState]}>{t.timeStateLabel}</Tag>
        </Descriptions.Item>
        {t.doneOn && (
          <Descriptions.Item label="Ngày hoàn thành">
            {formatDate(t.doneOn)}
            {t.doneRecordedOn && t.doneRecordedOn !== t.doneOn && (
              <Typography.Text type="secondary">
                {' '}
                (ghi nhận muộn, ngày {formatDate(t.doneRecordedOn)})
              </Typography.Text>
            )}
          </Descriptions.Item>
        )}
        <Descriptions.Item label="Minh chứng">{formatNumber(t.evidenceCount)} tệp</Descriptions.Item>
        <Descriptions.Item label="Kết quả" span={2}>
          {t.result || '—'}
        </Descriptions.Item>
      </Descriptions>
      {lead && <ProgressForm task={t} />}
      {coordinating && <ContributionForm task={t} />}
      {t.contributions.length > 0 && (
        <Card title="Đóng góp của đơn vị phối hợp" size="small">
          <List
            dataSource={t.contributions}
            renderItem={(c) => (
              <List.Item>
                <List.Item.Meta title={c.unitCode} description={c.text || 'Chưa gửi đóng góp'} />
              </List.Item>
            )}
          />
        </Card>
      )}
      <Evidence task={t} canAttach={lead || coordinating} />
    </Space>
  );
}

function ProgressForm({ task }: { task: Task }) {
  const [form] = Form.useForm<{ status: Task['status']; result: string; on?: string }>();
  const queries = useQueryClient();
  const { message } = App.useApp();
  const [problem, setProblem] = useState<string>();
  const save = useMutation({
    mutationFn: async (body: { status: Task['status']; result: string; on?: string }) =>
      (await api.POST('/tasks/{id}/progress', { params: { path: { id: task.taskId } }, body })).data!,
    onSuccess: (updated) => {
      queries.setQueryData(['task', task.taskId], updated);
      void queries.invalidateQueries({ queryKey: ['my-tasks'] });
      setProblem(undefined);
      void message.success('Đã cập nhật tiến độ');
    },
    onError: (error) => setProblem(showProblem(form, error)),
  });
  return (
    <Card title="Cập nhật tiến độ (đơn vị chủ trì)" size="small">
      {problem && <Alert type="error" showIcon message={problem} role="alert" style={{ marginBottom: 12 }} />}
      <Form
        form={form}
        onFieldsChange={clearChangedErrors(form)}
        layout="vertical"
        initialValues={{ status: task.status, result: task.result }}
        onFinish={(values) => save.mutate({ ...values, on: values.on || undefined })}
      >
        <Form.Item label="Trạng thái" name="status">
          <Select options={TASK_STATUS_OPTIONS} />
        </Form.Item>
        <Form.Item label="Kết quả thực hiện" name="result">
          <Input.TextArea rows={4} maxLength={5000} showCount />
        </Form.Item>
        <Form.Item
          label="Ngày thực hiện"
          name="on"
          tooltip="Ngày việc này thực sự diễn ra (ví dụ ngày hoàn thành); bỏ trống: hôm nay"
          {...civilDate}
          style={{ maxWidth: 240 }}
        >
          <DateInput aria-label="Ngày thực hiện" />
        </Form.Item>
        <Button type="primary" htmlType="submit" loading={save.isPending}>
          Lưu tiến độ
        </Button>
      </Form>
    </Card>
  );
}

function ContributionForm({ task }: { task: Task }) {
  const [form] = Form.useForm<{ text: string }>();
  const queries = useQueryClient();
  const { message } = App.useApp();
  const [problem, setProblem] = useState<string>();
  const save = useMutation({
    mutationFn: async (body: { text: string }) =>
      (await api.POST('/tasks/{id}/contributions', { params: { path: { id: task.taskId } }, body })).data!,
    onSuccess: (updated) => {
      queries.setQueryData(['task', task.taskId], updated);
      setProblem(undefined);
      void message.success('Đã gửi đóng góp');
    },
    onError: (error) => setProblem(showProblem(form, error)),
  });
  return (
    <Card title="Đóng góp (đơn vị phối hợp)" size="small">
      {problem && <Alert type="error" showIcon message={problem} role="alert" style={{ marginBottom: 12 }} />}
      <Form
        form={form}
        onFieldsChange={clearChangedErrors(form)}
        layout="vertical"
        onFinish={(values) => save.mutate(values)}
      >
        <Form.Item label="Nội dung đóng góp" name="text">
          <Input.TextArea rows={3} maxLength={5000} showCount />
        </Form.Item>
        <Button type="primary" htmlType="submit" loading={save.isPending}>
          Gửi đóng góp
        </Button>
      </Form>
    </Card>
  );
}

function Evidence({ task, canAttach }: { task: Task; canAttach: boolean }) {
  const queries = useQueryClient();
  const { message } = App.useApp();
  const files = useQuery({
    queryKey: ['evidence', task.taskId],
    queryFn: async () =>
      (await api.GET('/tasks/{id}/evidence', { params: { path: { id: task.taskId } } })).data!,
  });
  return (
    <Card title="Minh chứng" size="small">
      <List
        loading={files.isPending}
        dataSource={files.data ?? []}
        locale={{ emptyText: 'Chưa có minh chứng' }}
        renderItem={(f) => (
          <List.Item>
            <List.Item.Meta
              title={f.fileName}
              description={`${formatNumber(Math.ceil(f.size / 1024))} KB · ${f.unitCode} · ${formatDate(f.attachedAt)}`}
            />
          </List.Item>
        )}
      />
      {canAttach && (
        // The browser's own upload shows its progress; the API checks type and size (≤ 10 MB).
        <Upload
          name="file"
          action={`/tasks/${task.taskId}/evidence`}
          headers={{ authorization: `Bearer ${tokenStore.get()}` }}
          accept=".pdf,.doc,.docx,.xls,.xlsx,.jpg,.jpeg,.png,.txt"
          onChange={({ file }) => {
            if (file.status === 'done') {
              void message.success(`Đã tải lên ${file.name}`);
              void queries.invalidateQueries({ queryKey: ['evidence', task.taskId] });
              void queries.invalidateQueries({ queryKey: ['task', task.taskId] });
            }
            if (file.status === 'error')
              void message.error(
                (file.response as { message?: string } | undefined)?.message ?? 'Tải lên thất bại',
              );
          }}
        >
          <Button icon={<UploadOutlined />}>Tải minh chứng lên</Button>
        </Upload>
      )}
    </Card>
  );
}
