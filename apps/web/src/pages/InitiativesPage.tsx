import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import {
  Alert,
  App,
  Button,
  Card,
  Empty,
  Form,
  Input,
  InputNumber,
  Radio,
  Select,
  Space,
  Table,
  Tag,
  Typography,
} from 'antd';
import { useState } from 'react';
import { api } from '../api/client';
import type { components } from '../api/schema';
import { civilDate, DateInput } from '../fields';
import { formatDate } from '../format';
import { useSession } from '../session';

type Initiative = components['schemas']['RecordInitiativeView'];
type Proposal = components['schemas']['InitiativeDto'];
type Assessment = components['schemas']['AssessmentDto'];

const KINDS = { initiative: 'Sáng kiến', scientific_topic: 'Đề tài khoa học' } as const;
const STATUSES: Record<Initiative['status'], [string, string]> = {
  proposed: ['Chờ Hội đồng sáng kiến đánh giá', 'blue'],
  accepted: ['Hội đồng đánh giá đạt, chờ công nhận', 'gold'],
  not_accepted: ['Hội đồng đánh giá không đạt', 'red'],
  recognised: ['Đã công nhận', 'green'],
};

/**
 * Initiatives and scientific topics on their own step to recognition: a unit (or the standing
 * agency) proposes one with its authors, the initiative council's assessment is recorded, the
 * head recognises it. Only a recognised one counts for Chiến sĩ thi đua cơ sở.
 */
export function InitiativesPage() {
  const { me } = useSession();
  const organisation = me?.organisationCode;
  const [year, setYear] = useState(new Date().getFullYear());
  const people = useQuery({
    queryKey: ['record-subjects', organisation],
    enabled: !!organisation,
    queryFn: async () =>
      (await api.GET('/organisations/{code}/records/subjects', { params: { path: { code: organisation! } } }))
        .data!,
  });
  const list = useQuery({
    queryKey: ['initiatives', organisation, year],
    enabled: !!organisation,
    queryFn: async () =>
      (
        await api.GET('/organisations/{code}/initiatives', {
          params: { path: { code: organisation! }, query: { year } },
        })
      ).data!,
  });
  if (!organisation) return <Empty description="Tài khoản không thuộc cơ quan nào" />;
  const names = new Map((people.data?.people ?? []).map((p) => [p.id, p.fullName]));
  const role = me?.role ?? '';
  return (
    <Space direction="vertical" size="large" style={{ width: '100%' }}>
      <Typography.Title level={3} style={{ margin: 0 }}>
        Sáng kiến, đề tài khoa học
      </Typography.Title>
      {['unit', 'standing', 'admin'].includes(role) && (
        <ProposeInitiative
          organisation={organisation}
          year={year}
          people={(people.data?.people ?? []).filter((p) => role !== 'unit' || p.unitCode === me?.unitCode)}
        />
      )}
      <Space>
        <Typography.Text>Năm</Typography.Text>
        <InputNumber aria-label="Năm" value={year} min={2000} max={2100} onChange={(v) => v && setYear(v)} />
      </Space>
      {list.error && <Alert type="error" showIcon role="alert" message={list.error.message} />}
      <Table
        rowKey="id"
        size="small"
        loading={list.isPending}
        aria-label="Sáng kiến"
        dataSource={list.data ?? []}
        pagination={false}
        scroll={{ x: true }}
        locale={{ emptyText: 'Chưa có sáng kiến nào trong năm' }}
        expandable={{ expandedRowRender: (i) => i.summary }}
        columns={[
          { title: 'Tên', dataIndex: 'title' },
          { title: 'Loại', dataIndex: 'kind', render: (k: Initiative['kind']) => KINDS[k] },
          {
            title: 'Tác giả',
            dataIndex: 'authors',
            render: (a: string[]) => a.map((id) => names.get(id) ?? id).join(', '),
          },
          {
            title: 'Trạng thái',
            dataIndex: 'status',
            render: (s: Initiative['status']) => <Tag color={STATUSES[s][1]}>{STATUSES[s][0]}</Tag>,
          },
          {
            title: 'Đánh giá, công nhận',
            key: 'step',
            render: (_, i: Initiative) => <Step initiative={i} organisation={organisation} role={role} />,
          },
        ]}
      />
    </Space>
  );
}

