import { Entity, Index } from 'typeorm';
import { ApiColumn, ApiPrimaryColumn } from '@platform/database/api-column';
import type { AssignmentEvent } from './assignment.decider';
import type { Projection, StoredEvent } from '@platform/event-store';

/**
 * Evidence a unit attaches to a task or to a figure it reports; the bytes live in
 * `evidence_blobs`, keyed by their SHA-256.
 */
@Entity({ name: 'evidence' })
@Index(['taskId'])
export class EvidenceView {
  @ApiPrimaryColumn({ type: 'uuid' })
  id: string;

  @ApiColumn({ name: 'plan_id', type: 'uuid' })
  planId: string;

  /** The task it proves; null for a figure's evidence. */
  @ApiColumn({ name: 'task_id', type: 'uuid', nullable: true })
  taskId: string | null;

  @ApiColumn({ name: 'task_code', type: 'text', nullable: true })
  taskCode: string | null;

  /** The figure it proves: an indicator's value for a period; null for a task's evidence. */
  @ApiColumn({ name: 'indicator_code', type: 'text', nullable: true })
  indicatorCode: string | null;

  @ApiColumn({ type: 'text', nullable: true })
  period: string | null;

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

type Attached = StoredEvent &
  Extract<AssignmentEvent, { type: 'EvidenceAttached' | 'FigureEvidenceAttached' }>;

export const evidenceProjection: Projection<EvidenceView> = {
  name: 'evidence',
  entity: EvidenceView,
  keysOf: (event) =>
    event.type === 'EvidenceAttached' || event.type === 'FigureEvidenceAttached'
      ? [(event.data as { evidence: { evidenceId: string } }).evidence.evidenceId]
      : [],
  evolve(_row, stored) {
    const event = stored as Attached;
    const { data } = event;
    const about =
      event.type === 'EvidenceAttached'
        ? { taskId: event.data.taskId, taskCode: event.data.taskCode, indicatorCode: null, period: null }
        : {
            taskId: null,
            taskCode: null,
            indicatorCode: event.data.indicatorCode,
            period: event.data.period,
          };
    return Object.assign(new EvidenceView(), {
      id: data.evidence.evidenceId,
      planId: data.planId,
      ...about,
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
