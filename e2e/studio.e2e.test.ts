import { mkdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { useProductInBrowser } from './support/product-in-browser.ts';
import { registerThroughUi, createDraftBrandThroughUi } from './support/browser.ts';
import { uiHelpers } from './support/ui.ts';

/*
 * The AI studio in a real browser against the real server with no AI keys, so everything comes
 * from the offline template tier: register, set up a brand with tone, pillars and voice samples,
 * connect a Sandbox account, generate three template variants for an idea, edit one, render a
 * graphic for it, save it as a draft and open the post; then the AI tasks page lists the calls.
 * The steps share one browser page and run in order; each builds on the previous one.
 */

const owner = { name: 'Ada Lovelace', email: 'ada@example.com', password: 'correct horse battery', organization: 'Engine Co' };
const brandName = 'Acme Pay';
const handle = 'acme';
const idea = 'Why a weekly money check-in beats a yearly budget';
const editedText = 'Ten minutes every Sunday: look at what came in, what went out, and one thing to change. #budgeting';
const waitTimeout = 30_000;

const { visible, field, button, navLink } = uiHelpers(() => session.page, waitTimeout);

const variantCard = (number: number) => session.page.getByRole('article', { name: `Variant ${number}`, exact: true });

const session = useProductInBrowser({ timeoutMs: waitTimeout });

describe('the AI studio in the browser (offline template tier)', () => {
  it('registers and sets up a brand with tone, pillars and voice samples', async () => {
    await registerThroughUi(session.page, session.server.baseUrl, owner);
    await createDraftBrandThroughUi(session.page, brandName, waitTimeout);
    await field('Primary colour').fill('#0F766E');
    await field('Secondary colour').fill('#111827');
    await button('Next').click();

    await visible(session.page.getByRole('heading', { name: 'Messaging' }));
    await field('Pillar 1').fill('Personal finance tips');
    await button('Add pillar').click();
    await field('Pillar 2').fill('Saving habits');
    await field('Tone').selectOption('educational');
    await button('Next').click();

    await visible(session.page.getByRole('heading', { name: 'Audience' }));
    await field('Roles').fill('Young professionals');
    await field('Roles').press('Enter');
    await field('Geographies').fill('United Kingdom');
    await field('Geographies').press('Enter');
    await field('11-50 people').check();
    await button('Next').click();

    await visible(session.page.getByRole('heading', { name: 'Voice' }));
    for (let sample = 1; sample <= 5; sample += 1) {
      await field(`Voice sample ${sample}`).fill(`Money tip ${sample}: a budget is a habit, not a spreadsheet. Start small and keep going.`);
    }
    await button('Next').click();

    await visible(session.page.getByRole('heading', { name: 'Schedule' }));
    await field('Posts per week').fill('3');
    await field('Monday').check();
    await field('10:00').check();
    await field('Time zone').selectOption('Europe/London');
    await button('Finish setup').click();
    await session.page.waitForURL('**/dashboard', { timeout: waitTimeout });
  }, 120_000);

  it('connects a Sandbox account', async () => {
    await navLink('Accounts').click();
    await visible(session.page.getByRole('heading', { name: 'Accounts', level: 1 }));
    await field('Handle').fill(handle);
    await button('Connect account').click();
    await visible(session.page.getByRole('status').filter({ hasText: `Connected @${handle} to ${brandName}.` }));
  }, 60_000);

  it('generates three template variants for an idea, with the offline banner and their scores', async () => {
    await navLink('Create').click();
    await visible(session.page.getByRole('heading', { name: 'Create', level: 1 }));
    expect(await field('Brand').locator('option:checked').textContent()).toBe(brandName);
    expect(await field('Platform').locator('option:checked').textContent()).toBe('Sandbox (simulated audience)');
    await field('Idea').fill(idea);
    await field('Format').selectOption('single');
    await button('Generate').click();

    await visible(session.page.getByRole('heading', { name: 'Offline writer: no AI provider is configured — texts come from templates' }));
    for (const number of [1, 2, 3]) {
      const card = variantCard(number);
      await visible(card);
      await visible(card.getByText('template', { exact: true }));
      await visible(card.getByText(/^Quality score \d+\/100/));
      await visible(card.getByRole('list', { name: `Variant ${number} score breakdown` }).getByText('Pillar alignment'));
      expect((await field(`Text of Variant ${number}`).inputValue()).trim()).not.toBe('');
    }
    await expect.poll(() => session.page.getByRole('article').count()).toBe(3);
  }, 120_000);

  it('edits a variant with the live counter and makes a graphic for it', async () => {
    const card = variantCard(1);
    await field('Text of Variant 1').fill(editedText);
    await visible(card.getByText(`Sandbox ${[...editedText].length}/1000`));
    await visible(card.getByText('Scores are for the generated text; the server scores the edited text again when you save.'));

    await card.getByRole('button', { name: /^Make a graphic/ }).click();
    const graphic = card.getByRole('img', { name: /^Graphic for Variant 1: Ten minutes every Sunday/ });
    await visible(graphic);
    // The card layout is 1200×630; a decoded image proves the render and the media round trip.
    await expect.poll(() => graphic.evaluate((image: HTMLImageElement) => image.naturalWidth), { timeout: waitTimeout }).toBe(1200);
    await visible(card.getByText(/^Template graphic · text contrast/));
    mkdirSync('test-results', { recursive: true });
    await session.page.screenshot({ path: 'test-results/studio-variants.png', fullPage: true });
  }, 120_000);

  it('saves the edited variant as a draft for the Sandbox account and opens the post', async () => {
    const card = variantCard(1);
    // The brand's accounts on the chosen platform start checked.
    expect(await card.getByLabel(`@${handle} · Sandbox (simulated audience)`, { exact: true }).isChecked()).toBe(true);
    await card.getByRole('button', { name: /^Save as draft/ }).click();
    await visible(card.getByRole('status').filter({ hasText: 'Saved as a draft.' }));
    await card.getByRole('link', { name: /^Open the post/ }).click();

    await visible(session.page.getByRole('heading', { name: 'Post', level: 1 }));
    await visible(session.page.getByText('Ten minutes every Sunday', { exact: false }).first());
    await visible(session.page.getByText('Draft', { exact: true }).first());
  }, 120_000);

  it('lists the template tasks on the AI tasks page, with a task’s prompt and output', async () => {
    await navLink('AI tasks').click();
    await visible(session.page.getByRole('heading', { name: 'AI tasks', level: 1 }));
    const rows = session.page.getByRole('table', { name: 'AI tasks, newest first' }).getByRole('row');
    await visible(rows.nth(1));
    expect(await rows.count()).toBeGreaterThan(1);
    await visible(session.page.getByRole('region', { name: 'This month by provider' }).getByRole('table'));

    await rows.nth(1).getByRole('link').click();
    await visible(session.page.getByRole('heading', { name: 'AI task', level: 1 }));
    await visible(session.page.getByRole('region', { name: 'Prompt' }));
    await visible(session.page.getByRole('region', { name: 'Output' }));
    expect(session.pageErrors).toEqual([]);
  }, 120_000);
});
