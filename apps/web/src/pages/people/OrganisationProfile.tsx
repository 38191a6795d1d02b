import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, App, Button, Card, Col, Form, Input, Row, Select } from 'antd';
import { useState } from 'react';
import { api } from '../../api/client';
import { clearChangedErrors, showProblem } from '../../api/problems';
import type { components } from '../../api/schema';
import type { Unit } from '../units/queries';

type Profile = components['schemas']['ProfileDto'];

/**
 * What an organisation is known by: the body that issues its documents, its standing agency for
 * emulation work and the rule set its plans follow. New plans start from these.
 */
export function OrganisationProfile({ organisation, units }: { organisation: Unit; units: Unit[] }) {
  const [form] = Form.useForm<Profile>();
  const [problem, setProblem] = useState<string>();
  const queries = useQueryClient();
  const { message } = App.useApp();
  const rules = useQuery({
    queryKey: ['rule-sets'],
    queryFn: async () => (await api.GET('/rule-sets')).data!,
  });
  const jurisdictions = [...new Set((rules.data?.published ?? []).map((r) => r.jurisdiction))];
  const save = useMutation({
    mutationFn: async (body: Profile) =>
      (
        await api.PUT('/organisations/{code}/profile', {
          params: { path: { code: organisation.id } },
          body: {
            ...body,
            jurisdiction: body.jurisdiction || undefined,
            standingUnit: body.standingUnit || undefined,
          },
        })
      ).data!,
    onSuccess: () => {
      setProblem(undefined);
      void queries.invalidateQueries({ queryKey: ['units'] });
      void queries.invalidateQueries({ queryKey: ['unit', organisation.id] });
      void message.success('Đã lưu thông tin cơ quan');
    },
    onError: (error) => setProblem(showProblem(form, error)),
  });
  return (
    <Card size="small" title={`Thông tin cơ quan ban hành – ${organisation.name}`}>
      {problem && <Alert type="error" showIcon message={problem} role="alert" style={{ marginBottom: 12 }} />}
      <Form<Profile>
        key={organisation.id}
        form={form}
        layout="vertical"
        onFieldsChange={clearChangedErrors(form)}
        initialValues={organisation.profile ?? { issuingBody: '' }}
        onFinish={(body) => save.mutate(body)}
      >
        <Row gutter={16}>
          <Col xs={24} md={10}>
            <Form.Item label="Cơ quan ban hành văn bản" name="issuingBody">
              <Input placeholder="Ủy ban nhân dân xã …" />
            </Form.Item>
          </Col>
          <Col xs={24} md={8}>
            <Form.Item label="Cơ quan thường trực thi đua" name="standingUnit">
              <Select
                allowClear
                showSearch
                optionFilterProp="label"
                options={units
                  .filter((u) => u.parentCode === organisation.id && u.level === 'internal')
                  .map((u) => ({ value: u.id, label: u.name }))}
              />
            </Form.Item>
          </Col>
          <Col xs={24} md={6}>
            <Form.Item label="Quy chế khen thưởng áp dụng" name="jurisdiction">
              <Select
                allowClear
                loading={rules.isPending}
                options={jurisdictions.map((j) => ({ value: j, label: j }))}
              />
            </Form.Item>
          </Col>
        </Row>
        <Button type="primary" htmlType="submit" loading={save.isPending}>
          Lưu thông tin cơ quan
        </Button>
      </Form>
    </Card>
  );
}
