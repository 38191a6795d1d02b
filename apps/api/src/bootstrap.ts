import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { DocumentBuilder, SwaggerModule } from '@nestjs/swagger';
import helmet from 'helmet';
import { Logger } from 'nestjs-pino';
import { DataSource } from 'typeorm';
import { AppConfig } from '@platform/config';
import { AppModule } from './app.module';
import { statusOf } from './error-status';
import { serveWebUi } from './web-ui';
import { AttemptLog } from '@modules/audit/attempt.store';
import { ErrorFilter } from '@platform/http/error.filter';
import { validationPipe } from '@platform/http/validation';

/** JSON bodies beyond this are refused (413); files travel as multipart, with their own limit. */
const JSON_LIMIT = '2mb';

/** Builds the HTTP application exactly as production runs it; tests boot the same thing. */
export async function createApp(): Promise<NestExpressApplication> {
  const app = await NestFactory.create<NestExpressApplication>(AppModule, {
    bufferLogs: true,
    bodyParser: false,
  });
  const config = app.get(AppConfig);
  app.useLogger(app.get(Logger));
  app.useBodyParser('json', { limit: JSON_LIMIT });
  app.use(
    helmet({
      // The OpenAPI page loads its scripts and styles from this origin.
      contentSecurityPolicy: {
        directives: {
          'script-src': ["'self'"],
          'style-src': ["'self'", "'unsafe-inline'"],
          'img-src': ["'self'", 'data:'],
        },
      },
    }),
  );
  const origins = config.CORS_ORIGINS.split(',')
    .map((o) => o.trim())
    .filter(Boolean);
  app.enableCors({
    origin: origins.length ? origins : false,
    allowedHeaders: ['authorization', 'content-type', 'idempotency-key'],
  });
  if (!serveWebUi(app)) app.get(Logger).warn('no built UI in dist/web: serving the API only');
  app.useGlobalPipes(validationPipe);
  app.useGlobalFilters(new ErrorFilter(statusOf, new AttemptLog(app.get(DataSource))));
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
