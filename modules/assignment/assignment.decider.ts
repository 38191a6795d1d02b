import {
  daysLate,
  happenedBy,
  periodOf,
  PERIOD_KEY_FORMS,
  civilDateAt,
  type Actor,
  canonicalJson,
  assertNever,
  requireRole,
  type Command,
  type Decider,
  type DomainEvent,
} from '@kernel';
import { fail } from './assignment.errors';
import type { Indicator, UnitKind } from '@modules/plan/plan.definition';
import {
  measure,
  measureAll,
  type IndicatorMeasure,
  type IndicatorValueInput,
} from './assignment.indicators';

export const TASK_STATUSES = ['not_started', 'in_progress', 'done'] as const;
export type TaskStatus = (typeof TASK_STATUSES)[number];
export const TASK_STATUS_LABELS: Record<TaskStatus, string> = {
  not_started: 'Chưa thực hiện',
  in_progress: 'Đang thực hiện',
  done: 'Đã thực hiện',
};

export type AssignmentRole = 'lead' | 'coordinating';

export interface CoordinatingGroupSize {
  label: string;
  units: number;
}

/** A plan task as one unit receives it, as lead (chủ trì) or coordinator (phối hợp). */
export interface AssignedTask {
  taskId: string;
  code: string;
  title: string;
  groupCode: string;
  groupTitle: string;
  /** Position of the task in the plan, for the appendix table's order. */
  seq: number;
  leadUnit: string;
  /** The coordinators named one by one (of a launch before groups were summed up: every one). */
  coordinatingUnits: string[];
  /** The coordinators named as a group (“các xã, phường”): its label and how many units it holds. */
  coordinatingGroups?: CoordinatingGroupSize[];
  dueOn?: string;
  /** A yearly task falls due on `dueOn`'s day every year until this day (the plan's end). */
  recurringUntil?: string;
  role: AssignmentRole;
}

export interface EvidenceFile {
  evidenceId: string;
  fileName: string;
  mediaType: string;
  size: number;
  sha256: string;
}

/** A useful initiative or solution (sáng kiến) credited to the unit or one of its people. */
export interface Initiative {
  initiativeId: string;
  title: string;
  author: string;
  recognizedOn: string;
  description: string;
}

export interface TaskResultInput {
  taskCode: string;
  status?: TaskStatus;
  result: string;
  /** The day the task was done, when the report says it is (the report's date when absent). */
  doneOn?: string;
}

export type { IndicatorValueInput };

/** What the API knows of the request a submission answers (read from the plan's projection). */
export interface RequestRef {
  requestId: string;
  dueAt: string;
  units: string[];
  /** Indicator values in the submission count for this period. */
  period: string;
  /** Codes of the sections the request's template has (absent: none checked, for old requests). */
  sections?: string[];
}

export type AssignmentCommand =
  | Command<
      'IssueTasks',
      { planId: string; unitCode: string; unitKind: UnitKind; tasks: AssignedTask[]; indicators: Indicator[] }
    >
  /** `on`: the day this became so (today when absent); never in the future. */
  | Command<'RecordProgress', { taskCode: string; status: TaskStatus; result: string; on?: string }>
  | Command<'AddContribution', { taskCode: string; text: string }>
  | Command<'RecordIndicatorValue', IndicatorValueInput & { period: string }>
  | Command<'AttachEvidence', { taskCode: string; evidence: EvidenceFile }>
  /** The evidence behind a figure: the file a unit's value of an indicator for a period rests on. */
  | Command<'AttachFigureEvidence', { indicatorCode: string; period: string; evidence: EvidenceFile }>
  | Command<'RecordInitiative', Initiative>
  | Command<
      'SubmitReport',
      {
        request: RequestRef;
        reportDate: string;
        taskResults: TaskResultInput[];
        indicatorValues: IndicatorValueInput[];
        note?: string;
        sections?: Record<string, string>;
      }
    >;

interface UnitRef {
  planId: string;
  unitCode: string;
}
type TaskRef = UnitRef & { taskId: string; taskCode: string };

