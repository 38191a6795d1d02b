import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { PlanDefinition } from './plan.definition';
import type { PlanStatus } from './plan.decider';

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

  /** The running phase's code, once the plan's agenda has started one. */
  @Column({ type: 'text', nullable: true })
  phase: string | null;

  /** When every participating unit had received its tasks, and how many assignments that made. */
  @Column({ name: 'tasks_issued_at', type: 'timestamptz', nullable: true })
  tasksIssuedAt: Date | null;

  @Column({ type: 'integer', default: 0 })
  assignments: number;

  @Column({ type: 'jsonb' })
  definition: PlanDefinition;

  @Column({ type: 'integer' })
  version: number;

  @Column({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
