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
  InputNumber,
  Row,
  Space,
  Spin,
  Table,
  Tag,
  Typography,
} from 'antd';
import { useState } from 'react';
import { clearChangedErrors, showProblem } from '../api/problems';
import { civilDate, DateInput } from '../fields';
import { useSession } from '../session';
import { api } from '../api/client';
import type { components } from '../api/schema';
import { formatDate, formatNumber } from '../format';

type RuleSet = components['schemas']['RuleSetReply'];
type Published = components['schemas']['RuleSetView'];

/** For admins: the reward rules in force (the national default) and every published version. */
export function RuleSetsPage() {
  const rules = useQuery({
    queryKey: ['rule-sets'],
    queryFn: async () => (await api.GET('/rule-sets')).data!,
  });
  if (rules.isPending) return <Spin tip="Đang tải bộ quy tắc…" />;
  if (rules.error) return <Alert type="error" showIcon message={rules.error.message} role="alert" />;
  const { default: national, published } = rules.data;
  return (
    <Space direction="vertical" size="large" style={{ width: '100%' }}>
      <Typography.Title level={3} style={{ margin: 0 }}>
        Bộ quy tắc khen thưởng
      </Typography.Title>
      <RuleSetCard title="Mặc định toàn quốc (áp dụng khi chưa có quy định riêng)" rules={national} />
      <Card size="small" title="Các phiên bản đã ban hành">
        <Table<Published>
          rowKey="id"
          size="small"
          dataSource={published}
          pagination={false}
          scroll={{ x: true }}
          locale={{ emptyText: 'Chưa có phiên bản riêng nào: mọi kế hoạch theo quy tắc mặc định' }}
          columns={[
            { title: 'Phạm vi', dataIndex: 'jurisdiction', render: (j: string) => <Tag>{j}</Tag> },
            { title: 'Tên', key: 'name', render: (_, r) => String((r.data as { name?: string }).name ?? '') },
            { title: 'Hiệu lực từ', dataIndex: 'effectiveFrom', render: (d: string) => formatDate(d) },
            { title: 'Ban hành lúc', dataIndex: 'publishedAt', render: (d: string) => formatDate(d) },
            {
              title: 'Nội dung thay đổi',
              key: 'changes',
              render: (_, r) =>
                Object.keys(r.data)
                  .filter((k) => !['jurisdiction', 'effectiveFrom', 'name', 'source'].includes(k))
                  .map((k) => <Tag key={k}>{RULE_PARTS[k] ?? k}</Tag>),
            },
          ]}
        />
      </Card>
      <Publish />
    </Space>
  );
}

type RuleSetDto = components['schemas']['RuleSetDto'];

