import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Alert, Form, Modal } from 'antd';
import { useState } from 'react';
import { api } from '../../api/client';
import { clearChangedErrors, showProblem } from '../../api/problems';
import type { components } from '../../api/schema';
import type { Unit } from '../units/queries';
import { GrantFields } from './GrantFields';

type GrantDto = components['schemas']['GrantDto'];

export function GrantRole({
  username,
  organisation,
  units,
  onClose,
}: {
  username: string;
  organisation: string;
  units: Unit[];
  onClose: () => void;
}) {
  const [form] = Form.useForm<GrantDto>();
  const queries = useQueryClient();
  const [problem, setProblem] = useState<string>();
  const grant = useMutation({
    mutationFn: async (body: GrantDto) =>
      (await api.POST('/accounts/{username}/grants', { params: { path: { username } }, body })).data!,
    onSuccess: () => {
      void queries.invalidateQueries({ queryKey: ['people', organisation] });
      onClose();
    },
    onError: (error) => setProblem(showProblem(form, error)),
  });
  return (
    <Modal
      open
      title={`Giao vai trò cho ${username}`}
      keyboard={false}
      maskClosable={false}
      okText="Giao vai trò"
      cancelText="Hủy"
      confirmLoading={grant.isPending}
      onOk={() => form.submit()}
      onCancel={onClose}
    >
      {problem && <Alert type="error" showIcon message={problem} role="alert" style={{ marginBottom: 12 }} />}
      <Form<GrantDto>
        form={form}
        layout="vertical"
        onFieldsChange={clearChangedErrors(form)}
        onFinish={(v) => grant.mutate(v)}
      >
        <GrantFields units={units} />
      </Form>
    </Modal>
  );
}
