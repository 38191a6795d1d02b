import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { AssignmentView, CoordinatingGroupSizeShape } from '../assignment.projection';
import { TASK_STATUSES, type CoordinatingGroupSize, type TaskStatus } from '../assignment.decider';
import { TIME_STATES, type DueState, type TimeState } from '../assignment.policy';
import { PageOf } from '@platform/http/page';

const DUE_STATES: DueState[] = ['done', 'no_deadline', 'overdue', 'today', 'soon', 'later'];

/** One of the caller's unit's tasks, with what a person needs to see at a glance. */
export class MyTask extends AssignmentView {
  @ApiProperty({ example: 'Đang thực hiện' }) statusLabel: string;
  @ApiProperty({ example: 'Chủ trì' }) roleLabel: string;
  @ApiProperty({ enum: DUE_STATES }) dueState: DueState;
  @ApiPropertyOptional({ type: Number, nullable: true, description: 'negative once overdue' })
  daysLeft: number | null;
  @ApiProperty({ example: 'Còn 3 ngày' }) dueLabel: string;
  @ApiProperty({ example: '863/KH-UBND' }) planNumber: string;
  @ApiProperty() planTitle: string;
}

export class MyTaskPage extends PageOf(MyTask) {}

export class TaskContribution {
  @ApiProperty() unitCode: string;
  @ApiProperty({ enum: TASK_STATUSES }) status: TaskStatus;
  @ApiProperty() text: string;
  @ApiProperty({ type: String, format: 'date-time' }) updatedAt: Date;
}

/** A task with every unit's part in it: the lead's result and the coordinators' contributions. */
export class TaskReply {
  @ApiProperty({ format: 'uuid' }) taskId: string;
  @ApiProperty({ format: 'uuid' }) planId: string;
  @ApiProperty({ example: 'I.1' }) code: string;
  @ApiProperty() groupCode: string;
  @ApiProperty() groupTitle: string;
  @ApiProperty() seq: number;
  @ApiProperty() title: string;
  @ApiProperty() leadUnit: string;
  @ApiProperty({ type: [String] }) coordinatingUnits: string[];
  @ApiProperty({ type: () => [CoordinatingGroupSizeShape] }) coordinatingGroups: CoordinatingGroupSize[];
  @ApiPropertyOptional({ type: String, format: 'date', nullable: true }) dueOn: string | null;
  @ApiProperty({
    type: String,
    format: 'date',
    nullable: true,
    description: 'The deadline today falls under',
  })
  currentDueOn: string | null;
  @ApiProperty({ description: 'Falls due every year on the day of dueOn, until the plan ends' })
  recurringYearly: boolean;
  @ApiProperty({ enum: TASK_STATUSES }) status: TaskStatus;
  @ApiProperty({ example: 'Đang thực hiện' }) statusLabel: string;
  @ApiProperty({ type: String, format: 'date', nullable: true }) startedOn: string | null;
  @ApiProperty({ type: String, format: 'date', nullable: true, description: 'The day it was done' })
  doneOn: string | null;
  @ApiProperty({ type: String, format: 'date', nullable: true, description: 'The day it was recorded done' })
  doneRecordedOn: string | null;
  @ApiProperty({ enum: TIME_STATES, description: 'As of today' }) timeState: TimeState;
  @ApiProperty({ example: 'Hoàn thành đúng hạn' }) timeStateLabel: string;
  @ApiProperty() result: string;
  @ApiProperty() evidenceCount: number;
  @ApiProperty({ type: [TaskContribution] }) contributions: TaskContribution[];
}

export class TaskPage extends PageOf(TaskReply) {}
