import { useQuery } from '@tanstack/react-query';
import { listMembers } from '../api/organizations.ts';
import { queryKeys } from '../api/query-keys.ts';

/** Names people by user id (authors, reviewers); a former member shows as "a former member". */
export function useMemberNames(): (userId: string | null) => string {
  const members = useQuery({ queryKey: queryKeys.members, queryFn: listMembers });
  return (userId) => {
    if (!userId) return 'the system';
    return members.data?.find((member) => member.userId === userId)?.name ?? (members.data ? 'a former member' : '…');
  };
}
