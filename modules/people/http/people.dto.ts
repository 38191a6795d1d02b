import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsBoolean,
  IsIn,
  IsOptional,
  Matches,
  MaxLength,
  MinLength,
  ValidateNested,
} from 'class-validator';
import { ROLES, type Role } from '@kernel';
import { UNIT_CODE_PATTERN } from '@modules/unit-directory/unit-directory.decider';
import { EachOf, IsCivilDate, Text } from '@platform/http/validators';
import { COUNCIL_POSTS, USERNAME_PATTERN, type CouncilPost } from '../people.decider';

const USERNAME_MESSAGE = 'phải gồm 2–64 ký tự: chữ thường không dấu, chữ số, “.”, “-” hoặc “_”';
export const MIN_PASSWORD = 8;

export class GrantDto {
  @ApiProperty({ enum: ROLES })
  @IsIn(ROLES, { message: `role phải là một trong: ${ROLES.join(', ')}` })
  role: Role;

  @ApiPropertyOptional({ example: 'THONKL', description: 'for unit and standing: the unit' })
  @IsOptional()
  @Matches(UNIT_CODE_PATTERN, { message: 'unitCode phải là mã đơn vị' })
  unitCode?: string;

  @ApiPropertyOptional({ enum: COUNCIL_POSTS, description: 'for council: the post in the council' })
  @IsOptional()
  @IsIn(COUNCIL_POSTS)
  councilPost?: CouncilPost;

  @ApiPropertyOptional({ description: 'a deputy chairman, signing “KT. CHỦ TỊCH”' })
  @IsOptional()
  @IsBoolean()
  deputy?: boolean;

  @ApiPropertyOptional({ format: 'date', description: 'from today when absent' })
  @IsOptional()
  @IsCivilDate()
  from?: string;

  @ApiPropertyOptional({ format: 'date' })
  @IsOptional()
  @IsCivilDate()
  to?: string;
}

export class NewAccountDto {
  @ApiProperty({ example: 'nguyen.van.a' })
  @Matches(USERNAME_PATTERN, { message: `username ${USERNAME_MESSAGE}` })
  username: string;

  @ApiProperty({ description: 'the first password, to be changed at the first login' })
  @MinLength(MIN_PASSWORD, { message: `password phải có ít nhất ${MIN_PASSWORD} ký tự` })
  @MaxLength(256)
  password: string;
}

/** A person of the organisation, with an account and roles when given: one form, one call. */
export class PersonDto {
  @ApiProperty({ example: 'Nguyễn Văn An' }) @Text(200) fullName: string;

  @ApiPropertyOptional({ example: 'Trưởng thôn' })
  @IsOptional()
  @Text(200)
  position?: string;

  @ApiPropertyOptional({ example: 'THONKL' })
  @IsOptional()
  @Matches(UNIT_CODE_PATTERN, { message: 'unitCode phải là mã đơn vị' })
  unitCode?: string;

  @ApiPropertyOptional({ type: NewAccountDto })
  @IsOptional()
  @ValidateNested()
  @Type(() => NewAccountDto)
  account?: NewAccountDto;

  @ApiPropertyOptional({ type: [GrantDto] })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(20)
  @EachOf(GrantDto)
  grants?: GrantDto[];
}

/** A transfer or a new position from a day on; the former post is kept. */
export class PostDto {
  @ApiPropertyOptional({ example: 'THONKL', description: 'absent: no unit' })
  @IsOptional()
  @Matches(UNIT_CODE_PATTERN, { message: 'unitCode phải là mã đơn vị' })
  unitCode?: string;

  @ApiPropertyOptional({ example: 'Trưởng thôn' })
  @IsOptional()
  @Text(200)
  position?: string;

  @ApiProperty({ example: '2026-07-01', format: 'date' })
  @IsCivilDate()
  on: string;
}

export class PasswordResetDto {
  @ApiProperty()
  @MinLength(MIN_PASSWORD, { message: `password phải có ít nhất ${MIN_PASSWORD} ký tự` })
  @MaxLength(256)
  password: string;
}

export class PasswordChangeDto {
  @ApiProperty() @MinLength(1) @MaxLength(256) currentPassword: string;

  @ApiProperty()
  @MinLength(MIN_PASSWORD, { message: `newPassword phải có ít nhất ${MIN_PASSWORD} ký tự` })
  @MaxLength(256)
  newPassword: string;
}

export class ReasonDto {
  @ApiProperty({ example: 'Đã chuyển công tác' }) @Text(2000) reason: string;
}

export class RevokeDto extends ReasonDto {
  @ApiPropertyOptional({ format: 'date', description: 'from today when absent' })
  @IsOptional()
  @IsCivilDate()
  on?: string;
}
