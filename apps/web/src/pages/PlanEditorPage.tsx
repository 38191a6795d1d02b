import { DeleteOutlined, PlusOutlined, SaveOutlined } from '@ant-design/icons';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import {
  Alert,
  App,
  Button,
  Card,
  Checkbox,
  Col,
  Form,
  Input,
  InputNumber,
  Result,
  Row,
  Select,
  Space,
  Spin,
  Typography,
} from 'antd';
import { useState, type ReactNode } from 'react';
import { Link, useNavigate, useParams, useSearchParams } from 'react-router-dom';
import { api } from '../api/client';
import { useVocabulary } from '../api/vocabulary';
import { clearChangedErrors, showProblem } from '../api/problems';
import type { components } from '../api/schema';
import { civilDate, DateInput } from '../fields';
import { PATHS } from '../paths';
import { useSession } from '../session';
import { tasksGivenTo } from './plan/given';

type PlanDto = components['schemas']['PlanDto'];

const BLANK: Partial<PlanDto> = {
  legalBasis: [''],
  phases: [{ code: 'GD1', name: '', startsOn: '', endsOn: '', review: 'final' }],
  indicators: [],
  rewards: [],
  taskGroups: [{ code: 'I', title: '', tasks: [emptyTask('I.1')] }],
  reporting: { remindDaysBefore: [7, 1] },
};

function emptyTask(code = '') {
  return { code, title: '', leadUnit: '', coordinatingUnits: [], recurringYearly: false };
}

/**
 * Drafting a plan: its general data, legal basis, phases, indicators, task groups with lead and
 * coordinating units, and reporting regime. What the API refuses is shown next to the field.
 */
export function PlanEditorPage() {
  const { planId } = useParams();
  const [search] = useSearchParams();
  // “Soạn kế hoạch triển khai” on a higher plan's page comes with its basis filled in.
  const citing = search.get('can-cu');
  const basis = citing ? { planId: citing, taskCode: search.get('nhiem-vu') ?? undefined } : undefined;
  const { me } = useSession();
  const plan = useQuery({
    queryKey: ['plan', planId],
    enabled: !!planId,
    queryFn: async () => (await api.GET('/plans/{id}', { params: { path: { id: planId! } } })).data!,
  });
  // A new plan starts from what the organisation is known by: issuer, standing agency, rule set.
  const organisation = me?.organisationCode;
  const own = useQuery({
    queryKey: ['unit', organisation],
    enabled: !planId && !!organisation,
    queryFn: async () =>
      (await api.GET('/units/{code}', { params: { path: { code: organisation! } } })).data!,
  });
  if (planId && plan.isPending) return <Spin tip="Đang tải kế hoạch…" />;
  if (!planId && organisation && own.isPending) return <Spin tip="Đang tải thông tin cơ quan…" />;
  const profile = own.data?.profile;
  if (plan.error)
    return <Result status="error" title="Không mở được kế hoạch" subTitle={plan.error.message} />;
  if (plan.data && plan.data.status !== 'draft')
    return (
      <Result
        status="info"
        title="Kế hoạch đã phát động nên không sửa được nữa"
        extra={<Link to={PATHS.plan(plan.data.id)}>Về kế hoạch</Link>}
      />
    );
  return (
    <Editor
      planId={planId}
      initial={
        (plan.data?.definition as unknown as PlanDto) ?? {
          ...BLANK,
          basis,
          ...(profile
            ? {
                issuer: profile.issuingBody,
                standingUnit: profile.standingUnit,
                jurisdiction: profile.jurisdiction,
              }
            : {}),
        }
      }
    />
  );
}

