import { mkdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { useProductInBrowser } from './support/product-in-browser.ts';
import { registerThroughUi, createDraftBrandThroughUi } from './support/browser.ts';
import { uiHelpers } from './support/ui.ts';

/*
 * The publishing journey in a real browser against the real server, whose worker role
 * delivers due posts to the built-in Sandbox network: register, create a brand, connect a
 * Sandbox account, compose a post, submit it (an owner's post is approved at once), schedule it
 * a minute ahead, and watch the calendar until the worker has published it.
 * The browser runs in Europe/Berlin, so times typed and shown must follow the browser's zone.
 * The steps share one browser page and run in order; each builds on the previous one.
 */

const owner = { name: 'Grace Hopper', email: 'grace@example.com', password: 'correct horse battery', organization: 'Compiler Co' };
const brandName = 'Acme Pay';
const handle = 'acme';
const postText = 'Budgeting is a habit, not a spreadsheet. Here is how to start this week.';
const timeZone = 'Europe/Berlin';
const waitTimeout = 30_000;
/** Scheduled 15–75 s ahead (minutes only), plus the worker's pick-up and the calendar's 3 s refresh. */
const publishTimeout = 150_000;

const { visible, field, button, navLink, status } = uiHelpers(() => session.page, waitTimeout);

const session = useProductInBrowser({ timeoutMs: waitTimeout, timezoneId: timeZone });

describe('publishing in the browser', () => {
  it('registers and creates a draft brand', async () => {
    await registerThroughUi(session.page, session.server.baseUrl, owner);

    // The wizard's first step creates the brand; accounts and posts need nothing more.
    await createDraftBrandThroughUi(session.page, brandName, waitTimeout);
  }, 120_000);

  it('connects a Sandbox account on the Accounts page', async () => {
    await navLink('Accounts').click();
    await visible(session.page.getByRole('heading', { name: 'Accounts', level: 1 }));
    const platform = field('Platform');
    expect(await platform.locator('option:checked').textContent()).toBe('Sandbox (simulated audience)');
    await visible(session.page.getByText('A built-in simulated network for trying scheduling and publishing offline', { exact: false }));
    expect(await field('Brand').locator('option:checked').textContent()).toBe(brandName);

    await field('Handle').fill(handle);
    await button('Connect account').click();
    await visible(status(`Connected @${handle} to ${brandName}.`));
    const account = session.page.getByRole('list', { name: `Accounts of ${brandName}` }).getByRole('listitem').filter({ hasText: `@${handle}` });
    await visible(account.getByText('Active', { exact: true }));
  }, 120_000);

  it('composes a post and submits it; the owner’s post is approved at once', async () => {
    await navLink('Compose').click();
    await visible(session.page.getByRole('heading', { name: 'Compose', level: 1 }));
    await field(`@${handle} · Sandbox (simulated audience)`).check();
    await field('Text').fill(postText);
    // The server's validator or, until it exists, the browser's estimate: the Sandbox counts graphemes.
    await visible(session.page.getByRole('list', { name: 'Length on each network' }).getByText(`Sandbox ${postText.length}/1000`));
    await field('Tags').fill('habits');
    await field('Tags').press('Enter');
    await field('Priority').selectOption('normal');

    await button('Submit for approval').click();
    await visible(status('Approved: choose when to publish it.'));
    await session.page.waitForURL(/\/posts\/[0-9a-f-]+\/edit$/);
    await visible(session.page.getByText('Approved', { exact: true }));
  }, 120_000);

  it('schedules the post a minute ahead in the browser’s time zone', async () => {
    const publishAt = field('Publish at');
    await visible(publishAt);
    await visible(session.page.getByText(`In your time zone, ${timeZone}.`));
    // Computed inside the page, so it is local time in the browser's zone, not the test runner's.
    const localValue = await session.page.evaluate(() => {
      const when = new Date(Date.now() + 75_000);
      const pad = (value: number) => String(value).padStart(2, '0');
      return `${when.getFullYear()}-${pad(when.getMonth() + 1)}-${pad(when.getDate())}T${pad(when.getHours())}:${pad(when.getMinutes())}`;
    });
    await publishAt.fill(localValue);
    await button('Schedule').click();
    await visible(status(/^Scheduled for /));
    await visible(session.page.getByText('Scheduled', { exact: true }));
  }, 120_000);

  it('shows the post on the calendar until the worker has published it to the Sandbox', async () => {
    await navLink('Calendar').click();
    await visible(session.page.getByRole('heading', { name: 'Calendar', level: 1 }));
    await visible(session.page.getByText(`Times in ${timeZone} (your browser’s time zone).`));
    const calendar = session.page.getByRole('region', { name: 'Calendar' });
    const entry = calendar.getByRole('link').filter({ hasText: 'Budgeting is a habit' });
    await visible(entry);
    expect(await entry.textContent()).toMatch(/Scheduled|Publishing|Published/);

    // The calendar refreshes itself every few seconds while a post is due.
    await visible(entry.filter({ hasText: 'Published' }), publishTimeout);
    mkdirSync('test-results', { recursive: true });
    await session.page.screenshot({ path: 'test-results/publishing-calendar.png', fullPage: true });

    await session.page.getByRole('button', { name: 'Week', exact: true }).click();
    await visible(calendar.getByRole('link').filter({ hasText: 'Budgeting is a habit' }).filter({ hasText: 'Published' }));
  }, publishTimeout + 60_000);

  it('shows the delivery on the post’s page, and the post in the library', async () => {
    await session.page.getByRole('region', { name: 'Calendar' }).getByRole('link').filter({ hasText: 'Budgeting is a habit' }).click();
    await visible(session.page.getByRole('heading', { name: 'Post', level: 1 }));
    const delivery = session.page.getByRole('region', { name: 'Delivery' });
    const row = delivery.getByRole('row').filter({ hasText: `@${handle}` });
    await visible(row.getByText('Published', { exact: true }));
    await visible(row.getByRole('link', { name: /View on Sandbox/ }));
    await visible(session.page.getByRole('list', { name: 'Versions' }).getByText('Version 1'));

    await navLink('Posts').click();
    await visible(session.page.getByRole('heading', { name: 'Posts', level: 1 }));
    const libraryRow = session.page.getByRole('row').filter({ hasText: 'Budgeting is a habit' });
    await visible(libraryRow.getByText('Published', { exact: true }));
    await field('Tag').fill('habits');
    await visible(libraryRow);
    await field('Tag').fill('nothing-tagged-so');
    await visible(session.page.getByText('No posts match.'));

    await session.page.getByRole('link', { name: 'Awaiting approval', exact: true }).click();
    await visible(session.page.getByText('Nothing is waiting for approval.'));
    expect(session.pageErrors).toEqual([]);
  }, 120_000);
});
