import { useEffect } from 'react';
import { useSession } from '../auth/session-context.ts';
import { useOrganizations } from '../hooks/use-organizations.ts';
import { useSwitchOrganization } from '../hooks/use-switch-organization.ts';

/** Chooses the organization every request is made for (X-Organization-Id). */
export function OrganizationSwitcher() {
  const { organizationId, switchOrganization: selectOrganization } = useSession();
  const switchOrganization = useSwitchOrganization();
  const organizations = useOrganizations();
  const items = organizations.data ?? [];
  const selected = items.some((organization) => organization.id === organizationId) ? organizationId : (items[0]?.id ?? '');

  useEffect(() => {
    // A remembered organization the person has since left would make every request answer 404.
    const firstOrganization = items[0];
    if (firstOrganization && !items.some((organization) => organization.id === organizationId)) {
      selectOrganization(firstOrganization.id);
    }
  }, [items, organizationId, selectOrganization]);

  function change(nextOrganizationId: string) {
    if (nextOrganizationId === organizationId) return;
    switchOrganization(nextOrganizationId);
  }

  return (
    <div className="flex flex-col">
      <label htmlFor="organization-switcher" className="text-xs font-medium text-neutral-600">
        Organization
      </label>
      <select
        id="organization-switcher"
        value={selected ?? ''}
        disabled={organizations.isPending}
        onChange={(event) => change(event.target.value)}
        className="rounded-md border border-neutral-300 bg-white py-1.5 pl-2 pr-8 text-sm font-medium shadow-sm"
      >
        {items.map((organization) => (
          <option key={organization.id} value={organization.id}>
            {organization.name}
          </option>
        ))}
      </select>
    </div>
  );
}
