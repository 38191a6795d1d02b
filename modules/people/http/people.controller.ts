import { Body, Controller, Get, HttpCode, Param, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiNoContentResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import type { Actor } from '@kernel';
import { SelfService, CurrentActor, Roles } from '@platform/http/auth.decorators';
import { uuidParam } from '@platform/http/uuid-param';
import {
  GrantDto,
  PasswordChangeDto,
  PasswordResetDto,
  PersonDto,
  PostDto,
  ReasonDto,
  RevokeDto,
} from './people.dto';
import { PersonReply } from './people.reply';
import { PeopleService } from './people.service';

/** An organisation's people and accounts, managed by its admins (and those of the levels above). */
@ApiTags('people')
@ApiBearerAuth()
@Controller()
export class PeopleController {
  constructor(private readonly people: PeopleService) {}

  @Get('organisations/:code/people')
  @ApiOkResponse({ type: [PersonReply] })
  @Roles('admin', 'auditor')
  list(@Param('code') code: string): Promise<PersonReply[]> {
    return this.people.directory(code);
  }

  /** A person, with an account (a first password to change at the first login) and roles. */
  @Post('organisations/:code/people')
  @ApiOkResponse({ type: PersonReply })
  @Roles('admin')
  register(
    @Param('code') code: string,
    @Body() body: PersonDto,
    @CurrentActor() actor: Actor,
  ): Promise<PersonReply> {
    return this.people.register(code, body, actor);
  }

  /** A transfer to another unit or a new position, from a day on; the former post is kept. */
  @Post('people/:id/post')
  @HttpCode(200)
  @ApiOkResponse({ type: PersonReply })
  @Roles('admin')
  changePost(
    @Param('id', uuidParam('id')) id: string,
    @Body() body: PostDto,
    @CurrentActor() actor: Actor,
  ): Promise<PersonReply> {
    return this.people.changePost(id, body, actor);
  }

  @Post('accounts/:username/grants')
  @ApiOkResponse({ type: PersonReply })
  @Roles('admin')
  grant(
    @Param('username') username: string,
    @Body() body: GrantDto,
    @CurrentActor() actor: Actor,
  ): Promise<PersonReply> {
    return this.people.grant(username, body, actor);
  }

  /** The role stops on the day given (today when absent): the next request in it is refused. */
  @Post('grants/:id/revoke')
  @HttpCode(200)
  @ApiOkResponse({ type: PersonReply })
  @Roles('admin')
  revoke(
    @Param('id', uuidParam('id')) id: string,
    @Body() body: RevokeDto,
    @CurrentActor() actor: Actor,
  ): Promise<PersonReply> {
    return this.people.revoke(id, body, actor);
  }

  @Post('accounts/:username/password-reset')
  @HttpCode(200)
  @ApiOkResponse({ type: PersonReply })
  @Roles('admin')
  reset(
    @Param('username') username: string,
    @Body() body: PasswordResetDto,
    @CurrentActor() actor: Actor,
  ): Promise<PersonReply> {
    return this.people.resetPassword(username, body.password, actor);
  }

  @Post('accounts/:username/disable')
  @HttpCode(200)
  @ApiOkResponse({ type: PersonReply })
  @Roles('admin')
  disable(
    @Param('username') username: string,
    @Body() body: ReasonDto,
    @CurrentActor() actor: Actor,
  ): Promise<PersonReply> {
    return this.people.setActive(username, false, body.reason, actor);
  }

  @Post('accounts/:username/enable')
  @HttpCode(200)
  @ApiOkResponse({ type: PersonReply })
  @Roles('admin')
  enable(@Param('username') username: string, @CurrentActor() actor: Actor): Promise<PersonReply> {
    return this.people.setActive(username, true, '', actor);
  }

  /** The signed-in person's own password: required first after an admin set or reset it. */
  @Post('auth/password')
  @HttpCode(204)
  @ApiNoContentResponse()
  @SelfService()
  changePassword(@Body() body: PasswordChangeDto, @CurrentActor() actor: Actor): Promise<void> {
    return this.people.changePassword(body, actor);
  }
}
