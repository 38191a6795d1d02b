import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, App, Button, Card, Form, Input, Select, Space, Table, Typography } from 'antd';
import { useState } from 'react';
import { api } from '../../api/client';
import type { components } from '../../api/schema';
import { useSession } from '../../session';
import type { Consideration, Proposal } from './ConsiderationPage';
import { RATING_LABELS } from './labels';
import { Reasons, StatusTag } from './Standing';

type Candidate = components['schemas']['CandidateReply'];
type Item = components['schemas']['ProposalItemDto'];
const keyOf = (c: Candidate) => (c.kind === 'individual' ? `person:${c.personId}` : `unit:${c.unitCode}`);

/**
 * Proposing from a unit's list: its people and collectives with the year's rating, past titles
 * and recognised initiatives; tick them, pick the form, send. Each comes back accepted or
 * refused with every reason the rules give.
 */
export function Propose({ consideration }: { consideration: Consideration }) {
  const { me } = useSession();
  const { message } = App.useApp();
  const queries = useQueryClient();
  const [unit, setUnit] = useState<string>();
  const [picked, setPicked] = useState<string[]>([]);
  const [form, setForm] = useState<Item['form']>();
  const [achievement, setAchievement] = useState(`Hoàn thành tốt nhiệm vụ năm ${consideration.year}`);
  const [results, setResults] = useState<Proposal[]>([]);
  const whole = useQuery({
    queryKey: ['candidates', consideration.id],
    queryFn: async () =>
      (await api.GET('/considerations/{id}/candidates', { params: { path: { id: consideration.id } } }))
        .data!,
  });
  const units = [...new Map((whole.data ?? []).map((c) => [c.unitCode, c.unitName])).entries()];
  const shown = (whole.data ?? []).filter((c) => !unit || c.unitCode === unit);
  const chosen = shown.filter((c) => picked.includes(keyOf(c)));
  const kinds = new Set(chosen.map((c) => c.kind));
  const forms = consideration.forms.filter(
    (f) => !f.subjects.includes('household') && [...kinds].every((k) => f.subjects.includes(k)),
  );
  const send = useMutation({
    mutationFn: async (items: Item[]) =>
      (
        await api.POST('/considerations/{id}/proposals', {
          params: { path: { id: consideration.id } },
          body: { items },
        })
      ).data!,
    onSuccess: (made) => {
      setResults(made);
      setPicked([]);
      void queries.invalidateQueries({ queryKey: ['proposals', consideration.id] });
      void queries.invalidateQueries({ queryKey: ['consideration', consideration.id] });
      const refused = made.filter((p) => p.status === 'refused').length;
      void message[refused ? 'warning' : 'success'](
        `Đã gửi ${made.length} đề nghị${refused ? `, ${refused} không đủ điều kiện (xem lý do)` : ''}`,
      );
    },
  });
  const subjectOf = (c: Candidate): Item['subject'] =>
    c.kind === 'individual'
      ? { kind: 'individual', personId: c.personId }
      : { kind: 'collective', unitCode: c.unitCode };

  return (
    <Space direction="vertical" size="middle" style={{ width: '100%' }}>
      {whole.error && <Alert type="error" showIcon role="alert" message={whole.error.message} />}
      <Space wrap>
        {me?.role !== 'unit' && (
          <Select
            allowClear
            aria-label="Đơn vị"
            placeholder="Tất cả đơn vị"
            style={{ minWidth: 220 }}
            value={unit}
            onChange={setUnit}
            options={units.map(([value, label]) => ({ value, label }))}
          />
        )}
        <Select
          aria-label="Hình thức đề nghị"
          placeholder="Chọn hình thức"
          style={{ minWidth: 320 }}
          value={form}
          onChange={setForm}
          options={forms.map((f) => ({ value: f.form, label: f.label }))}
        />
        <Input
          aria-label="Thành tích"
          style={{ minWidth: 320 }}
          value={achievement}
          onChange={(e) => setAchievement(e.target.value)}
        />
        <Button
          type="primary"
          disabled={!form || chosen.length === 0 || !achievement.trim()}
          loading={send.isPending}
          onClick={() =>
            send.mutate(chosen.map((c) => ({ subject: subjectOf(c), form: form!, achievement })))
          }
        >
          Gửi đề nghị ({chosen.length})
        </Button>
      </Space>
      {send.error && <Alert type="error" showIcon role="alert" message={send.error.message} />}
      {results.length > 0 && <Results results={results} />}
      <Table
        rowKey={keyOf}
        size="small"
        loading={whole.isPending}
        aria-label="Danh sách người và tập thể"
        dataSource={shown}
        pagination={{ pageSize: 50, hideOnSinglePage: true }}
        scroll={{ x: true }}
        rowSelection={{ selectedRowKeys: picked, onChange: (keys) => setPicked(keys as string[]) }}
        columns={[
          { title: 'Họ và tên / Tập thể', dataIndex: 'name' },
          { title: 'Chức vụ', dataIndex: 'position' },
          { title: 'Đơn vị', dataIndex: 'unitName' },
          {
            title: `Xếp loại ${consideration.year}`,
            dataIndex: 'rating',
            render: (r?: keyof typeof RATING_LABELS) =>
              r ? RATING_LABELS[r] : <Typography.Text type="secondary">Chưa có</Typography.Text>,
          },
          {
            title: 'Danh hiệu các năm',
            key: 'titles',
            render: (_, c: Candidate) => c.titles.map((t) => `${t.form} ${t.year}`).join('; '),
          },
          {
            title: 'Sáng kiến được công nhận',
            key: 'initiatives',
            render: (_, c: Candidate) => c.initiatives.join('; '),
          },
        ]}
      />
      {consideration.forms.some((f) => f.form === 'gia_dinh_van_hoa') && (
        <Household consideration={consideration} villages={units} onMade={setResults} />
      )}
    </Space>
  );
}

