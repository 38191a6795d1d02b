import { DeleteOutlined, PaperClipOutlined, PlusOutlined } from '@ant-design/icons';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import {
  App,
  Button,
  Checkbox,
  Col,
  Form,
  Input,
  InputNumber,
  Radio,
  Row,
  Space,
  Table,
  Tag,
  Typography,
  Upload,
} from 'antd';
import { api } from '../../api/client';
import { postFile } from '../../upload';
import { forwardRef } from 'react';
import type { components } from '../../api/schema';
import { formatNumber } from '../../format';

export type Indicator = components['schemas']['IndicatorDto'];
type Value = components['schemas']['IndicatorCountsDto'];
type Row = { subject?: string; met: string[] };

/** What the form holds for one indicator, by the fields its kind takes (as the API names them). */
export interface FigureValues {
  numerator?: number | null;
  denominator?: number | null;
  value?: number | null;
  yes?: boolean;
  rows?: Row[];
  total?: number | null;
  parts?: Record<string, number | null>;
}

const UNIT_LABEL = (i: Indicator) => (i.kind === 'money' ? (i.measureUnit ?? 'đồng') : (i.measureUnit ?? ''));

/** The target as people read it beside the inputs (the API judges it). */
export function targetText(i: Indicator): string {
  const sign = i.comparator ? { '>=': '≥', '>': '>', '=': '=' }[i.comparator] : '';
  if ((i.kind === 'count' || i.kind === 'money') && i.target !== undefined)
    return `Mục tiêu ${sign} ${formatNumber(i.target)} ${UNIT_LABEL(i)}`;
  if (i.targetPercent !== undefined && i.kind !== 'count' && i.kind !== 'money')
    return `Mục tiêu ${sign} ${formatNumber(i.targetPercent)} %`;
  return '';
}

/**
 * The inputs for one indicator of a unit's report, by its kind: two counts for a ratio, a
 * number for a count or an amount, Có/Không, a checklist's table, a breakdown's parts. Named
 * `indicators.<code>.<field>` so the API's refusal lands under the input it names.
 */
export function FigureFields({ indicator: i, evidence }: { indicator: Indicator; evidence?: FigureOf }) {
  return (
    <>
      <FigureInputs indicator={i} />
      {evidence && <FigureEvidence indicatorCode={i.code} of={evidence} />}
    </>
  );
}

/** The figure a file backs: a plan, and the period the unit reports. */
export interface FigureOf {
  planId: string;
  period: string;
}

type Evidence = components['schemas']['EvidenceView'];

/**
 * The evidence behind a figure: files the unit attaches to its value of the indicator for the
 * period (kept as they are, by their fingerprint), listed with a way to add one.
 */
function FigureEvidence({ indicatorCode, of }: { indicatorCode: string; of: FigureOf }) {
  const { message } = App.useApp();
  const queries = useQueryClient();
  const key = ['figure-evidence', of.planId, indicatorCode, of.period];
  const files = useQuery({
    queryKey: key,
    queryFn: async () =>
      (
        await api.GET('/plans/{id}/indicators/{code}/evidence', {
          params: { path: { id: of.planId, code: indicatorCode }, query: { period: of.period } },
        })
      ).data!,
  });
  const upload = async (file: File) => {
    const route = `/plans/${of.planId}/indicators/${encodeURIComponent(indicatorCode)}/evidence`;
    await postFile<Evidence>(route, file, { period: of.period }).then(
      (reply) => {
        void message.success(`Đã đính kèm ${reply.fileName}`);
        void queries.invalidateQueries({ queryKey: key });
      },
      (error: Error) => void message.error(error.message),
    );
    return false;
  };
  return (
    <Space wrap style={{ marginBottom: 16 }}>
      <Upload beforeUpload={upload} showUploadList={false}>
        <Button size="small" icon={<PaperClipOutlined />}>
          Đính kèm minh chứng cho {indicatorCode}
        </Button>
      </Upload>
      {(files.data ?? []).map((f) => (
        <Tag key={f.id} icon={<PaperClipOutlined />}>
          {f.fileName}
        </Tag>
      ))}
    </Space>
  );
}

