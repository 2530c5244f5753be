import { AppError } from '../errors';
import type { Repositories } from '../ports/repositories';
import type { Actor } from '../shared/actor';
import type { BrandRecord } from './brand';

/**
 * The actor's brand by id. Brands are always looked up inside the actor's organization, so
 * another organization's id answers "not found" exactly like an id that does not exist.
 */
export async function loadBrand(repos: Pick<Repositories, 'brands'>, actor: Actor, brandId: string): Promise<BrandRecord> {
  const brand = await repos.brands.findById(actor.organizationId, brandId);
  if (!brand) throw AppError.notFound('Brand');
  return brand;
}

/**
 * Like `loadBrand`, but locks the row until the transaction ends, so concurrent saves of one
 * brand apply one after the other and each audit row's "before" is what was really replaced.
 */
export async function loadBrandForUpdate(repos: Pick<Repositories, 'brands'>, actor: Actor, brandId: string): Promise<BrandRecord> {
  const brand = await repos.brands.findByIdForUpdate(actor.organizationId, brandId);
  if (!brand) throw AppError.notFound('Brand');
  return brand;
}

/**
 * A logo must be an image of the same organization; a foreign id is reported as a bad field, never
 * revealed. Videos are refused: a logo is drawn on graphics and shown as an <img>.
 */
export async function assertLogoInOrganization(
  repos: Pick<Repositories, 'media'>,
  organizationId: string,
  logoMediaId: string | null | undefined,
): Promise<void> {
  if (!logoMediaId) return;
  const media = await repos.media.findById(organizationId, logoMediaId, 'share');
  if (!media) throw AppError.invalid([{ field: 'logoMediaId', message: 'No uploaded image with this id in your organization' }]);
  if (media.kind !== 'image') throw AppError.invalid([{ field: 'logoMediaId', message: 'The logo must be an image, not a video' }], 'Choose an image as the logo.');
}
