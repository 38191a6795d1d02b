import { loadConfig, AppConfig } from '@platform/config';

export const configProvider = { provide: AppConfig, useFactory: () => loadConfig() };
