import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { In, IsNull, type DataSource, type FindOptionsWhere } from 'typeorm';
import { DomainError } from '@kernel';
import { UserRow } from '@platform/database';
import type { Page } from '@platform/http/page';
import type { NominationStatus } from './nomination.decider';
import { NominationView } from './nomination.projection';
import { ofPlansIn } from '@modules/plan/plan.query';

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
    where: FindOptionsWhere<NominationView>,
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

  /** `within`: organisations whose plans' nominations count; absent: all. */
  inStatus(within: string[] | undefined, ...statuses: NominationStatus[]): Promise<NominationView[]> {
    return this.db
      .getRepository(NominationView)
      .findBy({ status: In(statuses), ...(within ? { planId: ofPlansIn(within) } : {}) });
  }

  ofReview(reviewId: string, form: string): Promise<NominationView[]> {
    return this.db.getRepository(NominationView).findBy({ reviewId, form: form as NominationView['form'] });
  }

  /** An organisation's Emulation–Reward Council: its members by user name, and its chair. */
  async council(organisation: string | null): Promise<{ members: string[]; chair: string }> {
    const members = await this.db.getRepository(UserRow).find({
      where: { role: 'council', active: true, organisationCode: organisation ?? IsNull() },
      order: { username: 'ASC' },
    });
    const chair = members.find((m) => m.councilChair)?.username ?? members[0]?.username ?? '';
    return { members: members.map((m) => m.username), chair };
  }
}
