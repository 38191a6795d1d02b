import { DomainError, type Actor, type Role } from '@kernel';

/** Roles that see every unit's work in a plan. */
export const OVERSEERS: Role[] = ['owner', 'standing', 'auditor', 'admin'];
/** Roles that act for one unit. */
export const UNIT_MEMBERS: Role[] = ['unit', 'standing'];

export const isOverseer = (actor: Actor): boolean => OVERSEERS.includes(actor.role);

/** Roles that read every unit's reports and figures: overseers, and the council and chairman who judge them. */
export const READERS_OF_ALL: Role[] = [...OVERSEERS, 'council', 'chairman'];
export const readsAll = (actor: Actor): boolean => READERS_OF_ALL.includes(actor.role);

/** The unit an actor works for; unit members without one cannot act. */
export function actorUnit(actor: Actor): string {
  if (!actor.unitCode)
    throw new DomainError('FORBIDDEN', 'Tài khoản không thuộc đơn vị nào nên không thể thao tác thay đơn vị');
  return actor.unitCode;
}
