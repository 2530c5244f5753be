import { Navigate, Outlet, useLocation } from 'react-router';
import { LoadingState } from '../components/LoadingState.tsx';
import { useSession } from './session-context.ts';

/** Guards the app shell: waits for the session restore, then sends strangers to the login page. */
export function RequireAuth() {
  const { state } = useSession();
  const location = useLocation();
  if (state.status === 'loading') return <LoadingState label="Restoring your session…" fullScreen />;
  if (state.status === 'anonymous') {
    const next = location.pathname + location.search;
    return <Navigate to={`/login?next=${encodeURIComponent(next)}`} replace />;
  }
  return <Outlet />;
}
