import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Alert, Button, Card, Form, Input, Select, Space, Table, Tag } from 'antd';
import { useState } from 'react';
import { api } from '../../api/client';
import { clearChangedErrors, showProblem } from '../../api/problems';
import type { components } from '../../api/schema';
import { useUnitKinds, type UnitKind } from './queries';

type UnitKindDto = components['schemas']['UnitKindDto'];

const LEVELS: Array<{ value: UnitKindDto['level']; label: string }> = [
  { value: 'central', label: 'Trung ương' },
  { value: 'province', label: 'Tỉnh, thành phố trực thuộc trung ương' },
  { value: 'department', label: 'Sở, ban, ngành' },
  { value: 'commune', label: 'Xã, phường, đặc khu' },
  { value: 'internal', label: 'Đơn vị trực thuộc' },
];

/** For admins: the kinds units can have, and a form to add one (a cooperative, a market board…). */
export function UnitKinds() {
  const kinds = useUnitKinds();
  const [form] = Form.useForm<UnitKindDto>();
  const queries = useQueryClient();
  const [problem, setProblem] = useState<string>();
  const define = useMutation({
    mutationFn: async (body: UnitKindDto) => (await api.POST('/unit-kinds', { body })).data!,
    onSuccess: () => {
      void queries.invalidateQueries({ queryKey: ['unit-kinds'] });
      void queries.invalidateQueries({ queryKey: ['plan-vocabulary'] });
      form.resetFields();
      setProblem(undefined);
    },
    onError: (error) => setProblem(showProblem(form, error)),
  });
  return (
    <Card size="small" title="Loại đơn vị">
      <Table<UnitKind>
        rowKey="code"
        size="small"
        loading={kinds.isPending}
        dataSource={kinds.data}
        pagination={{ pageSize: 10, hideOnSinglePage: true }}
        columns={[
          { title: 'Mã', dataIndex: 'code', width: 160 },
          {
            title: 'Tên loại',
            dataIndex: 'label',
            render: (label: string, k) => (
              <Space>
                {label}
                {k.defined && <Tag color="blue">bổ sung</Tag>}
              </Space>
            ),
          },
          { title: 'Cấp', dataIndex: 'levelLabel' },
        ]}
      />
      {problem && <Alert type="error" showIcon message={problem} role="alert" style={{ margin: '12px 0' }} />}
      <Form<UnitKindDto>
        form={form}
        layout="inline"
        style={{ marginTop: 12, rowGap: 8 }}
        onFieldsChange={clearChangedErrors(form)}
        onFinish={(body) => define.mutate(body)}
      >
        <Form.Item label="Mã loại" name="code">
          <Input placeholder="hop_tac_xa" />
        </Form.Item>
        <Form.Item label="Tên loại" name="label">
          <Input placeholder="Hợp tác xã" />
        </Form.Item>
        <Form.Item label="Cấp" name="level" initialValue="internal">
          <Select options={LEVELS} style={{ minWidth: 200 }} />
        </Form.Item>
        <Button htmlType="submit" loading={define.isPending}>
          Thêm loại
        </Button>
      </Form>
    </Card>
  );
}
