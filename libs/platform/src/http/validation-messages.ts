/**
 * class-validator's checks in Vietnamese. Its own messages are English ("title must be a
 * string"); ours are already Vietnamese and kept as written. Bounds are read from the English
 * message, which is the only place class-validator reports them.
 */
const bound = (english: string) => /(-?\d+(?:\.\d+)?)/.exec(english)?.[1] ?? '';

const SAY: Record<string, (english: string) => string> = {
  isString: () => 'phải là chuỗi ký tự',
  isNotEmpty: () => 'không được để trống',
  isDefined: () => 'bắt buộc phải có',
  minLength: (e) => (bound(e) === '1' ? 'không được để trống' : `phải có ít nhất ${bound(e)} ký tự`),
  maxLength: (e) => `không được dài quá ${bound(e)} ký tự`,
  matches: () => 'không đúng định dạng',
  isIn: (e) => `phải là một trong các giá trị: ${e.split(': ').slice(1).join(': ')}`,
  isEnum: (e) => `phải là một trong các giá trị: ${e.split(': ').slice(1).join(': ')}`,
  isInt: () => 'phải là số nguyên',
  isNumber: () => 'phải là số',
  min: (e) => `không được nhỏ hơn ${bound(e)}`,
  max: (e) => `không được lớn hơn ${bound(e)}`,
  isBoolean: () => 'phải là đúng hoặc sai (true/false)',
  isArray: () => 'phải là một danh sách',
  arrayMinSize: (e) => `phải có ít nhất ${bound(e)} phần tử`,
  arrayMaxSize: (e) => `không được có quá ${bound(e)} phần tử`,
  isObject: () => 'phải là một đối tượng',
  nestedValidation: () => 'phải là một đối tượng hợp lệ',
  isIso8601: () => 'phải là ngày (YYYY-MM-DD) hoặc thời điểm theo ISO 8601',
  isUuid: () => 'phải là mã UUID',
  whitelistValidation: () => 'không phải là trường được phép gửi',
};

const ASCII_ONLY = /^[\x20-\x7e]*$/;

/** The Vietnamese of one failed check, given its name and class-validator's message. */
export function vietnameseProblem(constraint: string, message: string): string {
  if (!ASCII_ONLY.test(message)) return message; // written in Vietnamese by us
  const say = SAY[constraint];
  if (!say) return `không hợp lệ (${message})`;
  return message.startsWith('each value in ') ? `mọi phần tử ${say(message)}` : say(message);
}
