import type { OpenApiDocument, OpenApiOperation, SecurityScheme } from './openapi-document';

function satisfies(scheme: SecurityScheme | undefined, headers: Record<string, string | undefined>, query: URLSearchParams): boolean {
  if (!scheme) return false;
  const authorization = headers.authorization ?? '';
  switch (scheme.type) {
    case 'oauth2':
    case 'openIdConnect':
      return /^Bearer \S+/i.test(authorization);
    case 'http':
      return new RegExp(`^${scheme.scheme ?? 'bearer'} \\S+`, 'i').test(authorization);
    case 'apiKey':
      if (scheme.in === 'query') return query.has(scheme.name ?? '');
      if (scheme.in === 'header') return Boolean(headers[(scheme.name ?? '').toLowerCase()]);
      return true;
    default:
      // mutualTLS happens below HTTP; nothing to see in the request.
      return true;
  }
}

/**
 * Whether the request carries the credentials one of the operation's security alternatives
 * names (an empty alternative, `{}`, means anonymous access is allowed). Scopes are not checked
 * here: a request cannot show them; the fakes enforce them against the tokens they issued.
 */
export function checkSecurity(document: OpenApiDocument, operation: OpenApiOperation, headers: Record<string, string | undefined>, query: URLSearchParams): Array<[string, string]> {
  const requirements = operation.security ?? document.security ?? [];
  if (requirements.length === 0) return [];
  const schemes = document.components?.securitySchemes ?? {};
  const met = requirements.some((requirement) => Object.keys(requirement).every((name) => satisfies(schemes[name], headers, query)));
  if (met) return [];
  const named = requirements.map((requirement) => Object.keys(requirement).join(' + ') || 'anonymous').join(' or ');
  return [['security', `no credentials for ${named} (e.g. Authorization: Bearer …)`]];
}
