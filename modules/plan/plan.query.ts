import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Raw, type DataSource } from 'typeorm';
import { DomainError, MARKS_TRANSLATION, withoutMarks } from '@kernel';
import type { Page } from '@platform/http/page';
import { PlanView } from './plan.entity';

/** Reads of plans: what other modules and the plan's own endpoints know of a plan. */
@Injectable()
export class PlanQuery {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /**
   * Newest first; `search` keeps the plans whose number, title or issuer holds every word of it,
   * with or without its marks ("kim thanh" finds "Kim Thành").
   */
  /**
   * `within`: the organisations whose plans the reader sees; absent: all. `assignedTo`: only the
   * launched plans that give this organisation tasks (a commune's view of its city's plans).
   */
  async page(
    limit: number,
    offset: number,
    search = '',
    within?: string[],
    assignedTo?: string,
  ): Promise<Page<PlanView>> {
    const words = withoutMarks(search).toLowerCase().split(/\s+/).filter(Boolean);
    const query = this.db.getRepository(PlanView).createQueryBuilder('plan');
    if (within) query.andWhere('plan.organisation_code = ANY(:within)', { within });
    if (assignedTo !== undefined)
      query.andWhere('plan.id IN (SELECT plan_id FROM assignments WHERE unit_code = :assignedTo)', {
        assignedTo,
      });
    const text = `lower(translate(concat_ws(' ', plan.number, plan.title, plan.issuer), :from, :to))`;
    words.forEach((word, i) =>
      query.andWhere(`${text} LIKE :w${i}`, {
        ...MARKS_TRANSLATION,
        [`w${i}`]: `%${word.replace(/[\\%_]/g, '\\$&')}%`,
      }),
    );
    const [items, total] = await query
      .orderBy('plan.issuedOn', 'DESC')
      .addOrderBy('plan.id', 'ASC')
      .take(limit)
      .skip(offset)
      .getManyAndCount();
    return { items, total, limit, offset };
  }

  async find(planId: string): Promise<PlanView | null> {
    return this.db.getRepository(PlanView).findOneBy({ id: planId });
  }

  async plan(planId: string): Promise<PlanView> {
    const plan = await this.db.getRepository(PlanView).findOneBy({ id: planId });
    if (!plan) throw new DomainError('NOT_FOUND', 'Không tìm thấy kế hoạch', { field: 'id' });
    return plan;
  }
}

/** A plan id condition: the plans of these organisations. */
export const ofPlansIn = (within: string[]) =>
  Raw((column) => `${column} IN (SELECT id FROM plans WHERE organisation_code = ANY(:within))`, { within });
