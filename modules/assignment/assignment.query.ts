import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Between, In, type DataSource, type FindOptionsWhere } from 'typeorm';
import { DomainError } from '@kernel';
import type { Page } from '@platform/http/page';
import type { Indicator } from '@modules/plan/plan.definition';
import { AssignmentView } from './assignment.projection';
import { EvidenceView } from './evidence.projection';
import { describeMeasure, describeTarget } from './assignment.indicators';
import { timeStateOf } from './assignment.policy';
import { IndicatorValueView, measureOf } from './indicator-value.projection';
import { InitiativeView } from './initiative.projection';

/** Reads of units' assignments: tasks, evidence, indicator values and initiatives. */
@Injectable()
export class AssignmentQuery {
  /** Targets and values as documents write them, for modules that show this one's figures. */
  readonly figures: FigureWriter = {
    target: describeTarget,
    value: (indicator, value) => describeMeasure(indicator, measureOf(value)),
  };

  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /** Every unit's part in a task; 404 for an unknown task. */
  async taskRows(taskId: string): Promise<AssignmentView[]> {
    const rows = await this.db.getRepository(AssignmentView).findBy({ taskId });
    if (rows.length === 0) throw new DomainError('NOT_FOUND', 'Không tìm thấy nhiệm vụ', { field: 'id' });
    return rows;
  }

  /** How many units' parts in tasks a plan's assignments hold so far. */
  count(planId: string): Promise<number> {
    return this.db.getRepository(AssignmentView).countBy({ planId });
  }

  planRows(planId: string): Promise<AssignmentView[]> {
    return this.db.getRepository(AssignmentView).find({
      where: { planId },
      order: { seq: 'ASC', role: 'DESC', unitCode: 'ASC' },
    });
  }

  async page(
    where: FindOptionsWhere<AssignmentView>,
    limit: number,
    offset: number,
  ): Promise<Page<AssignmentView>> {
    const [items, total] = await this.db.getRepository(AssignmentView).findAndCount({
      where,
      order: { planId: 'ASC', seq: 'ASC', unitCode: 'ASC' },
      take: limit,
      skip: offset,
    });
    return { items, total, limit, offset };
  }

  /** Does the unit take part in the plan? */
  /** Of a plan's tasks, those their lead units have not done for the deadline on `dueOn`. */
  async unfinished(
    planId: string,
    taskCodes: string[],
    dueOn: string,
  ): Promise<Array<{ taskCode: string; unitCode: string }>> {
    const rows = await this.db.getRepository(AssignmentView).find({
      where: { planId, role: 'lead', taskCode: In(taskCodes) },
      order: { seq: 'ASC' },
    });
    return rows
      .filter((row) => !timeStateOf(row, dueOn).startsWith('done'))
      .map(({ taskCode, unitCode }) => ({ taskCode, unitCode }));
  }

  takesPart(planId: string, unitCode: string): Promise<boolean> {
    return this.db.getRepository(AssignmentView).existsBy({ planId, unitCode });
  }

  async evidence(evidenceId: string): Promise<EvidenceView> {
    const evidence = await this.db.getRepository(EvidenceView).findOneBy({ id: evidenceId });
    if (!evidence) throw new DomainError('NOT_FOUND', 'Không tìm thấy minh chứng', { field: 'id' });
    return evidence;
  }

  /** The evidence behind figures of a plan's indicator (by unit and period when given). */
  figureEvidence(where: {
    planId: string;
    indicatorCode: string;
    unitCode?: string;
    period?: string;
  }): Promise<EvidenceView[]> {
    return this.db.getRepository(EvidenceView).find({ where, order: { attachedAt: 'ASC' } });
  }

  /** How many files back each figure of a plan, keyed `unit/indicator/period`. */
  async figureEvidenceCounts(planId: string): Promise<Map<string, number>> {
    const rows = (await this.db.query(
      `SELECT unit_code, indicator_code, period, count(*)::int AS n FROM evidence
        WHERE plan_id = $1 AND indicator_code IS NOT NULL GROUP BY 1, 2, 3`,
      [planId],
    )) as Array<{ unit_code: string; indicator_code: string; period: string; n: number }>;
    return new Map(rows.map((r) => [`${r.unit_code}/${r.indicator_code}/${r.period}`, r.n]));
  }

  evidenceOf(taskId: string): Promise<EvidenceView[]> {
    return this.db.getRepository(EvidenceView).find({ where: { taskId }, order: { attachedAt: 'ASC' } });
  }

  indicatorValue(id: string): Promise<IndicatorValueView> {
    return this.db.getRepository(IndicatorValueView).findOneByOrFail({ id });
  }

  indicatorValues(where: FindOptionsWhere<IndicatorValueView>): Promise<IndicatorValueView[]> {
    return this.db.getRepository(IndicatorValueView).find({
      where,
      order: { period: 'ASC', unitCode: 'ASC', indicatorCode: 'ASC' },
    });
  }

  initiative(id: string): Promise<InitiativeView> {
    return this.db.getRepository(InitiativeView).findOneByOrFail({ id });
  }

  initiativesBetween(planId: string, span: { from: string; to: string }): Promise<InitiativeView[]> {
    return this.db
      .getRepository(InitiativeView)
      .findBy({ planId, recognizedOn: Between(span.from, span.to) });
  }

  initiatives(planId: string): Promise<InitiativeView[]> {
    return this.db.getRepository(InitiativeView).find({ where: { planId }, order: { recognizedOn: 'ASC' } });
  }
}

export interface FigureWriter {
  target(indicator: Indicator): string;
  value(indicator: Indicator, value: IndicatorValueView): string;
}
