import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { authorityOf, NOMINATION_STATUS_LABELS } from '../nomination.decider';
import { DOSSIER_LABELS, REWARD_FORM_INFO } from '../nomination.forms';
import { NominationView } from '../nomination.projection';
import { PageOf } from '@platform/http/page';

export class DossierDocumentReply {
  @ApiProperty({ format: 'uuid' }) documentId: string;
  @ApiProperty() kind: string;
  @ApiProperty({ example: 'Tờ trình' }) kindLabel: string;
  @ApiProperty() fileName: string;
  @ApiProperty() size: number;
}

export class DossierKindReply {
  @ApiProperty({ example: 'to_trinh' }) kind: string;
  @ApiProperty({ example: 'Tờ trình đề nghị khen thưởng' }) label: string;
}

export class TallyReply {
  @ApiProperty() yes: number;
  @ApiProperty() no: number;
  @ApiProperty() abstain: number;
}

export class OrganisationRefReply {
  @ApiProperty({ example: 'HP' }) code: string;
  @ApiProperty({ example: 'Thành phố Hải Phòng' }) name: string;
}

export class ReferralReply {
  @ApiProperty({ format: 'uuid', description: "The next level's nomination" }) nominationId: string;
  @ApiProperty({ type: OrganisationRefReply }) from: OrganisationRefReply;
  @ApiProperty({ type: OrganisationRefReply }) to: OrganisationRefReply;
}

export class ReferredFromReply {
  @ApiProperty({ format: 'uuid', description: 'The nomination it was referred from' }) nominationId: string;
  @ApiProperty({ type: OrganisationRefReply }) organisation: OrganisationRefReply;
  @ApiProperty({ example: 'Tờ trình số 45/TTr-UBND' }) letter: string;
}

/** A nomination as people read it: the row, plus its Vietnamese names and what each step needs. */
export class NominationReply extends NominationView {
  @ApiProperty({ example: 'Đang công khai' }) statusLabel: string;
  @ApiProperty({ example: 'Giấy khen của Chủ tịch UBND xã' }) formLabel: string;
  @ApiProperty({ example: 'Trung tâm Văn hóa, Thể thao – Truyền thông' }) subjectName: string;
  @ApiProperty({ enum: ['collective', 'individual'] }) subjectKind: 'collective' | 'individual';
  @ApiProperty({ description: 'The review score the nomination was made with' }) score: number;
  @ApiProperty() achievement: string;
  @ApiProperty({ type: [DossierDocumentReply] }) documents: DossierDocumentReply[];
  @ApiProperty({ type: [String], description: 'Council members voting, by user name' }) members: string[];
  @ApiProperty({ description: "The council's chair, by user name" }) chair: string;
  @ApiProperty({ type: [String], description: 'Members who have voted this round' }) voted: string[];
  @ApiPropertyOptional({ type: TallyReply, nullable: true }) tally: TallyReply | null;
  @ApiPropertyOptional({ type: String, nullable: true, example: '1/QĐ-UBND' }) decisionNumber: string | null;
  @ApiProperty({ type: [DossierKindReply], description: 'What the dossier of this form must hold' })
  requiredDocuments: DossierKindReply[];
  @ApiProperty({
    enum: ['commune_chairman', 'city_chairman'],
    description: 'Who decides: the commune chairman signs, or the city decides on a forwarded letter',
  })
  authority: 'commune_chairman' | 'city_chairman';
  @ApiProperty({ description: 'True when the chairman where it stands signs it; false: it goes up a level' })
  decidesHere: boolean;
  @ApiPropertyOptional({ type: ReferralReply, nullable: true, description: 'Where it was sent up to' })
  referral: ReferralReply | null;
  @ApiPropertyOptional({ type: ReferredFromReply, nullable: true, description: 'Where it came from' })
  referredFrom: ReferredFromReply | null;
  @ApiPropertyOptional({ type: String, nullable: true, description: 'Why it was not proposed' })
  rejection: string | null;
}

export class NominationPage extends PageOf(NominationReply) {}

export const nominationReply = (row: NominationView): NominationReply => {
  const n = row.state;
  return Object.assign(new NominationReply(), row, {
    statusLabel: NOMINATION_STATUS_LABELS[row.status],
    formLabel: REWARD_FORM_INFO[row.form].label,
    subjectName: n.subject.name,
    subjectKind: n.subject.kind,
    score: n.score,
    achievement: n.achievement,
    documents: n.documents.map((d) => ({
      documentId: d.documentId,
      kind: d.kind,
      kindLabel: DOSSIER_LABELS[d.kind],
      fileName: d.fileName,
      size: d.size,
    })),
    members: n.members,
    chair: n.chair,
    voted: n.ballots.map((b) => b.member),
    tally: n.tally ? { yes: n.tally.yes, no: n.tally.no, abstain: n.tally.abstain } : null,
    decisionNumber: n.decision?.number ?? null,
    requiredDocuments: n.rules.dossier[row.form].map((kind) => ({ kind, label: DOSSIER_LABELS[kind] })),
    authority: n.rules.authority[row.form],
    decidesHere: n.rules.authority[row.form] === authorityOf(n),
    referral: n.referral ?? null,
    referredFrom: n.referredFrom ?? null,
    rejection: n.rejection ?? null,
  });
};
