import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { DecisionNumberView } from './decision-register.projection';

/** Reads of the decision numbers registers have given. */
@Injectable()
export class DecisionRegisterQuery {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /** The number given to a nomination's decision, if any. */
  async numberOf(nominationId: string): Promise<string | undefined> {
    return (await this.db.getRepository(DecisionNumberView).findOneBy({ id: nominationId }))?.number;
  }
}
