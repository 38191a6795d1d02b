import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsIn, IsInt, IsOptional, IsString, Matches, MaxLength, Min } from 'class-validator';
import { INDICATOR_PERIOD_PATTERN } from '../assignment.indicators';
import { TASK_STATUSES, type IndicatorValueInput, type TaskStatus } from '../assignment.decider';
import { CODE, Text } from '@platform/http/validators';

export class ProgressDto {
  @ApiProperty({ enum: TASK_STATUSES, description: 'Chưa thực hiện / Đang thực hiện / Đã thực hiện' })
  @IsIn(TASK_STATUSES)
  status: TaskStatus;

  @ApiProperty({ example: 'Đã đăng tải 12 bài viết trên Cổng thông tin điện tử xã' })
  @IsString()
  @MaxLength(5000)
  result: string;
}

export class ContributionDto {
  @ApiProperty({ example: 'Phối hợp cung cấp số liệu hộ gia đình' })
  @Text(5000)
  text: string;
}

/** Counts, never a percentage: the system computes it. */
export class IndicatorCountsDto implements IndicatorValueInput {
  @ApiProperty({ example: 'CT01' }) @Matches(CODE) indicatorCode: string;
  @ApiProperty({ example: 85 }) @Type(() => Number) @IsInt() @Min(0) numerator: number;
  @ApiProperty({ example: 100, minimum: 1 })
  @Type(() => Number)
  @IsInt()
  @Min(1, { message: 'denominator phải lớn hơn 0' })
  denominator: number;
}

export class IndicatorValueDto extends IndicatorCountsDto {
  @ApiProperty({ example: '2026-Q1', description: 'YYYY or YYYY-Qn' })
  @Matches(INDICATOR_PERIOD_PATTERN, { message: 'period có dạng YYYY hoặc YYYY-Qn' })
  period: string;
}

export class EvidenceUploadDto {
  @ApiProperty({ type: 'string', format: 'binary' }) file: unknown;
  @ApiPropertyOptional() @IsOptional() @IsString() @MaxLength(500) note?: string;
}
