import { Injectable } from '@nestjs/common';
import { DomainError, type Actor } from '@kernel';
import { UnitDirectoryQuery } from './unit-directory.query';

/** How long a subtree may be served from memory: a moved unit is seen in its new place within this. */
const TTL_MS = 3_000;

/**
 * What an account may see and change, by organisation: its organisation's subtree to read, its
 * own organisation's work to change. Objects out of sight answer 404, so their existence does
 * not leak; objects in sight but of an organisation below answer 403 to writes.
 */
@Injectable()
export class OrganisationScope {
  private readonly cache = new Map<string, { codes: Set<string>; until: number }>();

  constructor(private readonly units: UnitDirectoryQuery) {}

  /**
   * The installation's own administrator: an admin of no organisation, who registers the
   * top-level organisations and sees everything.
   */
  static isRoot(actor: Actor): boolean {
    return actor.role === 'admin' && !actor.organisation;
  }

  /**
   * The units and organisations the actor may see; `undefined`: everything (the root).
   * `expecting`: codes the caller is about to look for; a cached subtree without one of them is
   * read again, so a unit registered a moment ago is found at once.
   */
  async visible(actor: Actor, ...expecting: string[]): Promise<Set<string> | undefined> {
    if (OrganisationScope.isRoot(actor)) return undefined;
    if (!actor.organisation) return new Set();
    const now = Date.now();
    const hit = this.cache.get(actor.organisation);
    if (hit && hit.until > now && expecting.every((code) => hit.codes.has(code))) return hit.codes;
    const codes = new Set(await this.units.subtree(actor.organisation));
    if (this.cache.size > 10_000) this.cache.clear();
    this.cache.set(actor.organisation, { codes, until: now + TTL_MS });
    return codes;
  }

  /** Refuses an object of `organisation` the actor may not read, or (for `write`) not change. */
  async check(actor: Actor, organisation: string | null, access: 'read' | 'write'): Promise<void> {
    // Work of no organisation (from before organisations) is the root's only.
    const visible = await this.visible(actor, ...(organisation ? [organisation] : []));
    if (visible === undefined) return; // the root
    if (organisation === null || !visible.has(organisation))
      throw new DomainError('NOT_FOUND', 'Không tìm thấy (hoặc không thuộc phạm vi của tài khoản)');
    if (access === 'write' && organisation !== actor.organisation)
      throw new DomainError('FORBIDDEN', 'Chỉ được xem công việc của cơ quan cấp dưới, không được thay đổi');
  }

  /** For queries: the codes whose work the actor sees; `undefined`: everything (the root). */
  async readable(actor: Actor): Promise<string[] | undefined> {
    const visible = await this.visible(actor);
    return visible && [...visible];
  }

  /** For queries of work to act on: the actor's own organisation only; `undefined`: the root's all. */
  own(actor: Actor): string[] | undefined {
    if (OrganisationScope.isRoot(actor)) return undefined;
    return actor.organisation ? [actor.organisation] : [];
  }

  /** Whether the actor may see this unit or organisation. */
  async sees(actor: Actor, code: string): Promise<boolean> {
    return (await this.visible(actor, code))?.has(code) ?? true;
  }

  /** The organisation a unit works in (a unit's members act in it). */
  organisationOf(unitCode: string): Promise<string | undefined> {
    return this.units.organisationOf(unitCode);
  }
}
