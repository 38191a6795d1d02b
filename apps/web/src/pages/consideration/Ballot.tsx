import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Alert, App, Button, Checkbox, Radio, Space, Table, Typography } from 'antd';
import { useState } from 'react';
import { api } from '../../api/client';
import { useSession } from '../../session';
import { useProposals, type Consideration } from './ConsiderationPage';
import { VOTE_LABELS } from './labels';

type Choice = keyof typeof VOTE_LABELS;

/**
 * The council's vote: the standing agency opens it on every nominee, each member fills one
 * ballot sheet (a choice per nominee, “đồng ý” unless changed), the chair or the standing
 * agency closes it and the result, caps included, is read in the list.
 */
export function Ballot({ consideration: c }: { consideration: Consideration }) {
  const { me } = useSession();
  const { message } = App.useApp();
  const queries = useQueryClient();
  const proposals = useProposals(c.id);
  const [choices, setChoices] = useState<Record<string, Choice>>({});
  const [written, setWritten] = useState(false);
  const act = useMutation({
    mutationFn: async (step: 'open' | 'cast' | 'close') => {
      const path = { params: { path: { id: c.id } } };
      if (step === 'open') return (await api.POST('/considerations/{id}/vote', path)).data!;
      if (step === 'close') return (await api.POST('/considerations/{id}/vote/close', path)).data!;
      const sheet = Object.fromEntries(c.voting.map((id) => [id, choices[id] ?? 'yes']));
      return (await api.POST('/considerations/{id}/ballots', { ...path, body: { choices: sheet, written } }))
        .data!;
    },
    onSuccess: (updated, step) => {
      queries.setQueryData(['consideration', c.id], updated);
      void queries.invalidateQueries({ queryKey: ['proposals', c.id] });
      void message.success(
        step === 'open'
          ? 'Đã mở bỏ phiếu'
          : step === 'cast'
            ? 'Đã ghi phiếu của bạn'
            : 'Đã kết thúc bỏ phiếu',
      );
    },
  });
  const standing = me?.role === 'standing' || me?.role === 'admin';
  const member = me?.role === 'council' && c.members.includes(me.username);
  const nominees = (proposals.data ?? []).filter((p) => c.voting.includes(p.id));
  const cast = Object.keys(c.ballots).length;
  return (
    <Space direction="vertical" size="middle" style={{ width: '100%' }}>
      {act.error && <Alert type="error" showIcon role="alert" message={act.error.message} />}
      {c.status === 'open' && (
        <Space>
          <Typography.Text>Hội đồng chưa bỏ phiếu.</Typography.Text>
          {standing && (
            <Button type="primary" loading={act.isPending} onClick={() => act.mutate('open')}>
              Mở bỏ phiếu
            </Button>
          )}
        </Space>
      )}
      {c.status !== 'open' && (
        <Typography.Text>
          Hội đồng {c.members.length} thành viên · đã có {cast} phiếu (vòng {c.round})
          {c.status === 'concluded' ? ' · đã kết thúc bỏ phiếu' : ''}
        </Typography.Text>
      )}
      {c.status === 'voting' && member && (
        <>
          <Table
            rowKey="id"
            size="small"
            aria-label="Phiếu bầu"
            dataSource={nominees}
            pagination={false}
            columns={[
              { title: 'Người, tập thể', dataIndex: 'name' },
              { title: 'Hình thức', dataIndex: 'formLabel' },
              {
                title: 'Ý kiến',
                key: 'choice',
                render: (_, p) => (
                  <Radio.Group
                    aria-label={`Ý kiến về ${p.name}, ${p.formLabel}`}
                    value={choices[p.id] ?? 'yes'}
                    onChange={(e) => setChoices({ ...choices, [p.id]: e.target.value as Choice })}
                    options={(Object.keys(VOTE_LABELS) as Choice[]).map((k) => ({
                      value: k,
                      label: VOTE_LABELS[k],
                    }))}
                  />
                ),
              },
            ]}
          />
          <Space>
            <Checkbox checked={written} onChange={(e) => setWritten(e.target.checked)}>
              Vắng mặt, gửi ý kiến bằng văn bản
            </Checkbox>
            <Button type="primary" loading={act.isPending} onClick={() => act.mutate('cast')}>
              Gửi phiếu
            </Button>
          </Space>
        </>
      )}
      {c.status === 'voting' && (standing || me?.username === c.chair) && (
        <Button loading={act.isPending} onClick={() => act.mutate('close')}>
          Kết thúc bỏ phiếu
        </Button>
      )}
    </Space>
  );
}
