import { ApiProperty } from '@nestjs/swagger';
import { UnitView } from '../unit.projection';
import { PageOf } from '@platform/http/page';
import { UNIT_LEVELS, type UnitLevel } from '../unit-kinds';

export class UnitReply extends UnitView {
  @ApiProperty({ example: 'Thôn' }) kindLabel: string;
}

export class UnitPage extends PageOf(UnitReply) {}

export class UnitKindReply {
  @ApiProperty({ example: 'thon' }) code: string;
  @ApiProperty({ example: 'Thôn' }) label: string;
  @ApiProperty({ enum: UNIT_LEVELS }) level: UnitLevel;
  @ApiProperty({ example: 'Đơn vị trực thuộc' }) levelLabel: string;
  @ApiProperty({ description: 'false: one of the defaults every installation has' }) defined: boolean;
}
