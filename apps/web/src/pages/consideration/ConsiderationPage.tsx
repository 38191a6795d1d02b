import { useQuery } from '@tanstack/react-query';
import { Alert, Card, Descriptions, Space, Spin, Table, Tabs, Tag, Typography } from 'antd';
import { useParams } from 'react-router-dom';
import { api } from '../../api/client';
import type { components } from '../../api/schema';
import { formatDate } from '../../format';
import { useSession } from '../../session';
import { Ballot } from './Ballot';
import { Decisions } from './Decisions';
import { CONSIDERATION_STATUS } from './labels';
import { Objections } from './Objections';
import { Propose } from './Propose';
import { Reasons, StatusTag } from './Standing';

export type Consideration = components['schemas']['ConsiderationReply'];
export type Proposal = components['schemas']['ProposalReply'];

export const useProposals = (id: string) =>
  useQuery({
    queryKey: ['proposals', id],
    queryFn: async () =>
      (await api.GET('/considerations/{id}/proposals', { params: { path: { id } } })).data!,
  });

/**
 * One yearly consideration: the forms it considers and what each needs; the units propose from
 * their lists (and see each refusal's reason), the council votes, the head signs one decision
 * per form and prints every certificate.
 */
export function ConsiderationPage() {
  const { considerationId = '' } = useParams();
  const { me } = useSession();
  const consideration = useQuery({
    queryKey: ['consideration', considerationId],
    queryFn: async () =>
      (await api.GET('/considerations/{id}', { params: { path: { id: considerationId } } })).data!,
  });
  if (consideration.error)
    return <Alert type="error" showIcon role="alert" message={consideration.error.message} />;
  if (!consideration.data) return <Spin />;
  const c = consideration.data;
  const proposes = ['unit', 'standing', 'admin'].includes(me?.role ?? '') && c.status === 'open';
  return (
    <Space direction="vertical" size="large" style={{ width: '100%' }}>
      <div>
        <Typography.Title level={3} style={{ margin: 0 }}>
          Bình xét thi đua năm {c.year}
        </Typography.Title>
        <Typography.Text type="secondary">
          {c.bodyName} · <Tag>{CONSIDERATION_STATUS[c.status]}</Tag> · mở ngày {formatDate(c.openedOn)}
        </Typography.Text>
      </div>
      <Tabs
        defaultActiveKey={proposes ? 'propose' : c.status === 'voting' ? 'ballot' : 'proposals'}
        items={[
          ...(proposes
            ? [{ key: 'propose', label: 'Đề nghị', children: <Propose consideration={c} /> }]
            : []),
          { key: 'proposals', label: 'Danh sách đề nghị', children: <Proposals consideration={c} /> },
          { key: 'ballot', label: 'Bỏ phiếu', children: <Ballot consideration={c} /> },
          { key: 'decisions', label: 'Quyết định', children: <Decisions consideration={c} /> },
          { key: 'forms', label: 'Hình thức và điều kiện', children: <Forms consideration={c} /> },
        ]}
      />
    </Space>
  );
}

/** Every proposal with where it stands: each refusal with all its reasons, each result with its basis. */
function Proposals({ consideration }: { consideration: Consideration }) {
  const proposals = useProposals(consideration.id);
  return (
    <Table
      rowKey="id"
      size="small"
      loading={proposals.isPending}
      aria-label="Danh sách đề nghị"
      dataSource={proposals.data ?? []}
      pagination={{ pageSize: 50, hideOnSinglePage: true }}
      scroll={{ x: true }}
      locale={{ emptyText: 'Chưa có đề nghị' }}
      columns={[
        { title: 'Người, tập thể', dataIndex: 'name' },
        { title: 'Đơn vị', dataIndex: 'unitCode' },
        { title: 'Hình thức', dataIndex: 'formLabel' },
        {
          title: 'Kết quả',
          key: 'status',
          render: (_, p: Proposal) => <StatusTag proposal={p} />,
        },
        {
          title: 'Lý do, căn cứ',
          key: 'why',
          render: (_, p: Proposal) =>
            p.reasons.length ? (
              <Reasons reasons={p.reasons} />
            ) : (
              (p.basis ?? (p.postingUntil ? `Công khai đến hết ngày ${formatDate(p.postingUntil)}` : ''))
            ),
        },
        {
          title: 'Phản ánh',
          key: 'objections',
          render: (_, p: Proposal) => <Objections considerationId={consideration.id} proposal={p} />,
        },
      ]}
    />
  );
}

/** The forms this consideration proposes, what each needs, and the text it comes from. */
function Forms({ consideration }: { consideration: Consideration }) {
  return (
    <Space direction="vertical" style={{ width: '100%' }}>
      {consideration.forms.map((f) => (
        <Card key={f.form} size="small" title={f.label}>
          <Descriptions size="small" column={1}>
            <Descriptions.Item label="Điều kiện">{f.conditions || '—'}</Descriptions.Item>
            <Descriptions.Item label="Căn cứ">{f.source}</Descriptions.Item>
          </Descriptions>
        </Card>
      ))}
    </Space>
  );
}
