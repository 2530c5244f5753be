import { NavLink } from 'react-router';
import type { Role } from '../api/schemas/common.ts';
import { useCurrentOrganization } from '../hooks/use-current-organization.ts';

interface NavEntry {
  to: string;
  label: string;
  /** Shown indented under the entry before it (a page within that area). */
  nested?: boolean;
  /** Hidden from roles below this one, who could not use the page. */
  minimum?: Role;
}

const links: readonly NavEntry[] = [
  { to: '/dashboard', label: 'Dashboard' },
  { to: '/brands', label: 'Brands' },
  { to: '/accounts', label: 'Accounts' },
  { to: '/calendar', label: 'Calendar' },
  { to: '/create', label: 'Create', minimum: 'editor' },
  { to: '/compose', label: 'Compose' },
  { to: '/posts', label: 'Posts' },
  { to: '/posts/import', label: 'Import posts', nested: true, minimum: 'editor' },
  { to: '/trends', label: 'Trends' },
  { to: '/inbox', label: 'Inbox' },
  { to: '/analytics', label: 'Analytics' },
  { to: '/ai-tasks', label: 'AI tasks' },
  { to: '/members', label: 'Members' },
  { to: '/settings', label: 'Settings' },
];

/** Owners and admins only; the server answers 403 to everyone else anyway. */
const adminLinks = [
  { to: '/audit-log', label: 'Audit log' },
  { to: '/outbox', label: 'Outbox' },
] as const;

function linkClassName({ isActive }: { isActive: boolean }): string {
  const base = 'block whitespace-nowrap rounded-md px-3 py-2 text-sm font-medium';
  return isActive ? `${base} bg-accent-50 text-accent-800` : `${base} text-neutral-700 hover:bg-neutral-100`;
}

export function SideNav() {
  const { can } = useCurrentOrganization();
  return (
    <nav aria-label="Main" className="shrink-0 border-b border-neutral-200 bg-white p-3 sm:w-48 sm:border-b-0 sm:border-r">
      <ul className="flex gap-1 overflow-x-auto sm:block sm:space-y-1">
        {links.filter((link) => !link.minimum || can(link.minimum)).map((link) => (
          <li key={link.to} className={link.nested ? 'sm:pl-3' : undefined}>
            <NavLink to={link.to} className={linkClassName}>
              {link.label}
            </NavLink>
          </li>
        ))}
        {can('admin') &&
          adminLinks.map((link) => (
            <li key={link.to}>
              <NavLink to={link.to} className={linkClassName}>
                {link.label}
              </NavLink>
            </li>
          ))}
      </ul>
    </nav>
  );
}
