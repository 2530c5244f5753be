import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const repoRoot = fileURLToPath(new URL('../../', import.meta.url));

/**
 * The server serves apps/web/dist, so the browser test must see a build of the current sources.
 * Reuses `npm start`'s own check (scripts/ensure-web-build.mjs): rebuild only when missing or stale.
 */
export function ensureWebBuild(): void {
  execFileSync(process.execPath, ['scripts/ensure-web-build.mjs'], { cwd: repoRoot, stdio: 'inherit' });
}
