import { Outlet } from 'react-router';
import { DeliveryStallBanner } from './DeliveryStallBanner.tsx';
import { EmailVerificationBanner } from './EmailVerificationBanner.tsx';
import { SideNav } from './SideNav.tsx';
import { TopBar } from './TopBar.tsx';

/** The frame around every logged-in page: top bar, navigation and the page itself. */
export function AppShell() {
  return (
    <div className="flex min-h-screen flex-col">
      <a href="#main" className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:z-50 focus:rounded focus:bg-white focus:px-3 focus:py-2">
        Skip to content
      </a>
      <TopBar />
      <EmailVerificationBanner />
      <DeliveryStallBanner />
      <div className="flex flex-1 flex-col sm:flex-row">
        <SideNav />
        <main id="main" tabIndex={-1} className="min-w-0 flex-1 px-4 py-6 sm:px-8">
          <div className="mx-auto max-w-5xl">
            <Outlet />
          </div>
        </main>
      </div>
    </div>
  );
}
