import { useBrands } from '../../hooks/use-brands.ts';

/** Names a brand by id for lists of posts; "—" until brands load or for a deleted brand. */
export function useBrandName(): (brandId: string) => string {
  const brands = useBrands();
  return (brandId) => brands.data?.find((brand) => brand.id === brandId)?.name ?? '—';
}
