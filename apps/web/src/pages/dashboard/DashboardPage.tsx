import { Link } from 'react-router';
import { buttonClassName } from '../../components/button-styles.ts';
import { FormAlert } from '../../components/FormAlert.tsx';
import { LoadingState } from '../../components/LoadingState.tsx';
import { PageHeader } from '../../components/PageHeader.tsx';
import { useBrands } from '../../hooks/use-brands.ts';
import { useCurrentOrganization } from '../../hooks/use-current-organization.ts';
import { BrandCard } from '../brands/BrandCard.tsx';
import { NoBrandsYet } from './NoBrandsYet.tsx';

export function DashboardPage() {
  const brands = useBrands();
  const organization = useCurrentOrganization();
  const title = organization.data ? organization.data.organization.name : 'Dashboard';
  return (
    <>
      <PageHeader
        title={title}
        description="Your brands at a glance."
        actions={
          brands.data && brands.data.length > 0 ? (
            <Link to="/brands/new" className={buttonClassName('primary')}>
              New brand
            </Link>
          ) : undefined
        }
      />
      {brands.isPending && <LoadingState label="Loading brands…" />}
      {brands.isError && <FormAlert error={brands.error} />}
      {brands.data?.length === 0 && <NoBrandsYet />}
      {brands.data && brands.data.length > 0 && (
        <ul aria-label="Brands" className="grid gap-4 sm:grid-cols-2 lg:grid-cols-3">
          {brands.data.map((brand) => (
            <BrandCard key={brand.id} brand={brand} />
          ))}
        </ul>
      )}
    </>
  );
}
