import type { AuditLogEntry } from '../../api/schemas/misc.ts';
import { formatDateTime } from '../../components/format-date.ts';

export function AuditLogTable({ entries }: { entries: AuditLogEntry[] }) {
  if (entries.length === 0) return <p className="text-sm text-neutral-600">No entries match.</p>;
  return (
    <div className="overflow-x-auto rounded-lg border border-neutral-200 bg-white shadow-sm">
      <table className="w-full text-left text-sm">
        <caption className="sr-only">Audit log entries, newest first</caption>
        <thead className="border-b border-neutral-200 bg-neutral-50 text-xs uppercase text-neutral-500">
          <tr>
            <th scope="col" className="px-4 py-3">When</th>
            <th scope="col" className="px-4 py-3">Action</th>
            <th scope="col" className="px-4 py-3">By</th>
            <th scope="col" className="px-4 py-3">Entity</th>
            <th scope="col" className="px-4 py-3">IP address</th>
          </tr>
        </thead>
        <tbody className="divide-y divide-neutral-100">
          {entries.map((entry) => (
            <tr key={entry.id}>
              <td className="whitespace-nowrap px-4 py-3 text-neutral-600">{formatDateTime(entry.createdAt)}</td>
              <td className="px-4 py-3 font-mono text-xs">{entry.action}</td>
              <td className="px-4 py-3">{entry.actor?.email ?? 'System'}</td>
              <td className="px-4 py-3 text-neutral-600">
                {entry.entityType ?? '—'}
                {entry.entityId && <span className="block font-mono text-xs">{entry.entityId}</span>}
              </td>
              <td className="px-4 py-3 text-neutral-600">{entry.ip ?? '—'}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
