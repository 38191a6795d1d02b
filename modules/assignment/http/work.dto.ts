import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  ArrayMaxSize,
  IsArray,
  IsBoolean,
  IsIn,
  IsInt,
  IsNumber,
  IsObject,
  IsOptional,
  IsString,
  Matches,
  MaxLength,
  Min,
} from 'class-validator';
import { TASK_STATUSES, type TaskStatus } from '../assignment.decider';
import type { IndicatorValueInput } from '../assignment.indicators';
import { CODE, EachOf, IsCivilDate, IsPeriodKey, Text } from '@platform/http/validators';

export class ProgressDto {
  @ApiProperty({ enum: TASK_STATUSES, description: 'Chưa thực hiện / Đang thực hiện / Đã thực hiện' })
  @IsIn(TASK_STATUSES)
  status: TaskStatus;

  @ApiProperty({ example: 'Đã đăng tải 12 bài viết trên Cổng thông tin điện tử xã' })
  @IsString()
  @MaxLength(5000)
  result: string;

  @ApiPropertyOptional({
    example: '2026-05-30',
    description: 'The day this became so, when recorded afterwards (today when absent; never in the future)',
  })
  @IsOptional()
  @IsCivilDate()
  on?: string;
}

export class ContributionDto {
  @ApiProperty({ example: 'Phối hợp cung cấp số liệu hộ gia đình' })
  @Text(5000)
  text: string;
}

export class ChecklistRowDto {
  @ApiPropertyOptional({
    example: 'Xã An Thái',
    description: 'What the row assesses; the unit itself when absent',
  })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  subject?: string;

  @ApiProperty({ type: [String], example: ['TC1', 'TC2'], description: 'Codes of the criteria met' })
  @IsArray()
  @ArrayMaxSize(100)
  @IsString({ each: true })
  met: string[];
}

/**
 * A figure as entered: which fields apply depends on the indicator's kind (ratio: numerator and
 * denominator; count, money: value; yes/no: yes; checklist: rows; breakdown: total and parts).
 * Percentages and shares are never typed in: the system computes them.
 */
export class IndicatorCountsDto implements IndicatorValueInput {
  @ApiProperty({ example: 'CT01' }) @Matches(CODE) indicatorCode: string;
  @ApiPropertyOptional({ example: 85 }) @IsOptional() @IsInt() @Min(0) numerator?: number;
  @ApiPropertyOptional({
    example: 100,
    description: 'Left out when shared with another ratio in the same report',
  })
  @IsOptional()
  @IsInt()
  @Min(1, { message: 'denominator phải lớn hơn 0' })
  denominator?: number;
  @ApiPropertyOptional({ example: 12, description: 'A count or an amount (đồng)' })
  @IsOptional()
  @IsNumber({ allowNaN: false, allowInfinity: false })
  @Min(0)
  value?: number;
  @ApiPropertyOptional({ description: 'A yes/no criterion' }) @IsOptional() @IsBoolean() yes?: boolean;
  @ApiPropertyOptional({ type: [ChecklistRowDto] })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(5000)
  @EachOf(ChecklistRowDto)
  rows?: ChecklistRowDto[];
  @ApiPropertyOptional({ example: 20, description: 'A breakdown’s whole' })
  @IsOptional()
  @IsInt()
  @Min(0)
  total?: number;
  @ApiPropertyOptional({
    type: 'object',
    additionalProperties: { type: 'integer' },
    example: { DH: 15, DGQ: 3, QH: 1, RUT: 1 },
    description: 'A breakdown’s parts by code; they must add up to total',
  })
  @IsOptional()
  @IsObject()
  parts?: Record<string, number>;
}

export class IndicatorValueDto extends IndicatorCountsDto {
  @ApiProperty({
    example: '2026-Q1',
    description:
      'The period the value describes: YYYY, YYYY-MM, YYYY-Qn, YYYY-H1/H2, YYYY-9M or YYYY-MM-DD..YYYY-MM-DD',
  })
  @IsPeriodKey()
  period: string;
}

export class EvidenceUploadDto {
  @ApiProperty({ type: 'string', format: 'binary' }) file: unknown;
  @ApiPropertyOptional() @IsOptional() @IsString() @MaxLength(500) note?: string;
}
