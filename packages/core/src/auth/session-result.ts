import type { OrganizationSummary, UserRecord } from '../ports/entities';

/** What a client receives after signing in or refreshing. */
export interface SessionResult {
  accessToken: string;
  expiresIn: number;
  user: PublicUser;
  organizations: OrganizationSummary[];
}

export interface PublicUser {
  id: string;
  email: string;
  name: string;
  emailVerified: boolean;
  createdAt: Date;
}

export function toPublicUser(user: UserRecord): PublicUser {
  return {
    id: user.id,
    email: user.email,
    name: user.name,
    emailVerified: user.emailVerifiedAt !== null,
    createdAt: user.createdAt,
  };
}
