import { Entity } from 'typeorm';
import { ApiProperty } from '@nestjs/swagger';
import { ApiColumn, ApiPrimaryColumn } from '@platform/database/api-column';
import type { RowError } from './onboarding.sheet';

class RowErrorShape implements RowError {
  @ApiProperty() row: number;
  @ApiProperty() column: string;
  @ApiProperty() message: string;
}

/**
 * An import under way or done: how far it got. Process state, not a business fact: every
 * unit, person, account and role it creates is an event of its own stream.
 */
@Entity({ name: 'imports' })
export class ImportJob {
  @ApiPrimaryColumn({ type: 'uuid' })
  id: string;

  @ApiColumn({ name: 'file_name', type: 'text' })
  fileName: string;

  @ApiColumn({ type: 'text' })
  username: string;

  @ApiColumn({ type: 'text' }, { enum: ['running', 'done', 'failed', 'interrupted'] })
  status: 'running' | 'done' | 'failed' | 'interrupted';

  @ApiColumn({ type: 'integer' })
  total: number;

  @ApiColumn({ type: 'integer' })
  done: number;

  /** Rows that wrote something; the rest were already as the sheet says. */
  @ApiColumn({ type: 'integer' })
  changed: number;

  @ApiColumn({ type: 'jsonb' }, { type: () => [RowErrorShape] })
  errors: RowError[];

  @ApiColumn({ name: 'started_at', type: 'timestamptz' })
  startedAt: Date;

  @ApiColumn({ name: 'finished_at', type: 'timestamptz', nullable: true })
  finishedAt: Date | null;

  /** The last sign of life: a running import silent for long was cut off by a restart. */
  @ApiColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
