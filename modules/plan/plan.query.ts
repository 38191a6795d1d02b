import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { DomainError } from '@kernel';
import type { Page } from '@platform/http/page';
import { PlanView } from './plan.entity';

/** Reads of plans: what other modules and the plan's own endpoints know of a plan. */
@Injectable()
export class PlanQuery {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  async page(limit: number, offset: number): Promise<Page<PlanView>> {
    const [items, total] = await this.db.getRepository(PlanView).findAndCount({
      order: { issuedOn: 'DESC', id: 'ASC' },
      take: limit,
      skip: offset,
    });
    return { items, total, limit, offset };
  }

  async plan(planId: string): Promise<PlanView> {
    const plan = await this.db.getRepository(PlanView).findOneBy({ id: planId });
    if (!plan) throw new DomainError('NOT_FOUND', 'Không tìm thấy kế hoạch', { field: 'id' });
    return plan;
  }
}
