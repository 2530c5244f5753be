import type { EmailMode } from '../../api/schemas/meta.ts';

const scope = 'You see this organization’s invitations and emails addressed to you; other people’s personal emails stay private.';

/** Says plainly whether these emails were delivered at all. */
export function OutboxIntro({ emailMode }: { emailMode: EmailMode | undefined }) {
  if (emailMode === 'outbox') {
    return (
      <section aria-label="No mail server" className="mb-6 rounded-md border border-amber-200 bg-amber-50 p-4 text-sm text-amber-900">
        <h2 className="font-semibold">No mail server is configured</h2>
        <p className="mt-1">
          This instance has no <code className="font-mono">SMTP_URL</code>, so it sends no email at all. These are the emails it
          would have sent: each one was written here and its link printed in the server log. Copy a link and pass it on yourself,
          for example an invitation to a new colleague. To deliver email, set <code className="font-mono">SMTP_URL</code> and
          restart the server.
        </p>
        <p className="mt-2">{scope}</p>
      </section>
    );
  }
  if (emailMode === 'smtp') {
    return (
      <section aria-label="Delivery log" className="mb-6 rounded-md border border-neutral-200 bg-white p-4 text-sm text-neutral-700">
        <p>
          The delivery log: every email this instance handed to its mail server, with its delivery status. Use it to check whether
          an invitation went out, or why it failed.
        </p>
        <p className="mt-2">{scope}</p>
      </section>
    );
  }
  return null;
}
