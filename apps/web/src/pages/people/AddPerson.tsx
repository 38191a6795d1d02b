import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Alert, App, Divider, Form, Input, Modal, Select } from 'antd';
import { useState } from 'react';
import { api } from '../../api/client';
import { clearChangedErrors, showProblem } from '../../api/problems';
import type { components } from '../../api/schema';
import type { Unit } from '../units/queries';
import { GrantFields } from './GrantFields';

type PersonDto = components['schemas']['PersonDto'];

/** A person with an account and a first role, in one dialog: what an office does for a newcomer. */
export function AddPerson({
  organisation,
  units,
  onClose,
}: {
  organisation: string;
  units: Unit[];
  onClose: () => void;
}) {
  const [form] = Form.useForm<PersonDto>();
  const queries = useQueryClient();
  const { message } = App.useApp();
  const [problem, setProblem] = useState<string>();
  const add = useMutation({
    mutationFn: async (body: PersonDto) =>
      (await api.POST('/organisations/{code}/people', { params: { path: { code: organisation } }, body }))
        .data!,
    onSuccess: (reply) => {
      void queries.invalidateQueries({ queryKey: ['people', organisation] });
      void message.success(`Đã thêm ${reply.person.fullName}`);
      onClose();
    },
    onError: (error) => setProblem(showProblem(form, error)),
  });
  const submit = (values: PersonDto) => {
    const grants = (values.grants ?? []).filter((g) => g?.role);
    add.mutate({
      ...values,
      position: values.position || undefined,
      unitCode: values.unitCode || undefined,
      account: values.account?.username ? values.account : undefined,
      grants,
    });
  };
  return (
    <Modal
      open
      title="Thêm người dùng"
      keyboard={false}
      maskClosable={false}
      okText="Thêm"
      cancelText="Hủy"
      confirmLoading={add.isPending}
      onOk={() => form.submit()}
      onCancel={onClose}
      width={600}
    >
      {problem && <Alert type="error" showIcon message={problem} role="alert" style={{ marginBottom: 12 }} />}
      <Form<PersonDto>
        form={form}
        layout="vertical"
        onFieldsChange={clearChangedErrors(form)}
        onFinish={submit}
      >
        <Form.Item label="Họ và tên" name="fullName">
          <Input placeholder="Nguyễn Văn An" />
        </Form.Item>
        <Form.Item label="Chức vụ" name="position">
          <Input placeholder="Trưởng thôn" />
        </Form.Item>
        <Form.Item label="Đơn vị công tác" name="unitCode">
          <Select
            allowClear
            showSearch
            optionFilterProp="label"
            options={units.map((u) => ({ value: u.id, label: `${u.id} – ${u.name}` }))}
          />
        </Form.Item>
        <Divider plain>Tài khoản</Divider>
        <Form.Item label="Tên đăng nhập" name={['account', 'username']}>
          <Input placeholder="nguyen.van.an" autoComplete="off" />
        </Form.Item>
        <Form.Item
          label="Mật khẩu ban đầu (người dùng phải đổi khi đăng nhập lần đầu)"
          name={['account', 'password']}
        >
          <Input.Password autoComplete="new-password" />
        </Form.Item>
        <Divider plain>Vai trò</Divider>
        <GrantFields prefix={['grants', 0]} units={units} />
      </Form>
    </Modal>
  );
}
