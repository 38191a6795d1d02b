import { CheckCircleOutlined, MessageOutlined, SendOutlined, TrophyOutlined } from '@ant-design/icons';
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
  Popconfirm,
  Radio,
  Result,
  Select,
  Space,
  Spin,
  Table,
  Tag,
  Typography,
} from 'antd';
import { useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router-dom';
import { api, ApiError } from '../api/client';
import { useVocabulary } from '../api/vocabulary';
import { clearChangedErrors, showProblem } from '../api/problems';
import type { components } from '../api/schema';
import { formatDate, formatNumber } from '../format';
import { PATHS } from '../paths';
import { useSession } from '../session';

type Review = components['schemas']['ReviewReply'];
type Score = Review['scores'][number];
type Nomination = components['schemas']['NominationReply'];

/** A review (sơ kết, tổng kết, annual): units scored with the figures behind, remarks, closing, nominations. */
export function ReviewPage() {
  const { reviewId = '' } = useParams();
  const { me } = useSession();
  const review = useQuery({
    queryKey: ['review', reviewId],
    queryFn: async () => (await api.GET('/reviews/{id}', { params: { path: { id: reviewId } } })).data!,
  });
  if (review.isPending) return <Spin tip="Đang chấm điểm các đơn vị…" />;
  if (review.error) {
    const status = review.error instanceof ApiError ? review.error.problem.statusCode : 0;
    return (
      <Result
        status={status === 404 ? '404' : 'error'}
        title="Không mở được đợt đánh giá"
        subTitle={review.error.message}
      />
    );
  }
  const r = review.data;
  const standing = me?.role === 'standing' || me?.role === 'admin';
  return (
    <Space direction="vertical" size="large" style={{ width: '100%' }}>
      <div>
        <Link to={PATHS.plan(r.planId)}>← Về kế hoạch</Link>
        <Typography.Title level={3} style={{ marginTop: 4 }}>
          {r.title}
        </Typography.Title>
      </div>
      <Descriptions bordered size="small" column={{ xs: 1, md: 3 }}>
        <Descriptions.Item label="Thời kỳ">
          {formatDate(r.periodFrom)} – {formatDate(r.periodTo)}
        </Descriptions.Item>
        <Descriptions.Item label="Trạng thái">
          {r.status === 'open' ? (
            <Tag color="processing">Đang đánh giá</Tag>
          ) : (
            <Tag color="green">Đã chốt</Tag>
          )}
        </Descriptions.Item>
        <Descriptions.Item label="Điểm">
          {r.live ? 'Tính theo số liệu hiện tại' : `Chốt ngày ${formatDate(r.closedAt)}`}
        </Descriptions.Item>
      </Descriptions>
      <Scores scores={r.scores} />
      <Remarks review={r} mayWrite={standing && r.status === 'open'} />
      {standing && r.status === 'open' && <Close reviewId={r.id} />}
      {r.status === 'closed' && <Nominations reviewId={r.id} />}
      {r.status === 'closed' &&
        me?.role !== 'council' &&
        me?.role !== 'chairman' &&
        me?.role !== 'auditor' && <Propose review={r} />}
    </Space>
  );
}

function Scores({ scores }: { scores: Score[] }) {
  return (
    <Card size="small" title="Kết quả chấm điểm các đơn vị">
      <Table<Score>
        rowKey="unitCode"
        size="small"
        dataSource={scores}
        pagination={false}
        scroll={{ x: true }}
        expandable={{
          expandedRowRender: (s) => (
            <ul style={{ margin: 0 }}>
              {s.reasons.map((reason) => (
                <li key={reason}>{reason}</li>
              ))}
            </ul>
          ),
          rowExpandable: (s) => s.reasons.length > 0,
        }}
        columns={[
          { title: 'Hạng', dataIndex: 'rank', width: 70, align: 'right' },
          { title: 'Đơn vị', dataIndex: 'unitName' },
          {
            title: 'Điểm',
            dataIndex: 'score',
            width: 90,
            align: 'right',
            render: (n: number) => <strong>{formatNumber(n)}</strong>,
          },
          {
            title: 'Nhiệm vụ (xong / chủ trì; đúng hạn)',
            key: 'tasks',
            render: (_, s) => `${s.tasks.done}/${s.tasks.lead}; ${s.tasks.onTime}`,
          },
          {
            title: 'Báo cáo (đúng hạn / đến hạn)',
            key: 'reports',
            render: (_, s) => (
              <Space size={4} wrap>
                {`${s.reports.onTime}/${s.reports.due}`}
                {s.reports.late > 0 && <Tag color="orange">trễ {s.reports.late}</Tag>}
                {s.reports.missing > 0 && <Tag color="red">thiếu {s.reports.missing}</Tag>}
              </Space>
            ),
          },
          {
            title: 'Chỉ tiêu',
            key: 'indicators',
            render: (_, s) =>
              s.indicators.length === 0
                ? '—'
                : s.indicators.map((i) => (
                    <Tag key={i.code} color={i.met ? 'green' : 'red'}>
                      {i.code}: {i.value ?? 'chưa có'} ({i.target})
                    </Tag>
                  )),
          },
          { title: 'Sáng kiến', dataIndex: 'initiatives', width: 90, align: 'right' },
        ]}
      />
    </Card>
  );
}

function Remarks({ review, mayWrite }: { review: Review; mayWrite: boolean }) {
  const [form] = Form.useForm<{ text: string }>();
  const queries = useQueryClient();
  const [problem, setProblem] = useState<string>();
  const remark = useMutation({
    mutationFn: async (body: { text: string }) =>
      (await api.POST('/reviews/{id}/remarks', { params: { path: { id: review.id } }, body })).data!,
    onSuccess: (updated) => {
      queries.setQueryData(['review', review.id], updated);
      form.resetFields();
      setProblem(undefined);
    },
    onError: (error) => setProblem(showProblem(form, error)),
  });
  return (
    <Card size="small" title="Nhận xét của cơ quan thường trực">
      <List
        dataSource={review.remarks}
        locale={{ emptyText: 'Chưa có nhận xét' }}
        renderItem={(m) => (
          <List.Item>
            <List.Item.Meta title={m.text} description={`${m.by} · ${formatDate(m.at)}`} />
          </List.Item>
        )}
      />
      {mayWrite && (
        <Form
          form={form}
          onFieldsChange={clearChangedErrors(form)}
          layout="vertical"
          onFinish={(body) => remark.mutate(body)}
        >
          {problem && (
            <Alert type="error" showIcon message={problem} role="alert" style={{ marginBottom: 12 }} />
          )}
          <Form.Item label="Nhận xét" name="text">
            <Input.TextArea autoSize={{ minRows: 2 }} />
          </Form.Item>
          <Button htmlType="submit" icon={<MessageOutlined />} loading={remark.isPending}>
            Thêm nhận xét
          </Button>
        </Form>
      )}
    </Card>
  );
}

function Close({ reviewId }: { reviewId: string }) {
  const queries = useQueryClient();
  const { message } = App.useApp();
  const close = useMutation({
    mutationFn: async () =>
      (await api.POST('/reviews/{id}/close', { params: { path: { id: reviewId } } })).data!,
    onSuccess: (updated) => {
      queries.setQueryData(['review', reviewId], updated);
      void message.success('Đã chốt kết quả đánh giá');
    },
  });
  return (
    <Card size="small" title="Chốt kết quả">
      {close.error && <Alert type="error" showIcon message={close.error.message} role="alert" />}
      <Popconfirm
        title="Chốt kết quả đánh giá?"
        description="Sau khi chốt, điểm của các đơn vị không thay đổi nữa và có thể đề nghị khen thưởng."
        okText="Chốt"
        cancelText="Hủy"
        onConfirm={() => close.mutate()}
      >
        <Button type="primary" icon={<CheckCircleOutlined />} loading={close.isPending}>
          Chốt kết quả đánh giá
        </Button>
      </Popconfirm>
    </Card>
  );
}

/** The review's nominations; the council's chair places those of a form with a quota. */
function Nominations({ reviewId }: { reviewId: string }) {
  const { me } = useSession();
  const queries = useQueryClient();
  const { message } = App.useApp();
  const [form, setForm] = useState<string>();
  const nominations = useQuery({
    queryKey: ['nominations', { reviewId }],
    queryFn: async () =>
      (await api.GET('/nominations', { params: { query: { reviewId, limit: 500 } } })).data!,
  });
  const allocate = useMutation({
    mutationFn: async (rewardForm: string) =>
      (
        await api.POST('/reviews/{id}/council-results', {
          params: { path: { id: reviewId } },
          body: { form: rewardForm as components['schemas']['CouncilResultDto']['form'] },
        })
      ).data!,
    onSuccess: (placed) => {
      void queries.invalidateQueries({ queryKey: ['nominations'] });
      void message.success(`Đã chốt kết quả theo chỉ tiêu cho ${formatNumber(placed.length)} hồ sơ`);
    },
  });
  const items = nominations.data?.items ?? [];
  const forms = [...new Map(items.map((n) => [n.form, n.formLabel])).entries()];
  const chair =
    items.some((n) => n.chair === me?.username) || me?.role === 'standing' || me?.role === 'admin';
  return (
    <Card size="small" title="Hồ sơ đề nghị khen thưởng của đợt này">
      {nominations.error && <Alert type="error" showIcon message={nominations.error.message} role="alert" />}
      <Table<Nomination>
        rowKey="id"
        size="small"
        loading={nominations.isPending}
        dataSource={items}
        pagination={{ pageSize: 20, hideOnSinglePage: true }}
        scroll={{ x: true }}
        locale={{ emptyText: 'Chưa có hồ sơ đề nghị nào' }}
        columns={[
          {
            title: 'Đối tượng',
            dataIndex: 'subjectName',
            render: (name: string, n) => <Link to={PATHS.nomination(n.id)}>{name}</Link>,
          },
          { title: 'Hình thức', dataIndex: 'formLabel' },
          { title: 'Điểm', dataIndex: 'score', width: 80, align: 'right' },
          { title: 'Trạng thái', dataIndex: 'statusLabel', render: (s: string) => <Tag>{s}</Tag> },
        ]}
      />
      {chair && forms.length > 0 && (
        <Space wrap style={{ marginTop: 12 }}>
          {allocate.error && <Alert type="error" showIcon message={allocate.error.message} role="alert" />}
          <Select
            aria-label="Hình thức khen thưởng có chỉ tiêu"
            placeholder="Chọn hình thức khen thưởng"
            style={{ minWidth: 280 }}
            value={form}
            onChange={setForm}
            options={forms.map(([value, label]) => ({ value, label }))}
          />
          <Popconfirm
            title="Chốt kết quả theo chỉ tiêu?"
            description="Xếp hồ sơ theo số phiếu đồng ý trong chỉ tiêu; phiếu của Chủ tịch Hội đồng quyết định khi bằng phiếu."
            okText="Chốt"
            cancelText="Hủy"
            disabled={!form}
            onConfirm={() => form && allocate.mutate(form)}
          >
            <Button icon={<TrophyOutlined />} disabled={!form} loading={allocate.isPending}>
              Chốt kết quả theo chỉ tiêu
            </Button>
          </Popconfirm>
        </Space>
      )}
    </Card>
  );
}

type Proposal = components['schemas']['NominationDto'];

/** A unit (for itself or its people), the standing agency or the owner proposes a reward in a closed review. */
function Propose({ review }: { review: Review }) {
  const { me } = useSession();
  const navigate = useNavigate();
  const [form] = Form.useForm<Proposal>();
  const [problem, setProblem] = useState<string>();
  const vocabulary = useVocabulary();
  const kind = Form.useWatch(['subject', 'kind'], form);
  const propose = useMutation({
    mutationFn: async (body: Proposal) =>
      (await api.POST('/reviews/{id}/nominations', { params: { path: { id: review.id } }, body })).data!,
    onSuccess: (nomination) => navigate(PATHS.nomination(nomination.id)),
    onError: (error) => setProblem(showProblem(form, error)),
  });
  const units = review.scores.map((s) => ({ value: s.unitCode, label: s.unitName }));
  return (
    <Card size="small" title="Đề nghị khen thưởng">
      {problem && <Alert type="error" showIcon message={problem} role="alert" style={{ marginBottom: 12 }} />}
      <Form<Proposal>
        form={form}
        layout="vertical"
        onFieldsChange={clearChangedErrors(form)}
        initialValues={{
          subject: { kind: 'collective', unitCode: me?.role === 'unit' ? me.unitCode : undefined },
        }}
        onFinish={(body) => propose.mutate(body)}
      >
        <Form.Item label="Đối tượng" name={['subject', 'kind']}>
          <Radio.Group
            options={[
              { value: 'collective', label: 'Tập thể' },
              { value: 'individual', label: 'Cá nhân' },
            ]}
          />
        </Form.Item>
        <Form.Item label="Đơn vị" name={['subject', 'unitCode']}>
          <Select options={units} disabled={me?.role === 'unit'} showSearch optionFilterProp="label" />
        </Form.Item>
        {kind === 'individual' && (
          <>
            <Form.Item label="Họ và tên" name={['subject', 'name']}>
              <Input />
            </Form.Item>
            <Form.Item label="Chức vụ" name={['subject', 'position']}>
              <Input />
            </Form.Item>
          </>
        )}
        <Form.Item label="Hình thức khen thưởng" name="form">
          <Select options={vocabulary.data?.rewardForms} />
        </Form.Item>
        <Form.Item label="Thành tích" name="achievement">
          <Input.TextArea autoSize={{ minRows: 2 }} />
        </Form.Item>
        <Button type="primary" htmlType="submit" icon={<SendOutlined />} loading={propose.isPending}>
          Lập hồ sơ đề nghị
        </Button>
      </Form>
    </Card>
  );
}
