import { Link } from 'react-router';
import { Logo } from './Logo.tsx';
import { NewOrganizationButton } from './NewOrganizationButton.tsx';
import { NotificationsLink } from './NotificationsLink.tsx';
import { OrganizationSwitcher } from './OrganizationSwitcher.tsx';
import { UserMenu } from './UserMenu.tsx';

export function TopBar() {
  return (
    <header className="flex flex-wrap items-center gap-4 border-b border-neutral-200 bg-white px-4 py-3 sm:px-6">
      <Link to="/dashboard" aria-label="Socialseed dashboard" className="rounded-md">
        <Logo />
      </Link>
      <div className="flex items-end gap-2">
        <OrganizationSwitcher />
        <NewOrganizationButton />
      </div>
      <div className="ml-auto flex items-center gap-2">
        <NotificationsLink />
        <UserMenu />
      </div>
    </header>
  );
}
