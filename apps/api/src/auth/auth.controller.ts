import { Body, Controller, HttpCode, Post, UseGuards } from '@nestjs/common';
import { ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { AuthService } from './auth.service';
import { Public } from '@platform/http/auth.decorators';
import { LoginThrottleGuard } from './login-throttle.guard';
import { LoginDto, TokenDto } from './login.dto';

@ApiTags('auth')
@Controller('auth')
export class AuthController {
  constructor(private readonly auth: AuthService) {}

  @Public()
  @UseGuards(LoginThrottleGuard)
  @Post('login')
  @HttpCode(200)
  @ApiOkResponse({ type: TokenDto })
  login(@Body() body: LoginDto): Promise<TokenDto> {
    return this.auth.login(body.username, body.password);
  }
}
