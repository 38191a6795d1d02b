/** A JSON call to the API as any client makes it; a non-2xx answer throws with its body. */
export async function api<T>(
  base: string,
  method: string,
  route: string,
  token?: string,
  body?: unknown,
): Promise<T> {
  const response = await fetch(`${base}${route}`, {
    method,
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await response.text();
  if (!response.ok) throw new Error(`${method} ${route} → ${response.status}: ${text}`);
  return (text ? JSON.parse(text) : undefined) as T;
}

/** Logs in with the demo password and returns the bearer token. */
export const login = async (base: string, username: string): Promise<string> =>
  (await api<{ accessToken: string }>(base, 'POST', '/auth/login', undefined, { username, password: 'demo' }))
    .accessToken;
