import type { ReactNode } from 'react';
import type { RankedTrend } from '../../api/schemas/trend.ts';

/** The embedding model the server names when no embeddings provider is configured. */
const offlineEmbeddingModel = 'lexical-v1';

/** True when every trend shown came from the Sandbox alone: the installation is in offline mode. */
export function onlySandboxTrends(trends: readonly RankedTrend[]): boolean {
  return trends.length > 0 && trends.every(({ trend }) => trend.sources.every((source) => source === 'sandbox'));
}

function Notice({ label, children }: { label: string; children: ReactNode }) {
  return (
    <section aria-label={label} className="rounded-md border border-amber-200 bg-amber-50 p-3 text-sm text-amber-900">
      {children}
    </section>
  );
}

/** Says plainly when the ranking runs on the offline fallbacks, so nobody mistakes it for more. */
export function TrendNotices({ embeddingModel, trends }: { embeddingModel: string; trends: readonly RankedTrend[] }) {
  return (
    <>
      {onlySandboxTrends(trends) && (
        <Notice label="Offline mode">
          <p className="font-semibold">Offline mode: only Sandbox trends</p>
          <p className="mt-1">
            Every trend below is simulated by the built-in Sandbox source, not reported by a real one. Turn on public sources (or add keys for Reddit, NewsAPI or X) to follow
            real stories.
          </p>
        </Notice>
      )}
      {embeddingModel === offlineEmbeddingModel && (
        <Notice label="Relevance model">
          <p>
            Relevance uses the offline lexical model; configure <code className="font-mono">EMBEDDINGS_*</code> for semantic matching.
          </p>
        </Notice>
      )}
    </>
  );
}
