import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import type { Indicator } from '@modules/plan/plan.definition';

/** One lower-level organisation a plan gives tasks, and how it carries them out. */
export interface ImplementationRow {
  organisationCode: string;
  organisationName: string;
  /** The higher plan's tasks given to it, and how many of them it has done. */
  tasks: string[];
  tasksDone: number;
  /** Its implementing plan (the one citing this plan), if it has issued one. */
  plan: { id: string; number: string; title: string; issuedOn: string; status: string } | null;
  /** The lead tasks of its own plan, and how many are done. */
  planTasks: number;
  planTasksDone: number;
  /** The higher plan's indicators, summed over its units' latest values. */
  indicators: Array<{ code: string; name: string; numerator: number; denominator: number; percent: number }>;
}

const percent = (numerator: number, denominator: number): number =>
  denominator > 0 ? Math.round((numerator / denominator) * 10_000) / 100 : 0;

/**
 * The roll-up of a plan across levels: which organisations it gives tasks have issued their
 * implementing plans, what they have done, and their indicator values summed by code.
 */
@Injectable()
export class ImplementationQuery {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  async of(planId: string, indicators: Indicator[]): Promise<ImplementationRow[]> {
    const given = (await this.db.query(
      `SELECT a.unit_code AS code, u.name, array_agg(DISTINCT a.task_code) AS tasks,
              count(DISTINCT a.task_code) FILTER (WHERE a.status = 'done')::int AS done
         FROM assignments a JOIN units u ON u.id = a.unit_code
        WHERE a.plan_id = $1 AND u.level <> 'internal'
        GROUP BY a.unit_code, u.name ORDER BY u.name`,
      [planId],
    )) as Array<{ code: string; name: string; tasks: string[]; done: number }>;
    if (given.length === 0) return [];
    // Each organisation's launched plan before its draft, the newest of either.
    const plans = (await this.db.query(
      `SELECT DISTINCT ON (organisation_code) id, number, title, issued_on::text AS "issuedOn", status,
              organisation_code AS organisation
         FROM plans WHERE parent_plan_id = $1
        ORDER BY organisation_code, status = 'launched' DESC, issued_on DESC`,
      [planId],
    )) as Array<{
      id: string;
      number: string;
      title: string;
      issuedOn: string;
      status: string;
      organisation: string;
    }>;
    const ids = plans.map((p) => p.id);
    const tasks = (await this.db.query(
      `SELECT plan_id AS "planId", count(*)::int AS total, count(*) FILTER (WHERE status = 'done')::int AS done
         FROM assignments WHERE plan_id = ANY($1) AND role = 'lead' GROUP BY plan_id`,
      [ids],
    )) as Array<{ planId: string; total: number; done: number }>;
    const values = (await this.db.query(
      `SELECT plan_id AS "planId", indicator_code AS code, sum(numerator)::int AS numerator,
              sum(denominator)::int AS denominator
         FROM (SELECT DISTINCT ON (plan_id, unit_code, indicator_code) plan_id, indicator_code, numerator, denominator
                 FROM indicator_values WHERE plan_id = ANY($1)
                ORDER BY plan_id, unit_code, indicator_code, period DESC, recorded_at DESC) latest
        GROUP BY plan_id, indicator_code`,
      [ids],
    )) as Array<{ planId: string; code: string; numerator: number; denominator: number }>;
    return given.map((g) => {
      const own = plans.find((p) => p.organisation === g.code);
      const counted = tasks.find((t) => t.planId === own?.id);
      return {
        organisationCode: g.code,
        organisationName: g.name,
        tasks: [...g.tasks].sort(),
        tasksDone: g.done,
        plan: own
          ? { id: own.id, number: own.number, title: own.title, issuedOn: own.issuedOn, status: own.status }
          : null,
        planTasks: counted?.total ?? 0,
        planTasksDone: counted?.done ?? 0,
        indicators: indicators.map((i) => {
          const v = values.find((x) => x.planId === own?.id && x.code === i.code);
          const [numerator, denominator] = [v?.numerator ?? 0, v?.denominator ?? 0];
          return {
            code: i.code,
            name: i.name,
            numerator,
            denominator,
            percent: percent(numerator, denominator),
          };
        }),
      };
    });
  }
}
