import { describe, expect, it } from 'vitest';
import { useProductInBrowser } from './support/product-in-browser.ts';
import { makeMp4 } from '@socialseed/testkit/fixtures/video-fixtures';
import { solidPng } from './support/png.ts';
import { registerThroughUi, createDraftBrandThroughUi } from './support/browser.ts';
import { uiHelpers } from './support/ui.ts';

/*
 * The content library in a real browser against the real server: connect a Sandbox account and
 * read its health line, import posts from a CSV with one bad row, duplicate an imported post into
 * a new draft, give its account its own text and restore the version from before, schedule it
 * with the library's bulk action, drag a scheduled post to another day on the calendar, and sync
 * the account.
 * The browser runs in Europe/Berlin; the imported times are in UTC at 10:00, the same calendar
 * day in Berlin. The steps share one browser page and run in order; each builds on the previous one.
 */

const owner = { name: 'Katherine Johnson', email: 'katherine@example.com', password: 'correct horse battery', organization: 'Orbit Co' };
const brandName = 'Acme Pay';
const handle = 'acme';
const timeZone = 'Europe/Berlin';
const waitTimeout = 30_000;

/** "2030-03-05": the UTC calendar day `days` from now. */
function utcDay(days: number): string {
  return new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);
}

const scheduledDay = utcDay(3);
const scheduledText = 'Budgeting is a habit, not a spreadsheet';
const draftText = 'Ask us anything about saving for a home';
const csv = [
  'text,accounts,time,tags',
  `"${scheduledText}, here is how to start.",${handle},${scheduledDay}T10:00:00Z,habits;money`,
  `${draftText}.,@${handle},,questions`,
  'This row names an account the brand does not have.,nobody,,',
].join('\n');

let importedPostUrl = '';

const { visible, field, button, navLink, status } = uiHelpers(() => session.page, waitTimeout);

const health = () => session.page.getByRole('group', { name: `Health of @${handle}` });

/** The month grid's name for a day, computed in the page so it uses the browser's locale. */
function dayLabel(day: string): Promise<string> {
  return session.page.evaluate((key) => {
    const [year, month, date] = key.split('-').map(Number) as [number, number, number];
    return new Intl.DateTimeFormat(undefined, { weekday: 'long', day: 'numeric', month: 'long' }).format(new Date(year, month - 1, date));
  }, day);
}

