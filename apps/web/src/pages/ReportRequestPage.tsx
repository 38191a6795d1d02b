import { SendOutlined } from '@ant-design/icons';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import {
  Alert,
  App,
  Button,
  Card,
  Col,
  Descriptions,
  Form,
  Input,
  Result,
  Row,
  Select,
  Space,
  Spin,
  Table,
  Tag,
  Typography,
} from 'antd';
import dayjs from 'dayjs';
import { useState } from 'react';
import { Link, useParams } from 'react-router-dom';
import { api, ApiError } from '../api/client';
import { clearChangedErrors, showProblem } from '../api/problems';
import type { components } from '../api/schema';
import { formatDate, formatNumber, formatPercent } from '../format';
import { civilDate, DateInput, TASK_STATUS_OPTIONS } from '../fields';
import { PATHS } from '../paths';
import { useSession } from '../session';
import { REQUEST_KIND_LABELS } from './plan/ReportRequests';
import { FigureFields, figureField, toIndicatorValues, type FigureValues } from './report/Figures';

type Request = components['schemas']['RequestReply'];
type Submission = components['schemas']['SubmissionDto'];
type UnitTimeliness = Request['timeliness'][number];

export const TIMELINESS_COLORS: Record<UnitTimeliness['status'], string> = {
  on_time: 'green',
  late: 'orange',
  overdue: 'red',
  pending: 'default',
};

/** One report request: who has answered and how timely; a unit asked by it submits its report here. */
export function ReportRequestPage() {
  const { requestId = '' } = useParams();
  const { me } = useSession();
  const request = useQuery({
    queryKey: ['report-request', requestId],
    queryFn: async () =>
      (await api.GET('/report-requests/{id}', { params: { path: { id: requestId } } })).data!,
  });
  if (request.isPending) return <Spin tip="Đang tải yêu cầu báo cáo…" />;
  if (request.error) {
    const status = request.error instanceof ApiError ? request.error.problem.statusCode : 0;
    return (
      <Result
        status={status === 403 ? '403' : status === 404 ? '404' : 'error'}
        title="Không mở được yêu cầu báo cáo"
        subTitle={request.error.message}
        extra={<Link to={PATHS.myReports}>Về báo cáo của tôi</Link>}
      />
    );
  }
  const r = request.data;
  const mine = me?.unitCode ? r.timeliness.find((t) => t.unitCode === me.unitCode) : undefined;
  return (
    <Space direction="vertical" size="large" style={{ width: '100%' }}>
      <div>
        <Typography.Text type="secondary">
          {REQUEST_KIND_LABELS[r.kind] ?? r.kind}
          {r.number ? ` · Văn bản số ${r.number}` : ''}
        </Typography.Text>
        <Typography.Title level={3} style={{ marginTop: 4 }}>
          {r.subject}
        </Typography.Title>
      </div>
      <Descriptions bordered size="small" column={{ xs: 1, md: 3 }}>
        <Descriptions.Item label="Ngày yêu cầu">{formatDate(r.issuedOn)}</Descriptions.Item>
        <Descriptions.Item label="Hạn gửi">
          {formatDate(r.dueOn)}
          {r.requestedAt > r.dueAt && (
            <Tag color="default" style={{ marginLeft: 8 }}>
              Ghi nhận sau hạn, ngày {formatDate(r.requestedAt)}
            </Tag>
          )}
        </Descriptions.Item>
        <Descriptions.Item label="Kỳ báo cáo">
          {r.periodLabel ?? '—'}
          {r.periodFrom && r.periodTo && (
            <Typography.Text type="secondary">
              {' '}
              (số liệu từ {formatDate(r.periodFrom)} đến {formatDate(r.periodTo)})
            </Typography.Text>
          )}
        </Descriptions.Item>
        {r.sender && <Descriptions.Item label="Cơ quan gửi">{r.sender}</Descriptions.Item>}
        {r.asOf && <Descriptions.Item label="Số liệu tính đến">{formatDate(r.asOf)}</Descriptions.Item>}
      </Descriptions>
      {r.answers.length > 0 && (
        <Alert
          type="success"
          showIcon
          message="Văn bản trả lời đã ban hành"
          description={r.answers.map((a) => (
            <div key={a.id}>
              {a.form === 'cong_van' ? 'Công văn' : 'Báo cáo'} số {a.number} ngày {formatDate(a.issuedOn)}:{' '}
              {a.subject}
            </div>
          ))}
        />
      )}
      <Card size="small" title="Tình hình gửi báo cáo của các đơn vị">
        <Table<UnitTimeliness>
          rowKey="unitCode"
          size="small"
          dataSource={r.timeliness}
          pagination={false}
          scroll={{ x: true }}
          columns={[
            { title: 'Đơn vị', dataIndex: 'unitCode' },
            {
              title: 'Tình trạng',
              dataIndex: 'label',
              render: (label: string, t) => <Tag color={TIMELINESS_COLORS[t.status]}>{label}</Tag>,
            },
            {
              title: 'Ngày gửi',
              dataIndex: 'submittedAt',
              render: (at: string | null) => (at ? formatDate(at) : '—'),
            },
            {
              title: 'Số ngày trễ',
              dataIndex: 'daysLate',
              align: 'right',
              render: (n: number) => (n > 0 ? <Tag color="orange">{n}</Tag> : '—'),
            },
          ]}
        />
      </Card>
      <Received requestId={r.id} sectionTitles={new Map(r.sections.map((x) => [x.code, x.title]))} />
      {mine && <SubmitReport request={r} submitted={mine.submittedAt !== null} />}
    </Space>
  );
}

