import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';

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
