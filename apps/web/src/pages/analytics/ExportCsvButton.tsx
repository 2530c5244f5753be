import { useMutation } from '@tanstack/react-query';
import { exportAnalyticsCsv } from '../../api/analytics.ts';
import { Button } from '../../components/Button.tsx';
import { FormAlert } from '../../components/FormAlert.tsx';
import { rangeOf, type PeriodDays } from './analytics-period.ts';

/** "acme-pay" from "Acme Pay!": a file name part without spaces or punctuation. */
function slug(text: string): string {
  return text.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '') || 'brand';
}

/** Hands a downloaded file to the browser as if a link had been followed. */
function saveFile(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  // Revoked on the next turn: the click has started the download by then.
  setTimeout(() => URL.revokeObjectURL(url), 0);
}

/**
 * "Export CSV": the period's per-post figures. Fetched with the access token (a plain link would
 * go out without it and be refused), then saved as a file.
 */
export function ExportCsvButton({ brandId, brandName, days }: { brandId: string; brandName: string; days: PeriodDays }) {
  const exportCsv = useMutation({
    mutationFn: async () => {
      const range = rangeOf(brandId, days);
      const blob = await exportAnalyticsCsv(range);
      saveFile(blob, `socialseed-${slug(brandName)}-${range.from.slice(0, 10)}-to-${range.to.slice(0, 10)}.csv`);
    },
  });
  return (
    <div className="flex flex-col items-end gap-2">
      <Button variant="secondary" busy={exportCsv.isPending} busyLabel="Exporting…" onClick={() => exportCsv.mutate()}>
        Export CSV
      </Button>
      <FormAlert error={exportCsv.error} />
    </div>
  );
}
