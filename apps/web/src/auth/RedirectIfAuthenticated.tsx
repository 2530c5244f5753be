import { Navigate, Outlet, useSearchParams } from 'react-router';
import { LoadingState } from '../components/LoadingState.tsx';
import { safeNextPath } from './safe-next-path.ts';
import { useSession } from './session-context.ts';

/** Login and register make no sense while logged in: go where the person was heading instead. */
export function RedirectIfAuthenticated() {
  const { state } = useSession();
  const [searchParams] = useSearchParams();
  if (state.status === 'loading') return <LoadingState label="Restoring your session…" fullScreen />;
  if (state.status === 'authenticated') return <Navigate to={safeNextPath(searchParams.get('next'))} replace />;
  return <Outlet />;
}
