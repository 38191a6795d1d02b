import { useQuery } from '@tanstack/react-query';
import { Alert, Card, Col, Empty, Row, Spin, Table, Tag, Typography } from 'antd';
import {
  Bar,
  BarChart,
  CartesianGrid,
  Legend,
  ReferenceLine,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';
import { api } from '../../api/client';
import type { components } from '../../api/schema';
import { formatDate, formatNumber, formatPercent } from '../../format';
import { TIME_STATE_SERIES } from '../../time-states';

type Overview = components['schemas']['PlanOverviewReply'];
type UnitRow = Overview['units'][number];
type Indicator = Overview['indicators'][number];

/** The plan's dashboard: tasks by unit and status, report timeliness per unit, indicators against targets. */
export function PlanOverview({ planId }: { planId: string }) {
  const overview = useQuery({
    queryKey: ['plan-overview', planId],
    queryFn: async () => (await api.GET('/plans/{id}/overview', { params: { path: { id: planId } } })).data!,
  });
  if (overview.isPending) return <Spin tip="Đang tổng hợp…" />;
  if (overview.error) return <Alert type="error" showIcon message={overview.error.message} role="alert" />;
  const o = overview.data;
  if (o.units.length === 0) return <Empty description="Chưa có đơn vị nào nhận nhiệm vụ" />;
  return (
    <Row gutter={[16, 16]}>
      <Col span={24}>
        <Typography.Text type="secondary">Số liệu đến ngày {formatDate(o.asOf)}</Typography.Text>
        <div aria-label="Nhiệm vụ chủ trì theo thời hạn" style={{ marginTop: 8 }}>
          {TIME_STATE_SERIES.map((s) => (
            <Tag key={s.key} color={s.color}>
              {s.name}: {formatNumber(o.deadlines[s.key])}
            </Tag>
          ))}
          <Typography.Text type="secondary">
            {' '}
            trên tổng số {formatNumber(o.deadlines.total)} nhiệm vụ
          </Typography.Text>
        </div>
      </Col>
      <Col xs={24} xl={12}>
        <Card size="small" title="Nhiệm vụ chủ trì theo đơn vị và thời hạn">
          <div role="img" aria-label="Biểu đồ nhiệm vụ chủ trì theo đơn vị và thời hạn">
            <ResponsiveContainer width="100%" height={Math.max(200, o.units.length * 36 + 60)}>
              <BarChart data={o.units.map((u) => ({ unit: u.unitCode, ...u.deadlines }))} layout="vertical">
                <CartesianGrid strokeDasharray="3 3" />
                <XAxis type="number" allowDecimals={false} tickFormatter={formatNumber} />
                <YAxis type="category" dataKey="unit" width={90} />
                <Tooltip formatter={(value) => formatNumber(Number(value))} />
                <Legend />
                {TIME_STATE_SERIES.map((s) => (
                  <Bar
                    key={s.key}
                    dataKey={s.key}
                    name={s.name}
                    stackId="tasks"
                    fill={s.color}
                    isAnimationActive={false}
                  />
                ))}
              </BarChart>
            </ResponsiveContainer>
          </div>
        </Card>
      </Col>
      <Col xs={24} xl={12}>
        <Timeliness units={o.units} />
      </Col>
      {o.indicators.map((indicator) => (
        <Col xs={24} xl={12} key={indicator.code}>
          <IndicatorChart indicator={indicator} />
        </Col>
      ))}
    </Row>
  );
}

function Timeliness({ units }: { units: UnitRow[] }) {
  return (
    <Card size="small" title="Tình hình báo cáo và nhiệm vụ của từng đơn vị">
      <Table<UnitRow>
        rowKey="unitCode"
        size="small"
        dataSource={units}
        pagination={false}
        scroll={{ x: true }}
        rowClassName={(u) => (u.reports.overdue > 0 || u.tasks.overdue > 0 ? 'row-alarm' : '')}
        columns={[
          { title: 'Đơn vị', dataIndex: 'unitName' },
          { title: 'Đúng hạn', dataIndex: ['reports', 'on_time'], align: 'right' },
          {
            title: 'Trễ hạn',
            key: 'late',
            align: 'right',
            render: (_, u) =>
              u.reports.late > 0 ? (
                <Tag color="orange">
                  {formatNumber(u.reports.late)} ({formatNumber(u.reports.daysLate)} ngày)
                </Tag>
              ) : (
                0
              ),
          },
          {
            title: 'Quá hạn chưa gửi',
            key: 'overdue',
            align: 'right',
            render: (_, u) => (u.reports.overdue > 0 ? <Tag color="red">{u.reports.overdue}</Tag> : 0),
          },
          { title: 'Chưa đến hạn', dataIndex: ['reports', 'pending'], align: 'right' },
          {
            title: 'Nhiệm vụ quá hạn',
            key: 'tasks-overdue',
            align: 'right',
            render: (_, u) => (u.tasks.overdue > 0 ? <Tag color="red">{u.tasks.overdue}</Tag> : 0),
          },
        ]}
      />
    </Card>
  );
}

function IndicatorChart({ indicator: i }: { indicator: Indicator }) {
  const summary = i.total?.display ?? 'chưa có số liệu';
  const charted = i.units.some((u) => u.percent !== null);
  return (
    <Card
      size="small"
      title={`${i.code}. ${i.name}`}
      extra={
        <Tag color={i.met === null ? 'default' : i.met ? 'green' : 'red'}>
          {i.met === null ? summary : `${summary} – ${i.met ? 'đạt' : 'chưa đạt'}`}
        </Tag>
      }
    >
      {i.target && <Typography.Text type="secondary">Mục tiêu: {i.target}</Typography.Text>}
      {i.units.length === 0 ? (
        <Empty description="Chưa đơn vị nào báo cáo chỉ tiêu này" />
      ) : charted ? (
        <div
          role="img"
          aria-label={`Chỉ tiêu ${i.code}: ${summary}${i.target ? `, mục tiêu ${i.target}` : ''}`}
        >
          <ResponsiveContainer width="100%" height={240}>
            <BarChart data={i.units.map((u) => ({ unit: u.unitCode, percent: u.percent }))}>
              <CartesianGrid strokeDasharray="3 3" />
              <XAxis dataKey="unit" />
              <YAxis domain={[0, 100]} tickFormatter={(n: number) => `${n} %`} />
              <Tooltip formatter={(value) => formatPercent(Number(value))} />
              {i.targetPercent !== null && (
                <ReferenceLine
                  y={i.targetPercent}
                  stroke="#cf1322"
                  strokeDasharray="4 4"
                  label={{
                    value: `Mục tiêu ${formatPercent(i.targetPercent, 0)}`,
                    position: 'insideTopRight',
                  }}
                />
              )}
              <Bar dataKey="percent" name="Tỷ lệ đạt" fill="#1677ff" isAnimationActive={false} />
            </BarChart>
          </ResponsiveContainer>
        </div>
      ) : (
        <Table
          rowKey="unitCode"
          size="small"
          pagination={false}
          dataSource={i.units}
          columns={[
            { title: 'Đơn vị', dataIndex: 'unitName' },
            { title: 'Kết quả', dataIndex: 'text' },
            {
              title: 'Đánh giá',
              dataIndex: 'met',
              render: (met: boolean | null) =>
                met === null ? '' : <Tag color={met ? 'green' : 'red'}>{met ? 'Đạt' : 'Chưa đạt'}</Tag>,
            },
          ]}
        />
      )}
    </Card>
  );
}