export type AssignmentEvent =
  | DomainEvent<'AssignmentOpened', UnitRef & { unitKind: UnitKind; indicators: Indicator[] }>
  | DomainEvent<'TaskAssigned', UnitRef & { task: AssignedTask }>
  /** `on`: the day it happened (absent in events from before it was asked: the day it was recorded). */
  | DomainEvent<'TaskProgressRecorded', TaskRef & { status: TaskStatus; result: string; on?: string }>
  | DomainEvent<'ContributionAdded', TaskRef & { text: string }>
  | DomainEvent<'IndicatorValueRecorded', UnitRef & IndicatorMeasure & { period: string }>
  | DomainEvent<'EvidenceAttached', TaskRef & { evidence: EvidenceFile }>
  | DomainEvent<
      'FigureEvidenceAttached',
      UnitRef & { indicatorCode: string; period: string; evidence: EvidenceFile }
    >
  | DomainEvent<'InitiativeRecorded', UnitRef & Initiative>
  | DomainEvent<
      'ReportSubmitted',
      UnitRef & {
        requestId: string;
        submittedAt: string;
        dueAt: string;
        daysLate: number;
        reportDate: string;
        taskResults: Array<TaskResultInput & { taskId: string; role: AssignmentRole }>;
        indicatorValues: Array<IndicatorMeasure & { period: string }>;
        note?: string;
        /** The prose of the request's sections, by code (absent when none was written). */
        sections?: Record<string, string>;
        digest: string;
      }
    >;

export interface ActiveAssignment {
  status: 'active';
  planId: string;
  unitCode: string;
  unitKind: UnitKind;
  tasks: Record<
    string,
    AssignedTask & { progress: TaskStatus; result: string; contribution: string; progressOn?: string }
  >;
  indicators: Indicator[];
  evidence: string[];
  initiatives?: string[];
  /** Digest of each submission, so a repeated submission is recognised. */
  submissions: Record<string, string>;
}

export type AssignmentState = { status: 'absent' } | ActiveAssignment;

const ISSUERS = ['owner', 'admin'] as const;

/**
 * One unit's work in one plan: its tasks, results, indicator values, evidence and reports.
 * Only members of that unit act on it; only the lead unit sets a task's result.
 */
export function decideAssignment(
  state: AssignmentState,
  command: AssignmentCommand,
  now: Date,
): AssignmentEvent[] {
  if (command.type === 'IssueTasks') {
    requireRole(command.actor, ISSUERS);
    const { planId, unitCode, unitKind, tasks } = command.data;
    const opened: AssignmentEvent[] =
      state.status === 'active'
        ? []
        : [
            {
              type: 'AssignmentOpened',
              data: { planId, unitCode, unitKind, indicators: command.data.indicators },
            },
          ];
    const known = state.status === 'active' ? state.tasks : {};
    return [
      ...opened,
      ...tasks
        .filter((task) => !known[task.code])
        .map((task): AssignmentEvent => ({ type: 'TaskAssigned', data: { planId, unitCode, task } })),
    ];
  }
  const unit = ownUnit(state, command.actor);
  const ref = { planId: unit.planId, unitCode: unit.unitCode };
  switch (command.type) {
    case 'RecordProgress': {
      const { taskCode, status, result } = command.data;
      const task = leadTask(unit, taskCode, 'taskCode');
      const on = happenedBy(command.data.on ?? civilDateAt(now), now, 'on', 'Ngày thực hiện');
      const sameDay = command.data.on === undefined || command.data.on === task.progressOn;
      if (task.progress === status && task.result === result && sameDay) return [];
      if (status === 'not_started' && task.progress !== 'not_started')
        fail('TASK_ALREADY_STARTED', 'Nhiệm vụ đã bắt đầu, không thể trở lại “Chưa thực hiện”', {
          field: 'status',
        });
      if (status === 'done' && !result.trim())
        fail('RESULT_REQUIRED', 'Nhiệm vụ đã thực hiện phải có kết quả thực hiện', { field: 'result' });
      return [{ type: 'TaskProgressRecorded', data: { ...ref, ...taskRef(task), status, result, on } }];
    }
    case 'AddContribution': {
      const task = ownTask(unit, command.data.taskCode, 'taskCode');
      if (task.role !== 'coordinating')
        fail(
          'LEAD_REPORTS_PROGRESS',
          'Đơn vị chủ trì cập nhật kết quả qua tiến độ nhiệm vụ, không gửi đóng góp',
          {
            field: 'taskCode',
          },
        );
      if (task.contribution === command.data.text) return [];
      return [{ type: 'ContributionAdded', data: { ...ref, ...taskRef(task), text: command.data.text } }];
    }
    case 'RecordIndicatorValue': {
      const { period, ...value } = command.data;
      if (!periodOf(period))
        fail('INVALID_PERIOD', `Kỳ của chỉ tiêu có dạng ${PERIOD_KEY_FORMS}`, { field: 'period' });
      const measured = measure(indicatorFor(unit)(value.indicatorCode, 'indicatorCode'), value);
      return [{ type: 'IndicatorValueRecorded', data: { ...ref, ...measured, period } }];
    }
    case 'AttachEvidence': {
      const task = ownTask(unit, command.data.taskCode, 'taskCode');
      if (unit.evidence.includes(command.data.evidence.evidenceId)) return [];
      return [
        { type: 'EvidenceAttached', data: { ...ref, ...taskRef(task), evidence: command.data.evidence } },
      ];
    }
    case 'AttachFigureEvidence': {
      const { indicatorCode, period, evidence } = command.data;
      indicatorFor(unit)(indicatorCode, 'indicatorCode');
      if (!periodOf(period))
        fail('INVALID_PERIOD', `Kỳ của chỉ tiêu có dạng ${PERIOD_KEY_FORMS}`, { field: 'period' });
      if (unit.evidence.includes(evidence.evidenceId)) return [];
      return [{ type: 'FigureEvidenceAttached', data: { ...ref, indicatorCode, period, evidence } }];
    }
    case 'SubmitReport':
      return submitReport(unit, command.data, now);
    case 'RecordInitiative':
      if (unit.initiatives?.includes(command.data.initiativeId)) return [];
      return [{ type: 'InitiativeRecorded', data: { ...ref, ...command.data } }];
    default:
      return assertNever(command);
  }
}