interface ReportForm {
  reportDate: string;
  note?: string;
  sections?: Record<string, string>;
  tasks: Record<string, { status?: string; result?: string; doneOn?: string }>;
  indicators: Record<string, FigureValues>;
}

/** The unit's report: a result for each of its tasks in the plan, its indicator counts, a note. */
function SubmitReport({ request, submitted }: { request: Request; submitted: boolean }) {
  const [form] = Form.useForm<ReportForm>();
  const queries = useQueryClient();
  const { message } = App.useApp();
  const [problem, setProblem] = useState<string>();
  const tasks = useQuery({
    queryKey: ['my-tasks', 'all'],
    queryFn: async () => (await api.GET('/me/tasks', { params: { query: { limit: 500 } } })).data!,
  });
  const plan = useQuery({
    queryKey: ['plan', request.planId],
    queryFn: async () => (await api.GET('/plans/{id}', { params: { path: { id: request.planId } } })).data!,
  });
  const mine = (tasks.data?.items ?? []).filter((t) => t.planId === request.planId && t.role === 'lead');
  const indicators =
    (plan.data?.definition as components['schemas']['PlanDto'] | undefined)?.indicators ?? [];
  const [sent, setSent] = useState<Submission['indicatorValues']>([]);
  const submit = useMutation({
    mutationFn: async (body: Submission) =>
      (await api.POST('/report-requests/{id}/submissions', { params: { path: { id: request.id } }, body }))
        .data!,
    onSuccess: () => {
      void queries.invalidateQueries({ queryKey: ['report-request', request.id] });
      void queries.invalidateQueries({ queryKey: ['my-report-requests'] });
      setProblem(undefined);
      void message.success('Đã gửi báo cáo');
    },
    onError: (error) => setProblem(showProblem(form, error, figureField(sent))),
  });
  const toBody = (values: ReportForm): Submission => ({
    reportDate: values.reportDate,
    note: values.note || undefined,
    taskResults: mine
      .map((t) => ({ taskCode: t.taskCode, ...values.tasks?.[t.taskCode] }))
      .filter((t) => t.result?.trim())
      .map((t) => ({
        taskCode: t.taskCode,
        status: t.status as Submission['taskResults'][number]['status'],
        result: t.result!,
        doneOn: t.status === 'done' ? t.doneOn || undefined : undefined,
      })),
    indicatorValues: toIndicatorValues(indicators, values.indicators),
    sections: Object.fromEntries(Object.entries(values.sections ?? {}).filter(([, text]) => text?.trim())),
  });
  const send = (values: ReportForm) => {
    const body = toBody(values);
    setSent(body.indicatorValues);
    submit.mutate(body);
  };
  if (tasks.isPending || plan.isPending) return <Spin tip="Đang tải nhiệm vụ của đơn vị…" />;
  return (
    <Card size="small" title={submitted ? 'Gửi lại báo cáo của đơn vị' : 'Gửi báo cáo của đơn vị'}>
      {problem && <Alert type="error" showIcon message={problem} role="alert" style={{ marginBottom: 12 }} />}
      <Form<ReportForm>
        form={form}
        onFieldsChange={clearChangedErrors(form)}
        layout="vertical"
        initialValues={{
          reportDate: dayjs().format('YYYY-MM-DD'),
          tasks: Object.fromEntries(mine.map((t) => [t.taskCode, { status: t.status, result: t.result }])),
        }}
        onFinish={send}
      >
        <Form.Item label="Ngày báo cáo" name="reportDate" {...civilDate} style={{ maxWidth: 240 }}>
          <DateInput />
        </Form.Item>
        {mine.map((t) => (
          <Row gutter={8} key={t.taskCode}>
            <Col span={24}>
              <Typography.Text strong>
                {t.taskCode}. {t.title}
              </Typography.Text>
            </Col>
            <Col xs={24} md={6}>
              <Form.Item label="Trạng thái" name={['tasks', t.taskCode, 'status']}>
                <Select options={TASK_STATUS_OPTIONS} aria-label={`Trạng thái nhiệm vụ ${t.taskCode}`} />
              </Form.Item>
            </Col>
            <Col xs={24} md={6}>
              <Form.Item
                label="Ngày hoàn thành"
                name={['tasks', t.taskCode, 'doneOn']}
                tooltip="Ngày nhiệm vụ thực sự hoàn thành; bỏ trống: ngày báo cáo"
                {...civilDate}
              >
                <DateInput aria-label={`Ngày hoàn thành nhiệm vụ ${t.taskCode}`} />
              </Form.Item>
            </Col>
            <Col xs={24} md={12}>
              <Form.Item label="Kết quả thực hiện" name={['tasks', t.taskCode, 'result']}>
                <Input.TextArea autoSize aria-label={`Kết quả nhiệm vụ ${t.taskCode}`} />
              </Form.Item>
            </Col>
          </Row>
        ))}
        {indicators.length > 0 && <Typography.Title level={5}>Số liệu các chỉ tiêu</Typography.Title>}
        {indicators.map((i) => (
          <FigureFields
            key={i.code}
            indicator={i}
            evidence={request.periodKey ? { planId: request.planId, period: request.periodKey } : undefined}
          />
        ))}
        <Typography.Title level={5}>Nội dung báo cáo</Typography.Title>
        {request.sections.map((section) => (
          <Form.Item key={section.code} label={section.title} name={['sections', section.code]}>
            <Input.TextArea autoSize={{ minRows: 2 }} aria-label={section.title} />
          </Form.Item>
        ))}
        <Form.Item label="Ghi chú" name="note">
          <Input.TextArea autoSize={{ minRows: 2 }} />
        </Form.Item>
        <Button type="primary" htmlType="submit" icon={<SendOutlined />} loading={submit.isPending}>
          Gửi báo cáo
        </Button>
      </Form>
    </Card>
  );
}

