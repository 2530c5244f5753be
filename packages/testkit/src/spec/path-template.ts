/**
 * OpenAPI path templates (`/2/tweets/{id}`), shared by the request validator and the fake
 * servers' routers so both agree on which operation a URL is.
 */
export interface TemplateMatch {
  template: string;
  params: Record<string, string>;
  /** Literal segments matched; a higher count is a more specific template. */
  literals: number;
}

function segments(value: string): string[] {
  return value.split('/').filter((segment) => segment !== '');
}

/** Matches one template; a `{name}` segment takes exactly one non-empty path segment. */
export function matchTemplate(template: string, pathname: string): TemplateMatch | null {
  const wanted = segments(template);
  const actual = segments(pathname);
  if (wanted.length !== actual.length) return null;
  const params: Record<string, string> = {};
  let literals = 0;
  for (const [index, part] of wanted.entries()) {
    const value = actual[index] ?? '';
    const name = /^\{([^}]+)\}$/.exec(part)?.[1];
    if (name !== undefined) {
      try {
        params[name] = decodeURIComponent(value);
      } catch {
        return null;
      }
    } else if (part === value) {
      literals += 1;
    } else {
      return null;
    }
  }
  return { template, params, literals };
}

/**
 * The most specific of several templates: `/2/tweets/search/recent` beats `/2/tweets/{id}/…`
 * style look-alikes because literal segments outrank parameters, as OpenAPI prescribes.
 */
export function bestTemplateMatch(templates: Iterable<string>, pathname: string): TemplateMatch | null {
  let best: TemplateMatch | null = null;
  for (const template of templates) {
    const match = matchTemplate(template, pathname);
    if (match && (!best || match.literals > best.literals)) best = match;
  }
  return best;
}
