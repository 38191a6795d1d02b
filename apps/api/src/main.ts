import 'reflect-metadata';
import { AppConfig } from '@platform/config';
import { createApp } from './bootstrap';

async function main(): Promise<void> {
  const app = await createApp();
  const { PORT, HOST } = app.get(AppConfig);
  await app.listen(PORT, HOST);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
