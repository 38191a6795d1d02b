import { Body, Controller, Get, HttpCode, Post, Req, UseGuards } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import type { Actor } from '@kernel';
import { AuthService } from './auth.service';
import type { Identity } from './accounts';
import { SelfService, CurrentActor, Public } from '@platform/http/auth.decorators';
import { LoginThrottleGuard } from './login-throttle.guard';
import { LoginDto, TokenDto } from './login.dto';
import { MeDto } from './me.dto';

@ApiTags('auth')
@Controller()
export class AuthController {
  constructor(private readonly auth: AuthService) {}

  @Public()
  @UseGuards(LoginThrottleGuard)
  @Post('auth/login')
  @HttpCode(200)
  @ApiOkResponse({ type: TokenDto })
  login(@Body() body: LoginDto): Promise<TokenDto> {
    return this.auth.login(body.username, body.password);
  }

  /** Who is signed in: name, role and unit, for the header of every screen. */
  @Get('me')
  @ApiBearerAuth()
  @SelfService()
  @ApiOkResponse({ type: MeDto })
  me(@CurrentActor() actor: Actor, @Req() request: { identity: Identity }): Promise<MeDto> {
    // The guard has just read the account: its answer, not a second look.
    return this.auth.me(actor, request.identity.mustChangePassword);
  }
}