/** What the row shows and lets its reader do: the assessment, then the recognition. */
function Step({
  initiative: i,
  organisation,
  role,
}: {
  initiative: Initiative;
  organisation: string;
  role: string;
}) {
  const { message } = App.useApp();
  const queries = useQueryClient();
  const [form] = Form.useForm<Assessment>();
  const path = { params: { path: { code: organisation, id: i.id } } };
  const act = useMutation({
    mutationFn: async (assessment?: Assessment) =>
      assessment
        ? (await api.POST('/organisations/{code}/initiatives/{id}/assessment', { ...path, body: assessment }))
            .data!
        : (await api.POST('/organisations/{code}/initiatives/{id}/recognition', path)).data!,
    onSuccess: (updated) => {
      void queries.invalidateQueries({ queryKey: ['initiatives'] });
      void message.success(
        updated.status === 'recognised' ? 'Đã công nhận sáng kiến' : 'Đã ghi kết quả đánh giá',
      );
    },
  });
  const error = act.error && <Alert type="error" showIcon role="alert" message={act.error.message} />;
  if (i.status === 'proposed' && ['council', 'standing', 'admin'].includes(role))
    return (
      <Form
        form={form}
        layout="vertical"
        size="small"
        onFinish={(v) => act.mutate(v)}
        initialValues={{ outcome: 'pass' }}
      >
        <Form.Item name="outcome" style={{ marginBottom: 4 }}>
          <Radio.Group
            aria-label={`Kết quả đánh giá ${i.title}`}
            options={[
              { value: 'pass', label: 'Đạt' },
              { value: 'fail', label: 'Không đạt' },
            ]}
          />
        </Form.Item>
        <Form.Item
          name="assessment"
          style={{ marginBottom: 4 }}
          rules={[{ required: true, message: 'Ghi kết luận của Hội đồng' }]}
        >
          <Input aria-label={`Kết luận về ${i.title}`} placeholder="Kết luận của Hội đồng sáng kiến" />
        </Form.Item>
        <Form.Item
          name="assessedOn"
          {...civilDate}
          style={{ marginBottom: 4 }}
          rules={[{ required: true, message: 'Chọn ngày họp' }]}
        >
          <DateInput aria-label={`Ngày đánh giá ${i.title}`} />
        </Form.Item>
        <Button htmlType="submit" loading={act.isPending}>
          Ghi kết quả đánh giá
        </Button>
        {error}
      </Form>
    );
  const done = [
    i.assessment && `${i.assessment}${i.assessedOn ? ` (${formatDate(i.assessedOn)})` : ''}`,
    i.recognisedOn && `Công nhận ngày ${formatDate(i.recognisedOn)}, ${i.recognisedBy}`,
  ].filter(Boolean);
  return (
    <Space direction="vertical" size={4}>
      {done.map((line) => (
        <Typography.Text key={line as string}>{line}</Typography.Text>
      ))}
      {i.status === 'accepted' && role === 'chairman' && (
        <Button type="primary" size="small" loading={act.isPending} onClick={() => act.mutate(undefined)}>
          Công nhận
        </Button>
      )}
      {error}
    </Space>
  );
}

/** A new initiative or topic with its authors, proposed for recognition. */
function ProposeInitiative({
  organisation,
  year,
  people,
}: {
  organisation: string;
  year: number;
  people: Array<{ id: string; fullName: string; position: string | null }>;
}) {
  const { message } = App.useApp();
  const queries = useQueryClient();
  const [form] = Form.useForm<Proposal>();
  const propose = useMutation({
    mutationFn: async (body: Proposal) =>
      (
        await api.POST('/organisations/{code}/initiatives', {
          params: { path: { code: organisation } },
          body,
        })
      ).data!,
    onSuccess: (made) => {
      form.resetFields();
      void queries.invalidateQueries({ queryKey: ['initiatives'] });
      void message.success(`Đã đề nghị công nhận “${made.title}”`);
    },
  });
  return (
    <Card size="small" title="Đề nghị công nhận sáng kiến, đề tài">
      <Form
        form={form}
        layout="vertical"
        initialValues={{ kind: 'initiative', year }}
        onFinish={(v) => propose.mutate(v)}
        style={{ maxWidth: 720 }}
      >
        <Space wrap>
          <Form.Item name="kind" label="Loại">
            <Select
              aria-label="Loại"
              style={{ width: 180 }}
              options={Object.entries(KINDS).map(([value, label]) => ({ value, label }))}
            />
          </Form.Item>
          <Form.Item name="year" label="Năm áp dụng" rules={[{ required: true, message: 'Nhập năm' }]}>
            <InputNumber aria-label="Năm áp dụng" min={1945} max={2100} />
          </Form.Item>
        </Space>
        <Form.Item
          name="title"
          label="Tên sáng kiến, đề tài"
          rules={[{ required: true, message: 'Nhập tên' }]}
        >
          <Input aria-label="Tên sáng kiến, đề tài" />
        </Form.Item>
        <Form.Item
          name="authors"
          label="Tác giả"
          rules={[{ required: true, message: 'Chọn ít nhất một tác giả' }]}
        >
          <Select
            mode="multiple"
            aria-label="Tác giả"
            optionFilterProp="label"
            options={people.map((p) => ({
              value: p.id,
              label: `${p.fullName}${p.position ? ` – ${p.position}` : ''}`,
            }))}
          />
        </Form.Item>
        <Form.Item
          name="summary"
          label="Nội dung, hiệu quả"
          rules={[{ required: true, message: 'Mô tả nội dung, hiệu quả' }]}
        >
          <Input.TextArea aria-label="Nội dung, hiệu quả" rows={3} />
        </Form.Item>
        <Button type="primary" htmlType="submit" loading={propose.isPending}>
          Đề nghị công nhận
        </Button>
      </Form>
      {propose.error && (
        <Alert style={{ marginTop: 12 }} type="error" showIcon role="alert" message={propose.error.message} />
      )}
    </Card>
  );
}
