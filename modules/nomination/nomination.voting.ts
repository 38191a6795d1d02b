// The council's vote is shared with the yearly consideration: its rules live in the kernel.
export {
  allocateQuota,
  quotaPlaces,
  tally,
  VOTE_CHOICES,
  type Ballot,
  type CouncilRules,
  type QuotaCandidate,
  type QuotaOutcome,
  type Tally,
  type VoteChoice,
} from '@kernel';
