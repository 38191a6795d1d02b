import { Column, Entity, PrimaryColumn, PrimaryGeneratedColumn } from 'typeorm';

/** One row per business fact; never updated or deleted (a trigger enforces it). */
@Entity({ name: 'events' })
export class EventRow {
  @PrimaryGeneratedColumn({ type: 'bigint' })
  position: string;

  @Column({ name: 'event_id', type: 'uuid', unique: true })
  eventId: string;

  @Column({ name: 'stream_id', type: 'text' })
  streamId: string;

  @Column({ name: 'stream_version', type: 'integer' })
  streamVersion: number;

  @Column({ type: 'text' })
  type: string;

  @Column({ type: 'jsonb' })
  data: unknown;

  @Column({ type: 'jsonb' })
  metadata: unknown;

  @Column({ name: 'occurred_at', type: 'timestamptz' })
  occurredAt: Date;

  @Column({ name: 'recorded_at', type: 'timestamptz' })
  recordedAt: Date;

  @Column({ name: 'prev_hash', type: 'text' })
  prevHash: string;

  @Column({ type: 'text' })
  hash: string;
}

/** The head of each stream: its version (optimistic concurrency) and the hash of its last event. */
@Entity({ name: 'streams' })
export class StreamRow {
  @PrimaryColumn({ name: 'stream_id', type: 'text' })
  streamId: string;

  @Column({ type: 'text' })
  category: string;

  @Column({ name: 'plan_id', type: 'uuid', nullable: true })
  planId: string | null;

  @Column({ type: 'integer' })
  version: number;

  @Column({ name: 'last_hash', type: 'text' })
  lastHash: string;
}
