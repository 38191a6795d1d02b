import { PlusOutlined } from '@ant-design/icons';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, App, Button, Card, Form, Input, Modal, Radio, Select, Table, Tag } from 'antd';
import dayjs from 'dayjs';
import { useState } from 'react';
import { Link } from 'react-router-dom';
import { api } from '../../api/client';
import { clearChangedErrors, showProblem } from '../../api/problems';
import type { components } from '../../api/schema';
import { formatDate } from '../../format';
import { civilDate, DateInput } from '../../fields';
import { PATHS } from '../../paths';
import { useSession } from '../../session';

type Request = components['schemas']['ReportRequestView'];
type RequestDto = components['schemas']['ReportRequestDto'];

export const REQUEST_KIND_LABELS: Record<string, string> = {
  monthly: 'Định kỳ tháng',
  quarterly: 'Định kỳ quý',
  half_year: 'Định kỳ 6 tháng',
  nine_months: 'Định kỳ 9 tháng',
  annual: 'Định kỳ năm',
  adhoc: 'Đột xuất',
};

/** The period keys people pick from (the API also takes a custom range YYYY-MM-DD..YYYY-MM-DD). */
function periodChoices(): Array<{ value: string; label: string }> {
  const year = dayjs().year();
  return [year, year - 1].flatMap((y) => [
    { value: `${y}`, label: `Năm ${y}` },
    { value: `${y}-9M`, label: `9 tháng năm ${y}` },
    { value: `${y}-H2`, label: `6 tháng cuối năm ${y}` },
    { value: `${y}-H1`, label: `6 tháng đầu năm ${y}` },
    ...[4, 3, 2, 1].map((q) => ({
      value: `${y}-Q${q}`,
      label: `Quý ${['I', 'II', 'III', 'IV'][q - 1]} năm ${y}`,
    })),
    ...Array.from({ length: 12 }, (_, m) => ({
      value: `${y}-${String(12 - m).padStart(2, '0')}`,
      label: `Tháng ${12 - m} năm ${y}`,
    })),
  ]);
}

/** A plan's report requests, periodic and ad hoc; the owner and standing agency issue new ones. */
export function ReportRequests({ planId }: { planId: string }) {
  const { me } = useSession();
  const [creating, setCreating] = useState(false);
  // The units taking part: the dashboard's (same query, shared cache).
  const overview = useQuery({
    queryKey: ['plan-overview', planId],
    queryFn: async () => (await api.GET('/plans/{id}/overview', { params: { path: { id: planId } } })).data!,
    enabled: creating,
  });
  const units = overview.data?.units.map((u) => u.unitCode) ?? [];
  const requests = useQuery({
    queryKey: ['report-requests', planId],
    queryFn: async () =>
      (
        await api.GET('/plans/{id}/report-requests', {
          params: { path: { id: planId }, query: { limit: 200 } },
        })
      ).data!,
  });
  const mayIssue = me?.role === 'owner' || me?.role === 'standing' || me?.role === 'admin';
  return (
    <Card
      size="small"
      title="Yêu cầu báo cáo"
      extra={
        mayIssue && (
          <Button icon={<PlusOutlined />} onClick={() => setCreating(true)}>
            Tạo yêu cầu báo cáo
          </Button>
        )
      }
    >
      {requests.error && <Alert type="error" showIcon message={requests.error.message} role="alert" />}
      <Table<Request>
        rowKey="id"
        size="small"
        loading={requests.isPending}
        dataSource={requests.data?.items}
        pagination={{ pageSize: 20, hideOnSinglePage: true }}
        scroll={{ x: true }}
        locale={{ emptyText: 'Chưa có yêu cầu báo cáo nào' }}
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
          { title: 'Hạn gửi', dataIndex: 'dueOn', width: 110, render: (d: string) => formatDate(d) },
          {
            title: 'Số đơn vị',
            dataIndex: 'units',
            width: 100,
            align: 'right',
            render: (u: string[]) => u.length,
          },
          {
            title: 'Quá hạn chưa gửi',
            dataIndex: 'overdueUnits',
            width: 160,
            render: (u: string[] | null) =>
              u === null ? (
                '—'
              ) : u.length === 0 ? (
                <Tag color="green">Đủ</Tag>
              ) : (
                <Tag color="red">{u.join(', ')}</Tag>
              ),
          },
        ]}
      />
      {creating && overview.data && (
        <NewRequest planId={planId} units={units} onClose={() => setCreating(false)} />
      )}
    </Card>
  );
}

