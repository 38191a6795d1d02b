import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { civilDateAt, ROLES, type Role } from '@kernel';
import { organisationOfSql } from '@modules/unit-directory/unit-directory.query';

/** One role an account may act in now: its unit and organisation come with it. */
export interface ActorGrant {
  role: Role;
  unitCode?: string;
  organisation?: string;
}

/** Who a token's subject is now: read on every request, so a change stops it on the next one. */
export interface Identity {
  username: string;
  mustChangePassword: boolean;
  /** By the order of `ROLES`: the first fitting one acts when a route names no roles. */
  grants: ActorGrant[];
}

interface Row {
  username: string;
  role: Role | null;
  unit_code: string | null;
  organisation_code: string | null;
  active: boolean;
  must_change_password: boolean | null;
  grants: Array<{ role: Role; unitCode: string | null; organisation: string }>;
}

/**
 * The accounts behind tokens, as they stand: a token proves only its subject; whether the
 * account is active, must change its password, and which roles it holds today come from the
 * credentials row, the account's events (`accounts`) and its grants (`grants`), unread from any
 * cache, in one query (it runs on every request).
 */
@Injectable()
export class Accounts {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  async identify(username: string, now = new Date()): Promise<Identity | undefined> {
    const [row] = (await this.db.query(
      `SELECT u.username, u.role, u.unit_code,
              coalesce(${organisationOfSql('u.unit_code')}, u.organisation_code) AS organisation_code,
              u.active AND coalesce(a.active, true) AS active, a.must_change_password,
              coalesce((SELECT json_agg(json_build_object('role', g.role, 'unitCode', g.unit_code,
                                                          'organisation', g.organisation_code))
                          FROM grants g
                         WHERE g.username = u.username AND g.valid_from <= $2
                           AND (g.valid_to IS NULL OR g.valid_to >= $2)
                           AND (g.revoked_on IS NULL OR g.revoked_on > $2)), '[]') AS grants
         FROM users u LEFT JOIN accounts a ON a.id = u.username
        WHERE u.username = $1`,
      [username, civilDateAt(now)],
    )) as Row[];
    if (!row?.active) return undefined;
    const grants: ActorGrant[] = row.grants.map((g) => ({
      role: g.role,
      unitCode: g.unitCode ?? undefined,
      organisation: g.organisation,
    }));
    // Accounts from before grants carry one role in their row; a unit's members work where the unit is now.
    if (row.role)
      grants.push({
        role: row.role,
        unitCode: row.unit_code ?? undefined,
        organisation: row.organisation_code ?? undefined,
      });
    grants.sort((a, b) => ROLES.indexOf(a.role) - ROLES.indexOf(b.role));
    return { username: row.username, mustChangePassword: row.must_change_password ?? false, grants };
  }
}
