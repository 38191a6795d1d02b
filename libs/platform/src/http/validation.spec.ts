import type { ArgumentMetadata } from '@nestjs/common';
import { DomainError } from '@kernel';
import { ProposeDto } from '@modules/consideration/http/consideration.dto';
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
