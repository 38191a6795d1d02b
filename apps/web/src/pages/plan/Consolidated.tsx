import { DownloadOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { Alert, App, Button, Card, Select, Space, Spin, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { api } from '../../api/client';
import type { components } from '../../api/schema';
import { download } from '../../download';
import { formatDate, formatNumber } from '../../format';
import { ImplementationTable } from './Implementation';
import { TIME_STATE_COLORS, TIME_STATE_SERIES } from '../../time-states';

type Report = components['schemas']['ConsolidatedReply'];
type Task = Report['groups'][number]['tasks'][number];

const NOW = 'hien-tai';

/**
 * The consolidated report, for the plan's current state or for one report request: previewed
 * here as the appendix table and indicators, then downloaded as Word or Excel.
 */
export function Consolidated({ planId }: { planId: string }) {
  const { message } = App.useApp();
  const [period, setPeriod] = useState(NOW);
  const [busy, setBusy] = useState<string>();
  const requests = useQuery({
    queryKey: ['report-requests', planId],
    queryFn: async () =>
      (
        await api.GET('/plans/{id}/report-requests', {
          params: { path: { id: planId }, query: { limit: 200 } },
        })
      ).data!,
  });
  const query: Record<string, string> = period === NOW ? {} : { period };
  const report = useQuery({
    queryKey: ['consolidated', planId, period],
    queryFn: async () =>
      (await api.GET('/plans/{id}/reports/consolidated', { params: { path: { id: planId }, query } })).data!,
  });
  const get = async (format: 'docx' | 'xlsx') => {
    setBusy(format);
    const params = new URLSearchParams({ ...query, format });
    try {
      await download(`/plans/${planId}/reports/consolidated?${params}`, `bao-cao-tong-hop.${format}`);
    } catch (error) {
      void message.error((error as Error).message);
    } finally {
      setBusy(undefined);
    }
  };
  return (
    <Card size="small" title="Báo cáo tổng hợp">
      <Space wrap style={{ marginBottom: 12 }}>
        <Select
          aria-label="Kỳ báo cáo"
          value={period}
          onChange={setPeriod}
          style={{ minWidth: 320 }}
          loading={requests.isPending}
          options={[
            { value: NOW, label: 'Tình hình hiện tại' },
            ...(requests.data?.items ?? []).map((r) => ({
              value: r.id,
              label: r.periodLabel ?? (r.number ? `${r.number}: ${r.subject}` : r.subject),
            })),
          ]}
        />
        <Button icon={<DownloadOutlined />} loading={busy === 'docx'} onClick={() => get('docx')}>
          Tải báo cáo Word (DOCX)
        </Button>
        <Button icon={<DownloadOutlined />} loading={busy === 'xlsx'} onClick={() => get('xlsx')}>
          Tải bảng tổng hợp Excel (XLSX)
        </Button>
      </Space>
      {report.isPending && <Spin tip="Đang tổng hợp báo cáo…" />}
      {report.error && <Alert type="error" showIcon message={report.error.message} role="alert" />}
      {report.data && <Preview report={report.data} />}
    </Card>
  );
}

function Preview({ report }: { report: Report }) {
  const rows = report.groups.flatMap((g) => [
    { key: `group-${g.code}`, group: `${g.code}. ${g.title}` },
    ...g.tasks.map((t) => ({ key: t.code, task: t })),
  ]);
  return (
    <Space direction="vertical" style={{ width: '100%' }}>
      <Typography.Text type="secondary">
        Xem trước {report.period ? `báo cáo ${report.period.label}` : 'tình hình hiện tại'} · lập lúc{' '}
        {formatDate(report.generatedAt)}
      </Typography.Text>
      <div aria-label="Nhiệm vụ theo thời hạn">
        {TIME_STATE_SERIES.map((s) => (
          <Tag key={s.key} color={s.color}>
            {s.name}: {formatNumber(report.deadlines.total[s.key])}
          </Tag>
        ))}
      </div>
      <Table<{ key: string; group?: string; task?: Task }>
        size="small"
        dataSource={rows}
        pagination={false}
        scroll={{ x: true }}
        aria-label="Phụ lục kết quả thực hiện nhiệm vụ"
        columns={[
          {
            title: 'STT',
            key: 'stt',
            width: 70,
            onCell: (r) => ({ colSpan: r.group ? 6 : 1 }),
            render: (_, r) => (r.group ? <strong>{r.group}</strong> : r.task!.code),
          },
          {
            title: 'Nhiệm vụ',
            key: 'title',
            onCell: (r) => ({ colSpan: r.group ? 0 : 1 }),
            render: (_, r) => r.task?.title,
          },
          {
            title: 'Chủ trì',
            key: 'lead',
            onCell: (r) => ({ colSpan: r.group ? 0 : 1 }),
            render: (_, r) => r.task?.leadUnitName,
          },
          {
            title: 'Kết quả thực hiện',
            key: 'result',
            onCell: (r) => ({ colSpan: r.group ? 0 : 1 }),
            render: (_, r) => r.task?.result || '—',
          },
          {
            title: 'Thời hạn',
            key: 'due',
            width: 110,
            onCell: (r) => ({ colSpan: r.group ? 0 : 1 }),
            render: (_, r) =>
              r.task?.dueOn
                ? `${formatDate(r.task.dueOn)}${r.task.recurringYearly ? ' (hằng năm)' : ''}`
                : 'Thường xuyên',
          },
          {
            title: `Tiến độ đến ${formatDate(report.asOf)}`,
            key: 'time-state',
            width: 190,
            onCell: (r) => ({ colSpan: r.group ? 0 : 1 }),
            render: (_, r) =>
              r.task && <Tag color={TIME_STATE_COLORS[r.task.timeState]}>{r.task.timeStateLabel}</Tag>,
          },
        ]}
      />
      {report.indicators.length > 0 && (
        <Table
          size="small"
          rowKey={(i) => `${i.unitCode}-${i.indicatorCode}-${i.period}`}
          dataSource={report.indicators}
          pagination={false}
          scroll={{ x: true }}
          columns={[
            { title: 'Đơn vị', dataIndex: 'unitName' },
            { title: 'Chỉ tiêu', dataIndex: 'indicatorName' },
            { title: 'Mục tiêu', dataIndex: 'target', width: 100 },
            { title: 'Kết quả', dataIndex: 'text' },
            {
              title: 'Đánh giá',
              dataIndex: 'met',
              width: 110,
              render: (met: boolean | null) =>
                met === null ? '' : <Tag color={met ? 'green' : 'red'}>{met ? 'Đạt' : 'Chưa đạt'}</Tag>,
            },
          ]}
        />
      )}
      {report.indicatorTotals.some((t) => t.overall.units > 0) && (
        <Table
          size="small"
          rowKey="indicatorCode"
          aria-label="Tổng hợp chỉ tiêu"
          dataSource={report.indicatorTotals}
          pagination={false}
          scroll={{ x: true }}
          columns={[
            { title: 'Chỉ tiêu', key: 'name', render: (_, t) => `${t.indicatorCode}. ${t.indicatorName}` },
            { title: 'Mục tiêu', dataIndex: 'target', width: 140 },
            { title: 'Kết quả chung', key: 'overall', render: (_, t) => t.overall.display },
            {
              title: 'Đơn vị đạt',
              key: 'meeting',
              align: 'right',
              render: (_, t) => (t.target ? `${t.overall.unitsMeeting}/${t.overall.units}` : ''),
            },
          ]}
        />
      )}
      {report.narrative.some((n) => n.entries.length > 0) && (
        <Card size="small" title="Nội dung báo cáo của các đơn vị">
          {report.narrative
            .filter((n) => n.entries.length > 0)
            .map((n) => (
              <div key={n.code}>
                <Typography.Text strong>{n.title}</Typography.Text>
                {n.entries.map((e) => (
                  <Typography.Paragraph key={e.unitCode} style={{ marginBottom: 4 }}>
                    <em>{e.unitName}:</em> {e.text}
                  </Typography.Paragraph>
                ))}
              </div>
            ))}
        </Card>
      )}
      {report.implementation.length > 0 && <ImplementationTable rows={report.implementation} />}
    </Space>
  );
}
