import { Entity, Index } from 'typeorm';
import { ApiColumn, ApiPrimaryColumn } from '@platform/database/api-column';
import type { AssignmentEvent } from './assignment.decider';
import type { Projection, StoredEvent } from '@platform/event-store';

/** Evidence attached to a task by a unit; the bytes live in `evidence_blobs`, keyed by their SHA-256. */
@Entity({ name: 'evidence' })
@Index(['taskId'])
export class EvidenceView {
  @ApiPrimaryColumn({ type: 'uuid' })
  id: string;

  @ApiColumn({ name: 'plan_id', type: 'uuid' })
  planId: string;

  @ApiColumn({ name: 'task_id', type: 'uuid' })
  taskId: string;

  @ApiColumn({ name: 'task_code', type: 'text' })
  taskCode: string;

  @ApiColumn({ name: 'unit_code', type: 'text' })
  unitCode: string;

  @ApiColumn({ name: 'file_name', type: 'text' })
  fileName: string;

  @ApiColumn({ name: 'media_type', type: 'text' })
  mediaType: string;

  @ApiColumn({ type: 'integer' })
  size: number;

  @ApiColumn({ type: 'text' })
  sha256: string;

  @ApiColumn({ name: 'attached_by', type: 'text' })
  attachedBy: string;

  @ApiColumn({ name: 'attached_at', type: 'timestamptz' })
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