function nextDay(day: string): string {
  return new Date(Date.parse(`${day}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
}

const session = useProductInBrowser({ timeoutMs: waitTimeout, timezoneId: timeZone });

describe('the content library in the browser', () => {
  it('registers, creates a brand and connects a Sandbox account whose health line shows', async () => {
    await registerThroughUi(session.page, session.server.baseUrl, owner);
    await createDraftBrandThroughUi(session.page, brandName, waitTimeout);

    await navLink('Accounts').click();
    await field('Handle').fill(handle);
    await button('Connect account').click();
    await visible(status(`Connected @${handle} to ${brandName}.`));
    await visible(health().getByText('Status: active'));
    await visible(health().getByText('Token: does not expire'));
    await visible(health().getByText(/^Rate limit: \d+\/\d+ left/));
    await visible(health().getByText('Posts: 0 scheduled, 0 held, 0 failed'));
  }, 120_000);

  it('imports a CSV: two rows become posts and the bad row is reported by row and field', async () => {
    await navLink('Import posts').click();
    await visible(session.page.getByRole('heading', { name: 'Import posts', level: 1 }));
    await visible(session.page.getByRole('link', { name: 'Download an example CSV' }));
    expect(await field('Brand').locator('option:checked').textContent()).toBe(brandName);

    await field('CSV file').setInputFiles({ name: 'posts.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
    // The file is read in the browser and shown for checking before it is sent.
    await visible(session.page.getByText('Read posts.csv', { exact: false }));
    expect(await field('CSV').inputValue()).toBe(csv);
    await button('Import posts').click();

    await visible(status('2 posts imported; 1 row not imported.'));
    const imported = session.page.getByRole('table', { name: 'Imported rows' });
    await visible(imported.getByRole('row').filter({ hasText: 'Scheduled' }).getByRole('link', { name: 'Open post from row 2' }));
    await visible(imported.getByRole('row').filter({ hasText: 'Draft' }).getByRole('link', { name: 'Open post from row 3' }));
    const errorRow = session.page.getByRole('table', { name: 'Rows not imported' }).getByRole('row').filter({ hasText: 'No account @nobody' });
    expect((await errorRow.getByRole('cell').allTextContents()).slice(0, 2)).toEqual(['4', 'accounts']);
  }, 120_000);

  it('duplicates an imported post into a new draft in the composer, with a preview per account', async () => {
    await session.page.getByRole('link', { name: 'Open post from row 3' }).click();
    await visible(session.page.getByRole('heading', { name: 'Post', level: 1 }));
    importedPostUrl = session.page.url();
    await button('Duplicate').click();

    await session.page.waitForURL(/\/posts\/[0-9a-f-]+\/edit$/);
    expect(session.page.url()).not.toBe(`${importedPostUrl}/edit`);
    await visible(status('This is a copy of the post, saved as a new draft.'));
    expect(await field('Text').inputValue()).toBe(`${draftText}.`);
    await visible(session.page.getByText('Draft', { exact: true }));

    // Each account can differ from the main post; its text starts as the main text.
    await button(`Customize for @${handle} (Sandbox)`).click();
    expect(await field(`Text for @${handle}`).inputValue()).toBe(`${draftText}.`);
    await visible(session.page.getByRole('list', { name: 'Preview for each account' }).getByRole('listitem', { name: `@${handle} · Sandbox` }).getByText(`${draftText}.`));

    await navLink('Posts').click();
    await visible(session.page.getByRole('row').filter({ hasText: draftText }).nth(1));
  }, 120_000);

  it('gives one account its own text, then restores the version from before', async () => {
    await session.page.goBack();
    await visible(session.page.getByRole('heading', { name: 'Edit post', level: 1 }));
    await button(`Customize for @${handle} (Sandbox)`).click();
    await field(`Text for @${handle}`).fill('Only for the Sandbox audience.');
    await visible(session.page.getByRole('list', { name: 'Length on each network' }).getByText('own text'));
    // An image with alt text: written on the image itself, saved when the field is left.
    await field('Images and videos').setInputFiles({ name: 'chart.png', mimeType: 'image/png', buffer: solidPng(16, [200, 40, 40]) });
    await field('Alt text for image 1').fill('A red square standing for our growth');
    await field('Text').click();
    await visible(session.page.getByText('Saved.', { exact: true }));
    // A video can ride along in a draft; the composer says up front that it cannot be posted yet.
    await field('Images and videos').setInputFiles({ name: 'teaser.mp4', mimeType: 'video/mp4', buffer: makeMp4({ duration: 12_000n }) });
    const attached = session.page.getByRole('list', { name: 'Attached' });
    await visible(attached.getByRole('img', { name: 'Video, 0:12' }));
    const videoNotice = session.page.getByRole('note').filter({ hasText: 'Posting video is not supported by Socialseed yet' });
    await visible(videoNotice);
    await button('Play video 2').click();
    const player = attached.getByLabel('video 2', { exact: true });
    await visible(player);
    expect(await player.evaluate((video: HTMLVideoElement) => [video.tagName, video.muted, video.controls, video.preload])).toEqual(['VIDEO', true, true, 'metadata']);
    await button('Remove video 2').click();
    await videoNotice.waitFor({ state: 'detached', timeout: waitTimeout });
    await button('Save draft').click();
    await visible(status('Changes saved.'));
    const preview = session.page.getByRole('list', { name: 'Preview for each account' }).getByRole('listitem', { name: `@${handle} · Sandbox` });
    await visible(preview.getByText('Only for the Sandbox audience.'));

    await session.page.getByRole('link', { name: 'View post' }).click();
    await visible(session.page.getByRole('heading', { name: 'Post', level: 1 }));
    session.page.once('dialog', (dialog) => void dialog.accept());
    await session.page.getByRole('button', { name: 'Restore version 1' }).click();
    await visible(status('Version 1 restored as version 3.'));
    await visible(session.page.getByRole('list', { name: 'Versions' }).getByText('Version 3'));

    // Version 1 had no text of its own for the account: the preview sends the main text again.
    await session.page.getByRole('link', { name: 'Edit', exact: true }).click();
    await visible(session.page.getByRole('list', { name: 'Preview for each account' }).getByRole('listitem', { name: `@${handle} · Sandbox` }).getByText(`${draftText}.`));
  }, 120_000);

  it('schedules the approved copy from the library with a bulk action, showing each post’s result', async () => {
    await button('Submit for approval').click();
    await visible(status('Approved: choose when to publish it.'));
    await navLink('Posts').click();
    await visible(session.page.getByRole('heading', { name: 'Posts', level: 1 }));
    // The original is a draft and cannot be ticked; the approved copy can.
    await visible(session.page.getByRole('checkbox', { name: `Select ${draftText}.` }));
    expect(await session.page.getByRole('checkbox', { name: `Select ${draftText}.` }).count()).toBe(1);
    await session.page.getByRole('checkbox', { name: `Select ${draftText}.` }).check();
    await visible(session.page.getByText('1 selected'));
    await field('Schedule at').fill(`${utcDay(4)}T15:30`);
    await button('Schedule selected').click();

    const results = session.page.getByRole('region', { name: 'Scheduling results' });
    await visible(results.getByText('1 scheduled.'));
    await visible(results.getByRole('listitem').filter({ hasText: draftText }).filter({ hasText: 'scheduled for' }));
    await visible(session.page.getByText('Tick approved posts to add them to the queue or schedule them together.'));
  }, 120_000);

  it('reschedules the scheduled post by dragging it to the next day on the calendar, keeping its time', async () => {
    await session.page.goto(`${session.server.baseUrl}/calendar?view=month&date=${scheduledDay}`);
    const calendar = session.page.getByRole('region', { name: 'Calendar' });
    const fromDay = calendar.getByRole('listitem', { name: new RegExp(`^${await dayLabel(scheduledDay)}:`) });
    const toDay = calendar.getByRole('listitem', { name: new RegExp(`^${await dayLabel(nextDay(scheduledDay))}:`) });
    const entry = fromDay.getByRole('link').filter({ hasText: scheduledText });
    await visible(entry);
    const timeBefore = await entry.locator('span').first().textContent();

    await entry.dragTo(toDay);

    await visible(status(/^Moved: it now goes out /));
    const moved = toDay.getByRole('link').filter({ hasText: scheduledText });
    await visible(moved);
    expect(await fromDay.getByRole('link').filter({ hasText: scheduledText }).count()).toBe(0);
    expect(await moved.locator('span').first().textContent()).toBe(timeBefore);

    // The server has it: a fresh load shows the post on the new day.
    await session.page.reload();
    await visible(toDay.getByRole('link').filter({ hasText: scheduledText }));
  }, 120_000);

  it('counts the scheduled posts in the account’s health line, and syncs the account', async () => {
    await navLink('Accounts').click();
    await visible(health().getByText('Posts: 2 scheduled, 0 held, 0 failed'));
    await session.page.getByRole('button', { name: `Sync now @${handle}` }).click();
    await visible(status(`Synced @${handle}.`));
    await visible(health().getByText(/^Last synced: (now|\d+ seconds? ago)$/));
    expect(session.pageErrors).toEqual([]);
  }, 120_000);
});
