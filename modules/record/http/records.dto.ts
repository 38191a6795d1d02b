import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsIn,
  IsInt,
  IsObject,
  IsOptional,
  IsUUID,
  Matches,
  Max,
  Min,
  ValidateIf,
  ValidateNested,
} from 'class-validator';
import { UNIT_CODE_PATTERN } from '@modules/unit-directory/unit-directory.decider';
import { IsCivilDate, Text } from '@platform/http/validators';
import { RATINGS, type Rating } from '../record.decider';

export class RecordSubjectDto {
  @ApiProperty({ enum: ['person', 'collective'] }) @IsIn(['person', 'collective']) kind:
    'person' | 'collective';
  @ApiPropertyOptional({ format: 'uuid', description: 'for a person' })
  @ValidateIf((s: RecordSubjectDto) => s.kind === 'person')
  @IsUUID()
  personId?: string;
  @ApiPropertyOptional({ example: 'TTVH', description: 'for a collective: one of its units, or itself' })
  @ValidateIf((s: RecordSubjectDto) => s.kind === 'collective')
  @Matches(UNIT_CODE_PATTERN)
  unitCode?: string;
}

class Subjected {
  @ApiProperty({ type: RecordSubjectDto })
  @IsObject()
  @ValidateNested()
  @Type(() => RecordSubjectDto)
  subject: RecordSubjectDto;
  @ApiProperty({ example: 2025 }) @IsInt() @Min(1945) @Max(2100) year: number;
}

export class TitleDto extends Subjected {
  @ApiProperty({ example: 'Lao động tiên tiến' }) @Text(200) form: string;
  @ApiProperty({ example: '125/QĐ-UBND' }) @Text(60) decisionNumber: string;
  @ApiProperty({ example: '2025-12-20' }) @IsCivilDate() decidedOn: string;
  @ApiProperty({ example: 'Ủy ban nhân dân xã Kim Thành' }) @Text(300) issuer: string;
  @ApiPropertyOptional({
    enum: ['thidua', 'imported'],
    description: 'imported when absent (brought in from paper)',
  })
  @IsOptional()
  @IsIn(['thidua', 'imported'])
  source?: 'thidua' | 'imported';
}

export class RatingDto extends Subjected {
  @ApiProperty({ enum: RATINGS }) @IsIn(RATINGS) rating: Rating;
}

export class RecordQueryDto {
  @ApiPropertyOptional({ format: 'uuid' }) @IsOptional() @IsUUID() person?: string;
  @ApiPropertyOptional({ example: 'TTVH' }) @IsOptional() @Matches(UNIT_CODE_PATTERN) unit?: string;
}

export class InitiativeDto {
  @ApiProperty({ enum: ['initiative', 'scientific_topic'] })
  @IsIn(['initiative', 'scientific_topic'])
  kind: 'initiative' | 'scientific_topic';
  @ApiProperty({ example: 'Số hóa hồ sơ một cửa' }) @Text(500) title: string;
  @ApiProperty({ example: 2025 }) @IsInt() @Min(1945) @Max(2100) year: number;
  @ApiProperty({ type: [String], description: 'person ids of its authors' })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(20)
  @IsUUID('all', { each: true })
  authors: string[];
  @ApiProperty({ example: 'Rút thời gian giải quyết hồ sơ từ 3 ngày xuống 1 ngày' })
  @Text(4000)
  summary: string;
}

export class AssessmentDto {
  @ApiProperty({ enum: ['pass', 'fail'] }) @IsIn(['pass', 'fail']) outcome: 'pass' | 'fail';
  @ApiProperty({ example: 'Đạt: có tính mới, áp dụng hiệu quả tại Văn phòng' })
  @Text(2000)
  assessment: string;
  @ApiProperty({ example: '2025-11-20' }) @IsCivilDate() assessedOn: string;
}
