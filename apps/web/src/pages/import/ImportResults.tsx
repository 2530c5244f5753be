import { Link } from 'react-router';
import type { ImportResult } from '../../api/schemas/post-batch.ts';
import { postStatusLabels } from '../../components/post-status-labels.ts';
import { formatDateTime } from '../../components/format-date.ts';
import { StatusBadge } from '../../components/StatusBadge.tsx';
import { postStatuses } from '../../api/schemas/post.ts';
import { postPath } from '../posts/post-links.ts';

/** A status the server may name that this page does not know yet is shown as it comes. */
function statusLabel(status: string) {
  const known = postStatuses.find((candidate) => candidate === status);
  return known ? postStatusLabels[known] : { label: status, tone: 'neutral' as const };
}

/** The outcome of one import: the rows that became posts (with links) and the rows that did not, with why. */
export function ImportResults({ result }: { result: ImportResult }) {
  const rowsWithErrors = new Set(result.errors.map((error) => error.row)).size;
  return (
    <div className="space-y-4">
      <p role="status" className="text-sm font-medium text-neutral-900">
        {result.imported === 1 ? '1 post imported' : `${result.imported} posts imported`}
        {rowsWithErrors > 0 ? `; ${rowsWithErrors === 1 ? '1 row' : `${rowsWithErrors} rows`} not imported.` : '.'}
      </p>
      {result.posts.length > 0 && (
        <table className="w-full text-left text-sm">
          <caption className="mb-1 text-left text-sm font-semibold text-neutral-900">Imported rows</caption>
          <thead className="border-b border-neutral-200 text-xs uppercase text-neutral-500">
            <tr>
              <th scope="col" className="py-2 pr-4">Row</th>
              <th scope="col" className="py-2 pr-4">Post</th>
              <th scope="col" className="py-2 pr-4">Status</th>
              <th scope="col" className="py-2">Goes out</th>
            </tr>
          </thead>
          <tbody className="divide-y divide-neutral-100">
            {result.posts.map((post) => {
              const status = statusLabel(post.status);
              return (
                <tr key={post.postId}>
                  <td className="py-2 pr-4 tabular-nums">{post.row}</td>
                  <td className="py-2 pr-4">
                    <Link to={postPath(post.postId)} className="font-medium text-accent-700 hover:underline">
                      Open post from row {post.row}
                    </Link>
                  </td>
                  <td className="py-2 pr-4">
                    <StatusBadge label={status.label} tone={status.tone} />
                  </td>
                  <td className="py-2 text-neutral-600">{formatDateTime(post.scheduledAt)}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
      {result.errors.length > 0 && result.imported > 0 && (
        <p className="text-sm text-neutral-600">To import the remaining rows after fixing them, keep only those rows in the CSV: the rows already imported would be imported again.</p>
      )}
      {result.errors.length > 0 && (
        <table className="w-full text-left text-sm">
          <caption className="mb-1 text-left text-sm font-semibold text-red-800">Rows not imported</caption>
          <thead className="border-b border-neutral-200 text-xs uppercase text-neutral-500">
            <tr>
              <th scope="col" className="py-2 pr-4">Row</th>
              <th scope="col" className="py-2 pr-4">Field</th>
              <th scope="col" className="py-2">Problem</th>
            </tr>
          </thead>
          <tbody className="divide-y divide-neutral-100 text-red-800">
            {result.errors.map((error) => (
              <tr key={`${error.row}-${error.field}-${error.message}`}>
                <td className="py-2 pr-4 tabular-nums">{error.row}</td>
                <td className="py-2 pr-4 font-mono text-xs">{error.field}</td>
                <td className="py-2">{error.message}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </div>
  );
}
