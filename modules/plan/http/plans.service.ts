import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { planCommandUpdate, planWorkflowId, type PlanWorkflowInput } from '../plan.route';
import { checkPlanDefinition } from '../plan.policy';
import { DomainError, type Actor } from '@kernel';
import { type PlanCommand } from '../plan.decider';
import { type PlanDefinition, referencedUnits } from '../plan.definition';
import { PlanView } from '../plan.entity';
import type { Page } from '@platform/http/page';
import { TemporalService } from '@platform/temporal/temporal.service';
import { UnitsService } from '@modules/unit-directory/http/units.service';
import { planIdFor } from '@platform/ids';

@Injectable()
export class PlansService {
  constructor(
    private readonly temporal: TemporalService,
    private readonly units: UnitsService,
    @InjectDataSource() private readonly db: DataSource,
  ) {}

  async draft(definition: PlanDefinition, actor: Actor): Promise<PlanView> {
    // Same pure rules as the workflow's validator: a broken plan never starts a workflow.
    checkPlanDefinition(definition);
    await this.units.requireKnown(referencedUnits(definition));
    const planId = planIdFor(definition.issuer, definition.number);
    await this.dispatch(planId, { type: 'DraftPlan', data: { planId, definition }, actor });
    return this.get(planId);
  }

  async revise(planId: string, definition: PlanDefinition, actor: Actor): Promise<PlanView> {
    await this.units.requireKnown(referencedUnits(definition));
    await this.send(planId, { type: 'RevisePlan', data: { definition }, actor });
    return this.get(planId);
  }

  async launch(planId: string, actor: Actor): Promise<PlanView> {
    await this.send(planId, { type: 'LaunchPlan', data: {}, actor });
    return this.get(planId);
  }

  async list(limit: number, offset: number): Promise<Page<PlanView>> {
    const [items, total] = await this.db.getRepository(PlanView).findAndCount({
      order: { issuedOn: 'DESC', id: 'ASC' },
      take: limit,
      skip: offset,
    });
    return { items, total, limit, offset };
  }

  async get(planId: string): Promise<PlanView> {
    const plan = await this.db.getRepository(PlanView).findOneBy({ id: planId });
    if (!plan) throw new DomainError('NOT_FOUND', 'Không tìm thấy kế hoạch', { field: 'id' });
    return plan;
  }

  /** With-start: a plan known to the store gets its workflow back even if Temporal lost it. */
  async send(planId: string, command: PlanCommand): Promise<void> {
    await this.get(planId);
    await this.dispatch(planId, command);
  }

  private async dispatch(planId: string, command: PlanCommand): Promise<void> {
    const input: PlanWorkflowInput = { planId };
    await this.temporal.updateWithStart(
      'planWorkflow',
      planWorkflowId(planId),
      [input],
      planCommandUpdate,
      command,
    );
  }
}
