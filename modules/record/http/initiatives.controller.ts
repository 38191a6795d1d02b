import { Body, Controller, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiPropertyOptional, ApiTags } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsInt, IsOptional, Max, Min } from 'class-validator';
import type { Actor } from '@kernel';
import { READERS_OF_ALL } from '@platform/http/access';
import { CurrentActor, Roles } from '@platform/http/auth.decorators';
import { uuidParam } from '@platform/http/uuid-param';

const uuid = uuidParam('id');
import { AssessmentDto, InitiativeDto } from './records.dto';
import { RecordInitiativeView } from '../record.projection';
import { RecordsService } from './records.service';

class YearQuery {
  @ApiPropertyOptional({ example: 2025 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1945)
  @Max(2100)
  year?: number;
}

/**
 * Initiatives and scientific topics on their own step to recognition: proposed by a unit,
 * assessed by the initiative council, recognised by the head. A Chiến sĩ thi đua cơ sở needs one.
 */
@ApiTags('records')
@ApiBearerAuth()
@Controller('organisations/:code/initiatives')
export class InitiativesController {
  constructor(private readonly records: RecordsService) {}

  @Post()
  @HttpCode(200)
  @Roles('unit', 'standing', 'admin')
  @ApiOkResponse({ type: RecordInitiativeView })
  propose(@Param('code') code: string, @Body() body: InitiativeDto, @CurrentActor() actor: Actor) {
    return this.records.proposeInitiative(code, body, actor);
  }

  @Get()
  @Roles(...READERS_OF_ALL, 'unit')
  @ApiOkResponse({ type: [RecordInitiativeView] })
  list(@Param('code') code: string, @Query() query: YearQuery, @CurrentActor() actor: Actor) {
    return this.records.initiatives(code, query.year, actor);
  }

  /** The initiative council's conclusion, as the standing agency or a council member records it. */
  @Post(':id/assessment')
  @HttpCode(200)
  @Roles('council', 'standing', 'admin')
  @ApiOkResponse({ type: RecordInitiativeView })
  assess(
    @Param('code') code: string,
    @Param('id', uuid) id: string,
    @Body() body: AssessmentDto,
    @CurrentActor() actor: Actor,
  ) {
    return this.records.assessInitiative(code, id, body, actor);
  }

  @Post(':id/recognition')
  @HttpCode(200)
  @Roles('chairman')
  @ApiOkResponse({ type: RecordInitiativeView })
  recognize(@Param('code') code: string, @Param('id', uuid) id: string, @CurrentActor() actor: Actor) {
    return this.records.recognizeInitiative(code, id, actor);
  }
}
