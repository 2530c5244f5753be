import { useMutation, useQueryClient } from '@tanstack/react-query';
import { importPosts } from '../../api/post-batch.ts';
import { queryKeys } from '../../api/query-keys.ts';
import { FormAlert } from '../../components/FormAlert.tsx';
import { LoadingState } from '../../components/LoadingState.tsx';
import { PageHeader } from '../../components/PageHeader.tsx';
import { Panel } from '../../components/Panel.tsx';
import { useBrands } from '../../hooks/use-brands.ts';
import { NoBrandsYet } from '../dashboard/NoBrandsYet.tsx';
import { CsvColumns } from './CsvColumns.tsx';
import { ImportForm } from './ImportForm.tsx';
import { ImportResults } from './ImportResults.tsx';

/** `/posts/import`: many posts at once from a spreadsheet, each row checked on its own. */
export function ImportPostsPage() {
  const brands = useBrands();
  const queryClient = useQueryClient();
  const importing = useMutation({
    mutationFn: importPosts,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: queryKeys.posts }),
  });

  return (
    <>
      <PageHeader title="Import posts" description="Create many posts at once from a CSV file, one post per row." />
      {brands.isPending && <LoadingState label="Loading brands…" />}
      {brands.isError && <FormAlert error={brands.error} />}
      {brands.data?.length === 0 && <NoBrandsYet />}
      {brands.data && brands.data.length > 0 && (
        <div className="space-y-6">
          <Panel title="Columns">
            <CsvColumns />
          </Panel>
          <Panel title="Posts to import" description="Rows with problems are listed after the import; the other rows are imported.">
            <ImportForm brands={brands.data} busy={importing.isPending} error={importing.error} onImport={(input) => importing.mutate(input)} />
          </Panel>
          {importing.data && (
            <Panel title="Results">
              <ImportResults result={importing.data} />
            </Panel>
          )}
        </div>
      )}
    </>
  );
}
