import { deref, type JsonSchema, type OpenApiDocument, type OpenApiParameter } from './openapi-document';
import type { UploadedFile } from './request-body';

/** The schema's `type` list after following a reference (3.1 allows `["array", "null"]`). */
export function schemaTypes(document: OpenApiDocument, schema: JsonSchema | undefined): string[] {
  if (schema === undefined || typeof schema === 'boolean') return [];
  const resolved = deref<Record<string, unknown>>(document, schema);
  const type = resolved.type;
  if (typeof type === 'string') return [type];
  return Array.isArray(type) ? type.filter((item): item is string => typeof item === 'string') : [];
}

/**
 * A query parameter's value as the schema expects it: form style (the OpenAPI default) repeats
 * the key for arrays, `explode: false` joins them with commas (X's `ids=1,2`), and Rails-style
 * names (`types[]`) arrive with the brackets. Undefined when absent.
 */
export function readQueryParam(document: OpenApiDocument, parameter: OpenApiParameter, query: URLSearchParams, options: { railsArrays?: boolean } = {}): unknown {
  const isArray = schemaTypes(document, parameter.schema).includes('array');
  // Rails (Mastodon) reads an array only from `name[]`; the spec names the parameter `name`.
  if (options.railsArrays && isArray && !parameter.name.endsWith('[]')) {
    const values = query.getAll(`${parameter.name}[]`);
    return values.length === 0 ? undefined : values;
  }
  const values = query.getAll(parameter.name);
  if (values.length === 0) return undefined;
  if (!isArray) return values.length === 1 ? values[0] : values;
  const style = parameter.style ?? 'form';
  const explode = parameter.explode ?? style === 'form';
  if (explode) return values;
  const separator = style === 'pipeDelimited' ? '|' : style === 'spaceDelimited' ? ' ' : ',';
  return values.flatMap((value) => value.split(separator));
}

type FieldTree = { [key: string]: FieldTree | string | Array<string | FieldTree> };

function setPath(tree: FieldTree, keys: string[], value: string): void {
  const [head, ...rest] = keys;
  if (head === undefined) return;
  if (rest.length === 0) {
    tree[head] = value;
    return;
  }
  if (rest[0] === '' && rest.length === 1) {
    const existing = tree[head];
    if (Array.isArray(existing)) existing.push(value);
    else tree[head] = [value];
    return;
  }
  const child = tree[head];
  const next: FieldTree = child !== undefined && typeof child === 'object' && !Array.isArray(child) ? child : {};
  tree[head] = next;
  setPath(next, rest, value);
}

/**
 * Form and multipart fields as the object the body schema describes: `poll[options][]=a`
 * becomes `{ poll: { options: ['a'] } }` (Rails conventions, which Mastodon follows). A file part
 * stands in as a string, which is what `format: binary` describes.
 */
export function fieldsToObject(fields: Record<string, string[]>, files: Record<string, UploadedFile[]> = {}): FieldTree {
  const tree: FieldTree = {};
  const entries: Array<[string, string]> = [];
  for (const [name, values] of Object.entries(fields)) for (const value of values) entries.push([name, value]);
  for (const [name, list] of Object.entries(files)) for (const file of list) entries.push([name, `<${file.mimeType || 'file'}: ${file.bytes.length} bytes>`]);
  for (const [name, value] of entries) {
    const keys = /^([^[\]]+)((?:\[[^[\]]*\])*)$/.exec(name);
    const head = keys?.[1];
    if (!keys || head === undefined) {
      tree[name] = value;
      continue;
    }
    const nested = [...(keys[2] ?? '').matchAll(/\[([^[\]]*)\]/g)].map((match) => match[1] ?? '');
    setPath(tree, [head, ...nested], value);
  }
  return tree;
}
