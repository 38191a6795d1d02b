import { Body, Controller, Get, HttpCode, Param, Post, Query, StreamableFile } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiProduces, ApiProperty, ApiTags } from '@nestjs/swagger';
import { REWARD_FORM_INFO, REWARD_FORMS, type Actor } from '@kernel';
import { PROPOSAL_STATUS_LABELS } from '../consideration.decider';
import { READERS_OF_ALL } from '@platform/http/access';
import { CurrentActor, Roles } from '@platform/http/auth.decorators';
import { attachment, DOCX, PDF } from '@platform/http/attachment';
import { docxToPdf } from '@platform/http/pdf';
import { ConsiderationDecisionView, ConsiderationView, ProposalView } from '../consideration.projection';
import {
  BallotDto,
  CandidatesQuery,
  CertificatesQuery,
  ObjectionDto,
  OpenConsiderationDto,
  ProposeDto,
  ResolutionDto,
  SignDto,
  WithdrawDto,
} from './consideration.dto';
import { renderCertificates, renderDecision } from './decision-documents';
import {
  ConsiderationsService,
  type Candidate,
  type ConsiderationDetail,
  type FormChoice,
} from './considerations.service';
import { UnitDirectoryQuery } from '@modules/unit-directory/unit-directory.query';

const READERS = [...READERS_OF_ALL, 'unit'] as const;

class FormChoiceReply implements FormChoice {
  @ApiProperty({ enum: REWARD_FORMS }) form: FormChoice['form'];
  @ApiProperty() label: string;
  @ApiProperty({ type: [String] }) subjects: string[];
  @ApiProperty({ description: 'a yearly title (danh hiệu thi đua)' }) title: boolean;
  @ApiProperty({ example: 'xếp loại từ “Hoàn thành tốt nhiệm vụ” trở lên' }) conditions: string;
  @ApiProperty() source: string;
}

class ConsiderationReply extends ConsiderationView implements ConsiderationDetail {
  @ApiProperty({ type: [FormChoiceReply] }) forms: FormChoiceReply[];
  @ApiProperty({ type: [ConsiderationDecisionView] }) decisions: ConsiderationDecisionView[];
  @ApiProperty({
    type: 'object',
    additionalProperties: { type: 'number' },
    description: 'proposals by status',
  })
  counts: Record<string, number>;
}

class ProposalReply extends ProposalView {
  @ApiProperty({ example: 'Danh hiệu “Lao động tiên tiến”' }) formLabel: string;
  @ApiProperty({ example: 'Không đủ điều kiện' }) statusLabel: string;
}

class TitleHeld {
  @ApiProperty() year: number;
  @ApiProperty() form: string;
}

class CandidateReply implements Candidate {
  @ApiProperty({ enum: ['individual', 'collective'] }) kind: 'individual' | 'collective';
  @ApiProperty({ required: false, format: 'uuid' }) personId?: string;
  @ApiProperty() unitCode: string;
  @ApiProperty() unitName: string;
  @ApiProperty() name: string;
  @ApiProperty({ required: false }) position?: string;
  @ApiProperty({ required: false, description: 'the rating of duties that year' }) rating?: string;
  @ApiProperty({ type: [TitleHeld] }) titles: TitleHeld[];
  @ApiProperty({ type: [String], description: 'initiatives recognised that year' }) initiatives: string[];
}

/**
 * The yearly consideration (bình xét thi đua cuối năm): opened by the standing agency, proposed
 * by units from their lists of people, voted by the council, signed by the head as one decision
 * per form with its annex and certificates.
 */
@ApiTags('considerations')
@ApiBearerAuth()
@Controller()
export class ConsiderationsController {
  constructor(
    private readonly considerations: ConsiderationsService,
    private readonly units: UnitDirectoryQuery,
  ) {}

  @Post('organisations/:code/considerations')
  @Roles('standing', 'admin')
  @ApiOkResponse({ type: ConsiderationReply })
  open(@Param('code') code: string, @Body() body: OpenConsiderationDto, @CurrentActor() actor: Actor) {
    return this.considerations.open(code, body, actor);
  }

  @Get('organisations/:code/considerations')
  @Roles(...READERS)
  @ApiOkResponse({ type: [ConsiderationView] })
  list(@Param('code') code: string, @CurrentActor() actor: Actor) {
    return this.considerations.list(code, actor);
  }

  @Get('considerations/:id')
  @Roles(...READERS)
  @ApiOkResponse({ type: ConsiderationReply })
  get(@Param('id') id: string, @CurrentActor() actor: Actor) {
    return this.considerations.get(id, actor);
  }

  @Get('considerations/:id/proposals')
  @Roles(...READERS)
  @ApiOkResponse({ type: [ProposalReply] })
  async proposals(@Param('id') id: string, @CurrentActor() actor: Actor): Promise<ProposalReply[]> {
    return (await this.considerations.proposals(id, actor)).map(labelled);
  }

  /** A unit's people and collectives with their rating and record, to propose from. */
  @Get('considerations/:id/candidates')
  @Roles(...READERS)
  @ApiOkResponse({ type: [CandidateReply] })
  candidates(@Param('id') id: string, @Query() query: CandidatesQuery, @CurrentActor() actor: Actor) {
    return this.considerations.candidates(id, query.unit, actor);
  }

