import { Module } from '@nestjs/common';
import { APP_INTERCEPTOR } from '@nestjs/core';
import { ThrottlerModule } from '@nestjs/throttler';
import { TypeOrmModule } from '@nestjs/typeorm';
import { LoggerModule } from 'nestjs-pino';
import { AppConfig } from '@platform/config';
import { dataSourceOptions } from '@platform/database';
import { AuditModule } from '@modules/audit/http/audit.module';
import { AuthModule } from './auth/auth.module';
import { IdempotencyInterceptor } from '@platform/http/idempotency.interceptor';
import { HealthController } from './health/health.controller';
import { PlansModule } from '@modules/plan/http/plans.module';
import { ReportingModule } from '@modules/reporting/http/reporting.module';
import { NominationModule } from '@modules/nomination/http/nomination.module';
import { ReviewModule } from '@modules/review/http/review.module';
import { RuleSetModule } from '@modules/rule-set/http/rule-set.module';
import { UnitsModule } from '@modules/unit-directory/http/units.module';
import { PeopleModule } from '@modules/people/http/people.module';
import { RecordsModule } from '@modules/record/http/records.module';
import { ConsiderationsModule } from '@modules/consideration/http/considerations.module';
import { OnboardingModule } from '@modules/onboarding/http/onboarding.module';
import { WorkModule } from '@modules/assignment/http/work.module';
import { PlatformModule } from '@platform/platform.module';
import { DatabaseHealth } from '@platform/database/database-health';
import { ConfigModule } from '@platform/http/config.module';
import { DataSource } from 'typeorm';
import { LoginAttemptsStorage } from './auth/login-attempts.storage';

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
      inject: [AppConfig, DataSource],
      useFactory: (config: AppConfig, db: DataSource) => ({
        throttlers: [{ ttl: 60_000, limit: config.LOGIN_ATTEMPTS_PER_MINUTE }],
        storage: new LoginAttemptsStorage(db),
        errorMessage: 'Đăng nhập sai quá nhiều lần, vui lòng thử lại sau một phút',
      }),
    }),
    PlatformModule,
    AuthModule,
    UnitsModule,
    PeopleModule,
    RecordsModule,
    ConsiderationsModule,
    OnboardingModule,
    PlansModule,
    WorkModule,
    ReportingModule,
    ReviewModule,
    NominationModule,
    RuleSetModule,
    AuditModule,
  ],
  controllers: [HealthController],
  providers: [DatabaseHealth, { provide: APP_INTERCEPTOR, useClass: IdempotencyInterceptor }],
})
export class AppModule {}
