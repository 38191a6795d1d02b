import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional, Matches } from 'class-validator';
import { UNIT_CODE_PATTERN, type Unit } from '../unit-directory.decider';
import { UNIT_KINDS, type UnitKind } from '@modules/plan/plan.definition';
import { Text } from '@platform/http/validators';

const CODE_MESSAGE = 'phải là mã đơn vị: chữ in hoa, chữ số, “-” hoặc “_”, tối đa 32 ký tự';

export class UnitDto implements Unit {
  @ApiProperty({ example: 'VHXH' })
  @Matches(UNIT_CODE_PATTERN, { message: `code ${CODE_MESSAGE}` })
  code: string;

  @ApiProperty({ example: 'Phòng Văn hóa – Xã hội' })
  @Text(300)
  name: string;

  @ApiProperty({
    enum: UNIT_KINDS,
    description: 'phòng/ban/ngành, thôn, thị tứ, trung tâm, đoàn thể, doanh nghiệp',
  })
  @IsIn(UNIT_KINDS)
  kind: UnitKind;

  @ApiPropertyOptional({ example: 'UBND' })
  @IsOptional()
  @Matches(UNIT_CODE_PATTERN, { message: `parentCode ${CODE_MESSAGE}` })
  parentCode?: string;
}
