import { useCallback } from 'react';
import { useNavigate } from 'react-router';
import { useSession } from '../auth/session-context.ts';

/**
 * Switches organization and lands on its dashboard: the page on screen (a brand's setup,
 * a member list) belonged to the previous organization.
 */
export function useSwitchOrganization(): (organizationId: string) => void {
  const { switchOrganization } = useSession();
  const navigate = useNavigate();
  return useCallback(
    (organizationId: string) => {
      switchOrganization(organizationId);
      void navigate('/dashboard');
    },
    [switchOrganization, navigate],
  );
}
