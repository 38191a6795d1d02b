import 'reflect-metadata';
import { AppConfig } from '../../../libs/config/src';
import { createApp } from './bootstrap';

async function main(): Promise<void> {
  const app = await createApp();
  const { PORT } = app.get(AppConfig);
  await app.listen(PORT, '127.0.0.1');
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
