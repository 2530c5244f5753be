import { Link } from 'react-router';
import { buttonClassName } from '../../components/button-styles.ts';
import { capitalise } from '../../components/labels.ts';
import { FormAlert } from '../../components/FormAlert.tsx';
import { formatDate } from '../../components/format-date.ts';
import { LoadingState } from '../../components/LoadingState.tsx';
import { PageHeader } from '../../components/PageHeader.tsx';
import { StatusBadge } from '../../components/StatusBadge.tsx';
import { useBrands } from '../../hooks/use-brands.ts';
import { NoBrandsYet } from '../dashboard/NoBrandsYet.tsx';
import { brandSetupPath } from './brand-links.ts';

export function BrandsPage() {
  const brands = useBrands();
  return (
    <>
      <PageHeader
        title="Brands"
        description="Each brand has its own look, voice, audience and posting schedule."
        actions={<Link to="/brands/new" className={buttonClassName('primary')}>New brand</Link>}
      />
      {brands.isPending && <LoadingState label="Loading brands…" />}
      {brands.isError && <FormAlert error={brands.error} />}
      {brands.data?.length === 0 && <NoBrandsYet />}
      {brands.data && brands.data.length > 0 && (
        <div className="overflow-x-auto rounded-lg border border-neutral-200 bg-white shadow-sm">
          <table className="w-full text-left text-sm">
            <caption className="sr-only">Brands of this organization</caption>
            <thead className="border-b border-neutral-200 bg-neutral-50 text-xs uppercase text-neutral-500">
              <tr>
                <th scope="col" className="px-4 py-3">Brand</th>
                <th scope="col" className="px-4 py-3">Industry</th>
                <th scope="col" className="px-4 py-3">Status</th>
                <th scope="col" className="px-4 py-3">Updated</th>
                <th scope="col" className="px-4 py-3"><span className="sr-only">Actions</span></th>
              </tr>
            </thead>
            <tbody className="divide-y divide-neutral-100">
              {brands.data.map((brand) => (
                <tr key={brand.id}>
                  <th scope="row" className="px-4 py-3 font-medium text-neutral-900">{brand.name}</th>
                  <td className="px-4 py-3">{capitalise(brand.industry)}</td>
                  <td className="px-4 py-3">
                    <StatusBadge label={brand.status === 'draft' ? 'Draft' : 'Active'} tone={brand.status} />
                  </td>
                  <td className="px-4 py-3 text-neutral-600">{formatDate(brand.updatedAt)}</td>
                  <td className="px-4 py-3 text-right">
                    <Link to={brandSetupPath(brand)} className="font-medium text-accent-700 hover:underline">
                      {brand.status === 'draft' ? 'Resume setup' : 'Edit'}
                      <span className="sr-only"> {brand.name}</span>
                    </Link>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </>
  );
}
