import { Link } from 'react-router';

export type PostsView = 'all' | 'approval';

const tabs: { view: PostsView; label: string; to: string }[] = [
  { view: 'all', label: 'All posts', to: '/posts' },
  { view: 'approval', label: 'Awaiting approval', to: '/posts?view=approval' },
];

/** The library's two views; links, so each has an address to share or bookmark. */
export function PostTabs({ current }: { current: PostsView }) {
  return (
    <nav aria-label="Post views" className="mb-4 flex gap-1 border-b border-neutral-200">
      {tabs.map((tab) => {
        const active = tab.view === current;
        return (
          <Link
            key={tab.view}
            to={tab.to}
            aria-current={active ? 'page' : undefined}
            className={`-mb-px border-b-2 px-3 py-2 text-sm font-medium ${active ? 'border-accent-700 text-accent-800' : 'border-transparent text-neutral-600 hover:text-neutral-900'}`}
          >
            {tab.label}
          </Link>
        );
      })}
    </nav>
  );
}
