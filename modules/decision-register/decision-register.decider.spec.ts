import { DeciderSpecification, type Actor } from '@kernel';
import { decisionRegisterDecider, type DecisionRegisterCommand } from './decision-register.decider';

const chairman: Actor = { userId: 'chairman', username: 'chairman', role: 'chairman' };
const spec = DeciderSpecification(decisionRegisterDecider);
const assign = (nominationId: string): DecisionRegisterCommand => ({
  type: 'AssignDecisionNumber',
  data: { nominationId, issuer: 'Ủy ban nhân dân xã Kim Thành', year: 2026, suffix: 'QĐ-UBND' },
  actor: chairman,
});
const numbers = (...commands: DecisionRegisterCommand[]) =>
  spec.after(...commands).history.map((e) => e.data.number);

describe("an issuer's decision register for a year", () => {
  it('numbers decisions one after another, without gaps', () => {
    expect(numbers(assign('a'), assign('b'), assign('c'))).toEqual(['1/QĐ-UBND', '2/QĐ-UBND', '3/QĐ-UBND']);
  });

  it('gives a nomination asking again the number it already has, and no new one', () => {
    spec.after(assign('a'), assign('b')).when(assign('a')).thenNothingHappens();
    expect(numbers(assign('a'), assign('b'), assign('a'), assign('c'))).toEqual([
      '1/QĐ-UBND',
      '2/QĐ-UBND',
      '3/QĐ-UBND',
    ]);
  });

  it('lets only those who sign take a number: the chairman, the office signing by authorisation, an admin', () => {
    spec
      .given()
      .when({ ...assign('a'), actor: { ...chairman, role: 'council' } })
      .thenThrows('FORBIDDEN');
    spec
      .given()
      .when({ ...assign('a'), actor: { ...chairman, role: 'unit' } })
      .thenThrows('FORBIDDEN');
  });

  it('an organisation’s own register goes on after what its issuer’s name-keyed register gave that year', () => {
    const own = (nominationId: string): DecisionRegisterCommand => {
      const command = assign(nominationId);
      return { ...command, data: { ...command.data, register: 'XA-KIM-THANH', floor: 7 } };
    };
    expect(numbers(own('a'), own('b'))).toEqual(['8/QĐ-UBND', '9/QĐ-UBND']);
    expect(spec.after(own('a')).history[0].data.register).toBe('XA-KIM-THANH');
  });
});
