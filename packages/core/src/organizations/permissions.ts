import { AppError } from '../errors';
import type { Role } from './roles';

/**
 * The one permission table. Every route names one action; the HTTP layer checks it before the use
 * case runs, and use cases check again for finer rules (e.g. only owners manage owners).
 */
export const permissions = {
  'organization.read': ['owner', 'admin', 'manager', 'editor', 'viewer'],
  'organization.update': ['owner', 'admin'],
  'members.read': ['owner', 'admin', 'manager', 'editor', 'viewer'],
  'members.invite': ['owner', 'admin'],
  'members.update': ['owner', 'admin'],
  'members.remove': ['owner', 'admin'],
  'invitations.read': ['owner', 'admin', 'manager'],
  'invitations.revoke': ['owner', 'admin'],
  'brands.read': ['owner', 'admin', 'manager', 'editor', 'viewer'],
  'brands.create': ['owner', 'admin', 'manager'],
  'brands.update': ['owner', 'admin', 'manager'],
  'brands.delete': ['owner', 'admin'],
  'media.read': ['owner', 'admin', 'manager', 'editor', 'viewer'],
  'media.upload': ['owner', 'admin', 'manager', 'editor'],
  'posts.read': ['owner', 'admin', 'manager', 'editor', 'viewer'],
  'posts.write': ['owner', 'admin', 'manager', 'editor'],
  'posts.approve': ['owner', 'admin', 'manager'],
  'posts.schedule': ['owner', 'admin', 'manager', 'editor'],
  'social_accounts.read': ['owner', 'admin', 'manager', 'editor', 'viewer'],
  'social_accounts.manage': ['owner', 'admin', 'manager'],
  'audit.read': ['owner', 'admin'],
  'outbox.read': ['owner', 'admin'],
  /** The AI studio's providers, task history and spending (prompts show brand voice, nothing secret). */
  'ai.read': ['owner', 'admin', 'manager', 'editor', 'viewer'],
  /** Trends and their per-brand scores. */
  'trends.read': ['owner', 'admin', 'manager', 'editor', 'viewer'],
  /** Force a refresh (it calls outside sources) and dismiss a trend for a brand (it changes its ranking). */
  'trends.refresh': ['owner', 'admin', 'manager', 'editor'],
  'trends.dismiss': ['owner', 'admin', 'manager', 'editor'],
  /** Budgets and the auto-approve threshold: they decide spending and what skips review. */
  'ai.settings': ['owner', 'admin'],
} as const satisfies Record<string, readonly Role[]>;

export type Permission = keyof typeof permissions;

export function can(role: Role, permission: Permission): boolean {
  return (permissions[permission] as readonly Role[]).includes(role);
}

export function assertCan(role: Role, permission: Permission): void {
  if (!can(role, permission)) {
    throw AppError.forbidden(`The ${role} role cannot perform ${permission}.`);
  }
}
