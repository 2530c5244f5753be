import { useMutation, useQueryClient } from '@tanstack/react-query';
import { ApiError } from '../../api/api-error.ts';
import { changeMemberRole, removeMember } from '../../api/organizations.ts';
import { queryKeys } from '../../api/query-keys.ts';
import { roleSchema, type Role } from '../../api/schemas/common.ts';
import type { Member } from '../../api/schemas/organization.ts';
import { Button } from '../../components/Button.tsx';
import { capitalise } from '../../components/labels.ts';
import { formatDate } from '../../components/format-date.ts';
import { SelectField } from '../../components/SelectField.tsx';
import { assignableRoles, roleOptions } from './assignable-roles.ts';

interface MemberRowProps {
  member: Member;
  isSelf: boolean;
  currentRole: Role | undefined;
  canManage: boolean;
}

export function MemberRow({ member, isSelf, currentRole, canManage }: MemberRowProps) {
  const queryClient = useQueryClient();
  const refresh = () => queryClient.invalidateQueries({ queryKey: queryKeys.members });
  const changeRole = useMutation({ mutationFn: (role: Role) => changeMemberRole(member.id, role), onSettled: refresh });
  const remove = useMutation({ mutationFn: () => removeMember(member.id), onSuccess: refresh });
  const available = assignableRoles(currentRole);
  // Only roles the current person could grant are editable: an admin cannot touch an owner.
  const editable = canManage && !isSelf && available.includes(member.role);
  const failure = changeRole.error ?? remove.error;

  function confirmRemoval() {
    if (window.confirm(`Remove ${member.name} from this organization?`)) remove.mutate();
  }

  return (
    <tr>
      <td className="py-3 pr-4">
        <div className="font-medium text-neutral-900">
          {member.name}
          {isSelf && <span className="ml-1 text-neutral-500">(you)</span>}
        </div>
        <div className="text-neutral-600">{member.email}</div>
        {failure ? (
          <p role="alert" className="mt-1 text-sm text-red-700">
            {failure instanceof ApiError ? failure.userMessage : 'That did not work.'}
          </p>
        ) : null}
      </td>
      <td className="py-3 pr-4">
        {editable ? (
          <SelectField
            label={`Role for ${member.name}`}
            hideLabel
            value={member.role}
            options={roleOptions(available)}
            disabled={changeRole.isPending}
            onChange={(value) => changeRole.mutate(roleSchema.parse(value))}
          />
        ) : (
          capitalise(member.role)
        )}
      </td>
      <td className="py-3 pr-4 text-neutral-600">{formatDate(member.joinedAt)}</td>
      <td className="py-3 text-right">
        {editable && (
          <Button variant="danger" busy={remove.isPending} busyLabel="Removing…" onClick={confirmRemoval}>
            Remove<span className="sr-only"> {member.name}</span>
          </Button>
        )}
      </td>
    </tr>
  );
}
