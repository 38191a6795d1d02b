import { DomainError } from '@kernel';
import { plan863 } from '@demo';
import { reviewFor } from './plan.reviews';

describe('the review a phase or a year calls for', () => {
  it('given a phase, then its review spans the phase, of the kind the phase names', () => {
    const phase = plan863.phases[0];
    expect(reviewFor(plan863, { phaseCode: phase.code }, 'r1', '2026-06-01T00:00:00Z')).toMatchObject({
      kind: phase.review,
      phaseCode: phase.code,
      from: phase.startsOn,
      to: phase.endsOn,
    });
  });

  it('given a year, then an annual review clipped to the plan’s span', () => {
    expect(reviewFor(plan863, { year: 2025 }, 'r2', '2025-12-01T00:00:00Z')).toMatchObject({
      kind: 'annual',
      year: 2025,
      from: plan863.startsOn,
      to: '2025-12-31',
    });
  });

  it('given a year outside the plan or an unknown phase, then a refusal naming the field', () => {
    const refused = (run: () => unknown) => {
      try {
        run();
      } catch (error) {
        return error as DomainError;
      }
      throw new Error('expected a refusal');
    };
    expect(refused(() => reviewFor(plan863, { year: 2040 }, 'r', ''))).toMatchObject({
      code: 'YEAR_OUTSIDE_PLAN',
      details: { field: 'year' },
    });
    expect(refused(() => reviewFor(plan863, { phaseCode: 'GD9' }, 'r', ''))).toMatchObject({
      code: 'NOT_FOUND',
      details: { field: 'phaseCode' },
    });
  });
});
