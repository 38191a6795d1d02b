import { Controller, Get, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { Roles } from '../auth/decorators';
import { PageQuery, type Page } from '../common/page';

@ApiTags('audit')
@ApiBearerAuth()
@Controller('audit')
export class AttemptsController {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /** Refused writes, newest first: wrong role, vote after close, double vote, bad input… */
  @Get('attempts')
  @Roles('auditor', 'admin')
  async attempts(@Query() page: PageQuery): Promise<Page<Record<string, unknown>>> {
    const [items, [{ total }]] = await Promise.all([
      this.db.query(
        `SELECT id::int, at, username, role, unit_code AS "unitCode", method, route, status, code, message, details,
                body_sha256 AS "bodySha256"
         FROM attempts ORDER BY id DESC LIMIT $1 OFFSET $2`,
        [page.limit, page.offset],
      ),
      this.db.query(`SELECT count(*)::int AS total FROM attempts`),
    ]);
    return { items, total, limit: page.limit, offset: page.offset };
  }
}
