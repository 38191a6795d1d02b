import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { UserRow } from '@platform/database';
import type { Actor } from '@kernel';

/** How long an account's role and state may be served from memory: a disabled account stops within this. */
const TTL_MS = 3_000;

/**
 * Who a token's subject is, looked up in the accounts table: a token proves only its subject,
 * the role and unit come from the account as it stands now.
 */
@Injectable()
export class Accounts {
  private readonly cache = new Map<string, { actor: Actor | undefined; until: number }>();

  constructor(@InjectDataSource() private readonly db: DataSource) {}

  async actorOf(username: string): Promise<Actor | undefined> {
    const now = Date.now();
    const hit = this.cache.get(username);
    if (hit && hit.until > now) return hit.actor;
    const row = await this.db.getRepository(UserRow).findOneBy({ username });
    const actor =
      row && row.active
        ? {
            userId: row.username,
            username: row.username,
            role: row.role,
            unitCode: row.unitCode ?? undefined,
          }
        : undefined;
    // Unknown names are cached too, so a flood of forged subjects costs one query each per TTL.
    if (this.cache.size > 10_000) this.cache.clear();
    this.cache.set(username, { actor, until: now + TTL_MS });
    return actor;
  }
}
