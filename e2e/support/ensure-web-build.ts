import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const webDir = fileURLToPath(new URL('../../apps/web/', import.meta.url));
const builtIndex = join(webDir, 'dist', 'index.html');

function newestModification(directory: string): number {
  let newest = 0;
  for (const entry of readdirSync(directory, { withFileTypes: true })) {
    const path = join(directory, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestModification(path) : statSync(path).mtimeMs);
  }
  return newest;
}

/**
 * The server serves apps/web/dist, so the browser test must see a build of the current
 * sources: rebuild when it is missing or older than any source file.
 */
export function ensureWebBuild(): void {
  const sourcesChanged = () => {
    const sources = [join(webDir, 'src'), join(webDir, 'index.html'), join(webDir, 'vite.config.ts')];
    const newestSource = Math.max(...sources.map((path) => (statSync(path).isDirectory() ? newestModification(path) : statSync(path).mtimeMs)));
    return newestSource > statSync(builtIndex).mtimeMs;
  };
  if (existsSync(builtIndex) && !sourcesChanged()) return;
  execFileSync('npm', ['run', 'build', '-w', 'apps/web'], { cwd: join(webDir, '..', '..'), stdio: 'inherit' });
}
