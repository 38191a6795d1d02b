import { loadConfig, AppConfig } from '../../../libs/config/src';

export const configProvider = { provide: AppConfig, useFactory: () => loadConfig() };
