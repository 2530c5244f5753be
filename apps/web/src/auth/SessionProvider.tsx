import { useQueryClient } from '@tanstack/react-query';
import { useCallback, useEffect, useMemo, useState, type ReactNode } from 'react';
import { logout } from '../api/auth.ts';
import { onSessionChange, refreshSession } from '../api/http-client.ts';
import { organizationIndependentKeys, queryKeys } from '../api/query-keys.ts';
import type { Session, User } from '../api/schemas/auth.ts';
import { getOrganizationId, setOrganizationId } from '../api/token-store.ts';
import { chooseOrganization } from './choose-organization.ts';
import { SessionContext, type SessionContextValue, type SessionState } from './session-context.ts';

/** Holds who is logged in and for which organization; restores the session on load. */
export function SessionProvider({ children }: { children: ReactNode }) {
  const queryClient = useQueryClient();
  const [state, setState] = useState<SessionState>({ status: 'loading' });
  const [organizationId, setCurrentOrganizationId] = useState<string | null>(getOrganizationId);

  const startSession = useCallback((session: Session, preferredOrganizationId?: string) => {
    const chosen = chooseOrganization(session.organizations, preferredOrganizationId, getOrganizationId());
    setOrganizationId(chosen);
    setCurrentOrganizationId(chosen);
    setState({ status: 'authenticated', user: session.user, organizations: session.organizations });
  }, []);

  const forgetSession = useCallback(() => {
    queryClient.clear();
    setState({ status: 'anonymous' });
  }, [queryClient]);

  useEffect(() => {
    let cancelled = false;
    void refreshSession().then((session) => {
      if (cancelled) return;
      if (session) startSession(session);
      else setState({ status: 'anonymous' });
    });
    const unsubscribe = onSessionChange((session) => {
      if (!session) forgetSession();
      else setState((previous) => (previous.status === 'authenticated' ? { ...previous, user: session.user } : previous));
    });
    return () => {
      cancelled = true;
      unsubscribe();
    };
  }, [startSession, forgetSession]);

  const switchOrganization = useCallback(
    (nextOrganizationId: string) => {
      setOrganizationId(nextOrganizationId);
      setCurrentOrganizationId(nextOrganizationId);
      // Drop the previous organization's data instead of showing it until the refetch lands.
      void queryClient.resetQueries({ predicate: (query) => !organizationIndependentKeys.includes(String(query.queryKey[0])) });
      void queryClient.invalidateQueries({ queryKey: queryKeys.organizations });
    },
    [queryClient],
  );

  const endSession = useCallback(async () => {
    try {
      await logout();
    } finally {
      forgetSession();
    }
  }, [forgetSession]);

  const replaceUser = useCallback((user: User) => {
    setState((previous) => (previous.status === 'authenticated' ? { ...previous, user } : previous));
  }, []);

  const value = useMemo<SessionContextValue>(
    () => ({ state, organizationId, startSession, endSession, switchOrganization, replaceUser }),
    [state, organizationId, startSession, endSession, switchOrganization, replaceUser],
  );
  return <SessionContext value={value}>{children}</SessionContext>;
}
