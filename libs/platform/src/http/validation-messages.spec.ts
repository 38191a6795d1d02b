import { vietnameseProblem } from './validation-messages';

describe("class-validator's messages in Vietnamese", () => {
  it.each([
    ['isString', 'title must be a string', 'phải là chuỗi ký tự'],
    ['minLength', 'title must be longer than or equal to 1 characters', 'không được để trống'],
    ['maxLength', 'title must be shorter than or equal to 2000 characters', 'không được dài quá 2000 ký tự'],
    ['max', 'targetPercent must not be greater than 100', 'không được lớn hơn 100'],
    ['min', 'limit must not be less than 1', 'không được nhỏ hơn 1'],
    ['arrayMinSize', 'units must contain at least 1 elements', 'phải có ít nhất 1 phần tử'],
    [
      'isIn',
      'review must be one of the following values: preliminary, final',
      'phải là một trong các giá trị: preliminary, final',
    ],
    [
      'matches',
      'each value in units must match /^[A-Z]$/ regular expression',
      'mọi phần tử không đúng định dạng',
    ],
    ['whitelistValidation', 'property foo should not exist', 'không phải là trường được phép gửi'],
  ])('given %s (“%s”), then it says “%s”', (constraint, english, vietnamese) => {
    expect(vietnameseProblem(constraint, english)).toBe(vietnamese);
  });

  it('given a message we wrote in Vietnamese, then it is kept as written', () => {
    expect(vietnameseProblem('isCivilDate', 'startsOn phải là ngày hợp lệ dạng YYYY-MM-DD')).toBe(
      'startsOn phải là ngày hợp lệ dạng YYYY-MM-DD',
    );
  });

  it('given a check it does not know, then it still says the field is invalid, keeping the detail', () => {
    expect(vietnameseProblem('isHexColor', 'color must be a hexadecimal color')).toBe(
      'không hợp lệ (color must be a hexadecimal color)',
    );
  });
});
