import { ApiProperty } from '@nestjs/swagger';
import { Entity } from 'typeorm';
import { ApiColumn, ApiPrimaryColumn } from '@platform/database/api-column';
import type { LaunchParty, PlanDefinition } from './plan.definition';
import type { PlanStatus } from './plan.decider';

class LaunchPartyShape implements LaunchParty {
  @ApiProperty({ example: 'các xã, phường' }) label: string;
  @ApiProperty({ type: [String], description: 'the units the group meant on the day the plan was launched' })
  units: string[];
  @ApiProperty({ type: [String], example: ['I.3'] }) taskCodes: string[];
}

@Entity({ name: 'plans' })
export class PlanView {
  @ApiPrimaryColumn({ type: 'uuid' })
  id: string;

  @ApiColumn({ type: 'text' })
  number: string;

  @ApiColumn({ type: 'text' })
  issuer: string;

  @ApiColumn({ type: 'text' })
  title: string;

  /** The organisation whose plan it is: only its subtree sees it. */
  @ApiColumn({ name: 'organisation_code', type: 'text', nullable: true })
  organisationCode: string | null;

  /** The higher level's plan this one carries out (its “căn cứ”), and the task it answers. */
  @ApiColumn({ name: 'parent_plan_id', type: 'uuid', nullable: true })
  parentPlanId: string | null;

  @ApiColumn({ name: 'parent_task_code', type: 'text', nullable: true })
  parentTaskCode: string | null;

  @ApiColumn({ type: 'text' }, { enum: ['draft', 'launched'] })
  status: PlanStatus;

  @ApiColumn({ name: 'issued_on', type: 'date' })
  issuedOn: string;

  @ApiColumn({ name: 'launched_at', type: 'timestamptz', nullable: true })
  launchedAt: Date | null;

  /** The running phase's code, once the plan's agenda has started one. */
  @ApiColumn({ type: 'text', nullable: true })
  phase: string | null;

  /** When every participating unit had received its tasks, and how many assignments that made. */
  @ApiColumn({ name: 'tasks_issued_at', type: 'timestamptz', nullable: true })
  tasksIssuedAt: Date | null;

  @ApiColumn({ type: 'integer', default: 0 })
  assignments: number;

  @ApiColumn({ type: 'jsonb' }, { description: 'The plan as drafted (see PlanDto)' })
  definition: PlanDefinition;

  /** The coordinating groups as the launch resolved them; the definition keeps them as drafted. */
  @ApiColumn({ name: 'launch_parties', type: 'jsonb' }, { type: () => [LaunchPartyShape] })
  launchParties: LaunchParty[];

  @ApiColumn({ type: 'integer' })
  version: number;

  @ApiColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
