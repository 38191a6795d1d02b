import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { In, IsNull, type DataSource } from 'typeorm';
import { DomainError } from '@kernel';
import type { Page } from '@platform/http/page';
import { RestrictionView } from './restriction.projection';
import { UnitView } from './unit.projection';
import { UnitKindView } from './unit-kind.projection';
import { DEFAULT_UNIT_KINDS, kindCatalogue, type UnitKindDefinition } from './unit-kinds';

/** Reads of the unit directory: the units and the restrictions on them. */
@Injectable()
export class UnitDirectoryQuery {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  async page(limit: number, offset: number): Promise<Page<UnitView>> {
    const [items, total] = await this.db
      .getRepository(UnitView)
      .findAndCount({ order: { id: 'ASC' }, take: limit, skip: offset });
    return { items, total, limit, offset };
  }

  async unit(code: string): Promise<UnitView> {
    const unit = await this.db.getRepository(UnitView).findOneBy({ id: code });
    if (!unit) throw new DomainError('NOT_FOUND', `Không có đơn vị mã ${code}`, { field: 'code' });
    return unit;
  }

  units(codes: string[]): Promise<UnitView[]> {
    return this.db.getRepository(UnitView).findBy({ id: In([...new Set(codes)]) });
  }

  all(): Promise<UnitView[]> {
    return this.db.getRepository(UnitView).find({ order: { id: 'ASC' } });
  }

  /** Every unit's name by its code. */
  async names(): Promise<Map<string, string>> {
    const units = await this.db.getRepository(UnitView).find({ select: { id: true, name: true } });
    return new Map(units.map((u) => [u.id, u.name]));
  }

  /** Which of these codes name units that exist now (merged or dissolved ones take no new work). */
  async known(codes: string[]): Promise<string[]> {
    const found = await this.db
      .getRepository(UnitView)
      .find({ select: { id: true }, where: { id: In([...new Set(codes)]), endedOn: IsNull() } });
    return found.map((u) => u.id);
  }

  /** The default kinds with what admins defined over them; `defined` marks the latter. */
  async kinds(): Promise<Array<UnitKindDefinition & { defined: boolean }>> {
    const rows = await this.db.getRepository(UnitKindView).find();
    const defined = Object.fromEntries(
      rows.map((r) => [r.id, { code: r.id, label: r.label, level: r.level }]),
    );
    const defaults = new Set(DEFAULT_UNIT_KINDS.map((k) => k.code));
    return kindCatalogue(defined).map((k) => ({ ...k, defined: !defaults.has(k.code) || k.code in defined }));
  }

  async restriction(id: string): Promise<RestrictionView> {
    const found = await this.db.getRepository(RestrictionView).findOneBy({ id });
    if (!found) throw new DomainError('NOT_FOUND', 'Không tìm thấy hạn chế khen thưởng', { field: 'id' });
    return found;
  }

  restrictionsOf(unitCode: string): Promise<RestrictionView[]> {
    return this.db
      .getRepository(RestrictionView)
      .find({ where: { unitCode }, order: { recordedAt: 'DESC' } });
  }

  activeRestrictionsOf(unitCode: string): Promise<RestrictionView[]> {
    return this.db.getRepository(RestrictionView).findBy({ unitCode, active: true });
  }
}
