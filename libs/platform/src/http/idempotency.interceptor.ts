import { Injectable, type CallHandler, type ExecutionContext, type NestInterceptor } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Request, Response } from 'express';
import { createHash } from 'node:crypto';
import { concatMap, from, map, of, switchMap, type Observable } from 'rxjs';
import type { DataSource } from 'typeorm';
import type { Actor } from '@kernel';
import { DomainError } from '@kernel';

const HEADER = 'idempotency-key';

/**
 * A write sent again with the same Idempotency-Key answers what the first one answered,
 * without running it again; the same key with another body is refused. Domain commands are
 * idempotent by their business keys anyway: this also makes the HTTP answer repeatable.
 */
@Injectable()
export class IdempotencyInterceptor implements NestInterceptor {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    const request = context.switchToHttp().getRequest<Request & { actor?: Actor }>();
    const header = request.headers[HEADER];
    if (typeof header !== 'string' || request.method === 'GET' || !request.actor) return next.handle();
    if (header.length === 0 || header.length > 200)
      throw new DomainError('VALIDATION_FAILED', 'Idempotency-Key phải dài từ 1 đến 200 ký tự', {
        field: HEADER,
      });
    const key = `${request.actor.username}:${header}`;
    const route = request.originalUrl.split('?')[0];
    const digest = createHash('sha256')
      .update(JSON.stringify(request.body ?? null))
      .digest('hex');
    const response = context.switchToHttp().getResponse<Response>();
    return from(
      this.db.query(
        `SELECT method, route, body_sha256, status, response FROM idempotency_keys WHERE key = $1`,
        [key],
      ),
    ).pipe(
      switchMap(
        (
          rows: Array<{
            method: string;
            route: string;
            body_sha256: string;
            status: number;
            response: unknown;
          }>,
        ) => {
          const seen = rows[0];
          if (!seen)
            // Stored before answering, so a retry right after the answer finds it.
            return next.handle().pipe(
              concatMap((body: unknown) =>
                from(
                  this.db.query(
                    `INSERT INTO idempotency_keys (key, method, route, body_sha256, status, response)
                   VALUES ($1, $2, $3, $4, $5, $6) ON CONFLICT (key) DO NOTHING`,
                    [key, request.method, route, digest, response.statusCode, JSON.stringify(body ?? null)],
                  ),
                ).pipe(map(() => body)),
              ),
            );
          if (seen.method !== request.method || seen.route !== route || seen.body_sha256 !== digest)
            throw new DomainError(
              'IDEMPOTENCY_KEY_REUSED',
              'Idempotency-Key này đã dùng cho một yêu cầu khác',
              {
                field: HEADER,
              },
            );
          response.status(seen.status);
          response.setHeader('idempotent-replay', 'true');
          return of(seen.response);
        },
      ),
    );
  }
}