function Editor({ planId, initial }: { planId?: string; initial: Partial<PlanDto> }) {
  const [form] = Form.useForm<PlanDto>();
  const navigate = useNavigate();
  const queries = useQueryClient();
  const { message } = App.useApp();
  const [problem, setProblem] = useState<string>();
  const vocabulary = useVocabulary();
  const units = useQuery({
    queryKey: ['units'],
    queryFn: async () => (await api.GET('/units', { params: { query: { limit: 500 } } })).data!,
  });
  const unitOptions = (units.data?.items ?? []).map((u) => ({ value: u.id, label: `${u.name} (${u.id})` }));
  const save = useMutation({
    mutationFn: async (body: PlanDto) =>
      planId
        ? (await api.PUT('/plans/{id}', { params: { path: { id: planId } }, body })).data!
        : (await api.POST('/plans', { body })).data!,
    onSuccess: (plan) => {
      queries.setQueryData(['plan', plan.id], plan);
      void queries.invalidateQueries({ queryKey: ['plans'] });
      void message.success(planId ? 'Đã lưu kế hoạch' : 'Đã tạo dự thảo kế hoạch');
      navigate(PATHS.plan(plan.id));
    },
    onError: (error) => {
      const general = showProblem(form, error);
      setProblem(general ?? 'Có trường chưa hợp lệ, xem thông báo bên dưới từng trường');
    },
  });
  const v = vocabulary.data;
  return (
    <Space direction="vertical" size="large" style={{ width: '100%' }}>
      <Typography.Title level={3} style={{ margin: 0 }}>
        {planId ? 'Sửa dự thảo kế hoạch' : 'Soạn kế hoạch mới'}
      </Typography.Title>
      {problem && <Alert type="error" showIcon message={problem} role="alert" />}
      <Form<PlanDto>
        form={form}
        onFieldsChange={clearChangedErrors(form)}
        layout="vertical"
        initialValues={initial}
        // Every value, also those no field shows (e.g. the jurisdiction of a plan drafted by the API).
        onFinish={() => save.mutate(clean(form.getFieldsValue(true)))}
        onValuesChange={() => setProblem(undefined)}
        scrollToFirstError
        // A long form: Enter in a field (e.g. after typing a date) must not send it half filled.
        onKeyDown={(e) => {
          if (e.key === 'Enter' && (e.target as HTMLElement).tagName === 'INPUT') e.preventDefault();
        }}
      >
        <Card size="small" title="Thông tin chung">
          <Row gutter={16}>
            <Col xs={24} md={8}>
              <Form.Item label="Số kế hoạch" name="number">
                <Input placeholder="863/KH-UBND" />
              </Form.Item>
            </Col>
            <Col xs={24} md={8}>
              <Form.Item label="Cơ quan ban hành" name="issuer">
                <Input placeholder="Ủy ban nhân dân xã …" />
              </Form.Item>
            </Col>
            <Col xs={24} md={8}>
              <Form.Item label="Ngày ban hành" name="issuedOn" {...civilDate}>
                <DateInput />
              </Form.Item>
            </Col>
            <Col span={24}>
              <Form.Item label="Tên kế hoạch (trích yếu)" name="title">
                <Input.TextArea autoSize={{ minRows: 2 }} />
              </Form.Item>
            </Col>
            <Col xs={24} md={8}>
              <Form.Item label="Người ký" name="signer">
                <Input placeholder="Chủ tịch …" />
              </Form.Item>
            </Col>
            <Col xs={24} md={8}>
              <Form.Item label="Cơ quan thường trực" name="standingUnit">
                <Select showSearch optionFilterProp="label" options={unitOptions} loading={units.isPending} />
              </Form.Item>
            </Col>
            <Col xs={12} md={4}>
              <Form.Item label="Bắt đầu" name="startsOn" {...civilDate}>
                <DateInput />
              </Form.Item>
            </Col>
            <Col xs={12} md={4}>
              <Form.Item label="Kết thúc" name="endsOn" {...civilDate}>
                <DateInput />
              </Form.Item>
            </Col>
          </Row>
        </Card>

        <HigherPlan form={form} />

        <Section title="Căn cứ pháp lý" name="legalBasis" add="Thêm căn cứ" blank="">
          {(field) => (
            <Form.Item name={field.name} style={{ flex: 1, marginBottom: 0 }}>
              <Input
                aria-label={`Căn cứ ${field.name + 1}`}
                placeholder="Luật Thi đua, khen thưởng năm 2022; …"
              />
            </Form.Item>
          )}
        </Section>

        <Section
          title="Giai đoạn"
          name="phases"
          add="Thêm giai đoạn"
          blank={{ code: '', name: '', review: 'final' }}
        >
          {(field) => (
            <Row gutter={8} style={{ flex: 1 }}>
              <Col xs={8} md={3}>
                <Form.Item label="Mã" name={[field.name, 'code']}>
                  <Input />
                </Form.Item>
              </Col>
              <Col xs={16} md={8}>
                <Form.Item label="Tên giai đoạn" name={[field.name, 'name']}>
                  <Input />
                </Form.Item>
              </Col>
              <Col xs={12} md={4}>
                <Form.Item label="Từ ngày" name={[field.name, 'startsOn']} {...civilDate}>
                  <DateInput />
                </Form.Item>
              </Col>
              <Col xs={12} md={4}>
                <Form.Item label="Đến ngày" name={[field.name, 'endsOn']} {...civilDate}>
                  <DateInput />
                </Form.Item>
              </Col>
              <Col xs={24} md={5}>
                <Form.Item label="Kết thúc bằng" name={[field.name, 'review']}>
                  <Select options={v?.reviewKinds} />
                </Form.Item>
              </Col>
            </Row>
          )}
        </Section>

        <Section
          title="Chỉ tiêu"
          name="indicators"
          add="Thêm chỉ tiêu"
          blank={{ code: '', name: '', kind: 'ratio', comparator: '>=', unitKinds: [] }}
        >
          {(field) => <IndicatorFields field={field} vocabulary={v} />}
        </Section>

        <Section
          title="Nhóm nhiệm vụ"
          name="taskGroups"
          add="Thêm nhóm nhiệm vụ"
          blank={{ code: '', title: '', tasks: [emptyTask()] }}
        >
          {(group) => (
            <div style={{ flex: 1 }}>
              <Row gutter={8}>
                <Col xs={8} md={3}>
                  <Form.Item label="Mã nhóm" name={[group.name, 'code']}>
                    <Input />
                  </Form.Item>
                </Col>
                <Col xs={16} md={21}>
                  <Form.Item label="Tên nhóm" name={[group.name, 'title']}>
                    <Input />
                  </Form.Item>
                </Col>
              </Row>
              <Form.List name={[group.name, 'tasks']}>
                {(tasks, { add, remove }) => (
                  <>
                    {tasks.map((task) => (
                      <Card
                        key={task.key}
                        size="small"
                        type="inner"
                        style={{ marginBottom: 8 }}
                        extra={<RemoveButton label="Xóa nhiệm vụ" onClick={() => remove(task.name)} />}
                      >
                        <Row gutter={8}>
                          <Col xs={8} md={3}>
                            <Form.Item label="Mã" name={[task.name, 'code']}>
                              <Input />
                            </Form.Item>
                          </Col>
                          <Col xs={16} md={21}>
                            <Form.Item label="Nội dung nhiệm vụ" name={[task.name, 'title']}>
                              <Input.TextArea autoSize />
                            </Form.Item>
                          </Col>
                          <Col xs={24} md={7}>
                            <Form.Item label="Đơn vị chủ trì" name={[task.name, 'leadUnit']}>
                              <Select showSearch optionFilterProp="label" options={unitOptions} />
                            </Form.Item>
                          </Col>
                          <Col xs={24} md={9}>
                            <Form.Item label="Đơn vị phối hợp" name={[task.name, 'coordinatingUnits']}>
                              <Select mode="multiple" optionFilterProp="label" options={unitOptions} />
                            </Form.Item>
                          </Col>
                          <Col xs={12} md={4}>
                            <Form.Item label="Hạn hoàn thành" name={[task.name, 'dueOn']} {...civilDate}>
                              <DateInput />
                            </Form.Item>
                          </Col>
                          <Col xs={12} md={4}>
                            <Form.Item
                              label=" "
                              name={[task.name, 'recurringYearly']}
                              valuePropName="checked"
                            >
                              <Checkbox>Thực hiện hằng năm</Checkbox>
                            </Form.Item>
                          </Col>
                        </Row>
                      </Card>
                    ))}
                    <Button icon={<PlusOutlined />} onClick={() => add(emptyTask())}>
                      Thêm nhiệm vụ
                    </Button>
                  </>
                )}
              </Form.List>
            </div>
          )}
        </Section>

        <Card size="small" title="Chế độ báo cáo" style={{ marginTop: 16 }}>
          <Row gutter={16}>
            <Col xs={24} md={12}>
              <Form.Item label="Kỳ báo cáo tính" name={['reporting', 'periods']}>
                <Select
                  options={v?.periodRegimes}
                  placeholder="Theo chế độ báo cáo (từ ngày 15 đến ngày 14)"
                  allowClear
                />
              </Form.Item>
            </Col>
            {DUE_DAYS.map(([field, label]) => (
              <Col xs={12} md={6} key={field}>
                <Form.Item label={label} name={['reporting', field]}>
                  <InputNumber min={1} max={31} style={{ width: '100%' }} />
                </Form.Item>
              </Col>
            ))}
            <Col xs={12} md={4}>
              <Form.Item label="Báo cáo năm: ngày" name={['reporting', 'annualDueBefore', 'day']}>
                <InputNumber min={1} max={31} style={{ width: '100%' }} />
              </Form.Item>
            </Col>
            <Col xs={12} md={4}>
              <Form.Item label="tháng" name={['reporting', 'annualDueBefore', 'month']}>
                <InputNumber min={1} max={12} style={{ width: '100%' }} />
              </Form.Item>
            </Col>
            <Col xs={24} md={8}>
              <Form.Item label="Nhắc trước hạn (ngày)" name={['reporting', 'remindDaysBefore']}>
                <Select mode="tags" tokenSeparators={[',', ' ']} />
              </Form.Item>
            </Col>
          </Row>
        </Card>

        <Section
          title="Khen thưởng"
          name="rewards"
          add="Thêm hình thức khen thưởng"
          blank={{ occasion: 'final', awardedBy: '' }}
        >
          {(field) => (
            <Row gutter={8} style={{ flex: 1 }}>
              <Col xs={24} md={6}>
                <Form.Item label="Dịp" name={[field.name, 'occasion']}>
                  <Select options={v?.rewardOccasions} />
                </Form.Item>
              </Col>
              <Col xs={24} md={10}>
                <Form.Item label="Hình thức" name={[field.name, 'form']}>
                  <Select options={v?.rewardForms} />
                </Form.Item>
              </Col>
              <Col xs={24} md={8}>
                <Form.Item label="Cấp khen" name={[field.name, 'awardedBy']}>
                  <Input placeholder="Chủ tịch UBND xã" />
                </Form.Item>
              </Col>
            </Row>
          )}
        </Section>

        <Space style={{ marginTop: 16 }}>
          <Button type="primary" htmlType="submit" icon={<SaveOutlined />} loading={save.isPending}>
            {planId ? 'Lưu kế hoạch' : 'Tạo dự thảo'}
          </Button>
          <Link to={planId ? PATHS.plan(planId) : PATHS.plans}>Hủy</Link>
        </Space>
      </Form>
    </Space>
  );
}

