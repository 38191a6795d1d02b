import { Module } from '@nestjs/common';
import { APP_INTERCEPTOR } from '@nestjs/core';
import { ThrottlerModule } from '@nestjs/throttler';
import { TypeOrmModule } from '@nestjs/typeorm';
import { LoggerModule } from 'nestjs-pino';
import { AppConfig } from '../../../libs/config/src';
import { dataSourceOptions } from '../../../libs/database/src';
import { AuditModule } from './audit/audit.module';
import { AuthModule } from './auth/auth.module';
import { IdempotencyInterceptor } from './common/idempotency.interceptor';
import { HealthController } from './health/health.controller';
import { PlansModule } from './plans/plans.module';
import { ReportingModule } from './reporting/reporting.module';
import { ReportsModule } from './reports/reports.module';
import { RewardsModule } from './rewards/rewards.module';
import { UnitsModule } from './units/units.module';
import { WorkModule } from './work/work.module';
import { TemporalModule } from './temporal/temporal.module';
import { ConfigModule } from './config.module';

@Module({
  imports: [
    ConfigModule,
    LoggerModule.forRootAsync({
      inject: [AppConfig],
      useFactory: (config: AppConfig) => ({
        pinoHttp: {
          level: config.LOG_LEVEL,
          // Tokens and passwords never reach the logs.
          redact: ['req.headers.authorization', 'req.headers.cookie', 'req.body.password'],
          autoLogging: { ignore: (req) => req.url === '/health' },
          serializers: {
            req: (req: { id: unknown; method: string; url: string }) => ({
              id: req.id,
              method: req.method,
              url: req.url,
            }),
            res: (res: { statusCode: number }) => ({ statusCode: res.statusCode }),
          },
        },
      }),
    }),
    TypeOrmModule.forRootAsync({
      inject: [AppConfig],
      useFactory: (config: AppConfig) => dataSourceOptions(config.DATABASE_URL),
    }),
    ThrottlerModule.forRootAsync({
      inject: [AppConfig],
      useFactory: (config: AppConfig) => ({
        throttlers: [{ ttl: 60_000, limit: config.LOGIN_ATTEMPTS_PER_MINUTE }],
        errorMessage: 'Đăng nhập sai quá nhiều lần, vui lòng thử lại sau một phút',
      }),
    }),
    TemporalModule,
    AuthModule,
    UnitsModule,
    PlansModule,
    WorkModule,
    ReportingModule,
    ReportsModule,
    RewardsModule,
    AuditModule,
  ],
  controllers: [HealthController],
  providers: [{ provide: APP_INTERCEPTOR, useClass: IdempotencyInterceptor }],
})
export class AppModule {}
