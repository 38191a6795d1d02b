import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Request } from 'express';
import type { DataSource } from 'typeorm';
import type { Actor } from '@kernel';
import { OrganisationScope } from '@modules/unit-directory/organisation-scope.query';

/** The organisation owning the object an `:id` names, by the route's family (its first segment). */
const PLAN_OF: Record<string, string> = {
  plans: `SELECT organisation_code AS org FROM plans WHERE id = $1`,
  tasks: `SELECT p.organisation_code AS org FROM assignments a JOIN plans p ON p.id = a.plan_id
           WHERE a.task_id = $1 LIMIT 1`,
  evidence: `SELECT p.organisation_code AS org FROM evidence e JOIN plans p ON p.id = e.plan_id WHERE e.id = $1`,
  'report-requests': `SELECT p.organisation_code AS org FROM report_requests r JOIN plans p ON p.id = r.plan_id
                       WHERE r.id = $1`,
  reviews: `SELECT p.organisation_code AS org FROM reviews r JOIN plans p ON p.id = r.plan_id WHERE r.id = $1`,
  'report-documents': `SELECT organisation_code AS org FROM report_documents WHERE id = $1`,
  // A nomination referred up belongs to the organisation handling it, not to the plan's.
  nominations: `SELECT COALESCE(n.organisation_code, p.organisation_code) AS org
                  FROM nominations n JOIN plans p ON p.id = n.plan_id WHERE n.id = $1`,
};
/**
 * Whether the caller's unit is given work in the object's plan: a commune, granted the `unit`
 * role for itself, carries out the tasks its city's plan gives it and answers its requests.
 */
const TAKES_PART: Record<string, string> = {
  tasks: `SELECT 1 FROM assignments WHERE task_id = $1 AND unit_code = $2 LIMIT 1`,
  evidence: `SELECT 1 FROM evidence WHERE id = $1 AND unit_code = $2`,
  'report-requests': `SELECT 1 FROM report_requests r JOIN assignments a ON a.plan_id = r.plan_id
                       WHERE r.id = $1 AND a.unit_code = $2 LIMIT 1`,
};
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * Every route that names an object is checked here, once, against the caller's organisation:
 * out of sight is 404, in sight but another organisation's is 403 to writes. Routes without an
 * object (lists, `/me/…`) filter by the same scope in their queries.
 */
@Injectable()
export class RouteScope {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly scope: OrganisationScope,
  ) {}

  async check(request: Request, actor: Actor, writes: boolean): Promise<void> {
    const route = String((request.route as { path?: string } | undefined)?.path ?? '');
    const { id, code } = request.params as { id?: string; code?: string };
    const segments = route.split('/').filter(Boolean);
    const family = segments[0] === 'audit' ? segments[1] : segments[0];
    // People and accounts are managed within the subtree: a city's admin serves its communes.
    const subtree = family
      ? await this.subtreeOwner(family, request.params as Record<string, string>)
      : undefined;
    if (subtree !== undefined) {
      if (subtree !== null) await this.scope.check(actor, subtree, 'read');
      return;
    }
    if (family === 'units') {
      // Units are changed within the subtree: a commune's admin manages its villages.
      const unit = code ?? (id && UUID.test(id) ? await this.restrictedUnit(id) : undefined);
      if (unit && (await this.unitExists(unit))) await this.scope.check(actor, unit, 'read');
      return;
    }
    const sql = family ? PLAN_OF[family] : undefined;
    if (!sql || !id || !UUID.test(id)) return;
    const [row] = (await this.db.query(sql, [id])) as Array<{ org: string | null }>;
    // Unknown ids are the handler's to answer (404), exactly as for anyone.
    if (!row) return;
    // Work of another organisation is looked into only when the scope refuses (never on the
    // common path): what the caller takes part in there is still its to reach.
    await this.scope.check(actor, row.org, writes ? 'write' : 'read').catch(async (refusal: unknown) => {
      if (!(await this.takesPart(route, family!, id, actor, writes))) throw refusal;
    });
  }

  /**
   * A higher level's plan is read (not its units' work) by the organisations it gives tasks; a
   * unit given work there reaches that work, and its unit's rules decide what it may do with it.
   */
  private async takesPart(
    route: string,
    family: string,
    id: string,
    actor: Actor,
    writes: boolean,
  ): Promise<boolean> {
    if (route === '/plans/:id') return !writes && (await this.assigns(id, actor.organisation));
    if (!actor.unitCode || !TAKES_PART[family]) return false;
    return (await this.db.query(TAKES_PART[family], [id, actor.unitCode])).length > 0;
  }

  private async assigns(planId: string, organisation: string | undefined): Promise<boolean> {
    if (!organisation) return false;
    const rows = await this.db.query(
      `SELECT 1 FROM assignments WHERE plan_id = $1 AND unit_code = $2 LIMIT 1`,
      [planId, organisation],
    );
    return rows.length > 0;
  }

  /**
   * The organisation of an account, a grant or (by its code) an organisation itself; `null`: it
   * does not exist (the handler answers 404); `undefined`: not such a route.
   */
  private async subtreeOwner(
    family: string,
    params: Record<string, string>,
  ): Promise<string | null | undefined> {
    const one = async (sql: string, value: string) =>
      ((await this.db.query(sql, [value])) as Array<{ org: string }>)[0]?.org ?? null;
    if (family === 'organisations' && params.code)
      return (await this.unitExists(params.code)) ? params.code : null;
    if (family === 'accounts' && params.username)
      return one(`SELECT organisation_code AS org FROM accounts WHERE id = $1`, params.username);
    if (family === 'people' && params.id && UUID.test(params.id))
      return one(`SELECT organisation_code AS org FROM people WHERE id = $1`, params.id);
    if (family === 'grants' && params.id && UUID.test(params.id))
      return one(`SELECT organisation_code AS org FROM grants WHERE id = $1`, params.id);
    return undefined;
  }

  private async restrictedUnit(id: string): Promise<string | undefined> {
    const [row] = (await this.db.query(`SELECT unit_code FROM restrictions WHERE id = $1`, [id])) as Array<{
      unit_code: string;
    }>;
    return row?.unit_code;
  }

  private async unitExists(code: string): Promise<boolean> {
    return (await this.db.query(`SELECT 1 FROM units WHERE id = $1`, [code])).length > 0;
  }
}
