import type { FormInstance } from 'antd';
import { ApiError } from './client';

/** `phases.1.endsOn` → ['phases', 1, 'endsOn']: list items are numbered in the form's names. */
const namePath = (field: string) =>
  field.split('.').map((part) => (/^\d+$/.test(part) ? Number(part) : part));

/**
 * Puts the API's refusal where people look: next to the field it names (the API's dotted
 * path, e.g. `result` or `phases.1.endsOn`), else as the form's message.
 */
export function showProblem(
  form: FormInstance,
  error: unknown,
  /** Where a field the API names sits in this form, when the form names it otherwise. */
  pathOf: (field: string) => Array<string | number> = namePath,
): string | undefined {
  // The last refusal's marks go first: only what the API says now stands.
  form.setFields(form.getFieldsError().map(({ name }) => ({ name, errors: [] })));
  if (!(error instanceof ApiError)) return 'Không kết nối được máy chủ, vui lòng thử lại';
  const { message, details } = error.problem;
  const fields = (Array.isArray(details) ? details : [details ?? {}]).filter((d) => d.field);
  // A field with an input on screen (composite inputs pass their ref on, so they count too).
  const known = fields.filter((d) => form.getFieldInstance(pathOf(d.field!)) !== undefined);
  if (known.length === 0) return message;
  form.setFields(
    known.map((d) => ({
      name: pathOf(d.field!),
      errors: [d.message ?? d.problems?.[0] ?? message],
    })),
  );
  return undefined;
}

/** For a form's `onFieldsChange`: a field people change loses the refusal shown under it. */
export const clearChangedErrors =
  (form: FormInstance) =>
  (changed: Array<{ name: (string | number)[] | string | number; errors?: string[] }>) => {
    const stale = changed.filter((field) => (field.errors ?? []).length > 0);
    if (stale.length > 0) form.setFields(stale.map(({ name }) => ({ name: name as never, errors: [] })));
  };
