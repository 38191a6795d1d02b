import { createSecretKey } from 'node:crypto';
import { Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { JwtModule } from '@nestjs/jwt';
import { UnitsModule } from '@modules/unit-directory/http/units.module';
import { AppConfig } from '@platform/config';
import { configProvider } from '@platform/http/config.provider';
import { AccountStore } from '@platform/database/account.store';
import { Accounts } from './accounts';
import { AuthController } from './auth.controller';
import { AuthGuard } from './auth.guard';
import { AuthService } from './auth.service';
import { RouteScope } from './route-scope';

@Module({
  imports: [
    UnitsModule,
    JwtModule.registerAsync({
      extraProviders: [configProvider],
      inject: [AppConfig],
      useFactory: (config: AppConfig) => ({
        // A key object once, not the string: jsonwebtoken would otherwise try (and fail) to parse
        // the secret as a public key on every request before taking it as an HMAC key.
        secret: createSecretKey(Buffer.from(config.JWT_SECRET)),
        signOptions: { expiresIn: config.JWT_TTL_SECONDS, issuer: 'thidua' },
        verifyOptions: { issuer: 'thidua', algorithms: ['HS256'] },
      }),
    }),
  ],
  controllers: [AuthController],
  providers: [AuthService, Accounts, AccountStore, RouteScope, { provide: APP_GUARD, useClass: AuthGuard }],
})
export class AuthModule {}
