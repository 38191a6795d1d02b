import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Alert, App, Button, Card, Space, Table, Typography } from 'antd';
import { useState } from 'react';
import { api } from '../../api/client';
import type { components } from '../../api/schema';
import { download } from '../../download';
import { formatDate, formatNumber } from '../../format';
import { useSession } from '../../session';
import { useProposals, type Consideration } from './ConsiderationPage';

type Decision = components['schemas']['ConsiderationDecisionView'];
type Form = Decision['form'];

/**
 * The head signs one decision per form for everyone approved and past posting; each decision
 * lists its recipients with the money and the total, and prints as the decision with its annex
 * and as every certificate in one file (DOCX or PDF).
 */
export function Decisions({ consideration: c }: { consideration: Consideration }) {
  const { me } = useSession();
  const { message } = App.useApp();
  const queries = useQueryClient();
  const proposals = useProposals(c.id);
  const [failure, setFailure] = useState<string>();
  const sign = useMutation({
    mutationFn: async (form: Form) =>
      (await api.POST('/considerations/{id}/decisions', { params: { path: { id: c.id } }, body: { form } }))
        .data!,
    onSuccess: (decision) => {
      void queries.invalidateQueries({ queryKey: ['consideration', c.id] });
      void queries.invalidateQueries({ queryKey: ['proposals', c.id] });
      void message.success(`Đã ký Quyết định số ${decision.number}`);
    },
  });
  const approved = new Map<Form, { label: string; count: number }>();
  for (const p of proposals.data ?? [])
    if (p.status === 'approved')
      approved.set(p.form, { label: p.formLabel, count: (approved.get(p.form)?.count ?? 0) + 1 });
  const get = (route: string, name: string) =>
    download(route, name).catch((error: Error) => setFailure(error.message));
  return (
    <Space direction="vertical" size="middle" style={{ width: '100%' }}>
      {(sign.error || failure) && (
        <Alert type="error" showIcon role="alert" message={sign.error?.message ?? failure} />
      )}
      {me?.role === 'chairman' && approved.size > 0 && (
        <Card size="small" title="Chờ ký quyết định">
          <Space direction="vertical">
            {[...approved].map(([form, { label, count }]) => (
              <Space key={form}>
                <Typography.Text>
                  {label}: {count} người, tập thể
                </Typography.Text>
                <Button
                  type="primary"
                  loading={sign.isPending && sign.variables === form}
                  onClick={() => sign.mutate(form)}
                >
                  Ký quyết định
                </Button>
              </Space>
            ))}
          </Space>
        </Card>
      )}
      <Table
        rowKey="id"
        size="small"
        aria-label="Quyết định khen thưởng"
        dataSource={c.decisions}
        pagination={false}
        locale={{ emptyText: 'Chưa có quyết định' }}
        scroll={{ x: true }}
        expandable={{ expandedRowRender: (d) => <Recipients decision={d} /> }}
        columns={[
          { title: 'Số', dataIndex: 'number' },
          { title: 'Ngày', dataIndex: 'signedOn', render: (d: string) => formatDate(d) },
          {
            title: 'Hình thức',
            dataIndex: 'form',
            render: (f: Form) => c.forms.find((x) => x.form === f)?.label ?? f,
          },
          { title: 'Người ký', dataIndex: 'signer' },
          { title: 'Số người, tập thể', key: 'n', render: (_, d: Decision) => d.recipients.length },
          { title: 'Tổng tiền thưởng (đồng)', dataIndex: 'total', render: (t: number) => formatNumber(t) },
          {
            title: 'Tải về',
            key: 'files',
            render: (_, d: Decision) => (
              <Space wrap>
                <Button
                  size="small"
                  onClick={() => get(`/consideration-decisions/${d.id}/document`, 'quyet-dinh.docx')}
                >
                  Quyết định
                </Button>
                <Button
                  size="small"
                  onClick={() => get(`/consideration-decisions/${d.id}/certificates`, 'giay-chung-nhan.docx')}
                >
                  In giấy chứng nhận (DOCX)
                </Button>
                <Button
                  size="small"
                  onClick={() =>
                    get(`/consideration-decisions/${d.id}/certificates?format=pdf`, 'giay-chung-nhan.pdf')
                  }
                >
                  PDF
                </Button>
              </Space>
            ),
          },
        ]}
      />
    </Space>
  );
}

type Recipient = {
  proposalId: string;
  subject: { name?: string; head?: string; position?: string };
  amount: number;
};

/** The annex: every recipient and the money. */
function Recipients({ decision }: { decision: Decision }) {
  const rows = decision.recipients as unknown as Recipient[];
  return (
    <Table
      rowKey="proposalId"
      size="small"
      aria-label={`Danh sách kèm Quyết định số ${decision.number}`}
      dataSource={rows}
      pagination={false}
      columns={[
        { title: 'STT', key: 'i', width: 60, render: (_, __, i) => i + 1 },
        {
          title: 'Họ và tên / Tập thể',
          key: 'name',
          render: (_, r: Recipient) => r.subject.name ?? `Gia đình ông/bà ${r.subject.head}`,
        },
        { title: 'Chức vụ', key: 'position', render: (_, r: Recipient) => r.subject.position ?? '' },
        { title: 'Tiền thưởng (đồng)', dataIndex: 'amount', render: (a: number) => formatNumber(a) },
      ]}
    />
  );
}
