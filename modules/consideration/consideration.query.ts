import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { In, type DataSource } from 'typeorm';
import { DomainError, formOfTitle, type Rating, type RewardForm } from '@kernel';
import { ConsiderationDecisionView, ConsiderationView, ProposalView } from './consideration.projection';
import type { UnitOnPath } from './consideration.rules';

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

  /** A subject's rating for the year, if recorded. */
  async rating(organisation: string, subject: string, year: number): Promise<Rating | undefined> {
    const [row] = (await this.db.query(
      `SELECT rating FROM record_ratings WHERE organisation_code = $1 AND subject = $2 AND year = $3`,
      [organisation, subject, year],
    )) as Array<{ rating: Rating }>;
    return row?.rating;
  }

  /** The titles a subject's record holds that ThiDua knows as forms (others are kept, not judged on). */
  async titles(organisation: string, subject: string): Promise<Array<{ year: number; form: RewardForm }>> {
    const rows = (await this.db.query(
      `SELECT year, form FROM record_titles WHERE organisation_code = $1 AND subject = $2`,
      [organisation, subject],
    )) as Array<{ year: number; form: string }>;
    return rows.flatMap((r) => {
      const form = formOfTitle(r.form);
      return form ? [{ year: r.year, form }] : [];
    });
  }

  /** Initiatives or topics recognised for the year with the person among their authors. */
  async initiatives(organisation: string, personId: string, year: number): Promise<string[]> {
    const rows = (await this.db.query(
      `SELECT title FROM record_initiatives
        WHERE organisation_code = $1 AND year = $2 AND status = 'recognised' AND authors ? $3
        ORDER BY title`,
      [organisation, year, personId],
    )) as Array<{ title: string }>;
    return rows.map((r) => r.title);
  }

  /**
   * The council that votes: an organisation's (its council grants for no unit, and its demo
   * council), or a company's own (council grants held for that unit).
   */
  async council(
    organisation: string,
    unitCode: string | null,
    day: string,
  ): Promise<{ members: string[]; chair: string }> {
    const rows = (await this.db.query(
      `SELECT username, bool_or(chair) AS chair FROM (
         SELECT u.username, u.council_chair AS chair FROM users u
          WHERE $3::text IS NULL AND u.role = 'council' AND u.active AND u.organisation_code = $1
         UNION ALL
         SELECT g.username, g.council_post = 'chair' FROM grants g JOIN accounts a ON a.id = g.username
          WHERE g.role = 'council' AND a.active AND g.organisation_code = $1
            AND g.unit_code IS NOT DISTINCT FROM $3
            AND g.valid_from <= $2 AND (g.valid_to IS NULL OR g.valid_to >= $2)
            AND (g.revoked_on IS NULL OR g.revoked_on > $2)) council
       GROUP BY username ORDER BY username`,
      [organisation, day, unitCode],
    )) as Array<{ username: string; chair: boolean }>;
    return {
      members: rows.map((r) => r.username),
      chair: rows.find((r) => r.chair)?.username ?? rows[0]?.username ?? '',
    };
  }
}
