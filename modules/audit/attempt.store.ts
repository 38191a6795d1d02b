import { createHash } from 'node:crypto';
import type { DataSource } from 'typeorm';
import type { RefusalLog, RefusedWrite } from '@platform/http/error-body';

/**
 * Writes refused with a 4xx leave no event (Temporal keeps no trace of a rejected update
 * either), so each is recorded here for auditors: who tried what, and why it was refused.
 */
export class AttemptLog implements RefusalLog {
  constructor(private readonly db: DataSource) {}

  async record({ actor, method, route, body, error }: RefusedWrite): Promise<void> {
    const digest =
      body === undefined || body === null
        ? null
        : createHash('sha256').update(JSON.stringify(body)).digest('hex');
    await this.db.query(
      `INSERT INTO attempts
         (username, role, unit_code, method, route, status, code, message, details, body_sha256, organisation_code)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)`,
      [
        actor?.username ?? null,
        actor?.role ?? null,
        actor?.unitCode ?? null,
        method,
        route,
        error.statusCode,
        error.code,
        error.message,
        JSON.stringify(error.details ?? {}),
        digest,
        actor?.organisation ?? null,
      ],
    );
  }
}