interface ListField {
  key: number;
  name: number;
}

/** A card holding a list of rows, each with a remove button, and an add button under them. */
function Section({
  title,
  name,
  add,
  blank,
  children,
}: {
  title: string;
  name: string;
  add: string;
  blank: unknown;
  children: (field: ListField) => ReactNode;
}) {
  return (
    <Card size="small" title={title} style={{ marginTop: 16 }}>
      <Form.List name={name}>
        {(fields, { add: append, remove }, { errors }) => (
          <>
            {fields.map((field) => (
              <div
                key={field.key}
                style={{ display: 'flex', gap: 8, alignItems: 'flex-start', marginBottom: 8 }}
              >
                {children(field)}
                <RemoveButton label={`Xóa dòng ${field.name + 1}`} onClick={() => remove(field.name)} />
              </div>
            ))}
            <Form.ErrorList errors={errors} />
            <Button icon={<PlusOutlined />} onClick={() => append(blank)}>
              {add}
            </Button>
          </>
        )}
      </Form.List>
    </Card>
  );
}

const RemoveButton = ({ label, onClick }: { label: string; onClick: () => void }) => (
  <Button type="text" danger icon={<DeleteOutlined />} aria-label={label} title={label} onClick={onClick} />
);

/** What the form holds, as the API takes it: blank lines dropped, numbers typed as numbers. */
/**
 * The higher level's plan this one carries out, and the task of it that was given to this
 * organisation: chosen from the launched plans that give the organisation tasks.
 */
