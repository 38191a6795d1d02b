import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, Button, Form, Input, List, Modal, Select, Space, Tag } from 'antd';
import { useState } from 'react';
import { api } from '../../api/client';
import { clearChangedErrors, showProblem } from '../../api/problems';
import type { components } from '../../api/schema';
import { formatDate } from '../../format';
import { useSession } from '../../session';

type Unit = components['schemas']['UnitReply'];
type RestrictionDto = components['schemas']['RestrictionDto'];
type Restriction = components['schemas']['RestrictionView'];

const RESTRICTION_KINDS = [
  { value: 'discipline', label: 'Đang bị xem xét kỷ luật' },
  { value: 'inspection', label: 'Đang bị thanh tra, kiểm tra' },
  { value: 'complaint', label: 'Có khiếu nại, tố cáo chưa giải quyết' },
];

/** What bars a unit or one of its people from a reward, recorded and lifted by the standing agency. */
export function Restrictions({ unit, onClose }: { unit: Unit; onClose: () => void }) {
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
