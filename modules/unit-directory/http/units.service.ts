import { Injectable } from '@nestjs/common';
import type { Actor } from '@kernel';
import { nameUuid } from '@platform/ids';
import type { Page } from '@platform/http/page';
import { CommandGateway, rowsOf } from '@platform/temporal/command-gateway';
import {
  UNIT_KIND_LABELS,
  type RestrictionRecord,
  type Unit,
  type UnitCommand,
} from '../unit-directory.decider';
import { UnitDirectoryQuery } from '../unit-directory.query';
import { unitDirectoryRoute } from '../unit-directory.route';
import { restrictionProjection, type RestrictionView } from '../restriction.projection';
import { unitProjection, type UnitView } from '../unit.projection';
import type { UnitReply } from './unit.reply';

@Injectable()
export class UnitsService {
  constructor(
    private readonly gateway: CommandGateway,
    private readonly query: UnitDirectoryQuery,
  ) {}

  async register(unit: Unit, actor: Actor): Promise<UnitReply> {
    const result = await this.send({ type: 'RegisterUnit', data: unit, actor });
    const [row] = rowsOf<UnitView>(result, unitProjection);
    return withLabel(row ?? (await this.query.unit(unit.code)));
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
    const page = await this.query.page(limit, offset);
    return { ...page, items: page.items.map(withLabel) };
  }

  async get(code: string): Promise<UnitReply> {
    return withLabel(await this.query.unit(code));
  }

  private send(command: UnitCommand) {
    return this.gateway.send(unitDirectoryRoute, 'units', command);
  }
}

const withLabel = (unit: UnitView): UnitReply => ({ ...unit, kindLabel: UNIT_KIND_LABELS[unit.kind] });