function NewRequest({ planId, units, onClose }: { planId: string; units: string[]; onClose: () => void }) {
  const [form] = Form.useForm<RequestDto>();
  const queries = useQueryClient();
  const { message } = App.useApp();
  const [problem, setProblem] = useState<string>();
  const issue = useMutation({
    mutationFn: async (body: RequestDto) =>
      (await api.POST('/plans/{id}/report-requests', { params: { path: { id: planId } }, body })).data!,
    onSuccess: () => {
      void queries.invalidateQueries({ queryKey: ['report-requests', planId] });
      void message.success('Đã gửi yêu cầu báo cáo tới các đơn vị');
      onClose();
    },
    onError: (error) => setProblem(showProblem(form, error)),
  });
  return (
    <Modal
      open
      title="Tạo yêu cầu báo cáo"
      okText="Gửi yêu cầu"
      cancelText="Hủy"
      confirmLoading={issue.isPending}
      onOk={() => form.submit()}
      onCancel={onClose}
    >
      {problem && <Alert type="error" showIcon message={problem} role="alert" style={{ marginBottom: 12 }} />}
      <Form<RequestDto>
        form={form}
        onFieldsChange={clearChangedErrors(form)}
        layout="vertical"
        initialValues={{ issuedOn: dayjs().format('YYYY-MM-DD'), units }}
        onFinish={(body) => issue.mutate({ ...body, sender: body.sender || undefined })}
      >
        <Form.Item label="Số văn bản" name="number">
          <Input placeholder="669/UBND-VHXH" />
        </Form.Item>
        <Form.Item label="Ngày văn bản" name="issuedOn" {...civilDate}>
          <DateInput />
        </Form.Item>
        <Form.Item
          label="Cơ quan gửi"
          name="sender"
          tooltip="Khi yêu cầu đến từ cấp trên; bỏ trống: cơ quan ban hành kế hoạch"
        >
          <Input placeholder="Ủy ban nhân dân thành phố Hải Phòng" />
        </Form.Item>
        <Form.Item label="Nội dung yêu cầu" name="subject">
          <Input.TextArea autoSize={{ minRows: 2 }} />
        </Form.Item>
        <Form.Item
          label="Kỳ báo cáo"
          name="period"
          tooltip="Số liệu được ghi cho kỳ này; bỏ trống: từ ngày bắt đầu kế hoạch đến ngày văn bản"
        >
          <Select allowClear showSearch optionFilterProp="label" options={periodChoices()} />
        </Form.Item>
        <Form.Item label="Kỳ tính theo" name="periodRegime">
          <Radio.Group
            options={[
              { value: 'cutoff', label: 'Chế độ báo cáo (15 – 14)' },
              { value: 'calendar', label: 'Tháng dương lịch' },
            ]}
          />
        </Form.Item>
        <Form.Item label="Số liệu tính đến ngày" name="asOf" {...civilDate}>
          <DateInput />
        </Form.Item>
        <Form.Item label="Hạn gửi báo cáo (hết ngày)" name="dueDate" {...civilDate}>
          <DateInput />
        </Form.Item>
        <Form.Item label="Đơn vị phải báo cáo" name="units">
          <Select mode="multiple" options={units.map((u) => ({ value: u, label: u }))} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
