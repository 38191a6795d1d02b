import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { In, IsNull, type DataSource, type FindOptionsWhere } from 'typeorm';
import { DomainError } from '@kernel';
import type { Page } from '@platform/http/page';
import type { NominationStatus } from './nomination.decider';
import { NominationView } from './nomination.projection';
import { ofPlansIn } from '@modules/plan/plan.query';

/**
 * The nominations handled in these organisations (absent: all), narrowed by `where`: those of
 * their plans, but for the ones referred up, and the ones referred to them.
 */
export function handledIn(
  within: string[] | undefined,
  where: FindOptionsWhere<NominationView> = {},
): FindOptionsWhere<NominationView>[] {
  if (!within) return [where];
  return [
    { ...where, organisationCode: IsNull(), planId: ofPlansIn(within) },
    { ...where, organisationCode: In(within) },
  ];
}

/** Reads of nominations, and of the council that votes on them. */
@Injectable()
export class NominationQuery {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  async nomination(id: string): Promise<NominationView> {
    const row = await this.db.getRepository(NominationView).findOneBy({ id });
    if (!row) throw new DomainError('NOT_FOUND', 'Không tìm thấy hồ sơ đề nghị khen thưởng', { field: 'id' });
    return row;
  }

  async page(
    where: FindOptionsWhere<NominationView>[],
    limit: number,
    offset: number,
  ): Promise<Page<NominationView>> {
    const [items, total] = await this.db.getRepository(NominationView).findAndCount({
      where,
      order: { statusSince: 'ASC', id: 'ASC' },
      take: limit,
      skip: offset,
    });
    return { items, total, limit, offset };
  }

  /** `within`: organisations whose nominations count; absent: all. */
  inStatus(within: string[] | undefined, ...statuses: NominationStatus[]): Promise<NominationView[]> {
    return this.db.getRepository(NominationView).findBy(handledIn(within, { status: In(statuses) }));
  }

  ofReview(reviewId: string, form: string): Promise<NominationView[]> {
    return this.db.getRepository(NominationView).findBy({ reviewId, form: form as NominationView['form'] });
  }

  /**
   * An organisation's Emulation–Reward Council on a day: its members by user name, and its chair
   * — those granted a council post then, and accounts from before grants that carry the role.
   */
  async council(organisation: string | null, day: string): Promise<{ members: string[]; chair: string }> {
    const members = (await this.db.query(
      `SELECT username, chair FROM (
         SELECT u.username, u.council_chair AS chair FROM users u
          WHERE u.role = 'council' AND u.active AND u.organisation_code IS NOT DISTINCT FROM $1
         UNION
         SELECT g.username, g.council_post = 'chair' AS chair FROM grants g JOIN accounts a ON a.id = g.username
          WHERE g.role = 'council' AND a.active AND g.organisation_code = $1
            AND g.valid_from <= $2 AND (g.valid_to IS NULL OR g.valid_to >= $2)
            AND (g.revoked_on IS NULL OR g.revoked_on > $2)) council
       ORDER BY username`,
      [organisation, day],
    )) as Array<{ username: string; chair: boolean }>;
    const chair = members.find((m) => m.chair)?.username ?? members[0]?.username ?? '';
    return { members: members.map((m) => m.username), chair };
  }
}
