import { postStatuses } from '../../api/schemas/post.ts';
import { postStatusLabels } from '../../components/post-status-labels.ts';
import { SelectField } from '../../components/SelectField.tsx';
import { TextField } from '../../components/TextField.tsx';

export interface PostFilterValues {
  status: string;
  search: string;
  tag: string;
}

const statusOptions = postStatuses.map((status) => ({ value: status, label: postStatusLabels[status].label }));

export function PostFilters({ values, onChange }: { values: PostFilterValues; onChange: (values: PostFilterValues) => void }) {
  return (
    <div role="search" aria-label="Filter posts" className="mb-4 grid gap-3 sm:grid-cols-3">
      <SelectField label="Status" value={values.status} onChange={(status) => onChange({ ...values, status })} options={statusOptions} placeholder="Any status" />
      <TextField label="Search" type="search" value={values.search} onChange={(search) => onChange({ ...values, search })} placeholder="Words in the text" />
      <TextField label="Tag" value={values.tag} onChange={(tag) => onChange({ ...values, tag })} placeholder="e.g. launch" />
    </div>
  );
}
