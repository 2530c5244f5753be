import { PageHeader } from '../../components/PageHeader.tsx';
import { Panel } from '../../components/Panel.tsx';
import { useCurrentOrganization } from '../../hooks/use-current-organization.ts';
import { useEmailMode } from '../../hooks/use-instance-meta.ts';
import { InviteMemberForm } from './InviteMemberForm.tsx';
import { MembersTable } from './MembersTable.tsx';
import { PendingInvitations } from './PendingInvitations.tsx';

export function MembersPage() {
  const { can, role } = useCurrentOrganization();
  const canManage = can('admin');
  const emailMode = useEmailMode();
  const inviteDescription = {
    smtp: 'They receive an email with a link to join.',
    outbox: 'No mail server is configured, so no email goes out: you copy the invite link from the Outbox and send it yourself.',
    unknown: 'They get a link to join.',
  }[emailMode ?? 'unknown'];
  return (
    <>
      <PageHeader title="Members" description="People who work in this organization and what they may do." />
      <div className="space-y-6">
        {canManage && (
          <Panel title="Invite a member" description={inviteDescription}>
            <InviteMemberForm currentRole={role} />
          </Panel>
        )}
        <Panel title="Members">
          <MembersTable currentRole={role} canManage={canManage} />
        </Panel>
        {canManage && (
          <Panel title="Pending invitations">
            <PendingInvitations />
          </Panel>
        )}
        {!canManage && role && (
          <p className="text-sm text-neutral-600">Only owners and admins can invite people or change roles.</p>
        )}
      </div>
    </>
  );
}