function submitReport(
  unit: ActiveAssignment,
  input: Extract<AssignmentCommand, { type: 'SubmitReport' }>['data'],
  now: Date,
): AssignmentEvent[] {
  const { request, reportDate, taskResults, indicatorValues, note } = input;
  const ref = { planId: unit.planId, unitCode: unit.unitCode };
  happenedBy(reportDate, now, 'reportDate', 'Ngày báo cáo');
  const sections = writtenSections(input.sections, request.sections);
  if (!request.units.includes(unit.unitCode))
    fail('FORBIDDEN', `Đơn vị ${unit.unitCode} không thuộc danh sách được yêu cầu báo cáo`, {
      field: 'requestId',
    });
  // Sections joined the digest later: a report without them keeps the digest it always had.
  const digest = canonicalJson({
    reportDate,
    taskResults,
    indicatorValues,
    note: note ?? null,
    ...(sections ? { sections } : {}),
  });
  const previous = unit.submissions[request.requestId];
  if (previous === digest) return [];
  if (previous)
    fail('ALREADY_EXISTS', 'Đơn vị đã gửi báo cáo cho yêu cầu này với nội dung khác', { field: 'requestId' });

  const results = taskResults.map((r, i) => {
    const task = ownTask(unit, r.taskCode, `taskResults.${i}.taskCode`);
    if (r.status && task.role !== 'lead')
      fail('LEAD_SETS_STATUS', 'Chỉ đơn vị chủ trì đặt trạng thái nhiệm vụ', {
        field: `taskResults.${i}.status`,
      });
    if (r.doneOn !== undefined) {
      if (r.status !== 'done')
        fail('VALIDATION_FAILED', 'Chỉ nhiệm vụ đã thực hiện mới có ngày hoàn thành', {
          field: `taskResults.${i}.doneOn`,
        });
      happenedBy(r.doneOn, now, `taskResults.${i}.doneOn`, 'Ngày hoàn thành');
    }
    return { ...r, taskId: task.taskId, role: task.role };
  });
  const values = measureAll(indicatorFor(unit), indicatorValues, 'indicatorValues.').map((v) => ({
    ...v,
    period: request.period,
  }));
  const submittedAt = now.toISOString();
  const events: AssignmentEvent[] = [
    {
      type: 'ReportSubmitted',
      data: {
        ...ref,
        requestId: request.requestId,
        submittedAt,
        dueAt: request.dueAt,
        daysLate: daysLate(request.dueAt, submittedAt),
        reportDate,
        taskResults: results,
        indicatorValues: values,
        ...(note === undefined ? {} : { note }),
        ...(sections ? { sections } : {}),
        digest,
      },
    },
  ];
  // A report also moves the work it reports on: results and values become the current ones.
  for (const r of results) {
    const task = unit.tasks[r.taskCode];
    if (task.role === 'lead') {
      const status = r.status ?? (task.progress === 'not_started' ? 'in_progress' : task.progress);
      const on = status === 'done' ? (r.doneOn ?? reportDate) : civilDateAt(now);
      const moved = status !== task.progress || (status === 'done' && on !== task.progressOn);
      if (moved || r.result !== task.result)
        events.push({
          type: 'TaskProgressRecorded',
          data: { ...ref, ...taskRef(task), status, result: r.result, on: moved ? on : task.progressOn },
        });
    } else if (r.result !== task.contribution) {
      events.push({ type: 'ContributionAdded', data: { ...ref, ...taskRef(task), text: r.result } });
    }
  }
  for (const v of values) events.push({ type: 'IndicatorValueRecorded', data: { ...ref, ...v } });
  return events;
}