function HigherPlan({ form }: { form: ReturnType<typeof Form.useForm<PlanDto>>[0] }) {
  const { me } = useSession();
  const chosen = Form.useWatch(['basis', 'planId'], form);
  const above = useQuery({
    queryKey: ['plans', 'above'],
    queryFn: async () =>
      (await api.GET('/plans', { params: { query: { from: 'above', limit: 100 } } })).data!,
  });
  const plan = above.data?.items.find((p) => p.id === chosen);
  const tasks = tasksGivenTo(plan, me?.organisationCode);
  if (!above.data?.items.length && !chosen) return null;
  return (
    <Card size="small" title="Thực hiện kế hoạch cấp trên">
      <Row gutter={16}>
        <Col xs={24} md={14}>
          <Form.Item label="Căn cứ kế hoạch cấp trên" name={['basis', 'planId']}>
            <Select
              allowClear
              showSearch
              optionFilterProp="label"
              loading={above.isPending}
              onChange={() => form.setFieldValue(['basis', 'taskCode'], undefined)}
              options={(above.data?.items ?? []).map((p) => ({
                value: p.id,
                label: `Kế hoạch số ${p.number} của ${p.issuer}: ${p.title}`,
              }))}
            />
          </Form.Item>
        </Col>
        <Col xs={24} md={10}>
          <Form.Item label="Nhiệm vụ được giao" name={['basis', 'taskCode']}>
            <Select
              allowClear
              disabled={!chosen}
              options={tasks.map((t) => ({ value: t.code, label: `${t.code}. ${t.title}` }))}
            />
          </Form.Item>
        </Col>
      </Row>
    </Card>
  );
}

