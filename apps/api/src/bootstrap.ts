import type { INestApplication } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { DocumentBuilder, SwaggerModule } from '@nestjs/swagger';
import { Logger } from 'nestjs-pino';
import { DataSource } from 'typeorm';
import { AppModule } from './app.module';
import { AttemptLog } from './audit/attempt-log';
import { ErrorFilter } from './common/error.filter';
import { validationPipe } from './common/validation';

/** Builds the HTTP application exactly as production runs it; tests boot the same thing. */
export async function createApp(): Promise<INestApplication> {
  const app = await NestFactory.create(AppModule, { bufferLogs: true });
  app.useLogger(app.get(Logger));
  app.useGlobalPipes(validationPipe);
  app.useGlobalFilters(new ErrorFilter(new AttemptLog(app.get(DataSource))));
  app.enableShutdownHooks();
  const openApi = new DocumentBuilder()
    .setTitle('ThiDua API')
    .setDescription('Kế hoạch, nhiệm vụ, báo cáo và khen thưởng phong trào thi đua')
    .setVersion('0.1.0')
    .addBearerAuth()
    .build();
  SwaggerModule.setup('docs', app, () => SwaggerModule.createDocument(app, openApi));
  return app;
}
