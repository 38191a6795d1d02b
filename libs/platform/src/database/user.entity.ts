import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { Role } from '@kernel';

/** Accounts are credentials, not business facts: they live beside the event store, not in it. */
@Entity({ name: 'users' })
export class UserRow {
  @PrimaryColumn({ type: 'text' })
  username: string;

  @Column({ name: 'password_hash', type: 'text' })
  passwordHash: string;

  /** The role of an account from before grants; accounts opened for people hold grants instead. */
  @Column({ type: 'text', nullable: true })
  role: Role | null;

  @Column({ name: 'unit_code', type: 'text', nullable: true })
  unitCode: string | null;

  /** For accounts that are not a unit's: the organisation they work for (a unit's follows its unit). */
  @Column({ name: 'organisation_code', type: 'text', nullable: true })
  organisationCode: string | null;

  @Column({ name: 'display_name', type: 'text' })
  displayName: string;

  /** Chairs the Emulation–Reward Council: closes its votes and breaks quota ties. */
  @Column({ name: 'council_chair', type: 'boolean', default: false })
  councilChair: boolean;

  /** A disabled account can neither log in nor use a token it was given before. */
  @Column({ type: 'boolean', default: true })
  active: boolean;
}
