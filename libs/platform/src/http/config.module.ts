import { Global, Module } from '@nestjs/common';
import { AppConfig } from '@platform/config';
import { configProvider } from './config.provider';

@Global()
@Module({ providers: [configProvider], exports: [AppConfig] })
export class ConfigModule {}
