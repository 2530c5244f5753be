import { Link } from 'react-router';
import type { Brand } from '../../api/schemas/brand.ts';
import { buttonClassName } from '../../components/button-styles.ts';
import { capitalise } from '../../components/labels.ts';
import { StatusBadge } from '../../components/StatusBadge.tsx';
import { LogoPreview } from '../../components/LogoPreview.tsx';
import { brandSetupPath } from './brand-links.ts';

export function BrandCard({ brand }: { brand: Brand }) {
  const isDraft = brand.status === 'draft';
  return (
    <li className="flex flex-col rounded-lg border border-neutral-200 bg-white p-5 shadow-sm">
      <div className="flex items-start justify-between gap-2">
        <div className="flex items-center gap-3">
          {brand.logoMediaId && <LogoPreview mediaId={brand.logoMediaId} alt="" size="small" />}
          <h2 className="text-base font-semibold text-neutral-900">{brand.name}</h2>
        </div>
        <StatusBadge label={isDraft ? 'Draft' : 'Active'} tone={isDraft ? 'draft' : 'active'} />
      </div>
      <p className="mt-1 text-sm text-neutral-600">{capitalise(brand.industry)}</p>
      {brand.colors && (
        <div className="mt-3 flex gap-1" aria-hidden="true">
          {[brand.colors.primary, brand.colors.secondary, brand.colors.accent].filter(Boolean).map((colour) => (
            <span key={colour} className="size-5 rounded-full border border-neutral-200" style={{ backgroundColor: colour ?? undefined }} />
          ))}
        </div>
      )}
      <div className="mt-4 pt-2">
        <Link to={brandSetupPath(brand)} className={buttonClassName(isDraft ? 'primary' : 'secondary')}>
          {isDraft ? 'Resume setup' : 'Edit brand'}
          <span className="sr-only"> for {brand.name}</span>
        </Link>
      </div>
    </li>
  );
}
