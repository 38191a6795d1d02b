import { Injectable, Logger, type OnApplicationBootstrap } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import ExcelJS from 'exceljs';
import { readTable } from '@platform/http/sheets';
import { LessThan, type DataSource } from 'typeorm';
import { DomainError, type Actor } from '@kernel';
import { PeopleService } from '@modules/people/http/people.service';
import { PeopleQuery } from '@modules/people/people.query';
import { UnitsService } from '@modules/unit-directory/http/units.service';
import { OrganisationScope } from '@modules/unit-directory/organisation-scope.query';
import { UnitDirectoryQuery } from '@modules/unit-directory/unit-directory.query';
import { AccountStore } from '@platform/database/account.store';
import { nameUuid } from '@platform/ids';
import type { Upload } from '@platform/http/uploads';
import { ImportJob } from '../import.entity';
import { checkSheet, COLUMNS, rowsOf, type OnboardingRow, type RowError } from '../onboarding.sheet';

/** A running import writes its progress after every row; silence this long means its process is gone. */
const STALLED_AFTER_MS = 2 * 60_000;

export interface ImportPreview {
  fileName: string;
  total: number;
  newUnits: number;
  newAccounts: number;
  errors: RowError[];
}

/**
 * Onboarding from a sheet: every row goes through the same services as the screens (so the same
 * rules, scope and events), one after the other; a second import of the same sheet changes nothing.
 * The services are this module's way in because they add what commands need (password hashes,
 * the unit's organisation), which a route alone cannot.
 */
