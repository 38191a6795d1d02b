import { fail } from './plan.errors';
import { kindOf, referencedUnits, type Indicator, type PlanDefinition } from './plan.definition';

/**
 * The rules a plan definition must satisfy beyond field shapes. Pure: the workflow's
 * update validator and the API's pre-checks run the same code.
 */
export function checkPlanDefinition(def: PlanDefinition): void {
  if (def.endsOn < def.startsOn) {
    fail('PLAN_DEFINITION_INVALID', 'Ngày kết thúc kế hoạch phải sau ngày bắt đầu', { field: 'endsOn' });
  }
  checkPhases(def);
  checkUnique(
    def.indicators.map((i) => i.code),
    'indicators',
  );
  def.indicators.forEach((indicator, i) => checkIndicator(def, indicator, `indicators.${i}`));
  checkUnique(
    def.taskGroups.map((g) => g.code),
    'taskGroups',
  );
  const taskCodes = def.taskGroups.flatMap((g) => g.tasks.map((t) => t.code));
  checkUnique(taskCodes, 'tasks');
  def.taskGroups.forEach((group, g) =>
    group.tasks.forEach((task, t) => {
      const at = `taskGroups.${g}.tasks.${t}`;
      if (!task.leadUnit)
        fail('PLAN_DEFINITION_INVALID', `Nhiệm vụ ${task.code} chưa có đơn vị chủ trì`, {
          field: `${at}.leadUnit`,
        });
      if (task.coordinatingUnits.includes(task.leadUnit)) {
        fail(
          'PLAN_DEFINITION_INVALID',
          `Đơn vị chủ trì của nhiệm vụ ${task.code} không thể đồng thời là đơn vị phối hợp`,
          {
            field: `${at}.coordinatingUnits`,
          },
        );
      }
      if (task.dueOn && (task.dueOn < def.startsOn || task.dueOn > def.endsOn)) {
        fail('PLAN_DEFINITION_INVALID', `Hạn của nhiệm vụ ${task.code} nằm ngoài thời gian của kế hoạch`, {
          field: `${at}.dueOn`,
        });
      }
    }),
  );
  const days = {
    monthlyDueBeforeDay: 'tháng',
    quarterlyDueBeforeDay: 'quý',
    halfYearDueBeforeDay: '6 tháng',
    nineMonthsDueBeforeDay: '9 tháng',
  } as const;
  for (const [field, label] of Object.entries(days) as Array<[keyof typeof days, string]>) {
    const day = def.reporting[field];
    if (day !== undefined && (day < 2 || day > 28))
      fail('PLAN_DEFINITION_INVALID', `Ngày hạn báo cáo ${label} phải từ 2 đến 28`, {
        field: `reporting.${field}`,
      });
  }
  const { annualDueBefore: a } = def.reporting;
  if (a && (a.month < 1 || a.month > 12 || a.day < 2 || a.day > 28)) {
    fail('PLAN_DEFINITION_INVALID', 'Hạn báo cáo năm không hợp lệ', { field: 'reporting.annualDueBefore' });
  }
}

function checkPhases(def: PlanDefinition): void {
  if (def.phases.length === 0)
    fail('PLAN_DEFINITION_INVALID', 'Kế hoạch phải có ít nhất một giai đoạn', { field: 'phases' });
  const sorted = def.phases.map((p, i) => ({ ...p, i })).sort((a, b) => a.startsOn.localeCompare(b.startsOn));
  sorted.forEach((phase, k) => {
    const field = `phases.${phase.i}`;
    if (phase.endsOn < phase.startsOn) {
      fail('PLAN_DEFINITION_INVALID', `Giai đoạn “${phase.name}” kết thúc trước khi bắt đầu`, {
        field: `${field}.endsOn`,
      });
    }
    if (phase.startsOn < def.startsOn || phase.endsOn > def.endsOn) {
      fail('PLAN_DEFINITION_INVALID', `Giai đoạn “${phase.name}” nằm ngoài thời gian của kế hoạch`, {
        field,
      });
    }
    const previous = sorted[k - 1];
    if (previous && phase.startsOn <= previous.endsOn) {
      fail('PLAN_DEFINITION_INVALID', `Giai đoạn “${phase.name}” chồng lấn giai đoạn “${previous.name}”`, {
        field,
      });
    }
  });
  checkUnique(
    def.phases.map((p) => p.code),
    'phases',
  );
}

function checkUnique(codes: string[], field: string): void {
  const seen = new Set<string>();
  codes.forEach((code, i) => {
    if (seen.has(code))
      fail('PLAN_DEFINITION_INVALID', `Mã “${code}” bị trùng`, { field: `${field}.${i}.code` });
    seen.add(code);
  });
}

/**
 * A plan gives work only to units the directory knows. `known` is what the API read of the
 * directory for the units the plan names; commands recorded before it was sent carry none.
 */
