import { mkdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { useProductInBrowser } from './support/product-in-browser.ts';
import { registerThroughUi } from './support/browser.ts';
import { uiHelpers } from './support/ui.ts';
import { solidPng } from './support/png.ts';

/*
 * The whole first-run journey in a real browser against the real server (embedded
 * PostgreSQL in a fresh data directory): register, set up a brand through every wizard step,
 * log out and back in, invite a colleague, find the unsent invitation in the Outbox (the test
 * server has no mail server), and switch between organizations.
 * The steps share one browser page and run in order; each builds on the previous one.
 */

const owner = { name: 'Ada Lovelace', email: 'ada@example.com', password: 'correct horse battery', organization: 'Analytical Engines' };
const brandName = 'Acme Pay';
const secondOrganization = 'Side Project Ltd';
const invitedEmail = 'grace@example.com';
const waitTimeout = 30_000;

const { visible, field, button } = uiHelpers(() => session.page, waitTimeout);

const brandHeading = () => session.page.getByRole('heading', { name: brandName, exact: true });

async function clickNext(): Promise<void> {
  await button('Next').click();
}

const session = useProductInBrowser({ timeoutMs: waitTimeout });

describe('onboarding in the browser', () => {
  it('registers and sets up a brand through every wizard step', async () => {
    await registerThroughUi(session.page, session.server.baseUrl, owner);

    await session.page.getByRole('link', { name: 'Create your first brand' }).click();

    // 1. Basics
    await field('Brand name').fill(brandName);
    await field('Industry').selectOption('fintech');
    await clickNext();

    // 2. Look: the logo preview is fetched with the access token, so a visible image proves the upload round trip.
    await visible(session.page.getByRole('heading', { name: 'Look' }));
    await session.page.getByLabel('Logo').setInputFiles({ name: 'logo.png', mimeType: 'image/png', buffer: solidPng(32, [15, 118, 110]) });
    const logo = session.page.getByRole('img', { name: `${brandName} logo` });
    await visible(logo);
    const naturalWidth = () => logo.evaluate((image: HTMLImageElement) => image.naturalWidth);
    await expect.poll(naturalWidth, { timeout: waitTimeout }).toBe(32);
    await field('Primary colour').fill('#0F766E');
    await field('Secondary colour').fill('#111827');
    await clickNext();

    // 3. Messaging
    await visible(session.page.getByRole('heading', { name: 'Messaging' }));
    await field('Pillar 1').fill('Personal finance tips');
    await button('Add pillar').click();
    await field('Pillar 2').fill('Product updates');
    await field('Tone').selectOption('educational');
    await clickNext();

    // 4. Audience
    await visible(session.page.getByRole('heading', { name: 'Audience' }));
    await field('Roles').fill('CFO, Head of Finance');
    await field('Roles').press('Enter');
    await field('Geographies').fill('United Kingdom');
    await field('Geographies').press('Enter');
    await field('11-50 people').check();
    await field('51-200 people').check();
    await clickNext();

    // 5. Voice
    await visible(session.page.getByRole('heading', { name: 'Voice' }));
    await visible(session.page.getByText('0 of 5 minimum'));
    for (let sample = 1; sample <= 5; sample += 1) {
      await field(`Voice sample ${sample}`).fill(`Past post number ${sample}: budgeting is a habit, not a spreadsheet.`);
    }
    await visible(session.page.getByText('5 of 5 minimum'));
    await clickNext();

    // 6. Schedule
    await visible(session.page.getByRole('heading', { name: 'Schedule' }));
    await field('Posts per week').fill('4');
    await field('Monday').check();
    await field('10:00').check();
    await field('Time zone').selectOption('Europe/London');
    await button('Finish setup').click();

    await session.page.waitForURL('**/dashboard', { timeout: waitTimeout });
    await visible(brandHeading());
    await visible(session.page.getByRole('list', { name: 'Brands' }).getByText('Active', { exact: true }));
    mkdirSync('test-results', { recursive: true });
    await session.page.screenshot({ path: 'test-results/onboarding-dashboard.png', fullPage: true });
  }, 120_000);

  it('keeps the session across a reload, and logs out and back in', async () => {
    await session.page.reload();
    await visible(brandHeading());

    await session.page.getByRole('button', { name: /Account menu/ }).click();
    await button('Log out').click();
    await visible(session.page.getByRole('heading', { name: 'Log in to Socialseed' }));

    await field('Email').fill(owner.email);
    await field('Password').fill(owner.password);
    await button('Log in').click();
    await visible(brandHeading());
  }, 120_000);

  it('invites a member and lists the pending invitation', async () => {
    await session.page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Members' }).click();
    await visible(session.page.getByRole('heading', { name: 'Members', level: 1 }));
    await field('Email').fill(invitedEmail);
    await field('Role').selectOption('editor');
    await button('Send invite').click();
    await visible(session.page.getByRole('list', { name: 'Pending invitations' }).getByText(invitedEmail, { exact: true }));
    // The test server has no SMTP_URL: the UI must not claim an email went out.
    await visible(session.page.getByRole('status').filter({ hasText: 'no email was sent' }).getByRole('link', { name: 'Outbox' }));
  }, 120_000);

  it('shows the unsent invitation in the Outbox and says where the verification link went', async () => {
    const banner = session.page.getByRole('region', { name: 'Email verification' });
    await visible(banner);
    expect(await banner.textContent()).toContain('server log');

    await session.page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Outbox' }).click();
    await visible(session.page.getByRole('heading', { name: 'Outbox', level: 1 }));
    await visible(session.page.getByRole('heading', { name: 'No mail server is configured' }));
    const invitationLink = session.page.getByRole('textbox', { name: `Link in the email to ${invitedEmail}`, exact: true });
    await visible(invitationLink);
    // The server listens on a port the OS picked; the link must name that port.
    expect(await invitationLink.inputValue()).toContain(`http://localhost:${new URL(session.server.baseUrl).port}/accept-invite?token=`);
    await visible(session.page.getByRole('row').filter({ hasText: invitedEmail }).getByText('Invitation', { exact: true }));
  }, 120_000);

  it('creates a second organization and switches between the two', async () => {
    await button('New organization').click();
    const dialog = session.page.getByRole('dialog', { name: 'New organization' });
    await dialog.getByLabel('Organization name', { exact: true }).fill(secondOrganization);
    await dialog.getByRole('button', { name: 'Create organization' }).click();
    await dialog.waitFor({ state: 'hidden', timeout: waitTimeout });

    const switcher = field('Organization');
    await switcher.selectOption({ label: secondOrganization });
    await visible(session.page.getByRole('heading', { name: 'No brands yet' }));
    expect(await brandHeading().count()).toBe(0);

    await switcher.selectOption({ label: owner.organization });
    await visible(brandHeading());
    expect(session.pageErrors).toEqual([]);
  }, 120_000);

  it('keeps both tabs signed in when they refresh the session at the same moment', async () => {
    // Both tabs share the refresh cookie; the server rotates it on every refresh, so the slower
    // tab presents a token that was just replaced. That is a race, not theft: nobody is logged out.
    const secondTab = await session.page.context().newPage();
    try {
      await secondTab.goto(session.server.baseUrl);
      await secondTab.getByRole('heading', { name: brandName, exact: true }).waitFor({ timeout: waitTimeout });
      await Promise.all([session.page.reload(), secondTab.reload()]);
      await visible(brandHeading());
      await secondTab.getByRole('heading', { name: brandName, exact: true }).waitFor({ timeout: waitTimeout });
      await session.page.reload();
      await visible(brandHeading());
    } finally {
      await secondTab.close();
    }
  }, 120_000);
});