@Injectable()
export class OnboardingService implements OnApplicationBootstrap {
  private readonly log = new Logger('onboarding');

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly units: UnitsService,
    private readonly directory: UnitDirectoryQuery,
    private readonly people: PeopleService,
    private readonly peopleQuery: PeopleQuery,
    private readonly scope: OrganisationScope,
    private readonly credentials: AccountStore,
  ) {}

  /**
   * An import runs inside the API process that started it, writing its progress row by row: one
   * still "running" but silent for longer than STALLED_AFTER_MS was cut off by a restart of that
   * process (other API processes may be running theirs). It says so, when an API process starts
   * and when the import is read; importing the sheet again finishes it, since every row already
   * written is left as it is.
   */
  async onApplicationBootstrap(): Promise<void> {
    const affected = await this.markStalled();
    if (affected) this.log.warn(`${affected} import(s) cut off by a restart marked interrupted`);
  }

  private async markStalled(id?: string): Promise<number> {
    const { affected } = await this.db.getRepository(ImportJob).update(
      {
        status: 'running',
        updatedAt: LessThan(new Date(Date.now() - STALLED_AFTER_MS)),
        ...(id && { id }),
      },
      { status: 'interrupted', finishedAt: new Date() },
    );
    return affected ?? 0;
  }

  /** Every error by row and column, and what an import would add: nothing is written. */
  async preview(file: Upload | undefined, actor: Actor): Promise<ImportPreview & { rows: OnboardingRow[] }> {
    if (!file) throw new DomainError('VALIDATION_FAILED', 'Chưa chọn tệp', [{ field: 'file' }]);
    const { rows: cells, missing } = rowsOf(await readTable(file));
    if (missing.length)
      throw new DomainError('VALIDATION_FAILED', `Tệp thiếu cột: ${missing.join(', ')}`, [{ field: 'file' }]);
    const [visible, kinds, all] = await Promise.all([
      this.scope.visible(actor),
      this.directory.kinds(),
      this.directory.all(),
    ]);
    const { rows, errors } = checkSheet(
      cells,
      new Set(all.map((u) => u.id)),
      new Set(kinds.map((k) => k.code)),
    );
    const existing = new Map(all.map((u) => [u.id, u]));
    let newUnits = 0;
    let newAccounts = 0;
    for (const { row, unit, person } of rows) {
      const had = existing.get(unit.code);
      if (!had) {
        newUnits++;
        if (visible && unit.parentCode && !visible.has(unit.parentCode) && existing.has(unit.parentCode))
          errors.push({
            row,
            column: 'Mã đơn vị cấp trên',
            message: `${unit.parentCode} ngoài phạm vi của tài khoản`,
          });
      } else if (visible && !visible.has(unit.code))
        errors.push({ row, column: 'Mã đơn vị', message: `mã ${unit.code} đã được dùng ở nơi khác` });
      else if (
        had.name !== unit.name ||
        had.kind !== unit.kind ||
        (unit.parentCode !== undefined && had.parentCode !== unit.parentCode)
      )
        errors.push({
          row,
          column: 'Mã đơn vị',
          message: `đơn vị ${unit.code} đã có với dữ liệu khác (“${had.name}”): sửa trong danh mục, không qua tệp`,
        });
      const username = person?.account?.username;
      if (username) {
        const holder = await this.credentials.byUsername(username);
        if (!holder) {
          newAccounts++;
          if (!person.account!.password)
            errors.push({
              row,
              column: 'Mật khẩu ban đầu',
              message: 'cần mật khẩu ban đầu cho tài khoản mới',
            });
        } else if (holder.role !== null || !(await this.peopleQuery.account(username).catch(() => undefined)))
          errors.push({ row, column: 'Tên đăng nhập', message: `tên đăng nhập “${username}” đã được dùng` });
      }
    }
    errors.sort((a, b) => a.row - b.row);
    return { fileName: file.originalname, total: cells.length, newUnits, newAccounts, errors, rows };
  }

  /** Starts the import when the sheet has no error; its progress is read with `job`. */
  async start(file: Upload | undefined, actor: Actor): Promise<ImportJob> {
    const preview = await this.preview(file, actor);
    if (preview.errors.length)
      throw new DomainError(
        'VALIDATION_FAILED',
        `Tệp có ${preview.errors.length} lỗi: chưa nhập gì`,
        preview.errors.map((e) => ({ ...e, field: `dòng ${e.row} · ${e.column}` })),
      );
    const job = Object.assign(new ImportJob(), {
      id: nameUuid('import', actor.username, new Date().toISOString()),
      fileName: preview.fileName,
      username: actor.username,
      status: 'running' as const,
      total: preview.rows.length,
      done: 0,
      changed: 0,
      errors: [],
      startedAt: new Date(),
      finishedAt: null,
      updatedAt: new Date(),
    });
    await this.db.getRepository(ImportJob).insert(job);
    void this.run(job, preview.rows, actor);
    return job;
  }

  async job(id: string, actor: Actor): Promise<ImportJob> {
    const jobs = this.db.getRepository(ImportJob);
    const job = await jobs.findOneBy({ id });
    if (!job || (job.username !== actor.username && !OrganisationScope.isRoot(actor)))
      throw new DomainError('NOT_FOUND', 'Không tìm thấy lần nhập này', { field: 'id' });
    // Polled every second while it runs: written to only when it has gone silent.
    const stalled = job.status === 'running' && Date.now() - job.updatedAt.getTime() > STALLED_AFTER_MS;
    return stalled && (await this.markStalled(id)) ? jobs.findOneByOrFail({ id }) : job;
  }

  /** The organisation's units and people in the import's own columns, as XLSX or CSV. */
  async export(organisation: string, format: 'xlsx' | 'csv'): Promise<Buffer> {
    const subtree = new Set(await this.directory.subtree(organisation));
    const units = (await this.directory.all()).filter((u) => subtree.has(u.id) && !u.endedOn);
    const byOrganisation = new Map<string, Awaited<ReturnType<PeopleQuery['directory']>>>();
    const book = new ExcelJS.Workbook();
    const sheet = book.addWorksheet('Đơn vị và người dùng');
    sheet.columns = COLUMNS.map((c) => ({ header: c.header, key: c.key, width: 24 }));
    // Parents first, so the sheet imports in order.
    for (const unit of ordered(units, organisation)) {
      const home = (await this.scope.organisationOf(unit.id)) ?? organisation;
      if (!byOrganisation.has(home)) byOrganisation.set(home, await this.peopleQuery.directory(home));
      // People of no particular unit go on their organisation's own row.
      const people = byOrganisation.get(home)!.filter((p) => (p.person.unitCode ?? home) === unit.id);
      const base = { code: unit.id, name: unit.name, kind: unit.kind, parentCode: unit.parentCode ?? '' };
      if (people.length === 0) sheet.addRow(base);
      for (const { person, accounts } of people) {
        const grant = accounts[0]?.grants.find((g) => !g.revokedOn);
        sheet.addRow({
          ...base,
          fullName: person.fullName,
          position: person.position ?? '',
          username: accounts[0]?.id ?? '',
          role: grant?.role ?? '',
          councilPost: grant?.councilPost ?? '',
        });
      }
    }
    return Buffer.from(format === 'xlsx' ? await book.xlsx.writeBuffer() : await book.csv.writeBuffer());
  }

  /**
   * Units first, in the sheet's order (parents before children, one directory); then people,
   * a few at a time, since each organisation's people are a stream of their own.
   */
  private async run(job: ImportJob, rows: OnboardingRow[], actor: Actor): Promise<void> {
    const jobs = this.db.getRepository(ImportJob);
    let at: OnboardingRow | undefined;
    const progress = (changed: boolean) => {
      job.done++;
      if (changed) job.changed++;
      return jobs.update(job.id, { done: job.done, changed: job.changed, updatedAt: new Date() });
    };
    try {
      const newUnits = new Set<string>();
      for (const row of rows) {
        at = row;
        if (await this.directory.unit(row.unit.code).catch(() => undefined)) continue;
        await this.units.register(row.unit, actor);
        newUnits.add(row.unit.code);
        if (!row.person) await progress(true);
      }
      for (const row of rows) if (!row.person && !newUnits.has(row.unit.code)) await progress(false);
      const people = rows.filter((r) => r.person);
      await inParallel(people, PEOPLE_AT_ONCE, async (row) => {
        at = row;
        const created = await this.person(row, actor);
        await progress(created || newUnits.has(row.unit.code));
      });
      await jobs.update(job.id, {
        status: 'done',
        done: job.done,
        changed: job.changed,
        finishedAt: new Date(),
        updatedAt: new Date(),
      });
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      this.log.error(`import ${job.id} stopped at row ${at?.row}: ${message}`);
      await jobs.update(job.id, {
        status: 'failed',
        finishedAt: new Date(),
        updatedAt: new Date(),
        errors: [{ row: at?.row ?? 0, column: '', message }],
      });
    }
  }

  /** The row's person, account and role, in the unit's organisation; whether an account was opened. */
  private async person({ unit, person }: OnboardingRow, actor: Actor): Promise<boolean> {
    const organisation = (await this.scope.organisationOf(unit.code))!;
    const { account, role, councilPost } = person!;
    const had = account ? await this.peopleQuery.account(account.username).catch(() => undefined) : undefined;
    await this.people.register(
      organisation,
      {
        fullName: person!.fullName,
        position: person!.position,
        unitCode: unit.code,
        // An existing account keeps its password: the sheet's is only a first one.
        account: account && { username: account.username, password: account.password ?? '' },
        grants: role
          ? [
              {
                role,
                ...(role === 'unit' || role === 'standing' ? { unitCode: unit.code } : {}),
                ...(councilPost ? { councilPost } : {}),
              },
            ]
          : [],
      },
      actor,
    );
    return !!account && !had;
  }
}

/** How many people rows run at once: their streams differ, and scrypt takes a core each. */
const PEOPLE_AT_ONCE = 4;

async function inParallel<T>(items: T[], width: number, work: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  const lane = async () => {
    while (next < items.length) await work(items[next++]);
  };
  await Promise.all(Array.from({ length: Math.min(width, items.length) }, lane));
}

/** Units with every parent before its children, from the organisation down. */
function ordered<U extends { id: string; parentCode: string | null }>(units: U[], root: string): U[] {
  const children = new Map<string, U[]>();
  for (const u of units) children.set(u.parentCode ?? '', [...(children.get(u.parentCode ?? '') ?? []), u]);
  const out: U[] = [];
  const visit = (code: string) => {
    for (const child of children.get(code) ?? []) {
      out.push(child);
      visit(child.id);
    }
  };
  const top = units.find((u) => u.id === root);
  if (top) out.push(top);
  visit(root);
  return out;
}
