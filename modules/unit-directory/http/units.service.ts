import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { In, type DataSource } from 'typeorm';
import { UNITS_WORKFLOW_ID, unitsCommandUpdate, type UnitsWorkflowInput } from '../unit-directory.route';
import { nameUuid } from '@platform/ids';
import { DomainError, type Actor } from '@kernel';
import {
  UNIT_KIND_LABELS,
  type RestrictionRecord,
  type Unit,
  type UnitCommand,
} from '../unit-directory.decider';
import { RestrictionView } from '../restriction.projection';
import { UnitView } from '../unit.projection';
import type { Page } from '@platform/http/page';
import { TemporalService } from '@platform/temporal/temporal.service';

export type UnitReply = UnitView & { kindLabel: string };

@Injectable()
export class UnitsService {
  constructor(
    private readonly temporal: TemporalService,
    @InjectDataSource() private readonly db: DataSource,
  ) {}

  async register(unit: Unit, actor: Actor): Promise<UnitReply> {
    await this.send({ type: 'RegisterUnit', data: unit, actor });
    return this.get(unit.code);
  }

  async restrict(unitCode: string, dto: Omit<RestrictionRecord, 'restrictionId' | 'unitCode'>, actor: Actor) {
    const restrictionId = nameUuid('restriction', unitCode, dto.personName ?? '', dto.kind, dto.reason);
    await this.send({ type: 'RecordRestriction', data: { restrictionId, unitCode, ...dto }, actor });
    return this.db.getRepository(RestrictionView).findOneByOrFail({ id: restrictionId });
  }

  async lift(restrictionId: string, reason: string, actor: Actor) {
    const found = await this.db.getRepository(RestrictionView).findOneBy({ id: restrictionId });
    if (!found) throw new DomainError('NOT_FOUND', 'Không tìm thấy hạn chế khen thưởng', { field: 'id' });
    await this.send({ type: 'LiftRestriction', data: { restrictionId, reason }, actor });
    return this.db.getRepository(RestrictionView).findOneByOrFail({ id: restrictionId });
  }

  restrictions(unitCode: string) {
    return this.db
      .getRepository(RestrictionView)
      .find({ where: { unitCode }, order: { recordedAt: 'DESC' } });
  }

  private async send(command: UnitCommand): Promise<void> {
    const input: UnitsWorkflowInput = {};
    await this.temporal.updateWithStart(
      'unitsWorkflow',
      UNITS_WORKFLOW_ID,
      [input],
      unitsCommandUpdate,
      command,
    );
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
