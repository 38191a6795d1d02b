import { ApiProperty, OmitType } from '@nestjs/swagger';
import { ReviewView } from '../review.projection';
import { UnitScoreShape } from './review.shapes';

/** A review with its scores: computed now while open (`live`), as fixed at closing after. */
export class ReviewReply extends OmitType(ReviewView, ['scores'] as const) {
  @ApiProperty({ type: [UnitScoreShape] }) scores: UnitScoreShape[];
  @ApiProperty({ description: 'Scores computed now (open review) rather than fixed at closing' })
  live: boolean;
}
