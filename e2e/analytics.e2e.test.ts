import { mkdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { useProductInBrowser } from './support/product-in-browser.ts';
import { createDraftBrandThroughUi, registerThroughUi } from './support/browser.ts';
import { uiHelpers } from './support/ui.ts';

/*
 * The Analytics dashboard in a real browser against the real server. A brand whose only account
 * is the Sandbox has nothing measured, so the page explains the offline mode and offers a month
 * of simulated history: register, create a brand, connect a Sandbox account, open Analytics, see
 * the empty states, simulate the history, and read every panel — totals, the engagement lines,
 * the top posts, the bars by tone and format, the best-time heat map with its peak, follower
 * growth and what the model learned — then retrain, switch the period, export the CSV and sync.
 * The steps share one browser page and run in order; each builds on the previous one.
 */

const owner = { name: 'Florence Nightingale', email: 'florence@example.com', password: 'correct horse battery', organization: 'Polar Area Co' };
const brandName = 'Acme Pay';
const handle = 'acme';
const waitTimeout = 30_000;
/** Simulating a month of posts writes every post, its snapshots and the model. */
const simulateTimeout = 90_000;

const { visible, field, button, navLink, status } = uiHelpers(() => session.page, waitTimeout);

const session = useProductInBrowser({ timeoutMs: waitTimeout, timezoneId: 'Europe/Berlin' });

/** A dashboard panel, found by its heading as a screen reader would. */
const panel = (title: string) => session.page.getByRole('region', { name: title, exact: true });
const chart = (name: string) => session.page.locator(`[data-chart="${name}"]`);
const heatMapCells = () => panel('Best time to post').getByRole('table').locator('td[aria-label]');

/** A second session of the owner through the JSON API, for what no screen does yet (creating an A/B test). */
async function signInThroughApi(): Promise<(method: 'GET' | 'POST', path: string, body?: unknown) => Promise<unknown>> {
  const login = await fetch(`${session.server.baseUrl}/api/v1/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email: owner.email, password: owner.password }),
  });
  expect(login.status).toBe(200);
  const { accessToken } = (await login.json()) as { accessToken: string };
  return async (method, path, body) => {
    const response = await fetch(`${session.server.baseUrl}/api/v1${path}`, {
      method,
      headers: { authorization: `Bearer ${accessToken}`, ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const text = await response.text();
    expect(response.ok, `${method} ${path}: ${response.status} ${text}`).toBe(true);
    return JSON.parse(text) as unknown;
  };
}

describe('the analytics dashboard in the browser (Sandbox history)', () => {
  it('registers, creates a brand and connects a Sandbox account', async () => {
    await registerThroughUi(session.page, session.server.baseUrl, owner);
    await createDraftBrandThroughUi(session.page, brandName, waitTimeout);

    await navLink('Accounts').click();
    await visible(session.page.getByRole('heading', { name: 'Accounts', level: 1 }));
    await field('Handle').fill(handle);
    await button('Connect account').click();
    await visible(status(`Connected @${handle} to ${brandName}.`));
  }, 120_000);

  it('explains the offline mode and shows an empty state in every panel', async () => {
    await navLink('Analytics').click();
    await visible(session.page.getByRole('heading', { name: 'Analytics', level: 1 }));
    expect(await field('Brand').locator('option:checked').textContent()).toBe(brandName);
    expect(await field('Period').locator('option:checked').textContent()).toBe('Last 30 days');

    const offline = session.page.getByRole('region', { name: 'Offline mode' });
    await visible(offline.getByText('Offline mode: this brand only posts to the Sandbox'));
    await visible(offline.getByRole('button', { name: 'Simulate 30 days of Sandbox history', exact: true }));

    await visible(panel('Engagement over time').getByText('No engagement measured in this period.'));
    await visible(panel('Top posts').getByText('No published posts in this period.'));
    await visible(panel('A/B tests').getByText('No A/B tests for this brand yet.'));
    // Nothing has happened yet, so the top bar shows no unread count.
    await visible(session.page.getByRole('banner').getByRole('link', { name: 'Notifications', exact: true }));
    // Overview cards exist even when empty: nothing published yet.
    await visible(panel('Overview').getByText('Posts published'));
    mkdirSync('test-results', { recursive: true });
    await session.page.screenshot({ path: 'test-results/analytics-empty.png', fullPage: true });
  }, 60_000);

  it('simulates 30 days of Sandbox history and draws every chart from it', async () => {
    await button('Simulate 30 days of Sandbox history').click();
    await visible(status(/^Simulated 30 days of Sandbox history: \d+ posts, measured with the Sandbox’s invented audience\.$/), simulateTimeout);
    await visible(session.page.getByRole('region', { name: 'Simulated audience' }).getByText('Simulated audience: Sandbox figures only'));
    expect(await session.page.getByRole('region', { name: 'Offline mode' }).count()).toBe(0);

    // Alerts: the measuring pass right after the simulation may flag posts; the panel lists them or says there are none.
    const alerts = panel('Alerts');
    await visible(alerts.getByRole('list', { name: 'Alerts of this brand' }).or(alerts.getByText('No alerts for this brand.', { exact: false })));

    // Totals: posts were published in the period.
    const postsValue = panel('Overview').getByText('Posts published', { exact: true }).locator('xpath=following-sibling::dd').locator('p').first();
    await expect.poll(async () => Number((await postsValue.textContent())?.replace(/\D/g, '') || 0)).toBeGreaterThan(0);

    // Engagement over time: at least one line with a drawn path.
    await visible(chart('engagement').locator('.recharts-wrapper > svg'));
    await expect.poll(() => chart('engagement').locator('path.recharts-line-curve[d]').count()).toBeGreaterThan(0);
    expect(await chart('engagement').locator('path.recharts-line-curve').first().getAttribute('d')).toMatch(/^M[\d.-]+/);

    // Top posts: rows with a link to each post and the reward's badges.
    const topPosts = panel('Top posts').getByRole('table');
    await visible(topPosts);
    const rows = topPosts.getByRole('rowgroup').last().getByRole('row');
    expect(await rows.count()).toBeGreaterThan(0);
    expect(await rows.first().getByRole('link').first().getAttribute('href')).toMatch(/^\/posts\/[0-9a-f-]+$/);
    await visible(rows.first().getByText(/^(Final|Provisional)$/));

    // Performance by tone and format: bars drawn in both charts.
    for (const name of ['by-tone', 'by-format', 'by-platform']) {
      await visible(chart(name).locator('.recharts-wrapper > svg'));
      await expect.poll(() => chart(name).locator('.recharts-bar-rectangle path').count(), { message: name }).toBeGreaterThan(0);
    }

    // Best time to post: 7 × 24 cells, each named, exactly one marked as the best time.
    await expect.poll(() => heatMapCells().count()).toBe(168);
    expect(await heatMapCells().first().getAttribute('aria-label')).toMatch(/^Monday 00:00–01:00: expected reward [\d.,]+, \d+ posts?$/);
    const peak = panel('Best time to post').locator('td[data-peak]');
    expect(await peak.count()).toBe(1);
    expect(await peak.getAttribute('aria-label')).toMatch(/ — best time$/);
    await visible(panel('Best time to post').getByRole('group', { name: 'Heat map legend' }).getByText('Best time'));
    await visible(panel('Best time to post').getByText(/^Times in /));

    // Follower growth: one line per account.
    await expect.poll(() => chart('growth').locator('path.recharts-line-curve[d]').count()).toBeGreaterThan(0);
    await visible(panel('Follower growth').getByRole('list', { name: 'Follower growth per account' }).getByText(`@${handle} · Sandbox (simulated)`));
  }, 180_000);

  it('shows what the model learned and retrains it on demand', async () => {
    const learned = panel('What the model learned');
    await learned.getByRole('button', { name: 'Retrain now', exact: true }).click();
    await visible(learned.getByText(/^Retrained on \d+ rewarded posts\.$/));
    await visible(learned.getByText(/^(Contextual bandit \(Thompson sampling\)|Q-learning)$/));
    const sampleSize = Number(await learned.getByText('Rewarded posts', { exact: true }).locator('xpath=following-sibling::dd').textContent());
    expect(sampleSize).toBeGreaterThan(0);
    // The best tone × format combinations with their ratio to the brand's average.
    const arms = learned.getByRole('table', { name: 'Best tone and format combinations' });
    await visible(arms);
    await visible(arms.getByRole('row').nth(1).getByText(/^\d+\.\d×$/));

    mkdirSync('test-results', { recursive: true });
    await panel('Best time to post').screenshot({ path: 'test-results/analytics-heat-map.png' });
  }, 120_000);

  it('shows an A/B test of two simulated posts with its verdict, and decides it', async () => {
    // The dashboard shows A/B tests; they are created through the API (no screen creates one yet).
    const hrefs = await panel('Top posts').getByRole('table').getByRole('rowgroup').last().getByRole('row').locator('th a[href^="/posts/"]').evaluateAll((links) => links.map((link) => link.getAttribute('href') ?? ''));
    const postIds = [...new Set(hrefs.map((href) => href.replace('/posts/', '')))].slice(0, 2);
    expect(postIds).toHaveLength(2);
    const api = await signInThroughApi();
    const brands = (await api('GET', '/brands')) as { items: Array<{ id: string; name: string }> };
    const brandId = brands.items.find((brand) => brand.name === brandName)?.id;
    await api('POST', '/ab-tests', { brandId, name: 'Headline test', postIds });

    await session.page.reload();
    const test = panel('A/B tests').getByRole('article', { name: 'Headline test' });
    await visible(test);
    const variants = test.getByRole('table', { name: 'Variants of Headline test' }).getByRole('rowgroup').last().getByRole('row');
    expect(await variants.count()).toBe(2);
    await visible(variants.first().getByText('(control)'));
    await visible(test.getByText(/^(No winner yet|Variant [AB] wins \(.+\))$/));
    await visible(test.getByText('Running', { exact: true }));
    // Every panel is filled now: the picture of the whole dashboard.
    await session.page.screenshot({ path: 'test-results/analytics-dashboard.png', fullPage: true });

    // Keep is only offered for a significant winner; Revert to A while the test runs (unless A won).
    const keep = test.getByRole('button', { name: /^Keep variant [AB]$/ });
    if ((await keep.count()) === 1) {
      await keep.click();
      await visible(test.getByText('Winner kept', { exact: true }));
    } else {
      await test.getByRole('button', { name: 'Revert to A', exact: true }).click();
      await visible(test.getByText('Reverted to A', { exact: true }));
    }
    expect(await test.getByRole('button').count()).toBe(0);
  }, 60_000);

  it('switches the period, keeping the brand and the period in the address', async () => {
    await field('Period').selectOption('7');
    await expect.poll(() => session.page.url()).toContain('days=7');
    await visible(panel('Overview').getByText('vs the previous 7 days', { exact: false }).first());
    await session.page.reload();
    await visible(session.page.getByRole('heading', { name: 'Analytics', level: 1 }));
    expect(await field('Period').locator('option:checked').textContent()).toBe('Last 7 days');
    await field('Period').selectOption('30');
    await expect.poll(() => session.page.url()).toContain('days=30');
  }, 60_000);

  it('exports the period as CSV with the access token, one row per post', async () => {
    const [download] = await Promise.all([session.page.waitForEvent('download'), button('Export CSV').click()]);
    expect(download.suggestedFilename()).toMatch(/^socialseed-acme-pay-\d{4}-\d{2}-\d{2}-to-\d{4}-\d{2}-\d{2}\.csv$/);
    const path = await download.path();
    const lines = readFileSync(path, 'utf8').trim().split(/\r?\n/);
    expect(lines.length).toBeGreaterThan(1);
    expect(lines[0]).toMatch(/reward/i);
  }, 60_000);

  it('lists the organization’s notifications from the top bar, and marking them read clears the count', async () => {
    // What the server holds, read through the API, is what the screen must show.
    const api = await signInThroughApi();
    const held = (await api('GET', '/notifications?limit=1')) as { total: number; unread: number };
    const topBarLink = session.page.getByRole('banner').getByRole('link', { name: /^Notifications/ });
    await expect.poll(() => topBarLink.getAttribute('aria-label')).toBe(held.unread > 0 ? `Notifications, ${held.unread} unread` : 'Notifications');
    await topBarLink.click();
    await visible(session.page.getByRole('heading', { name: 'Notifications', level: 1 }));
    if (held.total === 0) {
      await visible(session.page.getByText('Nothing yet.', { exact: false }));
    } else {
      await expect.poll(() => session.page.getByRole('list', { name: 'Notifications' }).getByRole('listitem').count()).toBe(Math.min(held.total, 20));
    }
    if (held.unread > 0) {
      await button(`Mark all as read (${held.unread})`).click();
      await visible(session.page.getByRole('banner').getByRole('link', { name: 'Notifications', exact: true }));
      expect(await session.page.getByRole('button', { name: /^Mark as read/ }).count()).toBe(0);
      expect(((await api('GET', '/notifications?limit=1')) as { unread: number }).unread).toBe(0);
    }
    await session.page.screenshot({ path: 'test-results/notifications.png', fullPage: true });
    await navLink('Analytics').click();
    await visible(session.page.getByRole('heading', { name: 'Analytics', level: 1 }));
  }, 60_000);

  it('starts a sync on demand', async () => {
    await button('Sync now').click();
    await visible(status('Sync started: the networks are asked for fresh figures'));
    expect(session.pageErrors).toEqual([]);
  }, 60_000);
});
