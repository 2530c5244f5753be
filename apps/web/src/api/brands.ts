import { apiRequest } from './http-client.ts';
import { brandEnvelopeSchema, brandSchema, type BrandUpdate, type Industry } from './schemas/brand.ts';
import { maxPageSize, paginated } from './schemas/common.ts';

export async function listBrands() {
  const result = await apiRequest('/brands', paginated(brandSchema), { query: { page: 1, limit: maxPageSize } });
  return result.items;
}

export async function getBrand(brandId: string) {
  const result = await apiRequest(`/brands/${encodeURIComponent(brandId)}`, brandEnvelopeSchema);
  return result.brand;
}

export async function createBrand(input: { name: string; industry: Industry; onboardingStep?: number }) {
  const result = await apiRequest('/brands', brandEnvelopeSchema, { method: 'POST', body: input });
  return result.brand;
}

export async function updateBrand(brandId: string, changes: BrandUpdate) {
  const result = await apiRequest(`/brands/${encodeURIComponent(brandId)}`, brandEnvelopeSchema, {
    method: 'PUT',
    body: changes,
  });
  return result.brand;
}

/** The server checks the brand is complete and answers 400 naming every missing field. */
export async function activateBrand(brandId: string) {
  const result = await apiRequest(`/brands/${encodeURIComponent(brandId)}/activate`, brandEnvelopeSchema, {
    method: 'POST',
  });
  return result.brand;
}
