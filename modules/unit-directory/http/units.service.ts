import { Injectable } from '@nestjs/common';
import { DomainError, type Actor } from '@kernel';
import { nameUuid } from '@platform/ids';
import type { Page } from '@platform/http/page';
import { CommandGateway, rowsOf } from '@platform/temporal/command-gateway';
import type { RestrictionRecord, Unit, UnitCommand } from '../unit-directory.decider';
import { UNIT_LEVEL_LABELS, type UnitKindDefinition } from '../unit-kinds';
import { UnitDirectoryQuery } from '../unit-directory.query';
import { OrganisationScope } from '../organisation-scope.query';
import { unitDirectoryRoute } from '../unit-directory.route';
import { restrictionProjection, type RestrictionView } from '../restriction.projection';
import { unitProjection, type UnitView } from '../unit.projection';
import type { UnitKindReply, UnitReply } from './unit.reply';

type Change = Extract<
  UnitCommand,
  { type: 'RenameUnit' | 'MoveUnit' | 'MergeUnit' | 'DissolveUnit' | 'SetOrganisationProfile' }
>;

@Injectable()
export class UnitsService {
  constructor(
    private readonly gateway: CommandGateway,
    private readonly query: UnitDirectoryQuery,
    private readonly scope: OrganisationScope,
  ) {}

  /** A unit goes under the actor's organisation unless another unit in its subtree is named. */
  async register(dto: Unit, actor: Actor): Promise<UnitReply> {
    const unit = { ...dto, parentCode: dto.parentCode ?? actor.organisation };
    if (unit.parentCode) await this.within(actor, unit.parentCode, 'parentCode');
    const result = await this.send({ type: 'RegisterUnit', data: unit, actor });
    const [row] = rowsOf<UnitView>(result, unitProjection);
    return this.labelled(row ?? (await this.query.unit(unit.code)));
  }

  /** Renaming, moving, merging, dissolving: the unit keeps what it was before in its history. */
  async change(command: Omit<Change, 'actor'>, actor: Actor): Promise<UnitReply> {
    await this.query.unit(command.data.code);
    const { data } = command as Change;
    if ('parentCode' in data && data.parentCode) await this.within(actor, data.parentCode, 'parentCode');
    if ('into' in data) await this.within(actor, data.into, 'into');
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

  async list(limit: number, offset: number, actor: Actor): Promise<Page<UnitReply>> {
    const root = OrganisationScope.isRoot(actor) ? undefined : (actor.organisation ?? null);
    const [page, label] = await Promise.all([this.query.page(limit, offset, root), this.labeller()]);
    return { ...page, items: page.items.map(label) };
  }

  async get(code: string): Promise<UnitReply> {
    return this.labelled(await this.query.unit(code));
  }

  /** A unit named in a request must be one the actor may see; else it is refused as unknown at its field. */
  private async within(actor: Actor, code: string, field: string): Promise<void> {
    if (!(await this.scope.sees(actor, code)))
      throw new DomainError('UNKNOWN_UNIT', `Không có đơn vị mã ${code} trong phạm vi của tài khoản`, {
        field,
      });
  }

  private async labeller(): Promise<(unit: UnitView) => UnitReply> {
    const kinds = new Map((await this.query.kinds()).map((k) => [k.code, k]));
    return (unit) => ({
      ...unit,
      kindLabel: kinds.get(unit.kind)?.label ?? unit.kind,
    });
  }

  private async labelled(unit: UnitView): Promise<UnitReply> {
    return (await this.labeller())(unit);
  }

  private send(command: UnitCommand) {
    return this.gateway.send(unitDirectoryRoute, 'units', command);
  }
}
