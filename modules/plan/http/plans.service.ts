import { Injectable } from '@nestjs/common';
import type { Actor } from '@kernel';
import { UnitDirectoryQuery } from '@modules/unit-directory/unit-directory.query';
import { planIdFor } from '@platform/ids';
import type { Page } from '@platform/http/page';
import { CommandGateway, rowsOf } from '@platform/temporal/command-gateway';
import type { DirectoryFacts, PlanCommand } from '../plan.decider';
import { referencedUnits, type PlanDefinition } from '../plan.definition';
import type { PlanView } from '../plan.entity';
import { planProjection } from '../plan.projection';
import { PlanQuery } from '../plan.query';
import { planRoute } from '../plan.route';
import { planReply, type PlanReply } from './plan.reply';
import { planVocabulary, type PlanVocabulary } from './vocabulary';

@Injectable()
export class PlansService {
  constructor(
    private readonly gateway: CommandGateway,
    private readonly plans: PlanQuery,
    private readonly units: UnitDirectoryQuery,
  ) {}

  async draft(definition: PlanDefinition, actor: Actor): Promise<PlanReply> {
    const planId = planIdFor(definition.issuer, definition.number);
    const facts = await this.directoryFacts(definition);
    return this.send(planId, { type: 'DraftPlan', data: { planId, definition, ...facts }, actor });
  }

  async revise(planId: string, definition: PlanDefinition, actor: Actor): Promise<PlanReply> {
    await this.plans.plan(planId);
    const facts = await this.directoryFacts(definition);
    return this.send(planId, { type: 'RevisePlan', data: { definition, ...facts }, actor });
  }

  async launch(planId: string, actor: Actor): Promise<PlanReply> {
    await this.plans.plan(planId);
    return this.send(planId, { type: 'LaunchPlan', data: {}, actor });
  }

  async list(limit: number, offset: number, search?: string): Promise<Page<PlanReply>> {
    const page = await this.plans.page(limit, offset, search);
    return { ...page, items: page.items.map(planReply) };
  }

  async vocabulary(): Promise<PlanVocabulary> {
    return planVocabulary(await this.units.kinds());
  }

  async get(planId: string): Promise<PlanReply> {
    return planReply(await this.plans.plan(planId));
  }

  /** With-start: a plan known to the store gets its workflow back even if Temporal lost it. */
  async send(planId: string, command: PlanCommand): Promise<PlanReply> {
    const result = await this.gateway.send(planRoute, planId, command);
    return planReply(rowsOf<PlanView>(result, planProjection)[0] ?? (await this.plans.plan(planId)));
  }

  private async directoryFacts(definition: PlanDefinition): Promise<DirectoryFacts> {
    const [knownUnits, kinds] = await Promise.all([
      this.units.known(referencedUnits(definition).map((ref) => ref.code)),
      this.units.kinds(),
    ]);
    return { knownUnits, knownKinds: kinds.map((k) => k.code) };
  }
}
