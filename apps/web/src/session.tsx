import { useQuery, useQueryClient } from '@tanstack/react-query';
import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { api, tokenStore, whenUnauthenticated } from './api/client';
import type { components } from './api/schema';

export type Me = components['schemas']['MeDto'];

interface Session {
  me: Me | undefined;
  loading: boolean;
  signIn(username: string, password: string): Promise<void>;
  signOut(): void;
}

const SessionContext = createContext<Session | null>(null);

/** Who is signed in, from the API's `/me`; the token stays in this browser tab only. */
export function SessionProvider({ children }: { children: ReactNode }) {
  const queries = useQueryClient();
  const [token, setToken] = useState(tokenStore.get());
  const me = useQuery({
    queryKey: ['me', token],
    enabled: !!token,
    queryFn: async () => (await api.GET('/me')).data!,
  });
  const signOut = useCallback(() => {
    tokenStore.clear();
    setToken(null);
    queries.clear();
  }, [queries]);
  useEffect(() => whenUnauthenticated(signOut), [signOut]);
  const signIn = useCallback(async (username: string, password: string) => {
    const { data } = await api.POST('/auth/login', { body: { username, password } });
    tokenStore.set(data!.accessToken);
    setToken(data!.accessToken);
  }, []);
  const value = useMemo(
    () => ({ me: token ? me.data : undefined, loading: !!token && me.isPending, signIn, signOut }),
    [token, me.data, me.isPending, signIn, signOut],
  );
  return <SessionContext.Provider value={value}>{children}</SessionContext.Provider>;
}

export function useSession(): Session {
  const session = useContext(SessionContext);
  if (!session) throw new Error('useSession outside SessionProvider');
  return session;
}
