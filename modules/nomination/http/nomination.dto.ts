import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsBoolean,
  IsIn,
  IsObject,
  IsOptional,
  IsString,
  Matches,
  MaxLength,
  ValidateIf,
  ValidateNested,
} from 'class-validator';
import { DOSSIER_KINDS, type DossierKind } from '../nomination.forms';
import { NOMINATION_STATUS_LABELS, type NominationStatus } from '../nomination.decider';
import { REWARD_FORMS, type RewardForm } from '@modules/plan/plan.definition';
import { UNIT_CODE_PATTERN } from '@modules/unit-directory/unit-directory.decider';
import { VOTE_CHOICES, type VoteChoice } from '../nomination.voting';
import { PageQuery } from '@platform/http/page';
import { IsCivilDate, Text } from '@platform/http/validators';

export class SubjectDto {
  @ApiProperty({ enum: ['collective', 'individual'] }) @IsIn(['collective', 'individual']) kind:
    'collective' | 'individual';
  @ApiProperty({ example: 'TTVH' }) @Matches(UNIT_CODE_PATTERN) unitCode: string;
  @ApiPropertyOptional({ example: 'Nguyễn Thị Hoa', description: 'Individuals only' })
  @ValidateIf((o: SubjectDto) => o.kind === 'individual')
  @Text(200)
  name?: string;
  @ApiPropertyOptional({ example: 'Viên chức', description: 'Individuals only' })
  @ValidateIf((o: SubjectDto) => o.kind === 'individual')
  @Text(200)
  position?: string;
}

export class NominationDto {
  @ApiProperty({ type: SubjectDto })
  @IsObject()
  @ValidateNested()
  @Type(() => SubjectDto)
  subject: SubjectDto;
  @ApiProperty({ enum: REWARD_FORMS }) @IsIn(REWARD_FORMS) form: RewardForm;
  @ApiProperty({ example: 'Hoàn thành xuất sắc nhiệm vụ tuyên truyền chuyển đổi số giai đoạn 2025–2027' })
  @Text(5000)
  achievement: string;
}

/** The multipart fields beside the file, validated on their own. */
export class DocumentKindDto {
  @ApiProperty({ enum: DOSSIER_KINDS }) @IsIn(DOSSIER_KINDS) kind: DossierKind;
}

/** The whole multipart body, for the OpenAPI document. */
export class DocumentDto extends DocumentKindDto {
  @ApiProperty({ type: 'string', format: 'binary' }) file: unknown;
}

export class AppraisalDto {
  @ApiProperty({ enum: ['accept', 'return', 'reject'] }) @IsIn(['accept', 'return', 'reject']) outcome:
    'accept' | 'return' | 'reject';
  @ApiPropertyOptional({ type: [String], example: ['Báo cáo thành tích có xác nhận của thủ trưởng đơn vị'] })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(50)
  @IsString({ each: true })
  @MaxLength(1000, { each: true })
  missing?: string[];
  @ApiPropertyOptional() @IsOptional() @IsString() @MaxLength(5000) reason?: string;
}

export class VoteDto {
  @ApiProperty({ enum: VOTE_CHOICES }) @IsIn(VOTE_CHOICES) choice: VoteChoice;
  @ApiPropertyOptional({ type: Boolean, default: false, description: 'An absent member’s written opinion' })
  @IsOptional()
  @IsBoolean()
  written = false;
}

export class CouncilResultDto {
  @ApiProperty({ enum: REWARD_FORMS }) @IsIn(REWARD_FORMS) form: RewardForm;
}

export class ObjectionDto {
  @ApiProperty({ example: 'Đơn vị chưa hoàn thành nhiệm vụ II.2 như báo cáo' }) @Text(5000) text: string;
}

export class ResolutionDto {
  @ApiProperty({ enum: ['dismissed', 'upheld'] }) @IsIn(['dismissed', 'upheld']) outcome:
    'dismissed' | 'upheld';
  @ApiProperty() @Text(5000) reason: string;
}

export class ForwardDto {
  @ApiProperty({ example: 'Tờ trình số 45/TTr-UBND ngày 10/07/2027' }) @Text(500) letter: string;
}

export class CityDecisionDto {
  @ApiProperty({ example: '2150/QĐ-UBND' }) @Text(60) number: string;
  @ApiProperty({ example: '2027-08-15' }) @IsCivilDate() signedOn: string;
  @ApiProperty({ example: 'Lê Văn Thành' }) @Text(200) signer: string;
  @ApiProperty({ example: 'Ủy ban nhân dân thành phố Hải Phòng' }) @Text(300) issuer: string;
}

const STATUSES = Object.keys(NOMINATION_STATUS_LABELS) as NominationStatus[];

export class NominationFilter extends PageQuery {
  @ApiPropertyOptional({ enum: STATUSES }) @IsOptional() @IsIn(STATUSES) status?: NominationStatus;
  @ApiPropertyOptional() @IsOptional() @Matches(/^[0-9a-f-]{36}$/i) reviewId?: string;
}
