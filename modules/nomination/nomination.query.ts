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
}