function FigureInputs({ indicator: i }: { indicator: Indicator }) {
  const name = (field: string) => ['indicators', i.code, field];
  const label = `${i.code}. ${i.name}`;
  const target = targetText(i);
  const heading = (
    <Typography.Text strong>
      {label}
      {target && <Typography.Text type="secondary"> — {target}</Typography.Text>}
    </Typography.Text>
  );
  switch (i.kind ?? 'ratio') {
    case 'ratio':
      return (
        <Row gutter={8} align="bottom" role="group" aria-label={label}>
          <Col span={24}>{heading}</Col>
          <Col xs={12} md={6}>
            <Form.Item label="Số đạt (tử số)" name={name('numerator')}>
              <InputNumber min={0} precision={0} style={{ width: '100%' }} aria-label={`Tử số ${i.code}`} />
            </Form.Item>
          </Col>
          <Col xs={12} md={6}>
            <Form.Item
              label={
                i.sharesDenominatorWith
                  ? `Tổng số (chung với ${i.sharesDenominatorWith})`
                  : 'Tổng số (mẫu số)'
              }
              name={name('denominator')}
            >
              <InputNumber min={0} precision={0} style={{ width: '100%' }} aria-label={`Mẫu số ${i.code}`} />
            </Form.Item>
          </Col>
        </Row>
      );
    case 'count':
    case 'money':
      return (
        <Row gutter={8} role="group" aria-label={label}>
          <Col span={24}>{heading}</Col>
          <Col xs={24} md={8}>
            <Form.Item label={i.kind === 'money' ? 'Số tiền' : 'Số lượng'} name={name('value')}>
              <InputNumber
                min={0}
                precision={i.kind === 'count' ? 0 : undefined}
                style={{ width: '100%' }}
                addonAfter={UNIT_LABEL(i) || undefined}
                formatter={(v) => (v === undefined || String(v) === '' ? '' : formatNumber(Number(v)))}
                parser={(v) => Number((v ?? '').replace(/\./g, '').replace(',', '.')) as 0}
                aria-label={`${i.kind === 'money' ? 'Số tiền' : 'Số lượng'} ${i.code}`}
              />
            </Form.Item>
          </Col>
        </Row>
      );
    case 'yes_no':
      return (
        <Form.Item label={heading} name={name('yes')}>
          <Radio.Group aria-label={label}>
            <Radio value={true}>Có</Radio>
            <Radio value={false}>Không</Radio>
          </Radio.Group>
        </Form.Item>
      );
    case 'checklist':
      return (
        <Form.Item label={heading} name={name('rows')}>
          <ChecklistInput indicator={i} />
        </Form.Item>
      );
    case 'breakdown':
      return (
        <Row gutter={8} role="group" aria-label={label}>
          <Col span={24}>{heading}</Col>
          <Col xs={24} md={6}>
            <Form.Item label="Tổng số" name={name('total')}>
              <InputNumber min={0} precision={0} style={{ width: '100%' }} aria-label={`Tổng số ${i.code}`} />
            </Form.Item>
          </Col>
          <Col xs={24} md={18}>
            <Form.Item label="Chia theo tình trạng" name={name('parts')}>
              <PartsInput indicator={i} />
            </Form.Item>
          </Col>
        </Row>
      );
  }
}

/**
 * A breakdown's parts, one number each; their sum is shown, the API checks it against the total.
 * The ref tells the form the field has an input, so a refusal naming it shows here.
 */
const PartsInput = forwardRef<
  HTMLDivElement,
  {
    indicator: Indicator;
    value?: Record<string, number | null>;
    onChange?: (value: Record<string, number | null>) => void;
  }
>(function PartsInput({ indicator, value = {}, onChange }, ref) {
  const parts = indicator.parts ?? [];
  const sum = parts.reduce((n, p) => n + (value[p.code] ?? 0), 0);
  return (
    <Space ref={ref} direction="vertical" style={{ width: '100%' }}>
      <Row gutter={8}>
        {parts.map((p) => (
          <Col xs={12} md={6} key={p.code}>
            <Typography.Text type="secondary">{p.name}</Typography.Text>
            <InputNumber
              min={0}
              precision={0}
              style={{ width: '100%' }}
              value={value[p.code]}
              onChange={(n) => onChange?.({ ...value, [p.code]: n })}
              aria-label={`${p.name} (${indicator.code})`}
            />
          </Col>
        ))}
      </Row>
      <Typography.Text type="secondary" aria-live="polite">
        Cộng các phần: {formatNumber(sum)}
      </Typography.Text>
    </Space>
  );
});

/**
 * A checklist: one row for the unit itself, or one per subject it reports on (each commune),
 * a box per criterion.
 */
const ChecklistInput = forwardRef<
  HTMLDivElement,
  { indicator: Indicator; value?: Row[]; onChange?: (rows: Row[]) => void }
