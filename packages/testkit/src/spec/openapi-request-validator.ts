import { deref, httpMethods, loadOpenApiDocument, type OpenApiDocument, type OpenApiOperation, type OpenApiParameter, type OpenApiRequestBody } from './openapi-document';
import { fieldsToObject, readQueryParam, schemaTypes } from './openapi-params';
import { describeAjvError, OpenApiSchemas, type SchemaOptions } from './openapi-schemas';
import { bestTemplateMatch, matchTemplate } from './path-template';
import { parseBody, type ParsedBody } from './request-body';
import { checkSecurity } from './openapi-security';

/** One way a request breaks the spec; `where` names the part (`query.ids`, `body`, `security` …). */
export interface SpecViolation {
  operation: string;
  where: string;
  message: string;
}

/** A request as it reached (or would reach) the server. Header names are lower-case. */
export interface SpecRequest {
  method: string;
  path: string;
  query: URLSearchParams;
  headers: Record<string, string | undefined>;
  body: ParsedBody;
}

export interface ValidatorOptions extends SchemaOptions {
  /** Flag query parameters the operation does not declare (X answers 400 to them). Default true. */
  rejectUnknownQuery?: boolean;
  /**
   * The server is Rails (Mastodon): an array query parameter the spec names `id` is read only as
   * `id[]=1&id[]=2`, and a plain repeated `id` would be read as its last value alone, so it is a
   * violation. Default false (OpenAPI's own form style).
   */
  railsArrayQuery?: boolean;
  specsDir?: string;
}

export interface ResolvedOperation {
  template: string;
  method: string;
  operation: OpenApiOperation;
  pathParams: Record<string, string>;
}

// Per OpenAPI these headers are described elsewhere (security, requestBody), not as parameters.
const reservedHeaders = new Set(['accept', 'content-type', 'authorization']);

/**
 * Checks requests against one OpenAPI document (3.0 or 3.1): the operation exists, path and query
 * parameters and declared headers match their schemas, required ones are present, credentials the
 * security requirements name are sent, and the body (JSON, form-urlencoded or multipart field
 * names and values) matches the operation's schema. Reports violations instead of throwing, so a
 * fake server can answer 400 and keep a list that tests assert is empty.
 */
export class OpenApiRequestValidator {
  readonly document: OpenApiDocument;
  private readonly schemas: OpenApiSchemas;
  private readonly rejectUnknownQuery: boolean;
  private readonly railsArrayQuery: boolean;

  constructor(document: OpenApiDocument, options: ValidatorOptions = {}) {
    this.document = document;
    this.schemas = new OpenApiSchemas(document, options);
    this.rejectUnknownQuery = options.rejectUnknownQuery ?? true;
    this.railsArrayQuery = options.railsArrayQuery ?? false;
  }

  /** The operation for a method and a concrete path, or for a known template when given. */
  findOperation(method: string, path: string, template?: string): ResolvedOperation | null {
    const lower = method.toLowerCase();
    const match = template ? matchTemplate(template, path) : bestTemplateMatch(Object.keys(this.document.paths).filter((candidate) => this.document.paths[candidate]?.[lower]), path);
    const item = match ? this.document.paths[match.template] : undefined;
    const operation = item?.[lower];
    if (!match || !operation || Array.isArray(operation) || !(httpMethods as readonly string[]).includes(lower)) return null;
    return { template: match.template, method: lower, operation, pathParams: match.params };
  }

  /** Parameters of the path item and the operation, the operation's winning on name + location. */
  parameters(resolved: ResolvedOperation): OpenApiParameter[] {
    const item = this.document.paths[resolved.template];
    const shared = Array.isArray(item?.parameters) ? item.parameters : [];
    const byKey = new Map<string, OpenApiParameter>();
    for (const raw of [...shared, ...(resolved.operation.parameters ?? [])]) {
      const parameter = deref<OpenApiParameter>(this.document, raw);
      byKey.set(`${parameter.in}:${parameter.name}`, parameter);
    }
    return [...byKey.values()];
  }

  /** Scopes the operation's OAuth2 requirements name, for fakes that enforce token scopes. */
  oauthScopes(method: string, template: string): string[] | null {
    const operation = this.document.paths[template]?.[method.toLowerCase()];
    if (!operation || Array.isArray(operation)) return null;
    const requirements = operation.security ?? this.document.security ?? [];
    const schemes = this.document.components?.securitySchemes ?? {};
    for (const requirement of requirements) {
      for (const [name, scopes] of Object.entries(requirement)) if (schemes[name]?.type === 'oauth2') return scopes;
    }
    return null;
  }

  validate(request: SpecRequest, template?: string): SpecViolation[] {
    const resolved = this.findOperation(request.method, request.path, template);
    const label = `${request.method.toUpperCase()} ${template ?? request.path}`;
    if (!resolved) return [{ operation: label, where: 'operation', message: `${this.document.info.title} has no operation ${label}` }];
    const operation = `${request.method.toUpperCase()} ${resolved.template}`;
    const messages = [
      ...checkSecurity(this.document, resolved.operation, request.headers, request.query),
      ...this.checkParameters(resolved, request),
      ...this.checkBody(resolved, request.body),
    ];
    // anyOf branches repeat the same complaint; one copy is enough.
    const unique = new Map(messages.map(([where, message]) => [`${where}\u0000${message}`, { operation, where, message }]));
    return [...unique.values()];
  }

