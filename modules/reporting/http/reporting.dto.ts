import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsIn,
  IsISO8601,
  IsNumber,
  IsObject,
  IsOptional,
  IsString,
  Matches,
  Max,
  MaxLength,
  Min,
} from 'class-validator';
import { TASK_STATUSES, type TaskResultInput, type TaskStatus } from '@modules/assignment/assignment.decider';
import { UNIT_CODE_PATTERN } from '@modules/unit-directory/unit-directory.decider';
import { CODE, EachOf, IsCivilDate, IsPeriodKey, Text } from '@platform/http/validators';
import { PERIOD_REGIMES, type PeriodRegime } from '@kernel';
import type { ReportSection } from '@modules/plan/plan.requests';
import { IndicatorCountsDto } from '@modules/assignment/http/work.dto';

export class ReportSectionDto implements ReportSection {
  @ApiProperty({ example: 'ket_qua' }) @Matches(CODE) code: string;
  @ApiProperty({ example: 'Kết quả thực hiện' }) @Text(300) title: string;
}

export class ReportRequestDto {
  @ApiProperty({ example: '669/SKH&CN-CĐS' }) @Text(60) number: string;
  @ApiPropertyOptional({
    example: 'Sở Khoa học và Công nghệ thành phố Hải Phòng',
    description:
      'Who sent it, when it came from outside (a higher level’s công văn); the plan’s issuer when absent',
  })
  @IsOptional()
  @Text(300)
  sender?: string;
  @ApiProperty({ example: '2026-02-23' }) @IsCivilDate() issuedOn: string;
  @ApiProperty({ example: 'Báo cáo kết quả triển khai phong trào “Bình dân học vụ số”' })
  @Text(1000)
  subject: string;

  @ApiPropertyOptional({
    example: '2026-H1',
    description:
      'The period the figures describe: YYYY, YYYY-MM, YYYY-Qn, YYYY-H1/H2, YYYY-9M or YYYY-MM-DD..YYYY-MM-DD (from the plan’s start to the issue date when absent)',
  })
  @IsOptional()
  @IsPeriodKey()
  period?: string;

  @ApiPropertyOptional({
    enum: PERIOD_REGIMES,
    description: 'Calendar months or the 15th-to-14th cut-off (the plan’s regime when absent)',
  })
  @IsOptional()
  @IsIn(PERIOD_REGIMES)
  periodRegime?: PeriodRegime;

  @ApiPropertyOptional({
    example: '2026-06-12',
    description: 'Figures as of this day (the period’s end when absent)',
  })
  @IsOptional()
  @IsCivilDate()
  asOf?: string;

  @ApiProperty({
    example: '2026-03-06',
    description: 'Last day (YYYY-MM-DD, late from the next day in Vietnam) or an exact ISO 8601 instant',
  })
  @IsISO8601({ strict: true })
  dueDate: string;

  @ApiProperty({ type: [String], example: ['TTVH', 'VP'] })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(5000)
  @Matches(UNIT_CODE_PATTERN, { each: true })
  units: string[];

  @ApiPropertyOptional({
    type: [ReportSectionDto],
    description:
      'The sections units write (kết quả, hạn chế – khó khăn, nguyên nhân, đề xuất, phương hướng by default)',
  })
  @IsOptional()
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(20)
  @EachOf(ReportSectionDto)
  sections?: ReportSectionDto[];

  @ApiPropertyOptional({
    example: [7, 1],
    description: 'Overrides the plan’s reminder days (fractions allowed)',
  })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(10)
  @IsNumber({ allowNaN: false, allowInfinity: false }, { each: true })
  @Min(0, { each: true })
  @Max(90, { each: true })
  remindDaysBefore?: number[];
}

export class TaskResultDto implements TaskResultInput {
  @ApiProperty({ example: 'I.1' }) @Matches(CODE) taskCode: string;
  @ApiPropertyOptional({ enum: TASK_STATUSES }) @IsOptional() @IsIn(TASK_STATUSES) status?: TaskStatus;
  @ApiPropertyOptional({
    example: '2026-05-30',
    description: 'The day a done task was done (the report’s date when absent)',
  })
  @IsOptional()
  @IsCivilDate()
  doneOn?: string;
  @ApiProperty({ example: 'Đã đăng tải các bài viết trên Cổng thông tin điện tử' })
  @Text(5000)
  result: string;
}

export class SubmissionDto {
  @ApiProperty({
    example: '2026-03-05',
    description: 'Date written on the report (may precede the period end)',
  })
  @IsCivilDate()
  reportDate: string;

  @ApiProperty({ type: [TaskResultDto] })
  @IsArray()
  @ArrayMaxSize(1000)
  @EachOf(TaskResultDto)
  taskResults: TaskResultDto[];

  @ApiProperty({ type: [IndicatorCountsDto] })
  @IsArray()
  @ArrayMaxSize(200)
  @EachOf(IndicatorCountsDto)
  indicatorValues: IndicatorCountsDto[];

  @ApiPropertyOptional() @IsOptional() @IsString() @MaxLength(5000) note?: string;

  @ApiPropertyOptional({
    type: 'object',
    additionalProperties: { type: 'string' },
    example: { ket_qua: 'Đã tổ chức 14 lớp…', han_che: 'Kinh phí còn hạn chế…' },
    description: 'The prose of each section of the request’s template, by its code',
  })
  @IsOptional()
  @IsObject()
  sections?: Record<string, string>;
}
