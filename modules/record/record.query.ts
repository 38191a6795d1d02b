import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { DomainError } from '@kernel';
import { RecordInitiativeView, RecordRatingView, RecordTitleView } from './record.projection';

/** Reads of the records over the years: one subject's titles and ratings, newest year first. */
@Injectable()
export class RecordQuery {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  async of(
    organisation: string,
    subject: string,
  ): Promise<{ titles: RecordTitleView[]; ratings: RecordRatingView[] }> {
    const where = { organisationCode: organisation, subject };
    const [titles, ratings] = await Promise.all([
      this.db.getRepository(RecordTitleView).find({ where, order: { year: 'DESC', decidedOn: 'DESC' } }),
      this.db.getRepository(RecordRatingView).find({ where, order: { year: 'DESC' } }),
    ]);
    return { titles, ratings };
  }

  async initiative(id: string): Promise<RecordInitiativeView> {
    const row = await this.db.getRepository(RecordInitiativeView).findOneBy({ id });
    if (!row) throw new DomainError('NOT_FOUND', 'Không tìm thấy sáng kiến', { field: 'id' });
    return row;
  }

  initiatives(organisation: string, year?: number): Promise<RecordInitiativeView[]> {
    return this.db.getRepository(RecordInitiativeView).find({
      where: { organisationCode: organisation, ...(year ? { year } : {}) },
      order: { year: 'DESC', title: 'ASC' },
    });
  }
}