export function evolveAssignment(state: AssignmentState, event: AssignmentEvent): AssignmentState {
  if (event.type === 'AssignmentOpened') {
    const { planId, unitCode, unitKind, indicators } = event.data;
    return {
      status: 'active',
      planId,
      unitCode,
      unitKind,
      indicators,
      tasks: {},
      evidence: [],
      submissions: {},
    };
  }
  if (state.status !== 'active') return state;
  const patchTask = (code: string, patch: Partial<ActiveAssignment['tasks'][string]>): AssignmentState => ({
    ...state,
    tasks: { ...state.tasks, [code]: { ...state.tasks[code], ...patch } },
  });
  switch (event.type) {
    case 'TaskAssigned': {
      const entry = {
        ...event.data.task,
        progress: 'not_started' as TaskStatus,
        result: '',
        contribution: '',
      };
      return { ...state, tasks: { ...state.tasks, [entry.code]: entry } };
    }
    case 'TaskProgressRecorded':
      return patchTask(event.data.taskCode, {
        progress: event.data.status,
        result: event.data.result,
        progressOn: event.data.on,
      });
    case 'ContributionAdded':
      return patchTask(event.data.taskCode, { contribution: event.data.text });
    case 'EvidenceAttached':
    case 'FigureEvidenceAttached':
      return { ...state, evidence: [...state.evidence, event.data.evidence.evidenceId] };
    case 'ReportSubmitted':
      return { ...state, submissions: { ...state.submissions, [event.data.requestId]: event.data.digest } };
    case 'IndicatorValueRecorded':
      return state;
    case 'InitiativeRecorded':
      return { ...state, initiatives: [...(state.initiatives ?? []), event.data.initiativeId] };
    default:
      return assertNever(event);
  }
}

export const assignmentDecider: Decider<AssignmentState, AssignmentCommand, AssignmentEvent> = {
  initialState: { status: 'absent' },
  decide: decideAssignment,
  evolve: evolveAssignment,
};

function ownUnit(state: AssignmentState, actor: Actor): ActiveAssignment {
  if (state.status !== 'active') fail('NOT_FOUND', 'Đơn vị chưa được giao nhiệm vụ nào trong kế hoạch này');
  if (actor.unitCode !== state.unitCode)
    fail('FORBIDDEN', `Chỉ thành viên đơn vị ${state.unitCode} được thao tác trên công việc của đơn vị này`);
  return state;
}

function ownTask(unit: ActiveAssignment, code: string, field: string) {
  const task = unit.tasks[code];
  if (!task) fail('NOT_FOUND', `Đơn vị ${unit.unitCode} không được giao nhiệm vụ ${code}`, { field });
  return task;
}

function leadTask(unit: ActiveAssignment, code: string, field: string) {
  const task = ownTask(unit, code, field);
  if (task.role !== 'lead')
    fail(
      'FORBIDDEN',
      `Chỉ đơn vị chủ trì (${task.leadUnit}) cập nhật kết quả nhiệm vụ ${code}; đơn vị phối hợp gửi đóng góp`,
      {
        field,
      },
    );
  return task;
}

/** The prose written for the request's sections, each known to its template; undefined when none. */
function writtenSections(
  given: Record<string, string> | undefined,
  known: string[] | undefined,
): Record<string, string> | undefined {
  if (!given) return undefined;
  const written = Object.entries(given).flatMap(([code, text]) => {
    if (typeof text !== 'string')
      fail('VALIDATION_FAILED', 'Nội dung mỗi mục phải là văn bản', { field: `sections.${code}` });
    if (known && !known.includes(code))
      fail('VALIDATION_FAILED', `Yêu cầu báo cáo không có mục “${code}”`, { field: `sections.${code}` });
    if (text.length > 20_000)
      fail('VALIDATION_FAILED', 'Mỗi mục dài tối đa 20.000 ký tự', { field: `sections.${code}` });
    return text.trim() ? [[code, text.trim()] as const] : [];
  });
  // In the template's order, so the same prose always makes the same report.
  const order = (code: string) => known?.indexOf(code) ?? 0;
  written.sort(([a], [b]) => order(a) - order(b) || a.localeCompare(b));
  return written.length ? Object.fromEntries(written) : undefined;
}

const indicatorFor =
  (unit: ActiveAssignment) =>
  (code: string, field: string): Indicator => {
    const indicator = unit.indicators.find((i) => i.code === code);
    if (!indicator)
      fail('INDICATOR_NOT_APPLICABLE', `Chỉ tiêu ${code} không áp dụng cho đơn vị ${unit.unitCode}`, {
        field,
      });
    return indicator;
  };

const taskRef = (task: AssignedTask) => ({ taskId: task.taskId, taskCode: task.code });
