import { useQuery } from '@tanstack/react-query';
import { listMembers } from '../../api/organizations.ts';
import { queryKeys } from '../../api/query-keys.ts';
import type { Role } from '../../api/schemas/common.ts';
import { useAuthenticatedUser } from '../../auth/session-context.ts';
import { FormAlert } from '../../components/FormAlert.tsx';
import { LoadingState } from '../../components/LoadingState.tsx';
import { MemberRow } from './MemberRow.tsx';

export function MembersTable({ currentRole, canManage }: { currentRole: Role | undefined; canManage: boolean }) {
  const user = useAuthenticatedUser();
  const members = useQuery({ queryKey: queryKeys.members, queryFn: listMembers });
  if (members.isPending) return <LoadingState label="Loading members…" />;
  if (members.isError) return <FormAlert error={members.error} />;
  return (
    <div className="overflow-x-auto">
      <table className="w-full text-left text-sm">
        <caption className="sr-only">Members of this organization</caption>
        <thead className="border-b border-neutral-200 text-xs uppercase text-neutral-500">
          <tr>
            <th scope="col" className="py-2 pr-4">Name</th>
            <th scope="col" className="py-2 pr-4">Role</th>
            <th scope="col" className="py-2 pr-4">Joined</th>
            <th scope="col" className="py-2"><span className="sr-only">Actions</span></th>
          </tr>
        </thead>
        <tbody className="divide-y divide-neutral-100">
          {members.data.map((member) => (
            <MemberRow key={member.id} member={member} isSelf={member.userId === user.id} currentRole={currentRole} canManage={canManage} />
          ))}
        </tbody>
      </table>
    </div>
  );
}
