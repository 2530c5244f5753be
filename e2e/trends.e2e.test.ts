import { mkdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { useProductInBrowser } from './support/product-in-browser.ts';
import { createDraftBrandThroughUi, registerThroughUi } from './support/browser.ts';
import { uiHelpers } from './support/ui.ts';

/*
 * The Trends page in a real browser against the real server, whose worker runs the trend
 * pipeline. Tests never reach the internet (TRENDS_PUBLIC_SOURCES=false), so the built-in
 * Sandbox source supplies simulated stories: register, create a brand with pillars, see the empty state,
 * refresh, read the ranked cards, change the brand's sources, switch lists, write a post from a
 * trend in the studio, and dismiss a trend (it stays gone after a reload). The Sandbox's stories
 * change every six hours, so which list a story lands in varies: the watchlist may be empty, and
 * the steps that need a trend use the recommendations, which stories about the brand's pillars fill.
 * The steps share one browser page and run in order; each builds on the previous one.
 */

const owner = { name: 'Katherine Johnson', email: 'katherine@example.com', password: 'correct horse battery', organization: 'Orbit Co' };
const brandName = 'Acme Pay';
const waitTimeout = 30_000;
/** The worker picks the run up, asks the Sandbox, embeds and scores; the page polls every 2 s. */
const runTimeout = 90_000;

const { visible, field, button, navLink, status } = uiHelpers(() => session.page, waitTimeout);

const tab = (name: 'Recommended' | 'Watchlist') => session.page.getByRole('tab', { name: new RegExp(`^${name}`) });
const cards = () => session.page.getByRole('tabpanel').getByRole('article');

/** The title of a card, which is also its accessible name. */
async function titleOf(card: ReturnType<typeof cards>): Promise<string> {
  return ((await card.getByRole('heading', { level: 3 }).textContent()) ?? '').replace(' (opens in a new tab)', '').trim();
}

const session = useProductInBrowser({ timeoutMs: waitTimeout });

describe('trends in the browser (Sandbox source)', () => {
  it('registers and creates a draft brand with content pillars', async () => {
    await registerThroughUi(session.page, session.server.baseUrl, owner);
    await createDraftBrandThroughUi(session.page, brandName, waitTimeout);
    await field('Primary colour').fill('#0F766E');
    await field('Secondary colour').fill('#111827');
    await button('Next').click();

    // Relevance is measured against the pillars: without them no trend fits the brand.
    await visible(session.page.getByRole('heading', { name: 'Messaging' }));
    await field('Pillar 1').fill('Personal finance tips');
    await button('Add pillar').click();
    await field('Pillar 2').fill('Saving habits');
    await button('Add pillar').click();
    await field('Pillar 3').fill('Bank fees and savings rates');
    await field('Tone').selectOption('educational');
    await button('Next').click();
    await visible(session.page.getByRole('heading', { name: 'Audience' }));
  }, 120_000);

  it('explains that no run happened yet and offers Refresh now', async () => {
    await navLink('Trends').click();
    await visible(session.page.getByRole('heading', { name: 'Trends', level: 1 }));
    expect(await field('Brand').locator('option:checked').textContent()).toBe(brandName);
    await visible(session.page.getByText('No trends fetched yet.', { exact: true }));
    await visible(button('Refresh now'));
  }, 60_000);

  it('refreshes, shows progress, then ranked Sandbox trends with their score breakdown', async () => {
    await button('Refresh now').click();
    await visible(status('Fetching trends…'));

    await visible(tab('Recommended'), runTimeout);
    await visible(cards().first(), runTimeout);
    const card = cards().first();
    const title = await titleOf(card);
    expect(title).not.toBe('');
    await visible(card.getByRole('list', { name: `Sources of ${title}` }).getByText('Sandbox (simulated)', { exact: true }));
    const breakdown = card.getByRole('list', { name: `Score breakdown of ${title}` });
    await visible(breakdown.getByText(/^Relevance \d\.\d\d × 0\.35$/));
    await visible(breakdown.getByText(/^Opportunity \d\.\d\d × 0\.35$/));
    await visible(card.getByText(/^Score \d\.\d\d/));
    await visible(card.getByRole('img', { name: /^Momentum (rising|falling|steady) / }));
    await visible(card.getByText(/^Suggested: /));

    // Only simulated stories, and no embeddings provider: the page says both.
    await visible(session.page.getByRole('region', { name: 'Offline mode' }).getByText('Offline mode: only Sandbox trends'));
    await visible(session.page.getByText('Relevance uses the offline lexical model; configure', { exact: false }));
    const lastRefresh = session.page.getByRole('region', { name: 'Last refresh' });
    await visible(lastRefresh.getByText(/^Sandbox \(simulated\): \d+ items?$/));
    await visible(lastRefresh.getByText('not configured — add a key to enable', { exact: false }).first());

  }, 150_000);

  it('refreshes again and draws each trend’s history across the runs', async () => {
    await button('Refresh now').click();
    await visible(status('Fetching trends…'));
    await session.page.getByRole('status').filter({ hasText: 'Fetching trends…' }).waitFor({ state: 'detached', timeout: runTimeout });
    await visible(cards().first().getByRole('img', { name: /^Momentum (rising|falling|steady) \([+-]\d\.\d\d\); (mentions|engagement) [\d,.]+ → [\d,.]+ over 2 runs$/ }));
    mkdirSync('test-results', { recursive: true });
    await session.page.screenshot({ path: 'test-results/trends-recommended.png', fullPage: true });
  }, 150_000);

  it('shows the brand’s sources and puts a rejected subreddit’s error next to its field', async () => {
    const toggle = button('Sources');
    expect(await toggle.getAttribute('aria-expanded')).toBe('false');
    await toggle.click();
    expect(await toggle.getAttribute('aria-expanded')).toBe('true');

    await visible(field('Sandbox (simulated)'));
    expect(await field('Sandbox (simulated)').isChecked()).toBe(true);
    // NewsAPI needs a key; Hacker News needs none but the tests turn public sources off.
    expect(await field('NewsAPI').isDisabled()).toBe(true);
    await visible(session.page.getByText('Not configured — add a key to enable.', { exact: true }).first());
    expect(await field('Hacker News').isDisabled()).toBe(true);
    await visible(session.page.getByText('Turned off on this installation (TRENDS_PUBLIC_SOURCES).', { exact: true }).first());

    await field('Subreddits').fill('x!');
    await field('Subreddits').press('Enter');
    await button('Save sources').click();
    await visible(session.page.getByText('A subreddit name is 3–21 letters, digits or underscores', { exact: true }));

    await session.page.getByRole('button', { name: 'Remove x!', exact: true }).click();
    await field('Subreddits').fill('personalfinance');
    await field('Subreddits').press('Enter');
    await field('Search queries').fill('open banking');
    await field('Search queries').press('Enter');
    await button('Save sources').click();
    await visible(status('Sources saved.'));
    await session.page.getByRole('region', { name: 'Sources' }).screenshot({ path: 'test-results/trends-sources.png' });
  }, 60_000);

  it('switches between the lists with the mouse and the arrow keys', async () => {
    await tab('Watchlist').click();
    await expect.poll(() => tab('Watchlist').getAttribute('aria-selected')).toBe('true');
    expect(session.page.url()).toContain('list=watchlist');
    // The panel shows the watchlist: its trends, or why it has none.
    await visible(session.page.getByRole('tabpanel', { name: /^Watchlist/ }));
    await expect.poll(async () => (await cards().count()) > 0 || (await session.page.getByText('Nothing on the watchlist', { exact: false }).count()) === 1).toBe(true);

    await tab('Watchlist').press('ArrowLeft');
    await expect.poll(() => tab('Recommended').getAttribute('aria-selected')).toBe('true');
    await expect.poll(() => session.page.evaluate(() => document.activeElement?.id)).toBe('trend-tab-recommended');
    await tab('Recommended').press('End');
    await expect.poll(() => tab('Watchlist').getAttribute('aria-selected')).toBe('true');
    await tab('Watchlist').press('Home');
    await expect.poll(() => tab('Recommended').getAttribute('aria-selected')).toBe('true');
  }, 60_000);

  it('writes a post from a trend in the studio', async () => {
    const card = cards().first();
    await visible(card);
    const title = await titleOf(card);
    await card.getByRole('link', { name: 'Generate post', exact: true }).click();

    await session.page.waitForURL(/\/create\?.*trendId=/, { timeout: waitTimeout });
    await visible(session.page.getByText(`Writing from trend: ${title}`, { exact: true }));
    expect(await field('Brand').locator('option:checked').textContent()).toBe(brandName);
    const suggested = new URL(session.page.url()).searchParams;
    expect(await field('Platform').inputValue()).toBe(suggested.get('platform'));
    expect(await field('Format').inputValue()).toBe(suggested.get('format'));
    expect(await field('Idea (optional)').inputValue()).toBe('');

    // No idea typed: the server writes about the trend.
    await button('Generate').click();
    await visible(session.page.getByRole('article', { name: 'Variant 1', exact: true }), 60_000);
    expect((await field('Text of Variant 1').inputValue()).trim()).not.toBe('');
    mkdirSync('test-results', { recursive: true });
    await session.page.screenshot({ path: 'test-results/trends-generate-post.png', fullPage: true });
  }, 120_000);

  it('dismisses a trend, which is gone at once and stays gone after a reload', async () => {
    await navLink('Trends').click();
    await visible(tab('Recommended'));
    await visible(cards().first());
    const before = await cards().count();
    const title = await titleOf(cards().first());
    await cards().first().getByRole('button', { name: 'Dismiss', exact: true }).click();
    await visible(status(`Dismissed “${title}”. It will not be suggested for this brand again.`));
    await expect.poll(() => cards().count()).toBe(before - 1);
    expect(await session.page.getByRole('article', { name: title, exact: true }).count()).toBe(0);

    await session.page.reload();
    await visible(session.page.getByRole('heading', { name: 'Trends', level: 1 }));
    await visible(tab('Recommended'));
    for (const list of ['Recommended', 'Watchlist'] as const) {
      await tab(list).click();
      await expect.poll(() => tab(list).getAttribute('aria-selected')).toBe('true');
      expect(await session.page.getByRole('article', { name: title, exact: true }).count()).toBe(0);
    }
    expect(session.pageErrors).toEqual([]);
  }, 60_000);
});
