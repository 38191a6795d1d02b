import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { In, type DataSource } from 'typeorm';
import {
  UNITS_WORKFLOW_ID,
  unitsCommandUpdate,
  type UnitsWorkflowInput,
} from '../../../../libs/contracts/src';
import { DomainError, UNIT_KIND_LABELS, type Actor, type Unit } from '../../../../libs/domain/src';
import { UnitView } from '../../../../libs/projections/src';
import type { Page } from '../common/page';
import { TemporalService } from '../temporal/temporal.service';

export type UnitReply = UnitView & { kindLabel: string };

@Injectable()
export class UnitsService {
  constructor(
    private readonly temporal: TemporalService,
    @InjectDataSource() private readonly db: DataSource,
  ) {}

  async register(unit: Unit, actor: Actor): Promise<UnitReply> {
    const input: UnitsWorkflowInput = {};
    await this.temporal.updateWithStart('unitsWorkflow', UNITS_WORKFLOW_ID, [input], unitsCommandUpdate, {
      type: 'RegisterUnit',
      data: unit,
      actor,
    });
    return this.get(unit.code);
  }

  async list(limit: number, offset: number): Promise<Page<UnitReply>> {
    const [rows, total] = await this.db
      .getRepository(UnitView)
      .findAndCount({ order: { id: 'ASC' }, take: limit, skip: offset });
    return { items: rows.map(withLabel), total, limit, offset };
  }

  async get(code: string): Promise<UnitReply> {
    const unit = await this.db.getRepository(UnitView).findOneBy({ id: code });
    if (!unit) throw new DomainError('NOT_FOUND', `Không có đơn vị mã ${code}`, { field: 'code' });
    return withLabel(unit);
  }

  /**
   * Fails with UNKNOWN_UNIT naming the first input field whose unit is not registered:
   * a plan may only give work to units the directory knows.
   */
  async requireKnown(refs: Array<{ code: string; field: string }>): Promise<void> {
    const codes = [...new Set(refs.map((r) => r.code))];
    const found = await this.db
      .getRepository(UnitView)
      .find({ select: { id: true }, where: { id: In(codes) } });
    const known = new Set(found.map((u) => u.id));
    const unknown = refs.find((r) => !known.has(r.code));
    if (unknown)
      throw new DomainError('UNKNOWN_UNIT', `Đơn vị mã “${unknown.code}” chưa có trong danh mục đơn vị`, {
        field: unknown.field,
      });
  }
}

const withLabel = (unit: UnitView): UnitReply => ({ ...unit, kindLabel: UNIT_KIND_LABELS[unit.kind] });
