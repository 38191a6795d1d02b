import type { ArgumentMetadata } from '@nestjs/common';
import { DomainError } from '@kernel';
import { ProposeDto } from '@modules/consideration/http/consideration.dto';
import { PlanDto } from '@modules/plan/http/plan.dto';
import { smallPlan } from '../../../../test/support/fixtures';
import { validationPipe } from './validation';

const body: ArgumentMetadata = { type: 'body', metatype: ProposeDto };
const item = {
  subject: { kind: 'individual', personId: '6f1c1b7e-8a54-4c1e-9d43-2f6f0f1c2a11' },
  form: 'lao_dong_tien_tien',
  achievement: 'Hoàn thành tốt nhiệm vụ năm 2025',
};

describe('the validation pipe on lists of objects', () => {
  it('given a list of well-formed items, then it passes them on as DTOs', async () => {
    await expect(validationPipe.transform({ items: [item] }, body)).resolves.toMatchObject({ items: [item] });
  });

  // Found by the fuzzer: ValidateNested({ each: true }) walks into an array element that is
  // itself an array and, finding nothing in it, lets it through to the service (a 500).
  it.each([[[]], [[item]], ['chuỗi'], [7]])(
    'given an element %j where an object belongs, then a 400 names it',
    async (bad) => {
      const refused = await validationPipe.transform({ items: [item, bad] }, body).catch((e: unknown) => e);
      expect(refused).toBeInstanceOf(DomainError);
      expect((refused as DomainError).message).toMatch(/trường “items”/);
    },
  );
});

describe('a plan whose task groups hold a list where a group belongs', () => {
  // The plan's lists go through their own helper (NestedList): the same check must hold there.
  it('given a task group that is an empty list, then a 400 names taskGroups, not a 500 later', async () => {
    const refused = await validationPipe
      .transform({ ...smallPlan(), taskGroups: [[]] }, { type: 'body', metatype: PlanDto })
      .catch((e: unknown) => e);
    expect(refused).toBeInstanceOf(DomainError);
    expect((refused as DomainError).details).toEqual(
      expect.arrayContaining([expect.objectContaining({ field: 'taskGroups' })]),
    );
  });
});
