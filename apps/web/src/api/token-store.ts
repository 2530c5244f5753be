/**
 * Where the client keeps who is calling and for which organization.
 * The access token lives only in memory (never in storage, so a script injected later
 * cannot read a saved copy); the refresh token is an httpOnly cookie the browser manages.
 * The chosen organization survives reloads in localStorage because it is not a secret.
 */
const organizationStorageKey = 'socialseed.organizationId';

let accessToken: string | null = null;

export function getAccessToken(): string | null {
  return accessToken;
}

export function setAccessToken(token: string | null): void {
  accessToken = token;
}

export function getOrganizationId(): string | null {
  try {
    return localStorage.getItem(organizationStorageKey);
  } catch {
    // Storage can be disabled (private modes, policies); the server then picks the first organization.
    return null;
  }
}

export function setOrganizationId(organizationId: string | null): void {
  try {
    if (organizationId) localStorage.setItem(organizationStorageKey, organizationId);
    else localStorage.removeItem(organizationStorageKey);
  } catch {
    // See getOrganizationId: without storage the choice simply does not survive a reload.
  }
}
