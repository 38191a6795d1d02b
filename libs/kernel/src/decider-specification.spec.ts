import { DeciderSpecification, SpecificationError } from './decider-specification';
import type { Command, Decider, DomainEvent } from './decider';
import { fail } from './errors';

/** A counter that refuses to go below zero: the smallest decider with a rule. */
type Add = Command<'Add', { by: number }>;
type Added = DomainEvent<'Added', { by: number }>;
const counter: Decider<number, Add, Added> = {
  initialState: 0,
  decide: (total, { data }) =>
    total + data.by < 0
      ? fail('VALIDATION_FAILED', 'below zero', { field: 'by' })
      : data.by === 0
        ? []
        : [{ type: 'Added', data }],
  evolve: (total, event) => total + event.data.by,
};
const actor = { userId: 'u', username: 'u', role: 'admin' as const };
const add = (by: number): Add => ({ type: 'Add', data: { by }, actor });
const added = (by: number): Added => ({ type: 'Added', data: { by } });
const spec = DeciderSpecification(counter);

describe('DeciderSpecification', () => {
  it('passes when the events are the expected ones, and folds them for checks', () => {
    spec
      .given(added(2))
      .when(add(3))
      .then([added(3)]);
    spec
      .given(added(2))
      .when(add(3))
      .then((events, state) => {
        expect(events).toHaveLength(1);
        expect(state).toBe(5);
      });
    spec.after(add(1), add(1)).when(add(0)).thenNothingHappens();
  });

  it('passes on the expected refusal and hands the error back', () => {
    const error = spec.given(added(1)).when(add(-2)).thenThrows('VALIDATION_FAILED', { field: 'by' });
    expect(error.message).toBe('below zero');
  });

  it('fails, saying why, on other events, another code, other details, or an unexpected answer', () => {
    expect(() =>
      spec
        .given()
        .when(add(1))
        .then([added(2)]),
    ).toThrow(SpecificationError);
    expect(() => spec.given().when(add(-1)).thenThrows('FORBIDDEN')).toThrow(
      /refused with FORBIDDEN, but it was VALIDATION_FAILED/,
    );
    expect(() => spec.given().when(add(-1)).thenThrows('VALIDATION_FAILED', { field: 'other' })).toThrow(
      /other details/,
    );
    expect(() => spec.given().when(add(1)).thenThrows('VALIDATION_FAILED')).toThrow(/but it produced/);
    expect(() => spec.given().when(add(-1)).then([])).toThrow(
      /to be accepted, but it was refused: VALIDATION_FAILED/,
    );
    expect(() => spec.given().when(add(1)).thenNothingHappens()).toThrow(/change nothing/);
  });
});
