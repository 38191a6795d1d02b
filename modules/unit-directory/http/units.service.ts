import { Injectable } from '@nestjs/common';
import type { Actor } from '@kernel';
import { nameUuid } from '@platform/ids';
import type { Page } from '@platform/http/page';
import { CommandGateway, rowsOf } from '@platform/temporal/command-gateway';
import type { RestrictionRecord, Unit, UnitCommand } from '../unit-directory.decider';
import { UNIT_LEVEL_LABELS, type UnitKindDefinition } from '../unit-kinds';
import { UnitDirectoryQuery } from '../unit-directory.query';
import { unitDirectoryRoute } from '../unit-directory.route';
import { restrictionProjection, type RestrictionView } from '../restriction.projection';
import { unitProjection, type UnitView } from '../unit.projection';
import type { UnitKindReply, UnitReply } from './unit.reply';

type Change = Extract<UnitCommand, { type: 'RenameUnit' | 'MoveUnit' | 'MergeUnit' | 'DissolveUnit' }>;

@Injectable()
export class UnitsService {
  constructor(
    private readonly gateway: CommandGateway,
    private readonly query: UnitDirectoryQuery,
  ) {}

  async register(unit: Unit, actor: Actor): Promise<UnitReply> {
    const result = await this.send({ type: 'RegisterUnit', data: unit, actor });
    const [row] = rowsOf<UnitView>(result, unitProjection);
    return this.labelled(row ?? (await this.query.unit(unit.code)));
  }

  /** Renaming, moving, merging, dissolving: the unit keeps what it was before in its history. */
  async change(command: Omit<Change, 'actor'>, actor: Actor): Promise<UnitReply> {
    await this.query.unit(command.data.code);
    const result = await this.send({ ...command, actor } as Change);
    const row = rowsOf<UnitView>(result, unitProjection).find((u) => u.id === command.data.code);
    return this.labelled(row ?? (await this.query.unit(command.data.code)));
  }

  async kinds(): Promise<UnitKindReply[]> {
    return (await this.query.kinds()).map((k) => ({ ...k, levelLabel: UNIT_LEVEL_LABELS[k.level] }));
  }

  async defineKind(kind: UnitKindDefinition, actor: Actor): Promise<UnitKindReply> {
    await this.send({ type: 'DefineUnitKind', data: kind, actor });
    return (await this.kinds()).find((k) => k.code === kind.code)!;
  }

  async restrict(
    unitCode: string,
    dto: Omit<RestrictionRecord, 'restrictionId' | 'unitCode'>,
    actor: Actor,
  ): Promise<RestrictionView> {
    const restrictionId = nameUuid('restriction', unitCode, dto.personName ?? '', dto.kind, dto.reason);
    const result = await this.send({
      type: 'RecordRestriction',
      data: { restrictionId, unitCode, ...dto },
      actor,
    });
    return rowsOf<RestrictionView>(result, restrictionProjection)[0] ?? this.query.restriction(restrictionId);
  }

  async lift(restrictionId: string, reason: string, actor: Actor): Promise<RestrictionView> {
    await this.query.restriction(restrictionId);
    const result = await this.send({ type: 'LiftRestriction', data: { restrictionId, reason }, actor });
    return rowsOf<RestrictionView>(result, restrictionProjection)[0] ?? this.query.restriction(restrictionId);
  }

  restrictions(unitCode: string): Promise<RestrictionView[]> {
    return this.query.restrictionsOf(unitCode);
  }

  async list(limit: number, offset: number): Promise<Page<UnitReply>> {
    const [page, label] = await Promise.all([this.query.page(limit, offset), this.labeller()]);
    return { ...page, items: page.items.map(label) };
  }

  async get(code: string): Promise<UnitReply> {
    return this.labelled(await this.query.unit(code));
  }

  private async labeller(): Promise<(unit: UnitView) => UnitReply> {
    const kinds = new Map((await this.query.kinds()).map((k) => [k.code, k]));
    return (unit) => ({
      ...unit,
      kindLabel: kinds.get(unit.kind)?.label ?? unit.kind,
      level: kinds.get(unit.kind)?.level ?? 'internal',
    });
  }

  private async labelled(unit: UnitView): Promise<UnitReply> {
    return (await this.labeller())(unit);
  }

  private send(command: UnitCommand) {
    return this.gateway.send(unitDirectoryRoute, 'units', command);
  }
}
