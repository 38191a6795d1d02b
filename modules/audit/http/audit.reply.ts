import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { AssignmentView } from '@modules/assignment/assignment.projection';
import { NominationView } from '@modules/nomination/nomination.projection';
import { PlanView } from '@modules/plan/plan.entity';
import { ReportRequestView } from '@modules/reporting/report-request.projection';
import { ReportSubmissionView } from '@modules/reporting/report-submission.projection';
import { ReviewView } from '@modules/review/review.projection';
import { PageOf } from '@platform/http/page';

/** One event of a plan's history, with who recorded it. */
export class HistoryEntryReply {
  @ApiProperty() position: number;
  @ApiProperty({ format: 'date-time' }) recordedAt: string;
  @ApiProperty({ format: 'date-time' }) occurredAt: string;
  @ApiProperty() streamId: string;
  @ApiProperty() version: number;
  @ApiProperty({ example: 'TaskProgressRecorded' }) type: string;
  @ApiProperty() username: string;
  @ApiProperty() role: string;
  @ApiPropertyOptional({ type: String, nullable: true }) unitCode: string | null;
  @ApiProperty({ format: 'uuid' }) eventId: string;
  @ApiProperty() hash: string;
  @ApiProperty({ type: 'object', additionalProperties: true }) data: unknown;
}

export class HistoryPage {
  @ApiProperty({ type: [HistoryEntryReply] }) items: HistoryEntryReply[];
  @ApiPropertyOptional({ type: Number, nullable: true, description: 'Position to continue after' })
  next: number | null;
}

export class ChainBreakReply {
  @ApiProperty({ example: 'altered' }) kind: string;
  @ApiProperty() streamId: string;
  @ApiPropertyOptional() position?: number;
  @ApiPropertyOptional() version?: number;
  @ApiProperty() detail: string;
}

export class VerifyReply {
  @ApiProperty() ok: boolean;
  @ApiProperty() events: number;
  @ApiProperty() streams: number;
  @ApiProperty() checkpoints: number;
  @ApiProperty({ type: [ChainBreakReply] }) breaks: ChainBreakReply[];
  @ApiProperty() elapsedMs: number;
  @ApiProperty() eventsPerSecond: number;
}

/** A refused write: who tried what, and why it was refused. */
export class AttemptReply {
  @ApiProperty() id: number;
  @ApiProperty({ format: 'date-time' }) at: string;
  @ApiPropertyOptional({ type: String, nullable: true }) username: string | null;
  @ApiPropertyOptional({ type: String, nullable: true }) role: string | null;
  @ApiPropertyOptional({ type: String, nullable: true }) unitCode: string | null;
  @ApiProperty({ example: 'POST' }) method: string;
  @ApiProperty({ example: '/nominations/:id/votes' }) route: string;
  @ApiProperty({ example: 409 }) status: number;
  @ApiProperty({ example: 'ALREADY_VOTED' }) code: string;
  @ApiProperty() message: string;
  @ApiPropertyOptional({ type: 'object', additionalProperties: true, nullable: true }) details: unknown;
  @ApiPropertyOptional({ type: String, nullable: true }) bodySha256: string | null;
}

export class AttemptPage extends PageOf(AttemptReply) {}

class LastEvent {
  @ApiProperty() position: number;
  @ApiProperty() type: string;
  @ApiProperty({ format: 'date-time' }) recordedAt: string;
}

/** The plan's read models rebuilt from the events recorded up to an instant. */
export class StateAsOfReply {
  @ApiProperty({ format: 'date-time' }) asOf: string;
  @ApiProperty() eventsApplied: number;
  @ApiProperty({ type: LastEvent }) lastEvent: LastEvent;
  @ApiPropertyOptional({ type: PlanView, nullable: true }) plan: PlanView | null;
  @ApiProperty({ type: [AssignmentView] }) tasks: AssignmentView[];
  @ApiProperty({ type: [ReportRequestView] }) reportRequests: ReportRequestView[];
  @ApiProperty({ type: [ReportSubmissionView] }) submissions: ReportSubmissionView[];
  @ApiProperty({ type: [ReviewView] }) reviews: ReviewView[];
  @ApiProperty({ type: [NominationView] }) nominations: NominationView[];
  @ApiProperty({ type: 'array', items: { type: 'object' } }) indicatorValues: unknown[];
  @ApiProperty({ type: 'array', items: { type: 'object' } }) evidence: unknown[];
  @ApiProperty({ type: 'array', items: { type: 'object' } }) initiatives: unknown[];
  @ApiProperty({ type: 'array', items: { type: 'object' } }) alerts: unknown[];
}

/** A checkpoint: every stream's head at a moment, chained to the one before by its hash. */
export class CheckpointReply {
  @ApiProperty() id: number;
  @ApiProperty({ format: 'date-time' }) createdAt: string;
  @ApiProperty() streams: number;
  @ApiProperty() events: number;
  @ApiProperty() prevHash: string;
  @ApiProperty({ description: 'Publish it (e.g. in the minutes) to anchor the past' }) hash: string;
}
