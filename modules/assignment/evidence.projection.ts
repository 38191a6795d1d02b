import { Column, Entity, Index, PrimaryColumn } from 'typeorm';
import type { AssignmentEvent } from './assignment.decider';
import type { Projection, StoredEvent } from '@platform/event-store';

/** Evidence attached to a task by a unit; the bytes live in `evidence_blobs`, keyed by their SHA-256. */
@Entity({ name: 'evidence' })
@Index(['taskId'])
export class EvidenceView {
  @PrimaryColumn({ type: 'uuid' })
  id: string;

  @Column({ name: 'plan_id', type: 'uuid' })
  planId: string;

  @Column({ name: 'task_id', type: 'uuid' })
  taskId: string;

  @Column({ name: 'task_code', type: 'text' })
  taskCode: string;

  @Column({ name: 'unit_code', type: 'text' })
  unitCode: string;

  @Column({ name: 'file_name', type: 'text' })
  fileName: string;

  @Column({ name: 'media_type', type: 'text' })
  mediaType: string;

  @Column({ type: 'integer' })
  size: number;

  @Column({ type: 'text' })
  sha256: string;

  @Column({ name: 'attached_by', type: 'text' })
  attachedBy: string;

  @Column({ name: 'attached_at', type: 'timestamptz' })
  attachedAt: Date;
}

export const evidenceProjection: Projection<EvidenceView> = {
  name: 'evidence',
  entity: EvidenceView,
  keysOf: (event) =>
    event.type === 'EvidenceAttached'
      ? [(event.data as { evidence: { evidenceId: string } }).evidence.evidenceId]
      : [],
  evolve(_row, stored) {
    const { data } = stored as StoredEvent & Extract<AssignmentEvent, { type: 'EvidenceAttached' }>;
    return Object.assign(new EvidenceView(), {
      id: data.evidence.evidenceId,
      planId: data.planId,
      taskId: data.taskId,
      taskCode: data.taskCode,
      unitCode: data.unitCode,
      fileName: data.evidence.fileName,
      mediaType: data.evidence.mediaType,
      size: data.evidence.size,
      sha256: data.evidence.sha256,
      attachedBy: stored.metadata.actor.username,
      attachedAt: new Date(stored.recordedAt),
    });
  },
};
