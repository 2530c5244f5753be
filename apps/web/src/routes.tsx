import { createBrowserRouter, Navigate } from 'react-router';
import { RedirectIfAuthenticated } from './auth/RedirectIfAuthenticated.tsx';
import { RequireAuth } from './auth/RequireAuth.tsx';
import { AppShell } from './layout/AppShell.tsx';
import { AccountsPage } from './pages/accounts/AccountsPage.tsx';
import { AiTaskDetailPage } from './pages/ai-tasks/AiTaskDetailPage.tsx';
import { AiTasksPage } from './pages/ai-tasks/AiTasksPage.tsx';
import { AuditLogPage } from './pages/audit-log/AuditLogPage.tsx';
import { AcceptInvitePage } from './pages/auth/AcceptInvitePage.tsx';
import { ForgotPasswordPage } from './pages/auth/ForgotPasswordPage.tsx';
import { LoginPage } from './pages/auth/LoginPage.tsx';
import { RegisterPage } from './pages/auth/RegisterPage.tsx';
import { ResetPasswordPage } from './pages/auth/ResetPasswordPage.tsx';
import { VerifyEmailPage } from './pages/auth/VerifyEmailPage.tsx';
import { BrandWizardPage } from './pages/brand-wizard/BrandWizardPage.tsx';
import { BrandsPage } from './pages/brands/BrandsPage.tsx';
import { CalendarPage } from './pages/calendar/CalendarPage.tsx';
import { ComposePage } from './pages/compose/ComposePage.tsx';
import { CreatePage } from './pages/create/CreatePage.tsx';
import { DashboardPage } from './pages/dashboard/DashboardPage.tsx';
import { ImportPostsPage } from './pages/import/ImportPostsPage.tsx';
import { MembersPage } from './pages/members/MembersPage.tsx';
import { NotFoundPage } from './pages/NotFoundPage.tsx';
import { NotificationsPage } from './pages/notifications/NotificationsPage.tsx';
import { OutboxPage } from './pages/outbox/OutboxPage.tsx';
import { placeholderRoutes } from './pages/placeholder-routes.tsx';
import { PostDetailPage } from './pages/posts/PostDetailPage.tsx';
import { PostsPage } from './pages/posts/PostsPage.tsx';
import { SettingsPage } from './pages/settings/SettingsPage.tsx';
import { TrendsPage } from './pages/trends/TrendsPage.tsx';

export const router = createBrowserRouter([
  {
    element: <RedirectIfAuthenticated />,
    children: [
      { path: '/login', element: <LoginPage /> },
      { path: '/register', element: <RegisterPage /> },
    ],
  },
  { path: '/forgot-password', element: <ForgotPasswordPage /> },
  { path: '/reset-password', element: <ResetPasswordPage /> },
  { path: '/verify-email', element: <VerifyEmailPage /> },
  { path: '/accept-invite', element: <AcceptInvitePage /> },
  {
    element: <RequireAuth />,
    children: [
      {
        element: <AppShell />,
        children: [
          { index: true, element: <Navigate to="/dashboard" replace /> },
          { path: '/dashboard', element: <DashboardPage /> },
          { path: '/brands', element: <BrandsPage /> },
          { path: '/brands/new', element: <BrandWizardPage /> },
          { path: '/brands/:brandId/setup', element: <BrandWizardPage /> },
          { path: '/accounts', element: <AccountsPage /> },
          { path: '/create', element: <CreatePage /> },
          { path: '/compose', element: <ComposePage /> },
          { path: '/posts', element: <PostsPage /> },
          { path: '/posts/import', element: <ImportPostsPage /> },
          { path: '/posts/:postId', element: <PostDetailPage /> },
          { path: '/posts/:postId/edit', element: <ComposePage /> },
          { path: '/calendar', element: <CalendarPage /> },
          { path: '/trends', element: <TrendsPage /> },
          // Lazy: the charts library loads only when someone opens Analytics.
          { path: '/analytics', lazy: async () => ({ Component: (await import('./pages/analytics/AnalyticsPage.tsx')).AnalyticsPage }) },
          { path: '/ai-tasks', element: <AiTasksPage /> },
          { path: '/ai-tasks/:taskId', element: <AiTaskDetailPage /> },
          { path: '/members', element: <MembersPage /> },
          { path: '/settings', element: <SettingsPage /> },
          { path: '/audit-log', element: <AuditLogPage /> },
          { path: '/outbox', element: <OutboxPage /> },
          { path: '/notifications', element: <NotificationsPage /> },
          ...placeholderRoutes,
          { path: '*', element: <NotFoundPage /> },
        ],
      },
    ],
  },
]);
