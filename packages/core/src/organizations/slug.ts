import crypto from 'node:crypto';
import type { OrganizationsRepository } from '../ports/repositories';

export function slugify(name: string): string {
  const slug = name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 48);
  return slug || 'organization';
}

/** A free slug for the name: the plain slug if unused, otherwise with a short random suffix. */
export async function uniqueSlug(organizations: OrganizationsRepository, name: string): Promise<string> {
  const base = slugify(name);
  if (!(await organizations.slugExists(base))) return base;
  for (let attempt = 0; attempt < 5; attempt++) {
    const candidate = `${base}-${crypto.randomBytes(3).toString('hex')}`;
    if (!(await organizations.slugExists(candidate))) return candidate;
  }
  return `${base}-${crypto.randomUUID().slice(0, 8)}`;
}
