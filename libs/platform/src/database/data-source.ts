import 'reflect-metadata';
import { DataSource, type DataSourceOptions } from 'typeorm';
import { EventRow, StreamRow } from '@platform/event-store';
import { projectionEntities } from '@modules/projections';
import { Init1763856000000 } from './migrations/1763856000000-init';
import { TasksAndReporting1763942400000 } from './migrations/1763942400000-tasks-and-reporting';
import { Rewards1764028800000 } from './migrations/1764028800000-rewards';
import { Audit1764115200000 } from './migrations/1764115200000-audit';
import { Idempotency1764201600000 } from './migrations/1764201600000-idempotency';
import { AccountActive1764288000000 } from './migrations/1764288000000-account-active';
import { UnitHistory1764374400000 } from './migrations/1764374400000-unit-history';
import { Organisations1764460800000 } from './migrations/1764460800000-organisations';
import { People1764547200000 } from './migrations/1764547200000-people';
import { Imports1764633600000 } from './migrations/1764633600000-imports';
import { AttemptOrganisation1764720000000 } from './migrations/1764720000000-attempt-organisation';
import { Cascade1764806400000 } from './migrations/1764806400000-cascade';
import { OrganisationProfile1764892800000 } from './migrations/1764892800000-organisation-profile';
import { PersonPosts1764979200000 } from './migrations/1764979200000-person-posts';
import { DecisionRegisters1765065600000 } from './migrations/1765065600000-decision-registers';
import { FactsAsTheyHappened1765152000000 } from './migrations/1765152000000-facts-as-they-happened';
import { ReportDocuments1765238400000 } from './migrations/1765238400000-report-documents';
import { Records1765324800000 } from './migrations/1765324800000-records';
import { Considerations1765411200000 } from './migrations/1765411200000-considerations';
import { SeveralApiProcesses1765497600000 } from './migrations/1765497600000-several-api-processes';
import { AppendInOneStatement1765584000000 } from './migrations/1765584000000-append-in-one-statement';
import { CoordinatingGroups1765670400000 } from './migrations/1765670400000-coordinating-groups';
import { ImportJob } from '@modules/onboarding/import.entity';
import { ensureDatabase } from './ensure-database';
import { UserRow } from './user.entity';

export const entities = [EventRow, StreamRow, UserRow, ImportJob, ...projectionEntities];
export const migrations = [
  Init1763856000000,
  TasksAndReporting1763942400000,
  Rewards1764028800000,
  Audit1764115200000,
  Idempotency1764201600000,
  AccountActive1764288000000,
  UnitHistory1764374400000,
  Organisations1764460800000,
  People1764547200000,
  Imports1764633600000,
  AttemptOrganisation1764720000000,
  Cascade1764806400000,
  OrganisationProfile1764892800000,
  PersonPosts1764979200000,
  DecisionRegisters1765065600000,
  FactsAsTheyHappened1765152000000,
  ReportDocuments1765238400000,
  Records1765324800000,
  Considerations1765411200000,
  SeveralApiProcesses1765497600000,
  AppendInOneStatement1765584000000,
  CoordinatingGroups1765670400000,
];

/** The one DataSource definition, shared by the API, the worker, the CLI and the tests. */
export function dataSourceOptions(url: string, poolSize = 10): DataSourceOptions {
  return {
    type: 'postgres',
    url,
    entities,
    migrations,
    migrationsTransactionMode: 'each',
    synchronize: false,
    logging: false,
    extra: { max: poolSize, application_name: 'thidua' },
  };
}

export async function openDataSource(url: string, poolSize?: number): Promise<DataSource> {
  return new DataSource(dataSourceOptions(url, poolSize)).initialize();
}

/** Creates the database when missing and applies pending migrations; returns their names. */
export async function migrateDatabase(url: string): Promise<string[]> {
  await ensureDatabase(url);
  const dataSource = await openDataSource(url, 2);
  try {
    return (await dataSource.runMigrations({ transaction: 'each' })).map((m) => m.name);
  } finally {
    await dataSource.destroy();
  }
}
