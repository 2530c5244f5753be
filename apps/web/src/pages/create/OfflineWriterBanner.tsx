interface OfflineWriterBannerProps {
  /** False when no provider is configured at all; true when providers are set up but did not write. */
  providerConfigured: boolean;
  /** The server's reason for this generation (providers failed, budget spent…), if any. */
  notice: string | null | undefined;
}

/**
 * Says plainly that no model wrote these texts. There is no hosted copy of the docs, so the
 * banner names the file in the installation rather than linking to a page that may not exist.
 */
export function OfflineWriterBanner({ providerConfigured, notice }: OfflineWriterBannerProps) {
  return (
    <section aria-label="Offline writer" className="rounded-md border border-amber-200 bg-amber-50 p-4 text-sm text-amber-900">
      <h2 className="font-semibold">
        {providerConfigured ? 'Offline writer: texts come from templates' : 'Offline writer: no AI provider is configured — texts come from templates'}
      </h2>
      <p className="mt-1">
        Variants labelled “template” were written from the brand’s tone, pillars and voice samples without a language model.
        {!providerConfigured && (
          <>
            {' '}
            To write with a model, configure a provider as described in <code className="font-mono">docs/configuration.md</code> and restart the server.
          </>
        )}
      </p>
      {notice && <p className="mt-2">{notice}</p>}
    </section>
  );
}
