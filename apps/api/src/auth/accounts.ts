import { Injectable } from '@nestjs/common';
import type { Actor } from '@kernel';
import { OrganisationScope } from '@modules/unit-directory/organisation-scope.query';
import { AccountStore } from './account.store';

/** How long an account's role and state may be served from memory: a disabled account stops within this. */
const TTL_MS = 3_000;

/**
 * Who a token's subject is, looked up in the accounts table: a token proves only its subject,
 * the role and unit come from the account as it stands now.
 */
@Injectable()
export class Accounts {
  private readonly cache = new Map<string, { actor: Actor | undefined; until: number }>();

  constructor(
    private readonly store: AccountStore,
    private readonly scope: OrganisationScope,
  ) {}

  async actorOf(username: string): Promise<Actor | undefined> {
    const now = Date.now();
    const hit = this.cache.get(username);
    if (hit && hit.until > now) return hit.actor;
    const row = await this.store.byUsername(username);
    const actor: Actor | undefined =
      row && row.active
        ? {
            userId: row.username,
            username: row.username,
            role: row.role,
            unitCode: row.unitCode ?? undefined,
            // A unit's members work where the unit is now (it may have moved or merged).
            organisation:
              (row.unitCode ? await this.scope.organisationOf(row.unitCode) : undefined) ??
              row.organisationCode ??
              undefined,
          }
        : undefined;
    // Unknown names are cached too, so a flood of forged subjects costs one query each per TTL.
    if (this.cache.size > 10_000) this.cache.clear();
    this.cache.set(username, { actor, until: now + TTL_MS });
    return actor;
  }
}
