import Ajv from 'ajv';
import Ajv2020 from 'ajv/dist/2020';
import type { ErrorObject, Options, ValidateFunction } from 'ajv';
import addFormats from 'ajv-formats';
import type { JsonSchema, OpenApiDocument } from './openapi-document';

export interface SchemaOptions {
  /**
   * Treat `oneOf` as `anyOf`. Generated specs (Mastodon's) use `oneOf` for variants that overlap —
   * a status with text and media matches both TextStatus and MediaStatus — so a strict `oneOf`
   * rejects requests the real server accepts.
   */
  oneOfAsAnyOf?: boolean;
}

type Ajvish = Ajv | Ajv2020;

/** Walks a JSON value, rewriting objects bottom-up. */
function mapObjects(value: unknown, rewrite: (object: Record<string, unknown>) => Record<string, unknown>): unknown {
  if (Array.isArray(value)) return value.map((item) => mapObjects(item, rewrite));
  if (value === null || typeof value !== 'object') return value;
  const copy: Record<string, unknown> = {};
  for (const [key, child] of Object.entries(value)) copy[key] = mapObjects(child, rewrite);
  return rewrite(copy);
}

function collectFormats(value: unknown, found: Set<string>): Set<string> {
  if (Array.isArray(value)) for (const item of value) collectFormats(item, found);
  else if (value !== null && typeof value === 'object') {
    for (const [key, child] of Object.entries(value)) {
      if (key === 'format' && typeof child === 'string') found.add(child);
      else collectFormats(child, found);
    }
  }
  return found;
}

/**
 * Compiles the schemas of one OpenAPI document with ajv: draft-07 (plus OpenAPI's `nullable`,
 * which ajv knows) for 3.0, JSON Schema 2020-12 for 3.1. The document's components are registered
 * under `documentId`, and `#/components/…` references in operation schemas are qualified with
 * it, so every operation shares one compiled copy of each component.
 */
export class OpenApiSchemas {
  private readonly strict: Ajvish;
  private readonly coercing: Ajvish;
  private readonly compiled = new Map<string, ValidateFunction>();
  private readonly documentId: string;

  constructor(
    document: OpenApiDocument,
    private readonly options: SchemaOptions = {},
  ) {
    this.documentId = `https://specs.socialseed.invalid/${encodeURIComponent(document.info.title)}/${document.info.version}`;
    const is31 = document.openapi.startsWith('3.1');
    // strict:false because OpenAPI adds keywords JSON Schema lacks (example, discriminator, xml).
    const base: Options = { allErrors: true, strict: false, logger: false, validateSchema: false };
    this.strict = is31 ? new Ajv2020(base) : new Ajv(base);
    // Query, path, header and form values are text on the wire; servers decode them by schema.
    this.coercing = is31 ? new Ajv2020({ ...base, coerceTypes: 'array' }) : new Ajv({ ...base, coerceTypes: 'array' });
    const components = this.prepare({ components: document.components ?? {} });
    const vendorFormats = collectFormats(components, new Set());
    for (const ajv of [this.strict, this.coercing]) {
      addFormats(ajv);
      // Vendor formats (int32 is known; `scopes`, `iso-639-1`, `long` are not) carry no rule.
      for (const format of vendorFormats) if (!ajv.formats[format]) ajv.addFormat(format, true);
      ajv.addSchema({ ...(components as Record<string, unknown>), $id: this.documentId }, undefined, undefined, false);
    }
  }

  /** Validates `data` against an operation-level schema; the errors, or an empty list. */
  validate(cacheKey: string, schema: JsonSchema, data: unknown, coerce: boolean): ErrorObject[] {
    const key = `${coerce ? 'c' : 's'}:${cacheKey}`;
    let validateFunction = this.compiled.get(key);
    if (!validateFunction) {
      const ajv = coerce ? this.coercing : this.strict;
      for (const format of collectFormats(schema, new Set())) if (!ajv.formats[format]) ajv.addFormat(format, true);
      const prepared = this.prepare(schema);
      validateFunction = ajv.compile(typeof prepared === 'boolean' ? prepared : (prepared as Record<string, unknown>));
      this.compiled.set(key, validateFunction);
    }
    // Coercion rewrites values in place; the caller's data stays as received.
    const subject = coerce ? structuredClone(data) : data;
    return validateFunction(subject) ? [] : [...(validateFunction.errors ?? [])];
  }

  private prepare(schema: unknown): unknown {
    return mapObjects(schema, (object) => {
      const rewritten = { ...object };
      if (typeof rewritten.$ref === 'string' && rewritten.$ref.startsWith('#/')) rewritten.$ref = `${this.documentId}${rewritten.$ref}`;
      if (this.options.oneOfAsAnyOf && Array.isArray(rewritten.oneOf)) {
        rewritten.anyOf = rewritten.oneOf;
        delete rewritten.oneOf;
      }
      return rewritten;
    });
  }
}

/** `/reply must NOT have additional properties 'card'` — one line per ajv error. */
export function describeAjvError(error: ErrorObject): string {
  const where = error.instancePath ? `${error.instancePath} ` : '';
  const params = error.params as Record<string, unknown>;
  const detail =
    typeof params.additionalProperty === 'string'
      ? ` '${params.additionalProperty}'`
      : Array.isArray(params.allowedValues)
        ? ` ${JSON.stringify(params.allowedValues.slice(0, 12))}${params.allowedValues.length > 12 ? ' …' : ''}`
        : '';
  return `${where}${error.message ?? 'is invalid'}${detail}`;
}
