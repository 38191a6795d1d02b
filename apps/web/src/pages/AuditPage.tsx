import { DownloadOutlined, SafetyCertificateOutlined } from '@ant-design/icons';
import { useMutation, useQuery } from '@tanstack/react-query';
import { Alert, Button, Card, Input, Result, Select, Space, Table, Tag, Typography } from 'antd';
import { useMemo, useState } from 'react';
import { useSearchParams } from 'react-router-dom';
import { api } from '../api/client';
import { PlanPicker, useNewestPlan } from './plan/PlanPicker';
import type { components } from '../api/schema';
import { download } from '../download';
import { formatDate, formatNumber } from '../format';
import { AsOf } from './audit/AsOf';
import { Attempts } from './audit/Attempts';
import { Checkpoints } from './audit/Checkpoints';

type Entry = components['schemas']['HistoryEntryReply'];

// dd/mm/yyyy hh:mm:ss, in Việt Nam.
const time = new Intl.DateTimeFormat('vi-VN', {
  day: '2-digit',
  month: '2-digit',
  year: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
  timeZone: 'Asia/Ho_Chi_Minh',
});

const formatTime = (at: string) => time.format(new Date(at));

/**
 * For auditors: a plan's history (who did what, when) with filters, the plan as of a moment,
 * proof the store is intact, and the writes the API refused.
 */
export function AuditPage() {
  // The plan can come in the address (?ke-hoach=<id>), so a plan's page can link to its history.
  const [params, setParams] = useSearchParams();
  const newest = useNewestPlan();
  const chosen = params.get('ke-hoach') ?? newest.data;
  const setPlanId = (id: string) => setParams({ 'ke-hoach': id });
  return (
    <Space direction="vertical" size="large" style={{ width: '100%' }}>
      <Typography.Title level={3} style={{ margin: 0 }}>
        Kiểm toán
      </Typography.Title>
      <Verify />
      <Card title="Lịch sử của kế hoạch" size="small">
        <PlanPicker value={chosen} onChange={setPlanId} />
        {chosen && <Timeline planId={chosen} />}
      </Card>
      {chosen && <AsOf planId={chosen} />}
      <Attempts formatTime={formatTime} />
      <Checkpoints formatTime={formatTime} />
    </Space>
  );
}

function Verify() {
  const verify = useMutation({ mutationFn: async () => (await api.POST('/audit/verify')).data! });
  const report = verify.data;
  return (
    <Card title="Kiểm tra tính toàn vẹn của dữ liệu" size="small">
      <Button
        type="primary"
        icon={<SafetyCertificateOutlined />}
        loading={verify.isPending}
        onClick={() => verify.mutate()}
      >
        {verify.isPending ? 'Đang kiểm tra mọi chuỗi sự kiện…' : 'Kiểm tra ngay'}
      </Button>
      {verify.error && <Alert type="error" showIcon message={verify.error.message} role="alert" />}
      {report && (
        <Result
          status={report.ok ? 'success' : 'error'}
          title={report.ok ? 'Dữ liệu nguyên vẹn' : `Phát hiện ${report.breaks.length} chỗ bị thay đổi`}
          subTitle={`${formatNumber(report.events)} sự kiện trong ${formatNumber(report.streams)} chuỗi, ${formatNumber(report.checkpoints)} điểm kiểm tra; ${formatNumber(report.elapsedMs)} ms`}
          extra={report.breaks.map((b) => (
            <div key={`${b.streamId}-${b.position}`}>
              <Tag color="red">{b.kind}</Tag> {b.streamId} · {b.detail}
            </div>
          ))}
        />
      )}
    </Card>
  );
}

function Timeline({ planId }: { planId: string }) {
  const history = useQuery({
    queryKey: ['history', planId],
    queryFn: async () =>
      (
        await api.GET('/audit/plans/{id}/events', {
          params: { path: { id: planId }, query: { limit: 1000 } },
        })
      ).data!,
  });
  const [who, setWho] = useState<string>();
  const [type, setType] = useState<string>();
  const [day, setDay] = useState('');
  const entries = history.data?.items ?? [];
  const choices = useMemo(
    () => ({
      who: [...new Set(entries.map((e) => e.username))].sort(),
      type: [...new Set(entries.map((e) => e.type))].sort(),
    }),
    [entries],
  );
  const shown = entries.filter(
    (e) =>
      (!who || e.username === who) &&
      (!type || e.type === type) &&
      (!day || formatDate(e.recordedAt).includes(day)),
  );
  return (
    <>
      <Space wrap style={{ marginBottom: 12 }}>
        <Select
          aria-label="Người thực hiện"
          placeholder="Người thực hiện"
          allowClear
          style={{ minWidth: 180 }}
          value={who}
          onChange={setWho}
          options={choices.who.map((u) => ({ value: u, label: u }))}
        />
        <Select
          aria-label="Loại sự kiện"
          placeholder="Loại sự kiện"
          allowClear
          style={{ minWidth: 240 }}
          value={type}
          onChange={setType}
          options={choices.type.map((t) => ({ value: t, label: t }))}
        />
        <Input
          aria-label="Ngày (dd/mm/yyyy)"
          placeholder="Ngày, ví dụ 01/12/2026"
          allowClear
          value={day}
          onChange={(e) => setDay(e.target.value)}
          style={{ width: 200 }}
        />
        <ExportButton planId={planId} format="csv" />
        <ExportButton planId={planId} format="jsonl" />
      </Space>
      {history.error && <Alert type="error" showIcon message={history.error.message} role="alert" />}
      <Table<Entry>
        rowKey="position"
        size="small"
        loading={history.isPending}
        dataSource={shown}
        pagination={{ pageSize: 50, hideOnSinglePage: true }}
        scroll={{ x: true }}
        locale={{ emptyText: 'Không có sự kiện nào khớp' }}
        columns={[
          {
            title: 'Thời điểm',
            dataIndex: 'recordedAt',
            width: 190,
            render: (t: string) => time.format(new Date(t)),
          },
          { title: 'Người thực hiện', dataIndex: 'username', width: 140 },
          { title: 'Vai trò', dataIndex: 'role', width: 100 },
          { title: 'Đơn vị', dataIndex: 'unitCode', width: 90, render: (u: string | null) => u ?? '—' },
          { title: 'Sự kiện', dataIndex: 'type', width: 220 },
          { title: 'Chuỗi', dataIndex: 'streamId', render: (s: string, e) => `${s} #${e.version}` },
        ]}
      />
    </>
  );
}

/** The whole history as a file (streamed by the API): CSV for spreadsheets, JSON Lines for tools. */
function ExportButton({ planId, format }: { planId: string; format: 'csv' | 'jsonl' }) {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string>();
  return (
    <Button
      icon={<DownloadOutlined />}
      loading={busy}
      danger={!!error}
      title={error}
      onClick={async () => {
        setBusy(true);
        setError(undefined);
        await download(`/audit/plans/${planId}/events/export?format=${format}`, `lich-su.${format}`).catch(
          (e: Error) => setError(e.message),
        );
        setBusy(false);
      }}
    >
      {format === 'csv' ? 'Tải lịch sử (CSV)' : 'Tải lịch sử (JSON Lines)'}
    </Button>
  );
}
