import { mkdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { useProductInBrowser } from './support/product-in-browser.ts';
import { registerThroughUi, createDraftBrandThroughUi } from './support/browser.ts';
import { uiHelpers } from './support/ui.ts';

/*
 * An install that runs the api but no worker (ROLE=api, as when the worker process of a split
 * deployment is down): a post published now cannot go out, and the app says so in a banner on
 * every page instead of leaving it to be discovered on the calendar. The alert threshold is
 * shortened to 2 s here (DELIVERY_STALL_ALERT_SECONDS; 10 minutes by default).
 */

const owner = { name: 'Margaret Hamilton', email: 'margaret@example.com', password: 'correct horse battery', organization: 'Apollo Co' };
const brandName = 'Lunar Pay';
const handle = 'lunar';
const waitTimeout = 30_000;

const session = useProductInBrowser({ timeoutMs: waitTimeout, server: { ROLE: 'api', DELIVERY_STALL_ALERT_SECONDS: '2' } });
const { visible, field, button, navLink, status } = uiHelpers(() => session.page, waitTimeout);
const banner = () => session.page.getByRole('alert').filter({ hasText: 'and not yet published' });

describe('a stalled delivery in the browser', () => {
  it('registers, creates a brand and connects a Sandbox account; nothing is late yet', async () => {
    await registerThroughUi(session.page, session.server.baseUrl, owner);
    await createDraftBrandThroughUi(session.page, brandName, waitTimeout);
    await navLink('Accounts').click();
    await field('Handle').fill(handle);
    await button('Connect account').click();
    await visible(status(`Connected @${handle} to ${brandName}.`));
    expect(await banner().count()).toBe(0);
  }, 120_000);

  it('publishes a post now with no worker running, and every page then says it is stalled', async () => {
    await navLink('Compose').click();
    await field(`@${handle} · Sandbox (simulated audience)`).check();
    await field('Text').fill('Launch window opens at dawn.');
    await button('Submit for approval').click();
    await visible(status('Approved: choose when to publish it.'));
    await button('Publish now').click();

    // Past the 2 s threshold, the next read of the status (on reload, or within a minute) shows it.
    await new Promise((resolve) => setTimeout(resolve, 3_000));
    await session.page.reload();
    await visible(banner());
    expect(await banner().textContent()).toMatch(/1 scheduled post is past its time and not yet published \(the oldest was due .+\)\. Socialseed’s worker may not be running/);
    await navLink('Calendar').click();
    await visible(banner());
    mkdirSync('test-results', { recursive: true });
    await session.page.screenshot({ path: 'test-results/delivery-stalled.png', fullPage: true });
    expect(session.pageErrors).toEqual([]);
  }, 120_000);
});
