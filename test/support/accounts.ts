import { call } from './client';

/** The password an account of a test organisation chooses after its first login. */
export const ownPassword = (who: string): string => `rieng-${who}-2026`;

/**
 * A person of a test organisation with an account and one role, signed in the way a new user
 * is: the admin's first password, changed at once. Answers the account's token.
 */
export async function personWithAccount(
  admin: string,
  organisation: string,
  who: string,
  person: { fullName: string; position: string; unitCode?: string },
  grant: object,
): Promise<string> {
  const username = `${organisation.toLowerCase()}.${who}`;
  const created = await call('POST', `/organisations/${organisation}/people`, {
    token: admin,
    body: {
      ...person,
      account: { username, password: 'lan-dau-2026-ok' },
      grants: [{ ...grant, from: '2025-01-01' }],
    },
  });
  if (created.status !== 201) throw new Error(`${who} not created: ${JSON.stringify(created.body)}`);
  const first = (await call('POST', '/auth/login', { body: { username, password: 'lan-dau-2026-ok' } })).body;
  await call('POST', '/auth/password', {
    token: first.accessToken,
    body: { currentPassword: 'lan-dau-2026-ok', newPassword: ownPassword(who) },
  });
  return (await call('POST', '/auth/login', { body: { username, password: ownPassword(who) } })).body
    .accessToken;
}
