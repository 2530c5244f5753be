import fs from 'node:fs';
import path from 'node:path';
import { Lexicons, jsonToLex, type LexiconDoc, type LexXrpcParameters } from '@atproto/lexicon';
import { specsDir } from './specs-dir';

export { specsDir };

/** One way a request, record or response breaks the AT Protocol lexicons. */
export interface LexiconViolation {
  nsid: string;
  part: 'method' | 'params' | 'input' | 'record' | 'output';
  message: string;
}

export function blueskyLexiconsDir(): string {
  return path.join(specsDir(), 'bluesky', 'lexicons');
}

function readLexiconDocs(dir: string): LexiconDoc[] {
  const docs: LexiconDoc[] = [];
  for (const entry of fs.readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (!entry.isFile() || !entry.name.endsWith('.json')) continue;
    const file = path.join(entry.parentPath, entry.name);
    docs.push(JSON.parse(fs.readFileSync(file, 'utf8')) as LexiconDoc);
  }
  if (docs.length === 0) throw new Error(`no lexicon JSON under ${dir}; set SOCIALSEED_SPECS_DIR`);
  return docs;
}

const loaded = new Map<string, Lexicons>();

/** Every lexicon under `dir`, compiled once per process (about 400 documents). */
export function loadLexicons(dir: string = blueskyLexiconsDir()): Lexicons {
  let lexicons = loaded.get(dir);
  if (!lexicons) {
    lexicons = new Lexicons(readLexiconDocs(dir));
    loaded.set(dir, lexicons);
  }
  return lexicons;
}

/** The wire form `jsonToLex` accepts; request bodies arrive as parsed JSON, so this holds. */
type WireJson = Parameters<typeof jsonToLex>[0];

const messageOf = (error: unknown) => (error instanceof Error ? error.message : String(error));

/** Query strings carry only text; XRPC servers decode them by the lexicon's types before validating. */
function decodeParam(type: string, raw: string): unknown {
  if (type === 'integer') return /^-?\d+$/.test(raw) ? Number(raw) : raw;
  if (type === 'boolean') return raw === 'true' ? true : raw === 'false' ? false : raw;
  return raw;
}

function decodeQuery(def: LexXrpcParameters | undefined, query: URLSearchParams): Record<string, unknown> {
  const decoded: Record<string, unknown> = {};
  for (const key of new Set(query.keys())) {
    const property = def?.properties[key];
    const values = query.getAll(key);
    if (property?.type === 'array') decoded[key] = values.map((value) => decodeParam(property.items.type, value));
    else decoded[key] = decodeParam(property?.type ?? 'string', values[0] ?? '');
  }
  return decoded;
}

/**
 * Names of `$type`s that no lexicon defines. Lexicon unions are open, so `@atproto/lexicon`
 * accepts `{ $type: 'link' }` in a facet; the AppView then silently drops the facet. Our own
 * requests never need a foreign type, so the testkit treats one as a bug.
 */
function unknownTypes(lexicons: Lexicons, value: unknown, at: string, found: string[] = []): string[] {
  if (Array.isArray(value)) value.forEach((item, index) => unknownTypes(lexicons, item, `${at}/${index}`, found));
  else if (value !== null && typeof value === 'object') {
    const record = value as Record<string, unknown>;
    if (record.$type === 'blob') return found;
    if (record.$type !== undefined && !isDefined(lexicons, record.$type)) found.push(`${at}/$type ${JSON.stringify(record.$type)} is not defined by any lexicon`);
    for (const [key, child] of Object.entries(record)) unknownTypes(lexicons, child, `${at}/${key}`, found);
  }
  return found;
}

function isDefined(lexicons: Lexicons, type: unknown): boolean {
  try {
    return typeof type === 'string' && lexicons.getDef(type) !== undefined;
  } catch {
    return false; // getDef throws on malformed names such as "a#b#c"
  }
}

/**
 * Checks XRPC traffic against the official lexicons and reports violations instead of throwing,
 * so a fake server can both answer 400 and keep a list the tests assert is empty. Values are
 * JSON as sent on the wire; blob refs and CID links are converted to their lexicon form first.
 */
export class LexiconValidator {
  constructor(readonly lexicons: Lexicons = loadLexicons()) {}

  /** 'query' or 'procedure' for a known XRPC method, else null. */
  methodType(nsid: string): 'query' | 'procedure' | null {
    const def = this.lexicons.getDef(nsid);
    return def?.type === 'query' || def?.type === 'procedure' ? def.type : null;
  }

  params(nsid: string, query: URLSearchParams | Record<string, unknown>): LexiconViolation[] {
    return this.check(nsid, 'params', () => {
      const def = this.lexicons.getDefOrThrow(nsid, ['query', 'procedure']);
      const value = query instanceof URLSearchParams ? decodeQuery(def.parameters, query) : query;
      this.lexicons.assertValidXrpcParams(nsid, value);
    });
  }

  input(nsid: string, body: unknown): LexiconViolation[] {
    return this.check(nsid, 'input', () => {
      this.lexicons.assertValidXrpcInput(nsid, body === undefined ? undefined : jsonToLex(body as WireJson));
      return unknownTypes(this.lexicons, body, 'Input');
    });
  }

  /** A repository record, e.g. `record('app.bsky.feed.post', { $type, text, createdAt })`. */
  record(collection: string, record: unknown): LexiconViolation[] {
    return this.check(collection, 'record', () => {
      this.lexicons.assertValidRecord(collection, jsonToLex(record as WireJson));
      return unknownTypes(this.lexicons, record, 'Record');
    });
  }

  output(nsid: string, body: unknown): LexiconViolation[] {
    return this.check(nsid, 'output', () => {
      this.lexicons.assertValidXrpcOutput(nsid, jsonToLex(body as WireJson));
    });
  }

  private check(nsid: string, part: LexiconViolation['part'], validate: () => string[] | void): LexiconViolation[] {
    try {
      return (validate() ?? []).map((message) => ({ nsid, part, message }));
    } catch (error) {
      return [{ nsid, part, message: messageOf(error) }];
    }
  }
}
