import { Link } from 'react-router';
import { buttonClassName } from '../../components/button-styles.ts';

export function NoBrandsYet() {
  return (
    <div className="rounded-lg border border-dashed border-neutral-300 bg-white px-6 py-12 text-center">
      <h2 className="text-base font-semibold text-neutral-900">No brands yet</h2>
      <p className="mx-auto mt-1 max-w-sm text-sm text-neutral-600">
        A brand holds the look, voice and audience Socialseed writes for. Setting one up takes about five minutes.
      </p>
      <Link to="/brands/new" className={buttonClassName('primary', 'mt-6')}>
        Create your first brand
      </Link>
    </div>
  );
}
