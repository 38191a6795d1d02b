import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Alert, App, Button, Card, Descriptions, Form, Input } from 'antd';
import { useState } from 'react';
import { api } from '../../api/client';
import { clearChangedErrors, showProblem } from '../../api/problems';
import type { components } from '../../api/schema';
import { civilDate, DateInput } from '../../fields';
import { formatDate } from '../../format';
import { useSession } from '../../session';
import { useStep } from './useStep';

type Nomination = components['schemas']['NominationReply'];
type CityDecision = components['schemas']['CityDecisionDto'];

/**
 * A form the city decides (a Bằng khen): the commune forwards it with a letter. Where the city
 * works in ThiDua the dossier goes on in the city's own nomination and its outcome comes back by
 * itself; otherwise the standing agency records the city's decision when it arrives.
 */
export function CityPath({ n }: { n: Nomination }) {
  const { me } = useSession();
  if (n.status === 'awaiting_decision' && ['chairman', 'standing', 'admin'].includes(me?.role ?? ''))
    return <Forward n={n} />;
  if (n.status === 'forwarded' && !n.referral && (me?.role === 'standing' || me?.role === 'admin'))
    return <Record n={n} />;
  const forwarded = n.steps.find((s) => s.type === 'ForwardedToCity');
  if (!forwarded) return null;
  return (
    <Card size="small" title="Trình cấp thành phố">
      <Descriptions size="small" column={1}>
        <Descriptions.Item label="Tờ trình">{String(forwarded.data.letter ?? '')}</Descriptions.Item>
        <Descriptions.Item label="Ngày trình">{formatDate(forwarded.at)}</Descriptions.Item>
        {n.referral && (
          <Descriptions.Item label="Nơi xét">
            {n.referral.to.name}
            {n.status === 'forwarded' ? ' đang thẩm định, bỏ phiếu và quyết định' : ''}
          </Descriptions.Item>
        )}
      </Descriptions>
    </Card>
  );
}

function Forward({ n }: { n: Nomination }) {
  const [letter, setLetter] = useState('');
  const send = useStep(n, 'Đã trình Chủ tịch UBND thành phố');
  return (
    <Card size="small" title="Trình Chủ tịch UBND thành phố quyết định">
      {send.error && (
        <Alert type="error" showIcon message={send.error.message} role="alert" style={{ marginBottom: 12 }} />
      )}
      <Form layout="vertical">
        <Form.Item label="Tờ trình (số, ngày)">
          <Input
            aria-label="Tờ trình (số, ngày)"
            value={letter}
            onChange={(e) => setLetter(e.target.value)}
            placeholder="Tờ trình số …/TTr-UBND ngày …"
          />
        </Form.Item>
        <Button
          type="primary"
          loading={send.isPending}
          onClick={() =>
            send.mutate(() =>
              api.POST('/nominations/{id}/forward', { params: { path: { id: n.id } }, body: { letter } }),
            )
          }
        >
          Trình cấp thành phố
        </Button>
      </Form>
    </Card>
  );
}

function Record({ n }: { n: Nomination }) {
  const [form] = Form.useForm<CityDecision>();
  const [problem, setProblem] = useState<string>();
  const queries = useQueryClient();
  const { message } = App.useApp();
  const record = useMutation({
    mutationFn: async (body: CityDecision) =>
      (await api.POST('/nominations/{id}/city-decision', { params: { path: { id: n.id } }, body })).data!,
    onSuccess: (updated) => {
      queries.setQueryData(['nomination', n.id], updated);
      void message.success('Đã ghi quyết định của thành phố');
    },
    onError: (error) => setProblem(showProblem(form, error)),
  });
  return (
    <Card size="small" title="Quyết định của Chủ tịch UBND thành phố">
      {problem && <Alert type="error" showIcon message={problem} role="alert" style={{ marginBottom: 12 }} />}
      <Form<CityDecision>
        form={form}
        layout="vertical"
        onFieldsChange={clearChangedErrors(form)}
        initialValues={{ issuer: 'Ủy ban nhân dân thành phố Hải Phòng' }}
        onFinish={(body) => record.mutate(body)}
      >
        <Form.Item label="Số quyết định" name="number">
          <Input placeholder="2150/QĐ-UBND" />
        </Form.Item>
        <Form.Item label="Ngày ký" name="signedOn" {...civilDate}>
          <DateInput />
        </Form.Item>
        <Form.Item label="Người ký" name="signer">
          <Input />
        </Form.Item>
        <Form.Item label="Cơ quan ban hành" name="issuer">
          <Input />
        </Form.Item>
        <Button type="primary" htmlType="submit" loading={record.isPending}>
          Ghi quyết định
        </Button>
      </Form>
    </Card>
  );
}
