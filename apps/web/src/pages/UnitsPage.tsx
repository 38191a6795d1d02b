import { PlusOutlined } from '@ant-design/icons';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, App, Button, Form, Input, List, Modal, Select, Space, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { api } from '../api/client';
import { useVocabulary } from '../api/vocabulary';
import { clearChangedErrors, showProblem } from '../api/problems';
import type { components } from '../api/schema';
import { formatDate } from '../format';
import { useSession } from '../session';

type Unit = components['schemas']['UnitReply'];
type UnitDto = components['schemas']['UnitDto'];
type RestrictionDto = components['schemas']['RestrictionDto'];
type Restriction = components['schemas']['RestrictionView'];

const RESTRICTION_KINDS = [
  { value: 'discipline', label: 'Đang bị xem xét kỷ luật' },
  { value: 'inspection', label: 'Đang bị thanh tra, kiểm tra' },
  { value: 'complaint', label: 'Có khiếu nại, tố cáo chưa giải quyết' },
];

/** The unit directory: who plans can assign work to; and what bars a unit or person from a reward. */
export function UnitsPage() {
  const { me } = useSession();
  const [registering, setRegistering] = useState(false);
  const [opened, setOpened] = useState<Unit>();
  const units = useQuery({
    queryKey: ['units'],
    queryFn: async () => (await api.GET('/units', { params: { query: { limit: 500 } } })).data!,
  });
  const mayRegister = me?.role === 'owner' || me?.role === 'admin';
  return (
    <Space direction="vertical" size="large" style={{ width: '100%' }}>
      <Space wrap style={{ width: '100%', justifyContent: 'space-between' }}>
        <Typography.Title level={3} style={{ margin: 0 }}>
          Đơn vị
        </Typography.Title>
        {mayRegister && (
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setRegistering(true)}>
            Thêm đơn vị
          </Button>
        )}
      </Space>
      {units.error && <Alert type="error" showIcon message={units.error.message} role="alert" />}
      <Table<Unit>
        rowKey="id"
        size="small"
        loading={units.isPending}
        dataSource={units.data?.items}
        pagination={{ pageSize: 50, hideOnSinglePage: true }}
        scroll={{ x: true }}
        locale={{ emptyText: 'Chưa có đơn vị nào' }}
        columns={[
          { title: 'Mã', dataIndex: 'id', width: 110 },
          {
            title: 'Tên đơn vị',
            dataIndex: 'name',
            render: (name: string, u) => (
              <Button type="link" style={{ padding: 0 }} onClick={() => setOpened(u)}>
                {name}
              </Button>
            ),
          },
          { title: 'Loại', dataIndex: 'kindLabel', width: 180 },
          {
            title: 'Trực thuộc',
            dataIndex: 'parentCode',
            width: 120,
            render: (p: string | null) => p ?? '—',
          },
        ]}
      />
      {registering && <Register onClose={() => setRegistering(false)} />}
      {opened && <Restrictions unit={opened} onClose={() => setOpened(undefined)} />}
    </Space>
  );
}

function Register({ onClose }: { onClose: () => void }) {
  const [form] = Form.useForm<UnitDto>();
  const queries = useQueryClient();
  const { message } = App.useApp();
  const [problem, setProblem] = useState<string>();
  const vocabulary = useVocabulary();
  const register = useMutation({
    mutationFn: async (body: UnitDto) => (await api.POST('/units', { body })).data!,
    onSuccess: (unit) => {
      void queries.invalidateQueries({ queryKey: ['units'] });
      void message.success(`Đã thêm ${unit.name}`);
      onClose();
    },
    onError: (error) => setProblem(showProblem(form, error)),
  });
  return (
    <Modal
      open
      title="Thêm đơn vị"
      // A dialog of typed data: a stray Escape or click outside must not throw it away.
      keyboard={false}
      maskClosable={false}
      okText="Thêm"
      cancelText="Hủy"
      confirmLoading={register.isPending}
      onOk={() => form.submit()}
      onCancel={onClose}
    >
      {problem && <Alert type="error" showIcon message={problem} role="alert" style={{ marginBottom: 12 }} />}
      <Form<UnitDto>
        form={form}
        layout="vertical"
        onFieldsChange={clearChangedErrors(form)}
        onFinish={(body) => register.mutate({ ...body, parentCode: body.parentCode || undefined })}
      >
        <Form.Item label="Mã đơn vị" name="code">
          <Input placeholder="THONDT" />
        </Form.Item>
        <Form.Item label="Tên đơn vị" name="name">
          <Input placeholder="Thôn Đồng Tâm" />
        </Form.Item>
        <Form.Item label="Loại đơn vị" name="kind">
          <Select options={vocabulary.data?.unitKinds} />
        </Form.Item>
        <Form.Item label="Mã đơn vị cấp trên (nếu có)" name="parentCode">
          <Input />
        </Form.Item>
      </Form>
    </Modal>
  );
}

