import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Alert, App, Form, Input, Modal, Radio, Select, Typography } from 'antd';
import dayjs from 'dayjs';
import { useState } from 'react';
import { api } from '../../api/client';
import { clearChangedErrors, showProblem } from '../../api/problems';
import { civilDate, DateInput } from '../../fields';
import { unitOptions, useAllUnits, type Unit } from './queries';

type Change = 'rename' | 'move' | 'merge' | 'dissolve';
interface Values {
  change: Change;
  on: string;
  name?: string;
  parentCode?: string | null;
  into?: string;
}

const CHANGES: Array<{ value: Change; label: string }> = [
  { value: 'rename', label: 'Đổi tên' },
  { value: 'move', label: 'Chuyển đơn vị cấp trên' },
  { value: 'merge', label: 'Sáp nhập vào đơn vị khác' },
  { value: 'dissolve', label: 'Giải thể' },
];

/** Renaming, moving, merging, dissolving: each from a day, the directory keeps what was before. */
export function ChangeUnit({ unit, onClose }: { unit: Unit; onClose: () => void }) {
  const [form] = Form.useForm<Values>();
  const change = Form.useWatch('change', form) ?? 'rename';
  const queries = useQueryClient();
  const { message } = App.useApp();
  const [problem, setProblem] = useState<string>();
  const units = useAllUnits();
  const path = { params: { path: { code: unit.id } } };
  const send = useMutation({
    mutationFn: async ({ change, on, name, parentCode, into }: Values) => {
      const reply =
        change === 'rename'
          ? await api.POST('/units/{code}/rename', { ...path, body: { on, name: name ?? '' } })
          : change === 'move'
            ? await api.POST('/units/{code}/move', { ...path, body: { on, parentCode: parentCode ?? null } })
            : change === 'merge'
              ? await api.POST('/units/{code}/merge', { ...path, body: { on, into: into ?? '' } })
              : await api.POST('/units/{code}/dissolve', { ...path, body: { on } });
      return reply.data!;
    },
    onSuccess: () => {
      void queries.invalidateQueries({ queryKey: ['units'] });
      void message.success(`Đã ghi nhận thay đổi của ${unit.name}`);
      onClose();
    },
    onError: (error) => setProblem(showProblem(form, error)),
  });
  return (
    <Modal
      open
      title={`Thay đổi: ${unit.name}`}
      keyboard={false}
      maskClosable={false}
      okText="Ghi nhận"
      cancelText="Hủy"
      confirmLoading={send.isPending}
      onOk={() => form.submit()}
      onCancel={onClose}
    >
      {problem && <Alert type="error" showIcon message={problem} role="alert" style={{ marginBottom: 12 }} />}
      <Form<Values>
        form={form}
        layout="vertical"
        initialValues={{ change: 'rename', on: dayjs().format('YYYY-MM-DD'), parentCode: unit.parentCode }}
        onFieldsChange={clearChangedErrors(form)}
        onFinish={(values) => send.mutate(values)}
      >
        <Form.Item label="Loại thay đổi" name="change">
          <Radio.Group options={CHANGES} optionType="button" />
        </Form.Item>
        {change === 'rename' && (
          <Form.Item label="Tên mới" name="name">
            <Input />
          </Form.Item>
        )}
        {change === 'move' && (
          <Form.Item label="Đơn vị cấp trên mới" name="parentCode">
            <Select
              allowClear
              showSearch
              optionFilterProp="label"
              options={unitOptions(units.data, unit.id)}
            />
          </Form.Item>
        )}
        {change === 'merge' && (
          <>
            <Form.Item label="Sáp nhập vào" name="into">
              <Select showSearch optionFilterProp="label" options={unitOptions(units.data, unit.id)} />
            </Form.Item>
            <Typography.Paragraph type="secondary">
              Các đơn vị trực thuộc chuyển sang đơn vị mới và vẫn được nhóm theo đơn vị cũ trong báo cáo.
            </Typography.Paragraph>
          </>
        )}
        <Form.Item label="Từ ngày" name="on" {...civilDate}>
          <DateInput />
        </Form.Item>
      </Form>
    </Modal>
  );
}
