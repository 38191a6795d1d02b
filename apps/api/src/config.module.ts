import { Global, Module } from '@nestjs/common';
import { AppConfig } from '../../../libs/config/src';
import { configProvider } from './config.provider';

@Global()
@Module({ providers: [configProvider], exports: [AppConfig] })
export class ConfigModule {}
