import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional, Matches, ValidateIf } from 'class-validator';
import { UNIT_CODE_PATTERN, type OrganisationProfile, type Unit } from '../unit-directory.decider';
import { UNIT_KIND_CODE_PATTERN, UNIT_LEVELS, type UnitKindDefinition, type UnitLevel } from '../unit-kinds';
import { IsCivilDate, Text } from '@platform/http/validators';

const CODE_MESSAGE = 'phải là mã đơn vị: chữ in hoa, chữ số, “-” hoặc “_”, tối đa 32 ký tự';
const KIND_MESSAGE = 'phải là mã loại đơn vị: chữ thường không dấu, chữ số hoặc “_” (xem GET /unit-kinds)';

export class UnitDto implements Unit {
  @ApiProperty({ example: 'VHXH' })
  @Matches(UNIT_CODE_PATTERN, { message: `code ${CODE_MESSAGE}` })
  code: string;

  @ApiProperty({ example: 'Phòng Văn hóa – Xã hội' })
  @Text(300)
  name: string;

  @ApiProperty({ example: 'phong_ban', description: 'a kind from GET /unit-kinds' })
  @Matches(UNIT_KIND_CODE_PATTERN, { message: `kind ${KIND_MESSAGE}` })
  kind: string;

  @ApiPropertyOptional({ example: 'UBND' })
  @IsOptional()
  @Matches(UNIT_CODE_PATTERN, { message: `parentCode ${CODE_MESSAGE}` })
  parentCode?: string;

  @ApiPropertyOptional({ example: '2025-07-01', format: 'date' })
  @IsOptional()
  @IsCivilDate()
  validFrom?: string;
}

export class UnitKindDto implements UnitKindDefinition {
  @ApiProperty({ example: 'hop_tac_xa' })
  @Matches(UNIT_KIND_CODE_PATTERN, { message: `code ${KIND_MESSAGE}` })
  code: string;

  @ApiProperty({ example: 'Hợp tác xã' })
  @Text(200)
  label: string;

  @ApiProperty({ enum: UNIT_LEVELS })
  @IsIn(UNIT_LEVELS, { message: `level phải là một trong: ${UNIT_LEVELS.join(', ')}` })
  level: UnitLevel;
}

/** A change to a unit takes effect on a day: history keeps what it was before. */
class UnitChangeDto {
  @ApiProperty({ example: '2025-07-01', format: 'date' })
  @IsCivilDate()
  on: string;
}

export class RenameDto extends UnitChangeDto {
  @ApiProperty({ example: 'Phòng Văn hóa – Xã hội' }) @Text(300) name: string;
}

export class MoveDto extends UnitChangeDto {
  @ApiProperty({ type: String, nullable: true, example: 'UBND', description: 'null: to the top level' })
  @ValidateIf((_, v) => v !== null)
  @Matches(UNIT_CODE_PATTERN, { message: `parentCode ${CODE_MESSAGE}` })
  parentCode: string | null;
}

export class MergeDto extends UnitChangeDto {
  @ApiProperty({ example: 'XA-KIM-THANH' })
  @Matches(UNIT_CODE_PATTERN, { message: `into ${CODE_MESSAGE}` })
  into: string;
}

export class DissolveDto extends UnitChangeDto {}

export class ProfileDto implements OrganisationProfile {
  @ApiProperty({ example: 'Ủy ban nhân dân xã Kim Thành', description: 'The body that signs its documents' })
  @Text(300)
  issuingBody: string;

  @ApiPropertyOptional({
    example: 'VHXH',
    description: 'Its unit that is the standing agency for emulation work',
  })
  @IsOptional()
  @Matches(UNIT_CODE_PATTERN, { message: `standingUnit ${CODE_MESSAGE}` })
  standingUnit?: string;

  @ApiPropertyOptional({
    example: 'VN-HP',
    description: 'The reward rule set its plans follow (GET /rule-sets)',
  })
  @IsOptional()
  @Matches(/^[A-Z0-9][A-Z0-9_-]{1,40}$/, {
    message: 'jurisdiction phải là mã quy chế: chữ in hoa, chữ số, “-”, “_”',
  })
  jurisdiction?: string;

  @ApiPropertyOptional({
    example: 'SKHCN',
    description: 'In document symbols (UBND for a People’s Committee)',
  })
  @IsOptional()
  @Matches(/^[A-ZĐ0-9&]{1,20}$/u, { message: 'abbreviation gồm chữ in hoa, chữ số hoặc “&”' })
  abbreviation?: string;

  @ApiPropertyOptional({
    example: 'Ủy ban nhân dân thành phố Hải Phòng',
    description: 'Written above the issuing body (the organisation above’s issuing body when absent)',
  })
  @IsOptional()
  @Text(300)
  governingBody?: string;

  @ApiPropertyOptional({ example: 'Hải Phòng', description: 'Written before the date' })
  @IsOptional()
  @Text(100)
  placeName?: string;

  @ApiPropertyOptional({ example: 'Giám đốc', description: 'The head’s title in the signature block' })
  @IsOptional()
  @Text(100)
  headTitle?: string;
}
