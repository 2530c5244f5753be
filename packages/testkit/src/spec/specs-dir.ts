import path from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * Where the official specs live: `<repo root>/../shared/specs` (they are test data, never copied
 * into the project), or SOCIALSEED_SPECS_DIR when a checkout keeps them elsewhere.
 */
export function specsDir(): string {
  const override = process.env.SOCIALSEED_SPECS_DIR;
  if (override) return path.resolve(override);
  // This file is <repo>/packages/testkit/src/spec/specs-dir.ts: four levels up is the repo root.
  const repoRoot = fileURLToPath(new URL('../../../../', import.meta.url));
  return path.resolve(repoRoot, '..', 'shared', 'specs');
}
