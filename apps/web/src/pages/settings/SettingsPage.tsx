import { PageHeader } from '../../components/PageHeader.tsx';
import { Panel } from '../../components/Panel.tsx';
import { useCurrentOrganization } from '../../hooks/use-current-organization.ts';
import { AiSettingsPanels } from './AiSettingsPanels.tsx';
import { DeviceSessionsList } from './DeviceSessionsList.tsx';
import { OrganizationSettingsForm } from './OrganizationSettingsForm.tsx';
import { ProfileForm } from './ProfileForm.tsx';

export function SettingsPage() {
  const organization = useCurrentOrganization();
  return (
    <>
      <PageHeader title="Settings" />
      <div className="space-y-6">
        <Panel title="Organization" description={organization.can('admin') ? undefined : 'Only owners and admins can change these settings.'}>
          {organization.data && (
            <OrganizationSettingsForm organization={organization.data.organization} editable={organization.can('admin')} />
          )}
        </Panel>
        <AiSettingsPanels />
        <Panel title="Profile">
          <ProfileForm />
        </Panel>
        <Panel title="Active sessions" description="Devices where you are logged in. Revoke any you do not recognise.">
          <DeviceSessionsList />
        </Panel>
      </div>
    </>
  );
}
