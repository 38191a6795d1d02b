import { PlusOutlined } from '@ant-design/icons';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, App, Button, Card, Form, Input, List, Typography } from 'antd';
import { useState } from 'react';
import { api } from '../../api/client';
import { PlanPicker, useNewestPlan } from '../plan/PlanPicker';
import { clearChangedErrors, showProblem } from '../../api/problems';
import type { components } from '../../api/schema';
import { civilDate, DateInput } from '../../fields';
import { formatDate } from '../../format';
import { useSession } from '../../session';

type InitiativeDto = components['schemas']['InitiativeDto'];

/** A unit's recognised initiatives (sáng kiến) in a plan it takes part in: reviews count them. */
export function Initiatives() {
  const { me } = useSession();
  const [form] = Form.useForm<InitiativeDto>();
  const [planId, setPlanId] = useState<string>();
  const [problem, setProblem] = useState<string>();
  const queries = useQueryClient();
  const { message } = App.useApp();
  const newest = useNewestPlan();
  const chosen = planId ?? newest.data;
  const initiatives = useQuery({
    queryKey: ['initiatives', chosen],
    enabled: !!chosen,
    queryFn: async () =>
      (await api.GET('/plans/{id}/initiatives', { params: { path: { id: chosen! } } })).data!,
  });
  const record = useMutation({
    mutationFn: async (body: InitiativeDto) =>
      (await api.POST('/plans/{id}/initiatives', { params: { path: { id: chosen! } }, body })).data!,
    onSuccess: () => {
      void queries.invalidateQueries({ queryKey: ['initiatives', chosen] });
      void message.success('Đã ghi nhận sáng kiến');
      form.resetFields();
      setProblem(undefined);
    },
    onError: (error) => setProblem(showProblem(form, error)),
  });
  if (!chosen) return null;
  const mine = (initiatives.data ?? []).filter((i) => i.unitCode === me?.unitCode);
  return (
    <Card size="small" title="Sáng kiến của đơn vị">
      <PlanPicker value={chosen} onChange={setPlanId} />
      <List
        loading={initiatives.isPending}
        dataSource={mine}
        locale={{ emptyText: 'Chưa có sáng kiến nào được ghi nhận' }}
        renderItem={(i) => (
          <List.Item>
            <List.Item.Meta
              title={i.title}
              description={`${i.author} · công nhận ngày ${formatDate(i.recognizedOn)}`}
            />
          </List.Item>
        )}
      />
      <Typography.Text strong>Ghi nhận sáng kiến mới</Typography.Text>
      {problem && <Alert type="error" showIcon message={problem} role="alert" style={{ margin: '12px 0' }} />}
      <Form<InitiativeDto>
        form={form}
        layout="vertical"
        onFieldsChange={clearChangedErrors(form)}
        onFinish={(body) => record.mutate(body)}
      >
        <Form.Item label="Tên sáng kiến" name="title">
          <Input />
        </Form.Item>
        <Form.Item label="Tác giả" name="author">
          <Input />
        </Form.Item>
        <Form.Item label="Ngày được công nhận" name="recognizedOn" {...civilDate}>
          <DateInput />
        </Form.Item>
        <Form.Item label="Mô tả" name="description">
          <Input.TextArea autoSize={{ minRows: 2 }} />
        </Form.Item>
        <Button htmlType="submit" icon={<PlusOutlined />} loading={record.isPending}>
          Ghi nhận
        </Button>
      </Form>
    </Card>
  );
}
