import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { PlanDefinition } from './plan.definition';
import type { PlanStatus } from './plan.decider';

@Entity({ name: 'plans' })
export class PlanView {
  @ApiProperty({ format: 'uuid' })
  @PrimaryColumn({ type: 'uuid' })
  id: string;

  @ApiProperty({ example: '863/KH-UBND' })
  @Column({ type: 'text' })
  number: string;

  @ApiProperty({ example: 'Ủy ban nhân dân xã Kim Thành' })
  @Column({ type: 'text' })
  issuer: string;

  @ApiProperty()
  @Column({ type: 'text' })
  title: string;

  @ApiProperty({ enum: ['draft', 'launched'] })
  @Column({ type: 'text' })
  status: PlanStatus;

  @ApiProperty({ format: 'date' })
  @Column({ name: 'issued_on', type: 'date' })
  issuedOn: string;

  @ApiPropertyOptional({ type: String, format: 'date-time', nullable: true })
  @Column({ name: 'launched_at', type: 'timestamptz', nullable: true })
  launchedAt: Date | null;

  /** The running phase's code, once the plan's agenda has started one. */
  @ApiPropertyOptional({ type: String, nullable: true, example: 'GD1' })
  @Column({ type: 'text', nullable: true })
  phase: string | null;

  /** When every participating unit had received its tasks, and how many assignments that made. */
  @ApiPropertyOptional({ type: String, format: 'date-time', nullable: true })
  @Column({ name: 'tasks_issued_at', type: 'timestamptz', nullable: true })
  tasksIssuedAt: Date | null;

  @ApiProperty()
  @Column({ type: 'integer', default: 0 })
  assignments: number;

  @ApiProperty({ type: 'object', additionalProperties: true, description: 'The plan as drafted (PlanDto)' })
  @Column({ type: 'jsonb' })
  definition: PlanDefinition;

  @ApiProperty()
  @Column({ type: 'integer' })
  version: number;

  @ApiProperty({ type: String, format: 'date-time' })
  @Column({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
