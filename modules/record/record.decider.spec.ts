import { DeciderSpecification, type Actor } from '@kernel';
import { recordsDecider, type RecordCommand, type Title } from './record.decider';

const now = new Date('2026-12-02T03:00:00Z');
const standing: Actor = { userId: 's', username: 'vhxh', role: 'standing', unitCode: 'VHXH' };
const unit: Actor = { userId: 'u', username: 'ttvh', role: 'unit', unitCode: 'TTVH' };
const person = { kind: 'person', personId: 'p1' } as const;
const title: Title = {
  year: 2025,
  form: 'Lao động tiên tiến',
  decisionNumber: '125/QĐ-UBND',
  decidedOn: '2025-12-20',
  issuer: 'Ủy ban nhân dân xã Kim Thành',
  source: 'imported',
};
const recordTitle = (t: Partial<Title> = {}, actor = standing): RecordCommand => ({
  type: 'RecordTitle',
  data: { subject: person, title: { ...title, ...t } },
  actor,
});
const rate = (rating: 'hoan_thanh_tot' | 'hoan_thanh', year = 2025): RecordCommand => ({
  type: 'RecordRating',
  data: { subject: person, year, rating },
  actor: standing,
});
const spec = DeciderSpecification(recordsDecider('XA-KIM-THANH'), { now });

describe('records over the years', () => {
  it('given a title brought in from paper, then it is recorded once; another decision for the same year and form is refused', () => {
    spec
      .given()
      .when(recordTitle())
      .then(([event]) =>
        expect(event).toMatchObject({ type: 'TitleRecorded', data: { organisation: 'XA-KIM-THANH' } }),
      );
    const kept = spec.after(recordTitle());
    kept.when(recordTitle()).thenNothingHappens();
    kept.when(recordTitle({ decisionNumber: '9/QĐ-UBND' })).thenThrows('RECORD_CONFLICT', { field: 'form' });
    kept
      .when(recordTitle({ year: 2024, decidedOn: '2024-12-20' }))
      .then(([e]) => expect(e.type).toBe('TitleRecorded'));
  });

  it('given a rating for a year, then the same is nothing new and another is refused, never overwritten', () => {
    const rated = spec.after(rate('hoan_thanh_tot'));
    rated.when(rate('hoan_thanh_tot')).thenNothingHappens();
    rated.when(rate('hoan_thanh')).thenThrows('RECORD_CONFLICT', { field: 'rating' });
    rated.when(rate('hoan_thanh', 2024)).then(([e]) => expect(e.type).toBe('RatingRecorded'));
  });

  it('refuses years to come, decisions dated ahead, and anyone but the standing agency or an admin', () => {
    spec.given().when(rate('hoan_thanh', 2027)).thenThrows('VALIDATION_FAILED', { field: 'year' });
    spec
      .given()
      .when(recordTitle({ decidedOn: '2026-12-05' }))
      .thenThrows('DATE_IN_FUTURE', { field: 'decidedOn' });
    spec.given().when(recordTitle({}, unit)).thenThrows('FORBIDDEN');
  });
});
