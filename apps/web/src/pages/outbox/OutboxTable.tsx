import type { EmailMode } from '../../api/schemas/meta.ts';
import type { OutboxEmail } from '../../api/schemas/outbox.ts';
import { formatDateTime } from '../../components/format-date.ts';
import { StatusBadge } from '../../components/StatusBadge.tsx';
import { OutboxLinkCell } from './OutboxLinkCell.tsx';
import { describeKind, describeStatus } from './outbox-labels.ts';

export function OutboxTable({ emails, emailMode }: { emails: OutboxEmail[]; emailMode: EmailMode | undefined }) {
  if (emails.length === 0) return <p className="text-sm text-neutral-600">No emails yet.</p>;
  return (
    // `relative` keeps the visually hidden labels inside the scrolling box, not widening the page.
    <div className="relative overflow-x-auto rounded-lg border border-neutral-200 bg-white shadow-sm">
      <table className="w-full text-left text-sm">
        <caption className="sr-only">Outbox emails, newest first</caption>
        <thead className="border-b border-neutral-200 bg-neutral-50 text-xs uppercase text-neutral-500">
          <tr>
            <th scope="col" className="px-4 py-3">When</th>
            <th scope="col" className="px-4 py-3">To</th>
            <th scope="col" className="px-4 py-3">Subject</th>
            <th scope="col" className="px-4 py-3">Status</th>
            <th scope="col" className="px-4 py-3">Link</th>
          </tr>
        </thead>
        <tbody className="divide-y divide-neutral-100">
          {emails.map((email) => {
            const status = describeStatus(email);
            return (
              <tr key={email.id} className="align-top">
                <td className="whitespace-nowrap px-4 py-3 text-neutral-600">{formatDateTime(email.createdAt)}</td>
                <td className="px-4 py-3">{email.toAddress}</td>
                <td className="px-4 py-3">
                  {email.subject}
                  <span className="block text-xs text-neutral-500">{describeKind(email.kind)}</span>
                </td>
                <td className="px-4 py-3">
                  <StatusBadge label={status.label} tone={status.tone} />
                  {email.lastError && (
                    <span className="mt-1 block text-xs text-red-700">
                      {email.lastError} (after {email.attempts} {email.attempts === 1 ? 'attempt' : 'attempts'})
                    </span>
                  )}
                </td>
                <td className="px-4 py-3">
                  <OutboxLinkCell email={email} emailMode={emailMode} />
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