/** What the last sending gave: each proposal accepted, or refused with every reason. */
function Results({ results }: { results: Proposal[] }) {
  return (
    <Card size="small" title="Kết quả gửi đề nghị">
      <Table
        rowKey="id"
        size="small"
        aria-label="Kết quả gửi đề nghị"
        dataSource={results}
        pagination={false}
        columns={[
          { title: 'Người, tập thể', dataIndex: 'name' },
          { title: 'Hình thức', dataIndex: 'formLabel' },
          {
            title: 'Kết quả',
            key: 'status',
            render: (_, p: Proposal) => <StatusTag proposal={p} />,
          },
          {
            title: 'Lý do',
            key: 'reasons',
            render: (_, p: Proposal) => <Reasons reasons={p.reasons} />,
          },
        ]}
      />
    </Card>
  );
}

/** A household for Gia đình văn hóa: named by its head and address in its village. */
function Household({
  consideration,
  villages,
  onMade,
}: {
  consideration: Consideration;
  villages: Array<[string, string]>;
  onMade: (made: Proposal[]) => void;
}) {
  const queries = useQueryClient();
  const [form] = Form.useForm<{ head: string; address: string; unitCode: string }>();
  const send = useMutation({
    mutationFn: async (v: { head: string; address: string; unitCode: string }) =>
      (
        await api.POST('/considerations/{id}/proposals', {
          params: { path: { id: consideration.id } },
          body: {
            items: [
              {
                subject: { kind: 'household', ...v },
                form: 'gia_dinh_van_hoa',
                achievement: `Gia đình văn hóa năm ${consideration.year}`,
              },
            ],
          },
        })
      ).data!,
    onSuccess: (made) => {
      onMade(made);
      form.resetFields();
      void queries.invalidateQueries({ queryKey: ['proposals', consideration.id] });
    },
  });
  return (
    <Card size="small" title="Đề nghị “Gia đình văn hóa” (công khai tại thôn, không qua Hội đồng)">
      <Form form={form} layout="inline" onFinish={(v) => send.mutate(v)}>
        <Form.Item
          name="unitCode"
          label="Thôn, tổ dân phố"
          rules={[{ required: true, message: 'Chọn thôn' }]}
        >
          <Select
            aria-label="Thôn, tổ dân phố"
            style={{ minWidth: 180 }}
            options={villages.map(([value, label]) => ({ value, label }))}
          />
        </Form.Item>
        <Form.Item name="head" label="Chủ hộ" rules={[{ required: true, message: 'Nhập tên chủ hộ' }]}>
          <Input aria-label="Chủ hộ" />
        </Form.Item>
        <Form.Item name="address" label="Địa chỉ" rules={[{ required: true, message: 'Nhập địa chỉ' }]}>
          <Input aria-label="Địa chỉ" />
        </Form.Item>
        <Button htmlType="submit" loading={send.isPending}>
          Đề nghị
        </Button>
      </Form>
      {send.error && (
        <Alert style={{ marginTop: 8 }} type="error" showIcon role="alert" message={send.error.message} />
      )}
    </Card>
  );
}
