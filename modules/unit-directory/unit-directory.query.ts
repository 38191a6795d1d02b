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
/**
 * SQL for the organisation the unit `unit` (an SQL expression) works in: itself when it is one,
 * else the nearest one above it; NULL for no unit. A scalar subquery, so other queries embed it.
 */
export const organisationOfSql = (unit: string): string => `(
  WITH RECURSIVE up(id, parent_code, level, depth) AS (
    SELECT id, parent_code, level, 0 FROM units WHERE id = ${unit}
    UNION ALL
    SELECT u.id, u.parent_code, u.level, up.depth + 1
      FROM units u JOIN up ON u.id = up.parent_code
     WHERE up.level = 'internal' AND up.depth < 64)
  SELECT id FROM up WHERE level <> 'internal' ORDER BY depth LIMIT 1)`;

@Injectable()
export class UnitDirectoryQuery {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /** `root`: the organisation whose subtree the reader sees (read now, not from a cache); absent: all. */
  async page(limit: number, offset: number, root?: string | null): Promise<Page<UnitView>> {
    const query = this.db.getRepository(UnitView).createQueryBuilder('unit');
    if (root !== undefined)
      query.where(
        `unit.id IN (WITH RECURSIVE down(id, depth) AS (
           SELECT id, 0 FROM units WHERE id = :root
           UNION ALL
           SELECT u.id, down.depth + 1 FROM units u JOIN down ON u.parent_code = down.id WHERE down.depth < 64)
         SELECT id FROM down)`,
        { root },
      );
    const [items, total] = await query.orderBy('unit.id', 'ASC').take(limit).skip(offset).getManyAndCount();
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

  /** The organisation a unit works in: itself when it is one, else the nearest one above it. */
  async organisationOf(code: string): Promise<string | undefined> {
    const rows: Array<{ id: string | null }> = await this.db.query(
      `SELECT ${organisationOfSql('$1')} AS id`,
      [code],
    );
    return rows[0]?.id ?? undefined;
  }

  async find(code: string): Promise<UnitView | null> {
    return this.db.getRepository(UnitView).findOneBy({ id: code });
  }

  /** The units of these kinds directly under a unit, in being today, by code. */
  async childrenOfKinds(parent: string, kinds: string[]): Promise<string[]> {
    const rows = await this.db.getRepository(UnitView).find({
      select: { id: true },
      where: { parentCode: parent, kind: In(kinds), endedOn: IsNull() },
      order: { id: 'ASC' },
    });
    return rows.map((u) => u.id);
  }

  /** The organisation above an organisation (a commune's city), when it is in the directory. */
  async parentOrganisation(code: string): Promise<UnitView | undefined> {
    const unit = await this.db.getRepository(UnitView).findOneBy({ id: code });
    const up = unit?.parentCode ? await this.organisationOf(unit.parentCode) : undefined;
    return up ? ((await this.db.getRepository(UnitView).findOneBy({ id: up })) ?? undefined) : undefined;
  }

  /**
   * An organisation and its own units, itself first: those under it down to (not into) the
   * organisations below it — its offices, villages, centres, companies — in one query.
   */
  async ownUnits(organisation: string): Promise<Array<{ code: string; name: string; kind: string }>> {
    return (await this.db.query(
      `WITH RECURSIVE down(id, depth) AS (
         SELECT id, 0 FROM units WHERE id = $1
         UNION ALL
         SELECT u.id, down.depth + 1 FROM units u JOIN down ON u.parent_code = down.id
          WHERE u.level = 'internal' AND down.depth < 64)
       SELECT u.id AS code, u.name, u.kind FROM down JOIN units u ON u.id = down.id
        ORDER BY down.depth > 0, u.id`,
      [organisation],
    )) as Array<{ code: string; name: string; kind: string }>;
  }

  /** Every unit at or under this one, organisations below it and their units included. */
  async subtree(code: string): Promise<string[]> {
    const rows: Array<{ id: string }> = await this.db.query(
      `WITH RECURSIVE down(id, depth) AS (
         SELECT id, 0 FROM units WHERE id = $1
         UNION ALL
         SELECT u.id, down.depth + 1 FROM units u JOIN down ON u.parent_code = down.id WHERE down.depth < 64)
       SELECT id FROM down`,
      [code],
    );
    return rows.map((r) => r.id);
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

/**
 * The body that issues an organisation's documents and decisions: a province's or commune's
 * People's Committee (“Ủy ban nhân dân thành phố Hải Phòng”); a department issues its own.
 */
export function issuingBody(unit: Pick<UnitView, 'name' | 'level' | 'profile'>): string {
  if (unit.profile?.issuingBody) return unit.profile.issuingBody;
  if (unit.level !== 'province' && unit.level !== 'commune') return unit.name;
  return `Ủy ban nhân dân ${unit.name.charAt(0).toLowerCase()}${unit.name.slice(1)}`;
}