  /** Each item is made, or refused with every reason; a malformed item refuses the whole list. */
  @Post('considerations/:id/proposals')
  @HttpCode(200)
  @Roles('unit', 'standing', 'admin')
  @ApiOkResponse({ type: [ProposalReply] })
  async propose(@Param('id') id: string, @Body() body: ProposeDto, @CurrentActor() actor: Actor) {
    return (await this.considerations.propose(id, body, actor)).map(labelled);
  }

  @Post('considerations/:id/proposals/:proposalId/withdrawal')
  @HttpCode(200)
  @Roles('unit', 'standing', 'admin')
  @ApiOkResponse({ type: ProposalReply })
  async withdraw(
    @Param('id') id: string,
    @Param('proposalId') proposalId: string,
    @Body() body: WithdrawDto,
    @CurrentActor() actor: Actor,
  ) {
    return labelled(await this.considerations.withdraw(id, proposalId, body.reason, actor));
  }

  /** During posting, anyone of the organisation may object: the proposal waits for the standing agency. */
  @Post('considerations/:id/proposals/:proposalId/objections')
  @HttpCode(200)
  @Roles('owner', 'unit', 'standing', 'council', 'chairman', 'admin')
  @ApiOkResponse({ type: ProposalReply })
  async object(
    @Param('id') id: string,
    @Param('proposalId') proposalId: string,
    @Body() body: ObjectionDto,
    @CurrentActor() actor: Actor,
  ) {
    return labelled(await this.considerations.object(id, proposalId, body.text, actor));
  }

  @Post('considerations/:id/proposals/:proposalId/objections/:objectionId/resolution')
  @HttpCode(200)
  @Roles('standing', 'admin')
  @ApiOkResponse({ type: ProposalReply })
  async resolve(
    @Param('id') id: string,
    @Param('proposalId') proposalId: string,
    @Param('objectionId') objectionId: string,
    @Body() body: ResolutionDto,
    @CurrentActor() actor: Actor,
  ) {
    return labelled(await this.considerations.resolveObjection(id, proposalId, objectionId, body, actor));
  }

  @Post('considerations/:id/vote')
  @HttpCode(200)
  @Roles('standing', 'admin')
  @ApiOkResponse({ type: ConsiderationReply })
  openVote(@Param('id') id: string, @CurrentActor() actor: Actor) {
    return this.considerations.openVote(id, actor);
  }

  /** A council member's ballot: a choice for every nominee on the list. */
  @Post('considerations/:id/ballots')
  @HttpCode(200)
  @Roles('council')
  @ApiOkResponse({ type: ConsiderationReply })
  ballot(@Param('id') id: string, @Body() body: BallotDto, @CurrentActor() actor: Actor) {
    return this.considerations.ballot(id, body, actor);
  }

  @Post('considerations/:id/vote/close')
  @HttpCode(200)
  @Roles('council', 'standing', 'admin')
  @ApiOkResponse({ type: ConsiderationReply })
  closeVote(@Param('id') id: string, @CurrentActor() actor: Actor) {
    return this.considerations.closeVote(id, actor);
  }

  /** The head signs one decision for a form: every recipient ready, with the money and the total. */
  @Post('considerations/:id/decisions')
  @HttpCode(200)
  @Roles('chairman')
  @ApiOkResponse({ type: ConsiderationDecisionView })
  sign(@Param('id') id: string, @Body() body: SignDto, @CurrentActor() actor: Actor) {
    return this.considerations.sign(id, body.form, actor);
  }

  @Get('consideration-decisions/:id')
  @Roles(...READERS)
  @ApiOkResponse({ type: ConsiderationDecisionView })
  decision(@Param('id') id: string, @CurrentActor() actor: Actor) {
    return this.considerations.decision(id, actor);
  }

  /** The decision with its annex, as a DOCX. */
  @Get('consideration-decisions/:id/document')
  @Roles(...READERS)
  @ApiProduces(DOCX)
  async document(@Param('id') id: string, @CurrentActor() actor: Actor): Promise<StreamableFile> {
    const decision = await this.considerations.decision(id, actor);
    const content = await renderDecision(decision, decision.year, await this.units.names());
    return attachment(content, DOCX, `quyet-dinh-${fileSafe(decision.number)}.docx`);
  }

  /** Every recipient's certificate of the decision in one file to print: DOCX, or PDF from LibreOffice. */
  @Get('consideration-decisions/:id/certificates')
  @Roles(...READERS)
  @ApiProduces(DOCX, PDF)
  async certificates(
    @Param('id') id: string,
    @Query() query: CertificatesQuery,
    @CurrentActor() actor: Actor,
  ): Promise<StreamableFile> {
    const decision = await this.considerations.decision(id, actor);
    const docx = await renderCertificates(decision, decision.year, await this.units.names());
    const name = `chung-nhan-${fileSafe(decision.number)}`;
    return query.format === 'pdf'
      ? attachment(await docxToPdf(docx), PDF, `${name}.pdf`)
      : attachment(docx, DOCX, `${name}.docx`);
  }
}

const labelled = (p: ProposalView): ProposalReply => ({
  ...p,
  formLabel: REWARD_FORM_INFO[p.form].label,
  statusLabel: PROPOSAL_STATUS_LABELS[p.status],
});

/** “12/QĐ-UBND” → “12-QĐ-UBND”: a decision number as part of a file name. */
const fileSafe = (number: string) => number.replace(/[/\\:*?"<>|\s]+/g, '-');