type Vocabulary = ReturnType<typeof useVocabulary>['data'];

/** Periodic reports of each kind are due before this day (of the month their data ends in, on the cut-off). */
const DUE_DAYS = [
  ['monthlyDueBeforeDay', 'Báo cáo tháng gửi trước ngày'],
  ['quarterlyDueBeforeDay', 'Báo cáo quý gửi trước ngày (của tháng cuối quý)'],
  ['halfYearDueBeforeDay', 'Báo cáo 6 tháng gửi trước ngày'],
  ['nineMonthsDueBeforeDay', 'Báo cáo 9 tháng gửi trước ngày'],
] as const;

/**
 * One indicator: its kind decides what else it needs — a percentage target for a ratio, a
 * number target for a count or an amount, criteria for a checklist, parts for a breakdown.
 */
function IndicatorFields({ field, vocabulary: v }: { field: { name: number }; vocabulary: Vocabulary }) {
  const kind = Form.useWatch(['indicators', field.name, 'kind']) ?? 'ratio';
  const items = kind === 'checklist' ? 'criteria' : kind === 'breakdown' ? 'parts' : undefined;
  return (
    <Row gutter={8} style={{ flex: 1 }}>
      <Col xs={8} md={3}>
        <Form.Item label="Mã" name={[field.name, 'code']}>
          <Input />
        </Form.Item>
      </Col>
      <Col xs={16} md={9}>
        <Form.Item label="Tên chỉ tiêu" name={[field.name, 'name']}>
          <Input />
        </Form.Item>
      </Col>
      <Col xs={24} md={6}>
        <Form.Item label="Loại chỉ tiêu" name={[field.name, 'kind']}>
          <Select options={v?.indicatorKinds} />
        </Form.Item>
      </Col>
      <Col xs={24} md={6}>
        <Form.Item label="Áp dụng cho" name={[field.name, 'unitKinds']}>
          <Select mode="multiple" options={v?.unitKinds} />
        </Form.Item>
      </Col>
      {kind !== 'yes_no' && (
        <Col xs={12} md={4}>
          <Form.Item label="So sánh" name={[field.name, 'comparator']}>
            <Select options={v?.comparators} allowClear />
          </Form.Item>
        </Col>
      )}
      {(kind === 'count' || kind === 'money') && (
        <>
          <Col xs={12} md={4}>
            <Form.Item label="Mục tiêu" name={[field.name, 'target']}>
              <InputNumber min={0} decimalSeparator="," style={{ width: '100%' }} />
            </Form.Item>
          </Col>
          <Col xs={12} md={4}>
            <Form.Item label="Đơn vị tính" name={[field.name, 'measureUnit']}>
              <Input placeholder={kind === 'money' ? 'đồng' : 'lớp, người…'} />
            </Form.Item>
          </Col>
        </>
      )}
      {(kind === 'ratio' || kind === 'checklist' || kind === 'breakdown') && (
        <Col xs={12} md={4}>
          <Form.Item
            label={kind === 'checklist' ? 'Mục tiêu: tỷ lệ đạt đủ (%)' : 'Mục tiêu (%)'}
            name={[field.name, 'targetPercent']}
          >
            <InputNumber min={0} max={100} decimalSeparator="," style={{ width: '100%' }} />
          </Form.Item>
        </Col>
      )}
      {kind === 'ratio' && (
        <Col xs={12} md={6}>
          <Form.Item label="Dùng chung mẫu số với (mã)" name={[field.name, 'sharesDenominatorWith']}>
            <Input />
          </Form.Item>
        </Col>
      )}
      {kind === 'breakdown' && (
        <Col xs={12} md={6}>
          <Form.Item label="Mục tiêu áp cho thành phần (mã)" name={[field.name, 'targetPart']}>
            <Input />
          </Form.Item>
        </Col>
      )}
      {items && (
        <Col span={24}>
          <Form.List name={[field.name, items]}>
            {(rows, { add, remove }) => (
              <>
                {rows.map((row) => (
                  <Row gutter={8} key={row.key}>
                    <Col xs={8} md={4}>
                      <Form.Item label="Mã" name={[row.name, 'code']}>
                        <Input />
                      </Form.Item>
                    </Col>
                    <Col xs={14} md={18}>
                      <Form.Item
                        label={items === 'criteria' ? 'Tiêu chí' : 'Thành phần'}
                        name={[row.name, 'name']}
                      >
                        <Input />
                      </Form.Item>
                    </Col>
                    <Col xs={2}>
                      <Button
                        type="text"
                        icon={<DeleteOutlined />}
                        onClick={() => remove(row.name)}
                        aria-label={`Xóa ${items === 'criteria' ? 'tiêu chí' : 'thành phần'}`}
                        style={{ marginTop: 30 }}
                      />
                    </Col>
                  </Row>
                ))}
                <Button
                  icon={<PlusOutlined />}
                  onClick={() =>
                    add({ code: `${items === 'criteria' ? 'TC' : 'P'}${rows.length + 1}`, name: '' })
                  }
                >
                  {items === 'criteria' ? 'Thêm tiêu chí' : 'Thêm thành phần'}
                </Button>
              </>
            )}
          </Form.List>
        </Col>
      )}
    </Row>
  );
}

