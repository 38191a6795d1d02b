import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { PlanDefinition, PlanStatus } from '../../../domain/src';

@Entity({ name: 'plans' })
export class PlanView {
  @PrimaryColumn({ type: 'uuid' })
  id: string;

  @Column({ type: 'text' })
  number: string;

  @Column({ type: 'text' })
  issuer: string;

  @Column({ type: 'text' })
  title: string;

  @Column({ type: 'text' })
  status: PlanStatus;

  @Column({ name: 'issued_on', type: 'date' })
  issuedOn: string;

  @Column({ name: 'launched_at', type: 'timestamptz', nullable: true })
  launchedAt: Date | null;

  @Column({ type: 'jsonb' })
  definition: PlanDefinition;

  @Column({ type: 'integer' })
  version: number;

  @Column({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
