import { createContext, useContext } from 'react';
import type { OrganizationSummary, Session, User } from '../api/schemas/auth.ts';

export type SessionState =
  | { status: 'loading' }
  | { status: 'anonymous' }
  | { status: 'authenticated'; user: User; organizations: OrganizationSummary[] };

export interface SessionContextValue {
  state: SessionState;
  /** The organization every request is made for (sent as X-Organization-Id). */
  organizationId: string | null;
  /** After login or register; `preferredOrganizationId` wins when the person belongs to it. */
  startSession: (session: Session, preferredOrganizationId?: string) => void;
  endSession: () => Promise<void>;
  switchOrganization: (organizationId: string) => void;
  replaceUser: (user: User) => void;
}

export const SessionContext = createContext<SessionContextValue | null>(null);

export function useSession(): SessionContextValue {
  const value = useContext(SessionContext);
  if (!value) throw new Error('useSession must be used inside <SessionProvider>');
  return value;
}

/** For screens that only render behind <RequireAuth>, where a user is guaranteed. */
export function useAuthenticatedUser(): User {
  const { state } = useSession();
  if (state.status !== 'authenticated') throw new Error('useAuthenticatedUser used outside an authenticated route');
  return state.user;
}
