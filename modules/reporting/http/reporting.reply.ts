import { ApiProperty } from '@nestjs/swagger';
import { AlertView } from '../alert.projection';
import { ReportDocumentView } from '../report-document.projection';
import { ReportRequestView } from '../report-request.projection';
import { TIMELINESS_LABELS, type Timeliness, type UnitTimeliness } from '../reporting.policy';
import { PageOf } from '@platform/http/page';

export class UnitTimelinessReply implements UnitTimeliness {
  @ApiProperty() unitCode: string;
  @ApiProperty({ enum: Object.keys(TIMELINESS_LABELS) }) status: Timeliness;
  @ApiProperty({ example: 'Trễ hạn' }) label: string;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) submittedAt: Date | null;
  @ApiProperty() daysLate: number;
}

/** A request with where each asked unit stands: on time, late (days), overdue or pending. */
export class RequestReply extends ReportRequestView {
  @ApiProperty({ type: [UnitTimelinessReply] }) timeliness: UnitTimelinessReply[];
  @ApiProperty({ type: [ReportDocumentView], description: 'The documents issued in answer to it' })
  answers: ReportDocumentView[];
}

export class ReportRequestPage extends PageOf(ReportRequestView) {}

export class AlertPage extends PageOf(AlertView) {}
