import { tokenStore } from './api/client';

/**
 * Sends a file (with any other form fields) to an API route that takes multipart uploads,
 * with the session's token; the API's refusal becomes an Error carrying its Vietnamese message.
 */
export async function postFile<T>(
  route: string,
  file: File,
  fields: Record<string, string> = {},
): Promise<T> {
  const form = new FormData();
  form.append('file', file);
  for (const [name, value] of Object.entries(fields)) form.append(name, value);
  const reply = await fetch(route, {
    method: 'POST',
    headers: { authorization: `Bearer ${tokenStore.get()}` },
    body: form,
  });
  const body = (await reply.json()) as T & { message?: string };
  if (!reply.ok) throw new Error(body.message ?? 'Không gửi được tệp');
  return body;
}
