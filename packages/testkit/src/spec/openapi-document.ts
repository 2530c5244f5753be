import fs from 'node:fs';
import path from 'node:path';
import { specsDir } from './specs-dir';

/** A JSON Schema as found in the document; only ajv looks inside. */
export type JsonSchema = Record<string, unknown> | boolean;

export interface OpenApiParameter {
  name: string;
  in: 'path' | 'query' | 'header' | 'cookie';
  required?: boolean;
  schema?: JsonSchema;
  style?: string;
  explode?: boolean;
}

export interface OpenApiRequestBody {
  required?: boolean;
  content?: Record<string, { schema?: JsonSchema }>;
}

export type SecurityRequirement = Record<string, string[]>;

export interface OpenApiOperation {
  operationId?: string;
  parameters?: Array<OpenApiParameter | { $ref: string }>;
  requestBody?: OpenApiRequestBody | { $ref: string };
  security?: SecurityRequirement[];
}

export interface SecurityScheme {
  type: 'http' | 'oauth2' | 'openIdConnect' | 'apiKey' | 'mutualTLS';
  scheme?: string;
  name?: string;
  in?: 'header' | 'query' | 'cookie';
}

/** The parts of an OpenAPI 3.0 / 3.1 document the request validator reads. */
export interface OpenApiDocument {
  openapi: string;
  info: { title: string; version: string };
  paths: Record<string, Record<string, OpenApiOperation | OpenApiParameter[] | undefined> | undefined>;
  components?: { schemas?: Record<string, JsonSchema>; securitySchemes?: Record<string, SecurityScheme> } & Record<string, unknown>;
  security?: SecurityRequirement[];
}

export const httpMethods = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace'] as const;

function isDocument(value: unknown): value is OpenApiDocument {
  if (value === null || typeof value !== 'object') return false;
  const record = value as Record<string, unknown>;
  return typeof record.openapi === 'string' && typeof record.paths === 'object' && record.paths !== null;
}

const loaded = new Map<string, OpenApiDocument>();

/**
 * Reads an OpenAPI document, e.g. `loadOpenApiDocument('x/openapi.json')`, relative to the shared
 * specs folder; parsed once per process because the Mastodon document alone is 1.4 MB.
 */
export function loadOpenApiDocument(relativePath: string, root: string = specsDir()): OpenApiDocument {
  const file = path.resolve(root, relativePath);
  let document = loaded.get(file);
  if (!document) {
    if (!fs.existsSync(file)) throw new Error(`OpenAPI document ${file} not found; set SOCIALSEED_SPECS_DIR to the shared specs folder`);
    const parsed: unknown = JSON.parse(fs.readFileSync(file, 'utf8'));
    if (!isDocument(parsed)) throw new Error(`${file} is not an OpenAPI document`);
    document = parsed;
    loaded.set(file, document);
  }
  return document;
}

/** Follows a local `#/…` JSON pointer; OpenAPI lets parameters and bodies be references too. */
export function resolvePointer(document: OpenApiDocument, ref: string): unknown {
  if (!ref.startsWith('#/')) throw new Error(`only local references are supported, got ${ref}`);
  let node: unknown = document;
  for (const raw of ref.slice(2).split('/')) {
    const key = raw.replaceAll('~1', '/').replaceAll('~0', '~');
    if (node === null || typeof node !== 'object') return undefined;
    node = (node as Record<string, unknown>)[key];
  }
  return node;
}

/** Resolves `{ $ref }` chains (a reference may point at another reference). */
export function deref<T>(document: OpenApiDocument, value: T | { $ref: string }): T {
  let current: unknown = value;
  for (let hops = 0; hops < 10; hops += 1) {
    if (current === null || typeof current !== 'object' || !('$ref' in current) || typeof current.$ref !== 'string') return current as T;
    current = resolvePointer(document, current.$ref);
  }
  throw new Error('reference chain too long');
}
