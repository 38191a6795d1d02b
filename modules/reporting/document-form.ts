import type { CivilDate } from '@kernel';
import type { DocumentForm, Signature } from './report-document.decider';

/**
 * How an organisation signs its documents (Nghị định 30/2020/NĐ-CP, Phụ lục I): a People's
 * Committee is a collective body ("TM. ỦY BAN NHÂN DÂN" above its chairman); a department is
 * run by its head ("GIÁM ĐỐC"). Under the issuing body stands the body it answers to, if any.
 */
export interface DocumentIdentity {
  /** The governing body (cơ quan chủ quản), written above the issuing body; null for none. */
  governingBody: string | null;
  issuingBody: string;
  /** In symbols: "UBND", "SKHCN". */
  abbreviation: string;
  /** Written before the date: "Kim Thành", "Hải Phòng". */
  place: string;
  headTitle: string;
  /** A collective body signs "TM." in its name: "Ủy ban nhân dân". */
  collective: string | null;
}

/** What an organisation's profile may set; the rest follows from its level and its parent. */
export interface IdentitySettings {
  abbreviation?: string;
  governingBody?: string;
  placeName?: string;
  headTitle?: string;
}

const PEOPLES_COMMITTEE = /^(ủy|uỷ) ban nhân dân\s+/i;

/**
 * An organisation's identity on paper, from its issuing body and level, the issuing body of
 * the organisation above it, and whatever its profile sets.
 */
export function documentIdentity(
  org: { issuingBody: string; level?: string | null; settings?: IdentitySettings | null },
  parentIssuingBody: string | null,
): DocumentIdentity {
  const collective = PEOPLES_COMMITTEE.test(org.issuingBody) ? 'Ủy ban nhân dân' : null;
  const s = org.settings ?? {};
  const governingBody = s.governingBody ?? (collective ? null : parentIssuingBody);
  return {
    governingBody,
    issuingBody: org.issuingBody,
    abbreviation: s.abbreviation ?? (collective ? 'UBND' : initials(org.issuingBody)),
    place: s.placeName ?? placeOf(collective ? org.issuingBody : (governingBody ?? org.issuingBody)),
    headTitle: s.headTitle ?? (collective ? 'Chủ tịch' : 'Giám đốc'),
    collective,
  };
}

/** "Ủy ban nhân dân thành phố Hải Phòng" → "Hải Phòng": the place written before the date. */
export function placeOf(body: string): string {
  return body
    .replace(PEOPLES_COMMITTEE, '')
    .replace(/^(xã|phường|thị trấn|đặc khu|tỉnh|thành phố)\s+/i, '')
    .trim();
}

const CONNECTORS = new Set(['và', 'của', '–', '-', '&']);

/**
 * "Sở Khoa học và Công nghệ" → "SKHCN", "Phòng Chuyển đổi số" → "CĐS": the first letter of
 * each word without its tone marks (Đ stays Đ), leaving out connectors; "Phòng" before an
 * office's name is left out too, as office symbols do.
 */
export function initials(name: string): string {
  return name
    .replace(/^phòng\s+/i, '')
    .split(/\s+/)
    .filter((word) => word && !CONNECTORS.has(word.toLowerCase()))
    .map((word) => {
      const first = word.charAt(0).toUpperCase();
      return first === 'Đ' ? 'Đ' : first.normalize('NFD').charAt(0);
    })
    .join('');
}

/** The symbol after the number: "BC-SKHCN" for a report; "SKHCN-VHXH" (issuer – drafting unit) for a công văn. */
export function defaultSymbol(form: DocumentForm, identity: DocumentIdentity, draftingUnit: string): string {
  return form === 'bao_cao'
    ? `BC-${identity.abbreviation}`
    : `${identity.abbreviation}-${initials(draftingUnit)}`;
}

/** "ngày 05 tháng 02 năm 2026", "ngày 12 tháng 6 năm 2026": days below 10 and months 1–2 take a zero. */
export function dateLine(date: CivilDate): string {
  const [y, m, d] = date.split('-').map(Number);
  return `ngày ${String(d).padStart(2, '0')} tháng ${m < 3 ? String(m).padStart(2, '0') : m} năm ${y}`;
}

/** The signature block's title lines, in capitals, for the way the signer signs. */
export function signatureLines(
  identity: DocumentIdentity,
  signature: Pick<Signature, 'mode' | 'position'>,
): string[] {
  const head = identity.headTitle.toUpperCase();
  const body = identity.collective ? [`TM. ${identity.collective.toUpperCase()}`] : [];
  switch (signature.mode) {
    case 'head':
      return [...body, head];
    case 'deputy':
      return [...body, `KT. ${head}`, `PHÓ ${head}`];
    case 'acting':
      return [...body, `Q. ${head}`];
    case 'authorised':
      return [`TL. ${head}`, (signature.position ?? '').toUpperCase()];
  }
}
