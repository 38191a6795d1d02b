import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { In, type DataSource } from 'typeorm';
import { DomainError, type Rating, type RewardForm } from '@kernel';
import { ConsiderationDecisionView, ConsiderationView, ProposalView } from './consideration.projection';
import type { UnitOnPath } from './consideration.rules';

/** An organisation's facts for a year's consideration, by subject key (`person:…`, `unit:…`). */
export interface YearFacts {
  ratings: Map<string, Rating>;
  titles: Map<string, Array<{ year: number; form: string }>>;
  /** Recognised initiatives' titles, by author (person id). */
  initiatives: Map<string, string[]>;
}

export interface ReadyToSign {
  considerationId: string;
  bodyCode: string;
  year: number;
  form: RewardForm;
  count: number;
  since: Date;
}

/** Reads of the yearly considerations, and what a proposal needs to know of its subject. */
@Injectable()
export class ConsiderationQuery {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  async consideration(id: string): Promise<ConsiderationView> {
    const row = await this.db.getRepository(ConsiderationView).findOneBy({ id });
    if (!row) throw new DomainError('NOT_FOUND', 'Không tìm thấy đợt bình xét thi đua', { field: 'id' });
    return row;
  }

  ofOrganisation(organisation: string): Promise<ConsiderationView[]> {
    return this.db
      .getRepository(ConsiderationView)
      .find({ where: { organisationCode: organisation }, order: { year: 'DESC', bodyCode: 'ASC' } });
  }

  /** Considerations of these organisations (all: undefined) in a step, for what awaits whom. */
  inStatus(within: string[] | undefined, status: ConsiderationView['status']): Promise<ConsiderationView[]> {
    return this.db
      .getRepository(ConsiderationView)
      .findBy({ status, ...(within ? { organisationCode: In(within) } : {}) });
  }

  /** Proposals approved and past posting, by consideration and form: what awaits the head's signature. */
  async readyToSign(within: string[] | undefined): Promise<ReadyToSign[]> {
    return (await this.db.query(
      `SELECT p.consideration_id AS "considerationId", c.body_code AS "bodyCode", c.year, p.form,
              count(*)::int AS count,
              GREATEST(max(p.posting_ends_at), max(c.voting_since), max(c.opened_on)::timestamptz) AS since
         FROM consideration_proposals p JOIN considerations c ON c.id = p.consideration_id
        WHERE p.status = 'approved' AND p.posting_ends_at <= now()
          AND ($1::text[] IS NULL OR c.organisation_code = ANY($1))
        GROUP BY p.consideration_id, c.body_code, c.year, p.form`,
      [within ?? null],
    )) as ReadyToSign[];
  }

  proposals(considerationId: string, ids?: string[]): Promise<ProposalView[]> {
    return this.db.getRepository(ProposalView).find({
      where: { considerationId, ...(ids ? { id: In(ids) } : {}) },
      order: { form: 'ASC', unitCode: 'ASC', name: 'ASC' },
    });
  }

  decisions(considerationId: string): Promise<ConsiderationDecisionView[]> {
    return this.db
      .getRepository(ConsiderationDecisionView)
      .find({ where: { considerationId }, order: { signedOn: 'ASC', number: 'ASC' } });
  }

  async decision(id: string): Promise<ConsiderationDecisionView> {
    const row = await this.db.getRepository(ConsiderationDecisionView).findOneBy({ id });
    if (!row) throw new DomainError('NOT_FOUND', 'Không tìm thấy quyết định khen thưởng', { field: 'id' });
    return row;
  }

  /** The units from this one up to (not including) its organisation, nearest first, with their kinds. */
  async path(unitCode: string, kindLabels: Map<string, string>): Promise<UnitOnPath[]> {
    const rows = (await this.db.query(
      `WITH RECURSIVE up(id, name, kind, parent_code, level, depth) AS (
         SELECT id, name, kind, parent_code, level, 0 FROM units WHERE id = $1
         UNION ALL
         SELECT u.id, u.name, u.kind, u.parent_code, u.level, up.depth + 1
           FROM units u JOIN up ON u.id = up.parent_code
          WHERE up.level = 'internal' AND up.depth < 64)
       SELECT id AS code, name, kind FROM up WHERE level = 'internal' ORDER BY depth`,
      [unitCode],
    )) as Array<Omit<UnitOnPath, 'kindLabel'>>;
    return rows.map((u) => ({ ...u, kindLabel: kindLabels.get(u.kind) ?? u.kind }));
  }

  /**
   * Every rating of the year, every title of the record and every initiative recognised that
   * year in an organisation, by subject: a unit's list reads them at once, not person by person.
   */
  async yearFacts(organisation: string, year: number): Promise<YearFacts> {
    const [ratings, titles, initiatives] = await Promise.all([
      this.db.query(`SELECT subject, rating FROM record_ratings WHERE organisation_code = $1 AND year = $2`, [
        organisation,
        year,
      ]) as Promise<Array<{ subject: string; rating: Rating }>>,
      this.db.query(
        `SELECT subject, year, form FROM record_titles WHERE organisation_code = $1 ORDER BY year DESC, decided_on DESC`,
        [organisation],
      ) as Promise<Array<{ subject: string; year: number; form: string }>>,
      this.db.query(
        `SELECT a.person, i.title FROM record_initiatives i, jsonb_array_elements_text(i.authors) AS a(person)
          WHERE i.organisation_code = $1 AND i.year = $2 AND i.status = 'recognised' ORDER BY i.title`,
        [organisation, year],
      ) as Promise<Array<{ person: string; title: string }>>,
    ]);
    const grouped = <T, V>(rows: T[], key: (r: T) => string, value: (r: T) => V) => {
      const map = new Map<string, V[]>();
      for (const r of rows) map.set(key(r), [...(map.get(key(r)) ?? []), value(r)]);
      return map;
    };
    return {
      ratings: new Map(ratings.map((r) => [r.subject, r.rating])),
      titles: grouped(
        titles,
        (t) => t.subject,
        ({ year: y, form }) => ({ year: y, form }),
      ),
      initiatives: grouped(
        initiatives,
        (i) => i.person,
        (i) => i.title,
      ),
    };
  }
}
