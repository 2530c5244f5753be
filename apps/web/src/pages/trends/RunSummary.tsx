import { readRunSummary, type SourceReport, type TrendRun } from '../../api/schemas/trend.ts';
import { relativeTimeOf } from '../../components/relative-time.ts';
import { runStatusLabels, sourceLabel, sourceOutcomeLabels, unavailableReason } from './trend-labels.ts';

const problemStatuses = new Set(['failed', 'rate_limited', 'circuit_open']);

function SourceOutcome({ report }: { report: SourceReport }) {
  const outcome = report.status === 'not_configured' ? unavailableReason(report.source) : (sourceOutcomeLabels[report.status] ?? report.status);
  const problem = problemStatuses.has(report.status);
  return (
    <li className={problem ? 'text-red-800' : 'text-neutral-700'}>
      <span className="font-medium">{sourceLabel(report.source)}</span>: {report.status === 'ok' ? `${report.items} ${report.items === 1 ? 'item' : 'items'}` : outcome}
      {problem && report.error && <span> — {report.error}</span>}
      {report.retryAt && <span> (retry {relativeTimeOf(report.retryAt)})</span>}
    </li>
  );
}

/** What the newest finished run did: its outcome and, per source, what answered and what did not. */
export function RunSummary({ run }: { run: TrendRun }) {
  const summary = readRunSummary(run.summary);
  const when = run.finishedAt ?? run.createdAt;
  return (
    <section aria-label="Last refresh" className="rounded-md border border-neutral-200 bg-white p-3 text-sm">
      <p className="font-medium text-neutral-900">
        Last refresh {relativeTimeOf(when)}: {runStatusLabels[run.status]}
        {summary.trends && <span className="font-normal text-neutral-700"> · {summary.trends.created} new trends, {summary.trends.updated} updated</span>}
      </p>
      {summary.reason && <p className="mt-1 text-neutral-700">{summary.reason}</p>}
      {summary.error && <p className="mt-1 text-red-800">{summary.error}</p>}
      {summary.sources.length > 0 && (
        <ul aria-label="Sources in the last refresh" className="mt-2 grid gap-x-6 gap-y-0.5 sm:grid-cols-2">
          {summary.sources.map((report) => (
            <SourceOutcome key={report.source} report={report} />
          ))}
        </ul>
      )}
    </section>
  );
}
