import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsBoolean,
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
import { REWARD_FORMS, VOTE_CHOICES, type RewardForm, type VoteChoice } from '@kernel';
import { UNIT_CODE_PATTERN } from '@modules/unit-directory/unit-directory.decider';
import { EachOf, Text } from '@platform/http/validators';

export class OpenConsiderationDto {
  @ApiProperty({ example: 2025 }) @IsInt() @Min(2000) @Max(2100) year: number;
  @ApiPropertyOptional({
    example: 'DNKT',
    description: 'a unit whose head awards its own staff (a company); absent: the organisation itself',
  })
  @IsOptional()
  @Matches(UNIT_CODE_PATTERN)
  unitCode?: string;
}

export class ProposalSubjectDto {
  @ApiProperty({ enum: ['individual', 'collective', 'household'] })
  @IsIn(['individual', 'collective', 'household'])
  kind: 'individual' | 'collective' | 'household';
  @ApiPropertyOptional({ format: 'uuid', description: 'individual: a person of the organisation' })
  @ValidateIf((s: ProposalSubjectDto) => s.kind === 'individual')
  @IsUUID()
  personId?: string;
  @ApiPropertyOptional({ example: 'THONKL', description: 'collective: the unit; household: its village' })
  @ValidateIf((s: ProposalSubjectDto) => s.kind !== 'individual')
  @Matches(UNIT_CODE_PATTERN)
  unitCode?: string;
  @ApiPropertyOptional({ example: 'Phạm Văn Hùng', description: 'household: its head' })
  @ValidateIf((s: ProposalSubjectDto) => s.kind === 'household')
  @Text(120)
  head?: string;
  @ApiPropertyOptional({ example: 'Thôn Kim Lương', description: 'household: its address' })
  @ValidateIf((s: ProposalSubjectDto) => s.kind === 'household')
  @Text(300)
  address?: string;
}

export class ProposalItemDto {
  @ApiProperty({ type: ProposalSubjectDto })
  @IsObject()
  @ValidateNested()
  @Type(() => ProposalSubjectDto)
  subject: ProposalSubjectDto;
  @ApiProperty({ enum: REWARD_FORMS }) @IsIn(REWARD_FORMS) form: RewardForm;
  @ApiProperty({ example: 'Hoàn thành tốt nhiệm vụ năm 2025' }) @Text(2000) achievement: string;
}

export class ProposeDto {
  @ApiProperty({ type: [ProposalItemDto] })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(500)
  @EachOf(ProposalItemDto)
  items: ProposalItemDto[];
}

export class WithdrawDto {
  @ApiProperty({ example: 'Chuyển công tác' }) @Text(500) reason: string;
}

export class BallotDto {
  @ApiProperty({
    type: 'object',
    additionalProperties: { type: 'string', enum: [...VOTE_CHOICES] },
    description: 'proposal id → yes, no or abstain, for every nominee on the ballot',
  })
  @IsObject()
  choices: Record<string, VoteChoice>;
  @ApiPropertyOptional({ description: 'an absent member’s written opinion' })
  @IsOptional()
  @IsBoolean()
  written?: boolean;
}

export class SignDto {
  @ApiProperty({ enum: REWARD_FORMS }) @IsIn(REWARD_FORMS) form: RewardForm;
}

export class CandidatesQuery {
  @ApiPropertyOptional({ example: 'VP', description: 'one unit’s people and collectives' })
  @IsOptional()
  @Matches(UNIT_CODE_PATTERN)
  unit?: string;
}

export class CertificatesQuery {
  @ApiPropertyOptional({ enum: ['docx', 'pdf'] }) @IsOptional() @IsIn(['docx', 'pdf']) format?:
    'docx' | 'pdf';
}

export class ObjectionDto {
  @ApiProperty({ example: 'Ông A đang bị xem xét kỷ luật' }) @Text(2000) text: string;
}

export class ResolutionDto {
  @ApiProperty({ enum: ['dismissed', 'upheld'] }) @IsIn(['dismissed', 'upheld']) outcome:
    'dismissed' | 'upheld';
  @ApiProperty({ example: 'Đã xác minh: phản ánh không đúng' }) @Text(2000) reason: string;
}
