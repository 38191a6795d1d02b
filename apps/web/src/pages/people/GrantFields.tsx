import { Form, Select } from 'antd';
import { civilDate, DateInput } from '../../fields';
import type { Unit } from '../units/queries';
import { COUNCIL_POST_OPTIONS, needsUnit, ROLE_OPTIONS } from './roles';

/** A role's fields; `prefix` places them in a larger form (the person's first role). */
export function GrantFields({ prefix = [], units }: { prefix?: Array<string | number>; units: Unit[] }) {
  const form = Form.useFormInstance();
  const role = Form.useWatch([...prefix, 'role'], form) as string | undefined;
  return (
    <>
      <Form.Item label="Vai trò" name={[...prefix, 'role']}>
        <Select options={ROLE_OPTIONS} allowClear />
      </Form.Item>
      {needsUnit(role) && (
        <Form.Item label="Đơn vị của vai trò" name={[...prefix, 'unitCode']}>
          <Select
            showSearch
            optionFilterProp="label"
            options={units
              .filter((u) => !u.endedOn)
              .map((u) => ({ value: u.id, label: `${u.id} – ${u.name}` }))}
          />
        </Form.Item>
      )}
      {role === 'council' && (
        <Form.Item label="Chức danh trong Hội đồng" name={[...prefix, 'councilPost']}>
          <Select options={COUNCIL_POST_OPTIONS} />
        </Form.Item>
      )}
      {role && (
        <Form.Item label="Từ ngày (để trống: hôm nay)" name={[...prefix, 'from']} {...civilDate}>
          <DateInput />
        </Form.Item>
      )}
    </>
  );
}