function clean(values: PlanDto): PlanDto {
  const reporting = values.reporting ?? { remindDaysBefore: [] };
  const annual = reporting.annualDueBefore;
  return {
    ...values,
    basis: values.basis?.planId ? values.basis : undefined,
    legalBasis: (values.legalBasis ?? []).filter((line) => line?.trim()),
    phases: values.phases ?? [],
    // A kind keeps only the fields it takes: switching kinds leaves the others' values behind.
    indicators: (values.indicators ?? []).map((i) => {
      const kind = i.kind ?? 'ratio';
      const numeric = kind === 'count' || kind === 'money';
      return {
        ...i,
        comparator: kind === 'yes_no' ? undefined : (i.comparator ?? undefined),
        targetPercent: numeric || kind === 'yes_no' ? undefined : (i.targetPercent ?? undefined),
        target: numeric ? (i.target ?? undefined) : undefined,
        measureUnit: numeric ? i.measureUnit || undefined : undefined,
        sharesDenominatorWith: kind === 'ratio' ? i.sharesDenominatorWith || undefined : undefined,
        criteria: kind === 'checklist' ? (i.criteria ?? []) : undefined,
        parts: kind === 'breakdown' ? (i.parts ?? []) : undefined,
        targetPart: kind === 'breakdown' ? i.targetPart || undefined : undefined,
      };
    }),
    rewards: values.rewards ?? [],
    taskGroups: (values.taskGroups ?? []).map((g) => ({
      ...g,
      tasks: (g.tasks ?? []).map((t) => ({ ...t, coordinatingUnits: t.coordinatingUnits ?? [] })),
    })),
    reporting: {
      ...reporting,
      annualDueBefore: annual?.day || annual?.month ? annual : undefined,
      remindDaysBefore: (reporting.remindDaysBefore ?? []).map(Number),
    },
  };
}