>(function ChecklistInput({ indicator, value = [{ met: [] }], onChange }, ref) {
  const criteria = indicator.criteria ?? [];
  const update = (index: number, row: Partial<Row>) =>
    onChange?.(value.map((r, i) => (i === index ? { ...r, ...row } : r)));
  const several = value.length > 1 || value.some((r) => r.subject);
  return (
    <Space ref={ref} direction="vertical" style={{ width: '100%' }}>
      <Table<Row & { index: number }>
        size="small"
        pagination={false}
        scroll={{ x: true }}
        rowKey="index"
        dataSource={value.map((r, index) => ({ ...r, index }))}
        columns={[
          {
            title: 'Đối tượng (bỏ trống: chính đơn vị)',
            key: 'subject',
            fixed: 'left',
            width: 200,
            render: (_, r) => (
              <Input
                value={r.subject}
                placeholder={several ? 'Tên xã, đơn vị…' : 'Đơn vị mình'}
                onChange={(e) => update(r.index, { subject: e.target.value })}
                aria-label={`Đối tượng dòng ${r.index + 1} (${indicator.code})`}
              />
            ),
          },
          ...criteria.map((c) => ({
            title: c.name,
            key: c.code,
            align: 'center' as const,
            render: (_: unknown, r: Row & { index: number }) => (
              <Checkbox
                checked={r.met.includes(c.code)}
                onChange={(e) =>
                  update(r.index, {
                    met: e.target.checked ? [...r.met, c.code] : r.met.filter((code) => code !== c.code),
                  })
                }
                aria-label={`${c.name} – dòng ${r.index + 1} (${indicator.code})`}
              />
            ),
          })),
          {
            title: 'Đạt',
            key: 'count',
            align: 'right' as const,
            render: (_: unknown, r: Row) => `${r.met.length}/${criteria.length}`,
          },
          {
            title: '',
            key: 'remove',
            render: (_: unknown, r: Row & { index: number }) =>
              value.length > 1 && (
                <Button
                  type="text"
                  icon={<DeleteOutlined />}
                  onClick={() => onChange?.(value.filter((_, i) => i !== r.index))}
                  aria-label={`Xóa dòng ${r.index + 1} (${indicator.code})`}
                />
              ),
          },
        ]}
      />
      <Button icon={<PlusOutlined />} onClick={() => onChange?.([...value, { subject: '', met: [] }])}>
        Thêm đối tượng
      </Button>
    </Space>
  );
});

const filled = (n: unknown) => n !== undefined && n !== null;

/** The figures people filled, as the API takes them; indicators left empty are not sent. */
export function toIndicatorValues(
  indicators: Indicator[],
  values: Record<string, FigureValues> = {},
): Value[] {
  return indicators.flatMap((i): Value[] => {
    const v = values[i.code] ?? {};
    switch (i.kind ?? 'ratio') {
      case 'ratio':
        return filled(v.numerator) || filled(v.denominator)
          ? [
              {
                indicatorCode: i.code,
                numerator: v.numerator ?? undefined,
                denominator: v.denominator ?? undefined,
              },
            ]
          : [];
      case 'count':
      case 'money':
        return filled(v.value) ? [{ indicatorCode: i.code, value: v.value! }] : [];
      case 'yes_no':
        return v.yes === undefined ? [] : [{ indicatorCode: i.code, yes: v.yes }];
      case 'checklist': {
        const rows = (v.rows ?? []).filter((r) => r.subject?.trim() || r.met.length > 0);
        return rows.length
          ? [
              {
                indicatorCode: i.code,
                rows: rows.map((r) => ({ subject: r.subject?.trim() || undefined, met: r.met })),
              },
            ]
          : [];
      }
      case 'breakdown': {
        const parts = Object.fromEntries(
          Object.entries(v.parts ?? {}).filter(([, n]) => filled(n)) as Array<[string, number]>,
        );
        return filled(v.total) || Object.keys(parts).length
          ? [{ indicatorCode: i.code, total: v.total ?? undefined, parts }]
          : [];
      }
    }
  });
}

/** `indicatorValues.2.parts` of what was sent → ['indicators', 'CT05', 'parts'], where the form shows it. */
export const figureField =
  (sent: Value[]) =>
  (field: string): Array<string | number> => {
    const match = /^indicatorValues\.(\d+)\.(.+)$/.exec(field);
    const code = match && sent[Number(match[1])]?.indicatorCode;
    const path = (text: string) => text.split('.').map((part) => (/^\d+$/.test(part) ? Number(part) : part));
    return code ? ['indicators', code, ...path(match[2])] : path(field);
  };
