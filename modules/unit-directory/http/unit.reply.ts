import { ApiProperty } from '@nestjs/swagger';
import { UnitView } from '../unit.projection';
import { PageOf } from '@platform/http/page';

export class UnitReply extends UnitView {
  @ApiProperty({ example: 'Thôn' }) kindLabel: string;
}

export class UnitPage extends PageOf(UnitReply) {}