  /** Builds the SpecRequest from raw parts, e.g. what a node:http server received. */
  async validateRaw(input: { method: string; url: string; headers: Record<string, string | undefined>; body?: Buffer }, template?: string): Promise<SpecViolation[]> {
    const url = new URL(input.url, 'http://validator.invalid');
    const body = await parseBody(input.headers['content-type'], input.body ?? Buffer.alloc(0));
    return this.validate({ method: input.method, path: url.pathname, query: url.searchParams, headers: input.headers, body }, template);
  }

  private checkParameters(resolved: ResolvedOperation, request: SpecRequest): Array<[string, string]> {
    const found: Array<[string, string]> = [];
    const key = `${resolved.method} ${resolved.template}`;
    const declared = this.parameters(resolved);
    for (const parameter of declared) {
      if (parameter.in === 'cookie' || (parameter.in === 'header' && reservedHeaders.has(parameter.name.toLowerCase()))) continue;
      const where = `${parameter.in}.${parameter.name}`;
      let value: unknown;
      if (parameter.in === 'path') value = resolved.pathParams[parameter.name];
      else if (parameter.in === 'query') value = readQueryParam(this.document, parameter, request.query, { railsArrays: this.railsArrayQuery });
      else value = request.headers[parameter.name.toLowerCase()];
      if (value === undefined || value === '') {
        if (parameter.required || parameter.in === 'path') found.push([where, 'is required']);
        continue;
      }
      // A header declared with a non-scalar schema is a spec slip (Mastodon's Idempotency-Key says "object").
      if (parameter.in === 'header' && !isScalarSchema(this.document, parameter.schema)) continue;
      if (parameter.schema === undefined) continue;
      for (const error of this.schemas.validate(`${key} ${where}`, parameter.schema, value, true)) found.push([where, describeAjvError(error)]);
    }
    if (this.rejectUnknownQuery) {
      const names = new Set(
        declared
          .filter((parameter) => parameter.in === 'query')
          .map((parameter) => (this.railsArrayQuery && schemaTypes(this.document, parameter.schema).includes('array') && !parameter.name.endsWith('[]') ? `${parameter.name}[]` : parameter.name)),
      );
      for (const name of new Set(request.query.keys())) if (!names.has(name)) found.push([`query.${name}`, 'is not a parameter of this operation']);
    }
    return found;
  }

  private checkBody(resolved: ResolvedOperation, body: ParsedBody): Array<[string, string]> {
    const definition = resolved.operation.requestBody ? deref<OpenApiRequestBody>(this.document, resolved.operation.requestBody) : undefined;
    if (body.kind === 'none') return definition?.required ? [['body', 'is required']] : [];
    if (!definition) return [['body', 'this operation takes no request body']];
    const content = definition.content ?? {};
    const [mediaType, major] = [body.mediaType, body.mediaType.split('/')[0]];
    const entry = content[mediaType] ?? content[`${major}/*`] ?? content['*/*'];
    if (!entry) return [['content-type', `${mediaType || '(none)'} is not one of ${Object.keys(content).join(', ')}`]];
    if (body.kind === 'invalid') return [['body', `cannot be parsed as ${mediaType}: ${body.error}`]];
    if (!entry.schema || body.kind === 'other') return [];
    const key = `${resolved.method} ${resolved.template} body ${mediaType}`;
    const data = body.kind === 'json' ? body.value : fieldsToObject(body.fields, body.kind === 'multipart' ? body.files : {});
    return this.schemas.validate(key, entry.schema, data, body.kind !== 'json').map((error) => ['body', describeAjvError(error)]);
  }
}

function isScalarSchema(document: OpenApiDocument, schema: OpenApiParameter['schema']): boolean {
  if (schema === undefined || typeof schema === 'boolean') return false;
  const resolved = deref<Record<string, unknown>>(document, schema);
  const types = Array.isArray(resolved.type) ? resolved.type : [resolved.type];
  return types.every((type) => type === undefined || ['string', 'integer', 'number', 'boolean', 'null'].includes(String(type)));
}

const validators = new Map<string, OpenApiRequestValidator>();

/**
 * The validator of a shared spec, built once per process: `openApiValidator('x/openapi.json')`.
 * Options are part of the cache key, so callers that differ in strictness do not share one.
 */
export function openApiValidator(relativePath: string, options: ValidatorOptions = {}): OpenApiRequestValidator {
  const key = `${relativePath} ${JSON.stringify(options)}`;
  let validator = validators.get(key);
  if (!validator) {
    validator = new OpenApiRequestValidator(loadOpenApiDocument(relativePath, options.specsDir), options);
    validators.set(key, validator);
  }
  return validator;
}
