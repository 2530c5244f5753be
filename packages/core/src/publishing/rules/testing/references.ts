import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import { parse } from 'yaml';
import { specsDir } from '@socialseed/testkit/spec/specs-dir';

/**
 * Test-only access to the references our rules are measured against: the twitter-text
 * conformance files in ../shared/specs, and the modules twitter-text and @atproto/api load
 * internally (twemoji-parser, punycode, tlds), resolved from the package that uses them so the
 * comparison is with exactly what the reference runs.
 */
export function readConformance<T>(file: 'validate.yml' | 'extract.yml'): { tests: Record<string, T[]> } {
  const text = fs.readFileSync(path.join(specsDir(), 'x', 'twitter-text-conformance', file), 'utf8');
  return parse(text) as { tests: Record<string, T[]> };
}

export function readSpecJson(...segments: string[]): unknown {
  return JSON.parse(fs.readFileSync(path.join(specsDir(), ...segments), 'utf8'));
}

const requireHere = createRequire(import.meta.url);

/** `require(name)` as seen from inside `dependent`, for its transitive dependencies. */
export function requireFrom(dependent: string, name: string): unknown {
  return createRequire(requireHere.resolve(dependent))(name);
}
