import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { DecisionNumberView } from './decision-register.projection';

/** Reads of the decision numbers registers have given. */
@Injectable()
export class DecisionRegisterQuery {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /** The number given to a nomination's decision, if any. */
  /** The last number the issuer's register (by name, from before organisations) gave in a year. */
  async lastByName(issuer: string, year: number): Promise<number> {
    const [row] = (await this.db.query(
      `SELECT max(seq)::int AS last FROM decision_numbers WHERE register = $1 AND year = $2`,
      [issuer, year],
    )) as Array<{ last: number | null }>;
    return row?.last ?? 0;
  }

  async numberOf(nominationId: string): Promise<string | undefined> {
    return (await this.db.getRepository(DecisionNumberView).findOneBy({ id: nominationId }))?.number;
  }
}
