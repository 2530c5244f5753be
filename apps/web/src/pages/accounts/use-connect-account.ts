import { useMutation, useQueryClient } from '@tanstack/react-query';
import { queryKeys } from '../../api/query-keys.ts';
import { connectSocialAccount } from '../../api/social-accounts.ts';

/** Connecting (or reconnecting) refreshes the account list, and held posts may start moving. */
export function useConnectAccount() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: connectSocialAccount,
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: queryKeys.socialAccounts });
      void queryClient.invalidateQueries({ queryKey: queryKeys.posts });
    },
  });
}