type Received = components['schemas']['ReportSubmissionView'];

/** What the units sent: each report's task results, indicator figures and note (a unit sees its own). */
function Received({ requestId, sectionTitles }: { requestId: string; sectionTitles: Map<string, string> }) {
  const received = useQuery({
    queryKey: ['submissions', requestId],
    queryFn: async () =>
      (await api.GET('/report-requests/{id}/submissions', { params: { path: { id: requestId } } })).data!,
  });
  if (received.error) return <Alert type="error" showIcon message={received.error.message} role="alert" />;
  return (
    <Card size="small" title="Báo cáo đã nhận">
      <Table<Received>
        rowKey="id"
        size="small"
        loading={received.isPending}
        dataSource={received.data}
        pagination={false}
        scroll={{ x: true }}
        locale={{ emptyText: 'Chưa đơn vị nào gửi báo cáo' }}
        expandable={{
          expandedRowRender: (s) => (
            <Space direction="vertical">
              {s.taskResults.map((t) => (
                <Typography.Text key={t.taskId}>
                  <strong>{t.taskCode}</strong>: {t.result}
                </Typography.Text>
              ))}
              {s.indicatorValues.map((v) => (
                <Typography.Text key={v.indicatorCode}>
                  <strong>{v.indicatorCode}</strong>: {figureText(v)}{' '}
                  {v.met !== null && <Tag color={v.met ? 'green' : 'red'}>{v.met ? 'Đạt' : 'Chưa đạt'}</Tag>}
                </Typography.Text>
              ))}
              {Object.entries(s.sections).map(([code, text]) => (
                <Typography.Paragraph key={code} style={{ marginBottom: 4 }}>
                  <strong>{sectionTitles.get(code) ?? code}:</strong> {text}
                </Typography.Paragraph>
              ))}
              {s.note && <Typography.Text type="secondary">Ghi chú: {s.note}</Typography.Text>}
            </Space>
          ),
        }}
        columns={[
          { title: 'Đơn vị', dataIndex: 'unitCode' },
          { title: 'Ngày báo cáo', dataIndex: 'reportDate', render: (d: string) => formatDate(d) },
          { title: 'Gửi lúc', dataIndex: 'submittedAt', render: (d: string) => formatDate(d) },
          {
            title: 'Đúng hạn',
            dataIndex: 'daysLate',
            render: (n: number) =>
              n > 0 ? <Tag color="orange">Trễ {n} ngày</Tag> : <Tag color="green">Đúng hạn</Tag>,
          },
          { title: 'Nhiệm vụ', key: 'tasks', align: 'right', render: (_, s) => s.taskResults.length },
        ]}
      />
    </Card>
  );
}

/** A figure as received, briefly: the API writes the full text in the consolidated report. */
function figureText(v: Received['indicatorValues'][number]): string {
  if (v.percent !== undefined && v.numerator !== undefined)
    return `${formatNumber(v.numerator)}/${formatNumber(v.denominator ?? 0)} = ${formatPercent(v.percent)}`;
  if (v.value !== undefined) return formatNumber(v.value);
  if (v.yes !== undefined) return v.yes ? 'Có' : 'Không';
  if (v.total !== undefined) return `Tổng số ${formatNumber(v.total)}`;
  return '';
}
