import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Alert, App, Button, Input, Popover, Space, Typography } from 'antd';
import { useState } from 'react';
import { api } from '../../api/client';
import { useSession } from '../../session';
import type { Proposal } from './ConsiderationPage';

/**
 * Objections to a posted proposal: anyone of the organisation raises one while it is posted;
 * the standing agency dismisses it (the proposal goes on) or upholds it (no reward), with the
 * result of its check.
 */
export function Objections({
  considerationId,
  proposal: p,
}: {
  considerationId: string;
  proposal: Proposal;
}) {
  const { me } = useSession();
  const { message } = App.useApp();
  const queries = useQueryClient();
  const [text, setText] = useState('');
  const [reason, setReason] = useState('');
  const act = useMutation({
    mutationFn: async (
      step: { raise: string } | { objectionId: string; outcome: 'dismissed' | 'upheld'; reason: string },
    ) => {
      const path = { id: considerationId, proposalId: p.id };
      if ('raise' in step)
        return (
          await api.POST('/considerations/{id}/proposals/{proposalId}/objections', {
            params: { path },
            body: { text: step.raise },
          })
        ).data!;
      return (
        await api.POST('/considerations/{id}/proposals/{proposalId}/objections/{objectionId}/resolution', {
          params: { path: { ...path, objectionId: step.objectionId } },
          body: { outcome: step.outcome, reason: step.reason },
        })
      ).data!;
    },
    onSuccess: (updated) => {
      setText('');
      setReason('');
      void queries.invalidateQueries({ queryKey: ['proposals', considerationId] });
      void message.success(`${updated.name}: ${updated.statusLabel}`);
    },
  });
  const standing = me?.role === 'standing' || me?.role === 'admin';
  const open = p.objections.filter((o) => o.status === 'open') as Array<{ id: string; text: string }>;
  return (
    <Space direction="vertical" size={4}>
      {(p.objections as Array<{ id: string; text: string; status: string; reason?: string }>).map((o) => (
        <Typography.Text key={o.id} type={o.status === 'open' ? 'warning' : 'secondary'}>
          Phản ánh: {o.text}
          {o.reason ? ` → ${o.reason}` : ''}
        </Typography.Text>
      ))}
      {standing &&
        open.map((o) => (
          <Space key={o.id} wrap>
            <Input
              size="small"
              aria-label={`Kết quả xác minh phản ánh về ${p.name}`}
              placeholder="Kết quả xác minh"
              value={reason}
              onChange={(e) => setReason(e.target.value)}
            />
            {(['dismissed', 'upheld'] as const).map((outcome) => (
              <Button
                key={outcome}
                size="small"
                danger={outcome === 'upheld'}
                disabled={!reason.trim()}
                onClick={() => act.mutate({ objectionId: o.id, outcome, reason })}
              >
                {outcome === 'dismissed' ? 'Phản ánh không đúng' : 'Phản ánh đúng'}
              </Button>
            ))}
          </Space>
        ))}
      {(p.status === 'approved' || p.status === 'suspended') && me?.role !== 'auditor' && (
        <Popover
          trigger="click"
          title={`Phản ánh về ${p.name}`}
          content={
            <Space direction="vertical">
              <Input.TextArea
                aria-label={`Nội dung phản ánh về ${p.name}`}
                rows={3}
                value={text}
                onChange={(e) => setText(e.target.value)}
              />
              <Button
                type="primary"
                size="small"
                disabled={!text.trim()}
                loading={act.isPending}
                onClick={() => act.mutate({ raise: text })}
              >
                Gửi phản ánh
              </Button>
            </Space>
          }
        >
          <Button size="small">Phản ánh</Button>
        </Popover>
      )}
      {act.error && <Alert type="error" showIcon role="alert" message={act.error.message} />}
    </Space>
  );
}
