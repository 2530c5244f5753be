import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { getSafetyLists } from '../../api/ai.ts';
import { queryKeys } from '../../api/query-keys.ts';
import type { Brand } from '../../api/schemas/brand.ts';
import { FormAlert } from '../../components/FormAlert.tsx';
import { LoadingState } from '../../components/LoadingState.tsx';
import { SelectField } from '../../components/SelectField.tsx';
import { SafetyListsForm } from './SafetyListsForm.tsx';

/** Per brand, the words it never uses and the topics it stays away from; checked on every AI text. */
export function BrandSafetyLists({ brands, editable }: { brands: Brand[]; editable: boolean }) {
  const [brandId, setBrandId] = useState(brands[0]?.id ?? '');
  const lists = useQuery({ queryKey: queryKeys.safetyLists(brandId), queryFn: () => getSafetyLists(brandId), enabled: brandId !== '' });
  if (brands.length === 0) return <p className="text-sm text-neutral-600">Create a brand first.</p>;
  return (
    <div className="space-y-4">
      <div className="max-w-xs">
        <SelectField label="Brand for safety lists" value={brandId} onChange={setBrandId} options={brands.map((brand) => ({ value: brand.id, label: brand.name }))} />
      </div>
      {lists.isPending && <LoadingState label="Loading the brand’s lists…" />}
      {lists.isError && <FormAlert error={lists.error} />}
      {/* Keyed by brand so switching brands starts from that brand's saved lists. */}
      {lists.data && <SafetyListsForm key={brandId} brandId={brandId} lists={lists.data} editable={editable} />}
    </div>
  );
}
