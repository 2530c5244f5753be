import { PageHeader } from '../components/PageHeader.tsx';
import { TextLink } from '../components/TextLink.tsx';

export function NotFoundPage() {
  return (
    <>
      <PageHeader title="Page not found" description="There is nothing at this address." />
      <TextLink to="/dashboard">Go to the dashboard</TextLink>
    </>
  );
}