/** A new version for a jurisdiction from a date: only the values given override the default. */
function Publish() {
  const { me } = useSession();
  const [form] = Form.useForm<RuleSetDto>();
  const [problem, setProblem] = useState<string>();
  const queries = useQueryClient();
  const { message } = App.useApp();
  const publish = useMutation({
    mutationFn: async (body: RuleSetDto) => (await api.POST('/rule-sets', { body })).data!,
    onSuccess: (published) => {
      void queries.invalidateQueries({ queryKey: ['rule-sets'] });
      void message.success(`Đã ban hành phiên bản ${published.id}`);
      form.resetFields();
      setProblem(undefined);
    },
    onError: (error) => setProblem(showProblem(form, error)),
  });
  if (me?.role !== 'admin') return null;
  return (
    <Card size="small" title="Ban hành phiên bản mới (chỉ ghi các giá trị khác mặc định)">
      {problem && <Alert type="error" showIcon message={problem} role="alert" style={{ marginBottom: 12 }} />}
      <Form<RuleSetDto>
        form={form}
        layout="vertical"
        onFieldsChange={clearChangedErrors(form)}
        onFinish={(body) => publish.mutate(withoutBlanks(body))}
      >
        <Row gutter={16}>
          <Col xs={24} md={8}>
            <Form.Item label="Phạm vi áp dụng (mã)" name="jurisdiction">
              <Input placeholder="VN-HP" />
            </Form.Item>
          </Col>
          <Col xs={24} md={8}>
            <Form.Item label="Hiệu lực từ ngày" name="effectiveFrom" {...civilDate}>
              <DateInput />
            </Form.Item>
          </Col>
          <Col xs={24} md={8}>
            <Form.Item label="Tên quy chế" name="name">
              <Input />
            </Form.Item>
          </Col>
          <Col xs={24}>
            <Form.Item label="Căn cứ" name="source">
              <Input />
            </Form.Item>
          </Col>
          <Col xs={12} md={6}>
            <Form.Item label="Có mặt tối thiểu (%)" name={['council', 'presentPercent']}>
              <InputNumber min={0} max={100} decimalSeparator="," style={{ width: '100%' }} />
            </Form.Item>
          </Col>
          <Col xs={12} md={6}>
            <Form.Item label="Tham gia biểu quyết (%)" name={['council', 'participationPercent']}>
              <InputNumber min={0} max={100} decimalSeparator="," style={{ width: '100%' }} />
            </Form.Item>
          </Col>
          <Col xs={12} md={6}>
            <Form.Item label="Công khai (ngày làm việc)" name="postingWorkingDays">
              <InputNumber min={0} style={{ width: '100%' }} />
            </Form.Item>
          </Col>
          <Col xs={12} md={6}>
            <Form.Item label="Thẩm định (ngày làm việc)" name={['appraisal', 'appraisalWorkingDays']}>
              <InputNumber min={0} style={{ width: '100%' }} />
            </Form.Item>
          </Col>
        </Row>
        <Button type="primary" htmlType="submit" loading={publish.isPending}>
          Ban hành
        </Button>
      </Form>
    </Card>
  );
}

/** Drops the parts left empty, so they keep the default's values. */
function withoutBlanks(body: RuleSetDto): RuleSetDto {
  const present = (o: object | undefined) =>
    o && Object.values(o).some((v) => v !== undefined && v !== null) ? o : undefined;
  return {
    ...body,
    source: body.source || undefined,
    council: present(body.council),
    appraisal: present(body.appraisal),
    postingWorkingDays: body.postingWorkingDays ?? undefined,
  };
}

const RULE_PARTS: Record<string, string> = {
  council: 'Hội đồng',
  quotas: 'Tỷ lệ khen',
  appraisal: 'Thẩm định',
  postingWorkingDays: 'Công khai',
  authority: 'Thẩm quyền',
  dossier: 'Hồ sơ',
  scoring: 'Chấm điểm',
};

function RuleSetCard({ title, rules }: { title: string; rules: RuleSet }) {
  return (
    <Card size="small" title={title}>
      <Descriptions bordered size="small" column={{ xs: 1, md: 2 }}>
        <Descriptions.Item label="Tên">{rules.name}</Descriptions.Item>
        <Descriptions.Item label="Hiệu lực từ">{formatDate(rules.effectiveFrom)}</Descriptions.Item>
        <Descriptions.Item label="Căn cứ" span={2}>
          {rules.source}
        </Descriptions.Item>
        <Descriptions.Item label="Họp Hội đồng hợp lệ khi có mặt">
          {formatNumber(rules.council.presentPercent)} % thành viên
        </Descriptions.Item>
        <Descriptions.Item label="Biểu quyết hợp lệ khi tham gia">
          {formatNumber(rules.council.participationPercent)} % thành viên
        </Descriptions.Item>
        <Descriptions.Item label="Thời gian công khai">
          {formatNumber(rules.postingWorkingDays)} ngày làm việc
        </Descriptions.Item>
        <Descriptions.Item label="Trọng số chấm điểm">
          Nhiệm vụ {rules.scoring.tasks} · Báo cáo {rules.scoring.reports} · Chỉ tiêu{' '}
          {rules.scoring.indicators} · Sáng kiến +{rules.scoring.initiativeBonus} (tối đa{' '}
          {rules.scoring.initiativeBonusMax})
        </Descriptions.Item>
      </Descriptions>
    </Card>
  );
}
