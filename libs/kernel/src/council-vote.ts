/** A vote threshold counted on all members: `percent` of them, reached (≥) or exceeded (>). */
export interface Threshold {
  percent: number;
  strict: boolean;
}

export const VOTE_CHOICES = ['yes', 'no', 'abstain'] as const;
export type VoteChoice = (typeof VOTE_CHOICES)[number];

export interface Ballot {
  member: string;
  choice: VoteChoice;
  /** Cast by an absent member as a written opinion. */
  written: boolean;
}

export interface CouncilRules {
  presentPercent: number;
  participationPercent: number;
}

export interface Tally {
  members: number;
  present: number;
  written: number;
  yes: number;
  no: number;
  abstain: number;
  quorum: boolean;
  /** yes / all members, in percent, rounded to 2 decimals. */
  yesPercent: number;
  passed: boolean;
  /** Why, in Vietnamese, with the figures. */
  basis: string;
}

const pct = (part: number, whole: number) => (whole === 0 ? 0 : Math.round((part / whole) * 10_000) / 100);
const reaches = (part: number, whole: number, t: Threshold) =>
  t.strict ? part * 100 > t.percent * whole : part * 100 >= t.percent * whole - 1e-9;

/**
 * Counts a council vote. Quorum: enough members present and enough taking part (written
 * opinions count as taking part, not as present). The threshold counts yes votes on **all**
 * members, not on those present (domain.md §6). Integer arithmetic keeps 2/3 exact.
 */
export function tally(
  ballots: Ballot[],
  members: string[],
  council: CouncilRules,
  threshold: Threshold,
): Tally {
  const counted = ballots.filter((b) => members.includes(b.member));
  const n = members.length;
  const present = counted.filter((b) => !b.written).length;
  const written = counted.length - present;
  const count = (c: VoteChoice) => counted.filter((b) => b.choice === c).length;
  const yes = count('yes');
  const presentOk = reaches(present, n, { percent: council.presentPercent, strict: false });
  const participationOk = reaches(counted.length, n, {
    percent: council.participationPercent,
    strict: false,
  });
  const quorum = presentOk && participationOk;
  const passed = quorum && reaches(yes, n, threshold);
  const sign = threshold.strict ? '>' : '≥';
  const basis = !presentOk
    ? `Không đủ số thành viên dự họp: ${present}/${n} (cần ≥ ${pct(Math.ceil((council.presentPercent * n) / 100 - 1e-9), n)} %)`
    : !participationOk
      ? `Không đủ số thành viên tham gia biểu quyết: ${counted.length}/${n} (cần ≥ ${council.participationPercent} %)`
      : `${yes}/${n} thành viên đồng ý (${pct(yes, n)} %, cần ${sign} ${Math.round(threshold.percent * 100) / 100} % tổng số thành viên): ${passed ? 'đạt' : 'không đạt'}`;
  return {
    members: n,
    present,
    written,
    yes,
    no: count('no'),
    abstain: count('abstain'),
    quorum,
    yesPercent: pct(yes, n),
    passed,
    basis,
  };
}

export interface QuotaCandidate {
  /** The nomination or proposal competing for a place. */
  nominationId: string;
  yes: number;
  /** The council chair's own ballot on this nomination. */
  chairChoice?: VoteChoice;
  /** The review score, the secondary measure when the chair's vote does not separate them. */
  score: number;
}

export interface QuotaOutcome {
  nominationId: string;
  selected: boolean;
  rank: number;
  basis: string;
}

/**
 * Fills a quota by yes votes. When candidates tie across the last place, the chair's vote
 * decides; if that does not separate them either, the higher review score; every outcome
 * says which measure placed it.
 */
export function allocateQuota(candidates: QuotaCandidate[], places: number): QuotaOutcome[] {
  const chair = (c: QuotaCandidate) => (c.chairChoice === 'yes' ? 1 : 0);
  const ranked = [...candidates].sort(
    (a, b) =>
      b.yes - a.yes ||
      chair(b) - chair(a) ||
      b.score - a.score ||
      a.nominationId.localeCompare(b.nominationId),
  );
  const cut = ranked[places - 1];
  return ranked.map((c, i) => {
    const selected = i < places;
    const tiedAtCut =
      !!cut &&
      c.yes === cut.yes &&
      ranked.some((o) => o !== c && o.yes === c.yes && i < places !== ranked.indexOf(o) < places);
    let basis = selected
      ? `Xếp thứ ${i + 1}/${ranked.length} theo số phiếu đồng ý (${c.yes}), trong chỉ tiêu ${places}`
      : `Xếp thứ ${i + 1}/${ranked.length} theo số phiếu đồng ý (${c.yes}), ngoài chỉ tiêu ${places}`;
    if (tiedAtCut) {
      const others = ranked.filter((o) => o !== c && o.yes === c.yes);
      const chairSeparates = others.some((o) => chair(o) !== chair(c));
      basis += chairSeparates
        ? `; bằng phiếu ở vị trí cuối của chỉ tiêu, quyết định theo phiếu của Chủ tịch Hội đồng (${c.chairChoice === 'yes' ? 'đồng ý' : 'không đồng ý'})`
        : `; bằng phiếu và cùng ý kiến Chủ tịch Hội đồng, xét theo điểm đánh giá (${c.score})`;
    }
    return { nominationId: c.nominationId, selected, rank: i + 1, basis };
  });
}

/** Places a quota gives: its share of the base, at least one when the form is allowed at all. */
export const quotaPlaces = (percent: number, base: number): number =>
  Math.max(1, Math.floor((percent * base) / 100));
