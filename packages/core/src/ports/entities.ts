import type { Role } from '../organizations/roles';

/** Records as the domain sees them; repositories map rows to these. */
export interface UserRecord {
  id: string;
  email: string;
  name: string;
  passwordHash: string;
  emailVerifiedAt: Date | null;
  createdAt: Date;
}

export interface OrganizationRecord {
  id: string;
  name: string;
  slug: string;
  plan: 'free' | 'pro' | 'enterprise';
  maxUsers: number;
  maxSocialAccounts: number;
  requireApproval: boolean;
  createdAt: Date;
}

export interface MembershipRecord {
  id: string;
  organizationId: string;
  userId: string;
  role: Role;
  createdAt: Date;
}

export interface MemberView extends MembershipRecord {
  name: string;
  email: string;
}

export interface OrganizationSummary {
  id: string;
  name: string;
  slug: string;
  plan: OrganizationRecord['plan'];
  role: Role;
}

export interface SessionRecord {
  id: string;
  userId: string;
  refreshTokenHash: string;
  previousTokenHashes: string[];
  device: string;
  ip: string | null;
  userAgent: string | null;
  createdAt: Date;
  lastUsedAt: Date;
  expiresAt: Date;
  revokedAt: Date | null;
}

export type UserTokenPurpose = 'verify_email' | 'reset_password';

export interface UserTokenRecord {
  id: string;
  userId: string;
  purpose: UserTokenPurpose;
  expiresAt: Date;
  usedAt: Date | null;
}

export interface InvitationRecord {
  id: string;
  organizationId: string;
  email: string;
  role: Role;
  invitedByUserId: string | null;
  expiresAt: Date;
  acceptedAt: Date | null;
  revokedAt: Date | null;
  createdAt: Date;
}

export interface AuditEntry {
  organizationId: string | null;
  actorUserId: string | null;
  action: string;
  entityType: string;
  entityId: string | null;
  ip: string | null;
  userAgent: string | null;
  requestId: string | null;
  oldValues: Record<string, unknown> | null;
  newValues: Record<string, unknown> | null;
}

export interface AuditLogView extends AuditEntry {
  id: string;
  actorEmail: string | null;
  createdAt: Date;
}

export interface OutboxEmail {
  toAddress: string;
  subject: string;
  text: string;
  actionUrl: string | null;
  kind: string;
  /** Set for organization mail (invitations): that organization's admins may read it. */
  organizationId: string | null;
  /** Set for personal mail (verification, reset): only this user may read it. */
  recipientUserId: string | null;
}

export interface OutboxEmailRecord extends OutboxEmail {
  id: string;
  status: 'pending' | 'sent' | 'logged' | 'failed';
  attempts: number;
  lastError: string | null;
  createdAt: Date;
  deliveredAt: Date | null;
}
