import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import {
  Alert,
  App,
  Button,
  Card,
  Empty,
  Form,
  InputNumber,
  Select,
  Space,
  Table,
  Tag,
  Typography,
} from 'antd';
import { Link, useNavigate } from 'react-router-dom';
import { api } from '../../api/client';
import { PATHS } from '../../paths';
import { useSession } from '../../session';
import { useAllUnits } from '../units/queries';
import { CONSIDERATION_STATUS } from './labels';

/**
 * The yearly considerations (bình xét thi đua cuối năm) of the caller's organisation: one per
 * year, and one per company that awards its own staff. The standing agency opens the year.
 */
export function ConsiderationsPage() {
  const { me } = useSession();
  const organisation = me?.organisationCode;
  const list = useQuery({
    queryKey: ['considerations', organisation],
    enabled: !!organisation,
    queryFn: async () =>
      (await api.GET('/organisations/{code}/considerations', { params: { path: { code: organisation! } } }))
        .data!,
  });
  if (!organisation) return <Empty description="Tài khoản không thuộc cơ quan nào" />;
  return (
    <Space direction="vertical" size="large" style={{ width: '100%' }}>
      <Typography.Title level={3} style={{ margin: 0 }}>
        Bình xét thi đua cuối năm
      </Typography.Title>
      {(me?.role === 'standing' || me?.role === 'admin') && <OpenConsideration organisation={organisation} />}
      {list.error && <Alert type="error" showIcon role="alert" message={list.error.message} />}
      <Table
        rowKey="id"
        loading={list.isPending}
        aria-label="Các đợt bình xét"
        dataSource={list.data ?? []}
        pagination={false}
        locale={{ emptyText: 'Chưa mở đợt bình xét nào' }}
        columns={[
          { title: 'Năm', dataIndex: 'year', width: 90 },
          {
            title: 'Cơ quan, đơn vị xét tặng',
            key: 'body',
            render: (_, c) => <Link to={PATHS.consideration(c.id)}>{c.bodyName}</Link>,
          },
          {
            title: 'Trạng thái',
            dataIndex: 'status',
            render: (s: keyof typeof CONSIDERATION_STATUS) => <Tag>{CONSIDERATION_STATUS[s]}</Tag>,
          },
        ]}
      />
    </Space>
  );
}

/** Opens a year's consideration: of the organisation, or of a company for its own staff. */
function OpenConsideration({ organisation }: { organisation: string }) {
  const { message } = App.useApp();
  const navigate = useNavigate();
  const queries = useQueryClient();
  const [form] = Form.useForm<{ year: number; unitCode?: string }>();
  const units = useAllUnits();
  // Companies in the organisation's area award their own staff's titles.
  const companies = (units.data ?? []).filter(
    (u) => u.kind === 'doanh_nghiep' && u.parentCode === organisation,
  );
  const open = useMutation({
    mutationFn: async (values: { year: number; unitCode?: string }) =>
      (
        await api.POST('/organisations/{code}/considerations', {
          params: { path: { code: organisation } },
          body: values.unitCode ? values : { year: values.year },
        })
      ).data!,
    onSuccess: (opened) => {
      void queries.invalidateQueries({ queryKey: ['considerations'] });
      void message.success(`Đã mở đợt bình xét năm ${opened.year}`);
      navigate(PATHS.consideration(opened.id));
    },
  });
  return (
    <Card size="small" title="Mở đợt bình xét">
      <Form
        form={form}
        layout="inline"
        initialValues={{ year: new Date().getFullYear() }}
        onFinish={(values) => open.mutate(values)}
      >
        <Form.Item name="year" label="Năm" rules={[{ required: true, message: 'Nhập năm bình xét' }]}>
          <InputNumber min={2000} max={new Date().getFullYear()} aria-label="Năm" />
        </Form.Item>
        <Form.Item name="unitCode" label="Doanh nghiệp tự xét tặng">
          <Select
            allowClear
            aria-label="Doanh nghiệp tự xét tặng"
            placeholder="(Cả cơ quan)"
            style={{ minWidth: 260 }}
            options={companies.map((u) => ({ value: u.id, label: u.name }))}
          />
        </Form.Item>
        <Button type="primary" htmlType="submit" loading={open.isPending}>
          Mở đợt bình xét
        </Button>
      </Form>
      {open.error && (
        <Alert style={{ marginTop: 12 }} type="error" showIcon role="alert" message={open.error.message} />
      )}
    </Card>
  );
}
