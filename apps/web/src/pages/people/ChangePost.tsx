import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Alert, App, Form, Input, Modal, Select } from 'antd';
import { useState } from 'react';
import { api } from '../../api/client';
import { clearChangedErrors, showProblem } from '../../api/problems';
import type { components } from '../../api/schema';
import { civilDate, DateInput } from '../../fields';
import type { Unit } from '../units/queries';

type PostDto = components['schemas']['PostDto'];
type Person = components['schemas']['PersonReply']['person'];

/** A transfer to another unit or a new position, from a day on; the person keeps the former post. */
export function ChangePost({
  person,
  units,
  onClose,
}: {
  person: Person;
  units: Unit[];
  onClose: () => void;
}) {
  const [form] = Form.useForm<PostDto>();
  const queries = useQueryClient();
  const [problem, setProblem] = useState<string>();
  const { message } = App.useApp();
  const change = useMutation({
    mutationFn: async (body: PostDto) =>
      (await api.POST('/people/{id}/post', { params: { path: { id: person.id } }, body })).data!,
    onSuccess: () => {
      void queries.invalidateQueries({ queryKey: ['people', person.organisationCode] });
      void message.success(`Đã ghi nhận: ${person.fullName} công tác ở vị trí mới`);
      onClose();
    },
    onError: (error) => setProblem(showProblem(form, error)),
  });
  return (
    <Modal
      open
      title={`Chuyển công tác, thay đổi chức vụ – ${person.fullName}`}
      keyboard={false}
      maskClosable={false}
      okText="Ghi nhận"
      cancelText="Hủy"
      confirmLoading={change.isPending}
      onOk={() => form.submit()}
      onCancel={onClose}
    >
      {problem && <Alert type="error" showIcon message={problem} role="alert" style={{ marginBottom: 12 }} />}
      <Form<PostDto>
        form={form}
        layout="vertical"
        initialValues={{ unitCode: person.unitCode ?? undefined, position: person.position ?? undefined }}
        onFieldsChange={clearChangedErrors(form)}
        onFinish={(v) => change.mutate(v)}
      >
        <Form.Item label="Đơn vị công tác mới" name="unitCode">
          <Select
            allowClear
            showSearch
            optionFilterProp="label"
            options={units.map((u) => ({ value: u.id, label: `${u.id} – ${u.name}` }))}
          />
        </Form.Item>
        <Form.Item label="Chức vụ mới" name="position">
          <Input />
        </Form.Item>
        <Form.Item label="Từ ngày" name="on" {...civilDate}>
          <DateInput />
        </Form.Item>
      </Form>
    </Modal>
  );
}