function Restrictions({ unit, onClose }: { unit: Unit; onClose: () => void }) {
  const { me } = useSession();
  const [form] = Form.useForm<RestrictionDto>();
  const queries = useQueryClient();
  const [problem, setProblem] = useState<string>();
  const key = ['restrictions', unit.id];
  const restrictions = useQuery({
    queryKey: key,
    queryFn: async () =>
      (await api.GET('/units/{code}/restrictions', { params: { path: { code: unit.id } } })).data!,
  });
  const record = useMutation({
    mutationFn: async (body: RestrictionDto) =>
      (await api.POST('/units/{code}/restrictions', { params: { path: { code: unit.id } }, body })).data!,
    onSuccess: () => {
      void queries.invalidateQueries({ queryKey: key });
      form.resetFields();
    },
    onError: (error) => setProblem(showProblem(form, error)),
  });
  const lift = useMutation({
    mutationFn: async (r: Restriction) =>
      (
        await api.POST('/units/restrictions/{id}/lift', {
          params: { path: { id: r.id } },
          body: { reason: 'Đã có kết luận, không còn vướng mắc' },
        })
      ).data!,
    onSuccess: () => void queries.invalidateQueries({ queryKey: key }),
  });
  const mayRecord = ['standing', 'owner', 'admin'].includes(me?.role ?? '');
  return (
    <Modal
      open
      title={`${unit.name}: vướng mắc khi xét khen thưởng`}
      footer={null}
      onCancel={onClose}
      width={640}
    >
      {(restrictions.error ?? lift.error) && (
        <Alert type="error" showIcon message={(restrictions.error ?? lift.error)!.message} role="alert" />
      )}
      <List<Restriction>
        loading={restrictions.isPending}
        dataSource={restrictions.data}
        locale={{ emptyText: 'Không có vướng mắc nào' }}
        renderItem={(r) => (
          <List.Item
            actions={
              r.active && mayRecord
                ? [
                    <Button key="lift" size="small" onClick={() => lift.mutate(r)} loading={lift.isPending}>
                      Gỡ bỏ
                    </Button>,
                  ]
                : []
            }
          >
            <List.Item.Meta
              title={
                <Space wrap>
                  <Tag color={r.active ? 'red' : 'default'}>
                    {RESTRICTION_KINDS.find((k) => k.value === r.kind)?.label ?? r.kind}
                  </Tag>
                  {r.personName ?? 'Tập thể đơn vị'}
                </Space>
              }
              description={`${r.reason} · ${formatDate(r.recordedAt)}${r.liftedAt ? ` · đã gỡ ${formatDate(r.liftedAt)}` : ''}`}
            />
          </List.Item>
        )}
      />
      {mayRecord && (
        <Form<RestrictionDto>
          form={form}
          layout="vertical"
          onFieldsChange={clearChangedErrors(form)}
          onFinish={(body) => record.mutate({ ...body, personName: body.personName || undefined })}
        >
          {problem && (
            <Alert type="error" showIcon message={problem} role="alert" style={{ marginBottom: 12 }} />
          )}
          <Form.Item label="Loại vướng mắc" name="kind">
            <Select options={RESTRICTION_KINDS} />
          </Form.Item>
          <Form.Item label="Cá nhân (để trống nếu là tập thể)" name="personName">
            <Input />
          </Form.Item>
          <Form.Item label="Lý do" name="reason">
            <Input.TextArea autoSize />
          </Form.Item>
          <Button htmlType="submit" loading={record.isPending}>
            Ghi nhận vướng mắc
          </Button>
        </Form>
      )}
    </Modal>
  );
}
