import 'reflect-metadata';
import { loadConfig } from '../../../libs/config/src';
import { migrateDatabase } from '../../../libs/database/src';

const USAGE = `usage: npm run cli -- <command>

commands:
  db migrate     create the database if missing and apply pending migrations`;

async function migrate(): Promise<void> {
  const applied = await migrateDatabase(loadConfig().DATABASE_URL);
  console.log(applied.length ? `applied: ${applied.join(', ')}` : 'database is up to date');
}

const commands: Record<string, () => Promise<void>> = { 'db migrate': migrate };

async function main(argv: string[]): Promise<number> {
  const command = commands[argv.slice(0, 2).join(' ')];
  if (!command) {
    console.error(USAGE);
    return 2;
  }
  await command();
  return 0;
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error('✗', error instanceof Error ? error.message : error);
    process.exit(1);
  },
);
