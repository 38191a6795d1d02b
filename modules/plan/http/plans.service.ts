import { Injectable } from '@nestjs/common';
import type { Actor } from '@kernel';
import { UnitDirectoryQuery } from '@modules/unit-directory/unit-directory.query';
import { OrganisationScope } from '@modules/unit-directory/organisation-scope.query';
import { planIdFor } from '@platform/ids';
import type { Page } from '@platform/http/page';
import { CommandGateway, rowsOf } from '@platform/temporal/command-gateway';
import type { DirectoryFacts, PlanCommand } from '../plan.decider';
import {
  allTasks,
  launchedDefinition,
  referencedUnits,
  type LaunchParty,
  type PlanDefinition,
} from '../plan.definition';
import type { BasisFacts } from '../plan.policy';
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
    private readonly scope: OrganisationScope,
  ) {}

  async draft(input: PlanDefinition, actor: Actor): Promise<PlanReply> {
    const organisation = actor.organisation ?? '';
    const definition = await this.withJurisdiction(input, actor.organisation);
    const planId = planIdFor(organisation, definition.issuer, definition.number);
    const facts = await this.directoryFacts(definition, actor);
    return this.send(planId, {
      type: 'DraftPlan',
      data: { planId, definition, organisation: actor.organisation, ...facts },
      actor,
    });
  }

  async revise(planId: string, input: PlanDefinition, actor: Actor): Promise<PlanReply> {
    const plan = await this.plans.plan(planId);
    const definition = await this.withJurisdiction(input, plan.organisationCode);
    const facts = await this.directoryFacts(definition, actor);
    return this.send(planId, { type: 'RevisePlan', data: { definition, ...facts }, actor });
  }

  /**
   * Group parties are resolved now, to the units they mean today; the launch records them, each
   * group (a label and its kinds) once with the tasks it coordinates.
   */
  async launch(planId: string, actor: Actor): Promise<PlanReply> {
    const plan = await this.plans.plan(planId);
    const organisation = plan.status === 'draft' ? plan.organisationCode : null;
    const groups = new Map<string, { label: string; kinds: string[]; taskCodes: string[] }>();
    for (const task of organisation ? allTasks(plan.definition) : [])
      for (const { label, kinds } of task.coordinatingGroups ?? []) {
        const key = JSON.stringify([label, [...kinds].sort()]);
        const group = groups.get(key) ?? { label, kinds, taskCodes: [] };
        group.taskCodes.push(task.code);
        groups.set(key, group);
      }
    const parties: LaunchParty[] = [];
    for (const { label, kinds, taskCodes } of groups.values())
      parties.push({ label, units: await this.units.childrenOfKinds(organisation!, kinds), taskCodes });
    return this.send(planId, { type: 'LaunchPlan', data: parties.length ? { parties } : {}, actor });
  }

  /** `from: 'above'`: instead of its own, the higher plans that give the caller's organisation tasks. */
  async list(
    limit: number,
    offset: number,
    actor: Actor,
    search?: string,
    from?: 'above',
  ): Promise<Page<PlanReply>> {
    const page =
      from === 'above'
        ? await this.plans.page(limit, offset, search, undefined, actor.organisation ?? '')
        : await this.plans.page(limit, offset, search, await this.scope.readable(actor));
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

  /** The units a plan may name are those in its organisation's subtree: others are unknown to it. */
  private async directoryFacts(definition: PlanDefinition, actor: Actor): Promise<DirectoryFacts> {
    const codes = referencedUnits(definition).map((ref) => ref.code);
    const [known, kinds, visible] = await Promise.all([
      this.units.known(codes),
      this.units.kinds(),
      this.scope.visible(actor, ...codes),
    ]);
    const knownUnits = visible ? known.filter((code) => visible.has(code)) : known;
    return {
      knownUnits,
      knownKinds: kinds.map((k) => k.code),
      basis: await this.basisFacts(definition, actor),
    };
  }

  /** A plan naming no rule set follows its organisation's, when the organisation set one. */
  private async withJurisdiction(
    definition: PlanDefinition,
    organisation: string | null | undefined,
  ): Promise<PlanDefinition> {
    if (definition.jurisdiction || !organisation) return definition;
    const jurisdiction = (await this.units.find(organisation))?.profile?.jurisdiction;
    return jurisdiction ? { ...definition, jurisdiction } : definition;
  }

  /** The higher plan a definition cites, as far as it concerns the drafting organisation. */
  private async basisFacts(definition: PlanDefinition, actor: Actor): Promise<BasisFacts | null | undefined> {
    if (!definition.basis) return undefined;
    const parent = await this.plans.find(definition.basis.planId);
    const organisation = actor.organisation;
    if (!parent || !organisation) return null;
    const taskCodes = allTasks(launchedDefinition(parent))
      .filter((t) => t.leadUnit === organisation || t.coordinatingUnits.includes(organisation))
      .map((t) => t.code);
    return { launched: parent.status === 'launched', taskCodes };
  }
}
