import { PageHeader } from '../components/PageHeader.tsx';

/** Areas on the roadmap but not built yet; says so plainly instead of showing invented data. */
export function PlaceholderPage({ title, summary }: { title: string; summary: string }) {
  return (
    <>
      <PageHeader title={title} />
      <div className="rounded-lg border border-dashed border-neutral-300 bg-white px-6 py-12 text-center">
        <p className="text-base font-medium text-neutral-900">{title} arrives in a coming release.</p>
        <p className="mx-auto mt-2 max-w-md text-sm text-neutral-600">{summary}</p>
      </div>
    </>
  );
}