/** `known`: the unit kinds in the directory's catalogue, read by the API (kinds are data). */
export function checkKnownKinds(def: PlanDefinition, known: string[] | undefined): void {
  if (!known) return;
  const check = (kind: string, field: string) => {
    if (!known.includes(kind))
      fail('UNKNOWN_UNIT_KIND', `Không có loại đơn vị “${kind}” trong danh mục`, { field });
  };
  def.indicators.forEach((indicator, i) =>
    indicator.unitKinds.forEach((kind, k) => check(kind, `indicators.${i}.unitKinds.${k}`)),
  );
  def.taskGroups.forEach((group, g) =>
    group.tasks.forEach((task, t) =>
      task.coordinatingGroups?.forEach((party, p) =>
        party.kinds.forEach((kind, k) =>
          check(kind, `taskGroups.${g}.tasks.${t}.coordinatingGroups.${p}.kinds.${k}`),
        ),
      ),
    ),
  );
}

/**
 * What the API read of the higher plan a definition cites: whether the drafting organisation
 * may carry it out (it is launched and gives that organisation tasks), and which tasks.
 */
export interface BasisFacts {
  launched: boolean;
  /** Codes of the tasks the higher plan gives the drafting organisation (lead or coordinating). */
  taskCodes: string[];
}

/** `facts` absent: nobody checked (a replay); `null`: the cited plan is not one the drafter may see. */
export function checkBasis(def: PlanDefinition, facts: BasisFacts | null | undefined): void {
  if (!def.basis || facts === undefined) return;
  if (facts === null || !facts.launched || facts.taskCodes.length === 0)
    fail(
      'PLAN_BASIS_INVALID',
      'Kế hoạch cấp trên được dẫn làm căn cứ không tồn tại, chưa phát động hoặc không giao nhiệm vụ cho đơn vị này',
      { field: 'basis.planId' },
    );
  const { taskCode } = def.basis;
  if (taskCode && !facts.taskCodes.includes(taskCode))
    fail(
      'PLAN_BASIS_INVALID',
      `Kế hoạch cấp trên không giao nhiệm vụ “${taskCode}” cho đơn vị này (được giao: ${facts.taskCodes.join(', ')})`,
      { field: 'basis.taskCode' },
    );
}

export function checkKnownUnits(def: PlanDefinition, known: string[] | undefined): void {
  if (!known) return;
  const unknown = referencedUnits(def).find((ref) => !known.includes(ref.code));
  if (unknown)
    fail('UNKNOWN_UNIT', `Đơn vị mã “${unknown.code}” chưa có trong danh mục đơn vị`, {
      field: unknown.field,
    });
}

/** Each kind of indicator has what it needs to be measured and judged, and nothing it cannot use. */
function checkIndicator(def: PlanDefinition, indicator: Indicator, at: string): void {
  const kind = kindOf(indicator);
  const broken = (field: string, message: string): never =>
    fail('PLAN_DEFINITION_INVALID', `Chỉ tiêu ${indicator.code}: ${message}`, { field: `${at}.${field}` });
  const percentTarget = kind === 'ratio' || kind === 'breakdown' || kind === 'checklist';
  if (kind === 'ratio' && (indicator.comparator === undefined || indicator.targetPercent === undefined))
    broken('targetPercent', 'chỉ tiêu tỷ lệ cần mục tiêu (%) và phép so sánh');
  if (indicator.targetPercent !== undefined && !percentTarget)
    broken('targetPercent', 'mục tiêu phần trăm chỉ dùng cho tỷ lệ, cơ cấu hoặc bộ tiêu chí');
  if (indicator.target !== undefined && kind !== 'count' && kind !== 'money')
    broken('target', 'mục tiêu bằng số chỉ dùng cho chỉ tiêu đếm số lượng hoặc số tiền');
  if ((indicator.target !== undefined || indicator.targetPercent !== undefined) && !indicator.comparator)
    broken('comparator', 'cần phép so sánh với mục tiêu');
  if (indicator.sharesDenominatorWith !== undefined) {
    const other = def.indicators.find((o) => o.code === indicator.sharesDenominatorWith);
    if (kind !== 'ratio' || !other || kindOf(other) !== 'ratio' || other.code === indicator.code)
      broken('sharesDenominatorWith', 'chỉ dùng chung mẫu số với một chỉ tiêu tỷ lệ khác của kế hoạch');
  }
  const items = (field: 'criteria' | 'parts', min: number, label: string) => {
    const list = indicator[field];
    if (!list || list.length < min) broken(field, `cần ít nhất ${min} ${label}`);
    checkUnique(
      list!.map((item) => item.code),
      `${at}.${field}`,
    );
  };
  if (kind === 'checklist') items('criteria', 1, 'tiêu chí');
  else if (indicator.criteria) broken('criteria', 'chỉ bộ tiêu chí mới có danh sách tiêu chí');
  if (kind === 'breakdown') {
    items('parts', 2, 'thành phần');
    if (indicator.targetPart !== undefined && !indicator.parts!.some((p) => p.code === indicator.targetPart))
      broken('targetPart', `thành phần “${indicator.targetPart}” không có trong cơ cấu`);
    if ((indicator.targetPart === undefined) !== (indicator.targetPercent === undefined))
      broken('targetPart', 'mục tiêu của cơ cấu cần cả thành phần và tỷ lệ (%)');
  } else if (indicator.parts || indicator.targetPart)
    broken('parts', 'chỉ chỉ tiêu cơ cấu mới có thành phần');
}
