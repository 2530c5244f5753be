import { afterAll, beforeAll } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { startTestServer } from '../../apps/server/src/testing/start-test-server.ts';
import { openBrowserSession } from './browser.ts';
import { ensureWebBuild } from './ensure-web-build.ts';

export interface ProductInBrowser {
  server: Awaited<ReturnType<typeof startTestServer>>;
  browser: Browser;
  page: Page;
  /** Uncaught errors of the page; every suite ends by expecting none. */
  pageErrors: string[];
}

/**
 * The whole product (api + worker on a fresh database, built web UI) and one browser page for a
 * browser test file, started before its steps and stopped after them. Read the fields inside
 * steps: they are filled in by the time the first step runs.
 */
export function useProductInBrowser(options: { timeoutMs: number; timezoneId?: string; server?: Record<string, string> }): ProductInBrowser {
  const session: Partial<ProductInBrowser> = {};
  beforeAll(async () => {
    ensureWebBuild();
    session.server = await startTestServer(options.server);
    Object.assign(session, await openBrowserSession(options));
  }, 180_000);
  afterAll(async () => {
    await session.browser?.close();
    await session.server?.stop();
  }, 60_000);
  return new Proxy(session, {
    get(target, key: keyof ProductInBrowser) {
      const value = target[key];
      if (value === undefined) throw new Error(`the browser session's ${key} is read before the suite started`);
      return value;
    },
  }) as ProductInBrowser;
}
