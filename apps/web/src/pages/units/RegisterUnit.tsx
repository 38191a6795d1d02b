import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Alert, App, Form, Input, Modal, Select } from 'antd';
import { useState } from 'react';
import { api } from '../../api/client';
import { clearChangedErrors, showProblem } from '../../api/problems';
import type { components } from '../../api/schema';
import { civilDate, DateInput } from '../../fields';
import { unitOptions, useAllUnits, useUnitKinds } from './queries';

type UnitDto = components['schemas']['UnitDto'];

export function RegisterUnit({ parentCode, onClose }: { parentCode?: string; onClose: () => void }) {
  const [form] = Form.useForm<UnitDto>();
  const queries = useQueryClient();
  const { message } = App.useApp();
  const [problem, setProblem] = useState<string>();
  const kinds = useUnitKinds();
  const units = useAllUnits();
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
        initialValues={{ parentCode }}
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
          <Select
            showSearch
            optionFilterProp="label"
            options={kinds.data?.map((k) => ({ value: k.code, label: k.label }))}
          />
        </Form.Item>
        <Form.Item label="Đơn vị cấp trên (nếu có)" name="parentCode">
          <Select allowClear showSearch optionFilterProp="label" options={unitOptions(units.data)} />
        </Form.Item>
        <Form.Item label="Thành lập từ ngày (nếu biết)" name="validFrom" {...civilDate}>
          <DateInput />
        </Form.Item>
      </Form>
    </Modal>
  );
}
