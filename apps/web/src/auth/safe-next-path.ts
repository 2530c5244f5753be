/**
 * Only same-site paths are followed after login, so a crafted `?next=https://evil.example`
 * link cannot bounce a freshly logged-in person to another site.
 */
export function safeNextPath(next: string | null): string {
  if (!next || !next.startsWith('/') || next.startsWith('//')) return '/dashboard';
  return next;
}
