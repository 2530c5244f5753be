import { chromium, type Browser, type Page } from 'playwright-core';

/** Debian's chromium with the flags that keep it quiet and offline-friendly in CI containers. */
export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}

export interface BrowserSession {
  browser: Browser;
  page: Page;
  /** Uncaught errors of the page; tests assert it stays empty. */
  pageErrors: string[];
}

/**
 * One browser profile (a context: its tabs share cookies and storage, like a person's browser)
 * with one page, collecting uncaught page errors.
 */
export async function openBrowserSession(options: { timeoutMs: number; timezoneId?: string }): Promise<BrowserSession> {
  const browser = await launchBrowser();
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, ...(options.timezoneId ? { timezoneId: options.timezoneId } : {}) });
  const page = await context.newPage();
  page.setDefaultTimeout(options.timeoutMs);
  const pageErrors: string[] = [];
  page.on('pageerror', (error) => pageErrors.push(error.message));
  return { browser, page, pageErrors };
}

/** Fills and sends the registration form (the new organization's owner is signed in after). */
export async function registerThroughUi(page: Page, baseUrl: string, person: { name: string; email: string; password: string; organization: string }): Promise<void> {
  await page.goto(`${baseUrl}/register`);
  const field = (label: string) => page.getByLabel(label, { exact: true });
  await field('Name').fill(person.name);
  await field('Email').fill(person.email);
  await field('Password').fill(person.password);
  await field('Organization name').fill(person.organization);
  await page.getByRole('button', { name: 'Create account', exact: true }).click();
}

/**
 * The brand wizard's first step, from the empty dashboard: the brand exists (as a draft) once the
 * next step shows, which is all accounts and posts need.
 */
export async function createDraftBrandThroughUi(page: Page, brandName: string, timeoutMs: number): Promise<void> {
  await page.getByRole('link', { name: 'Create your first brand' }).click();
  await page.getByLabel('Brand name', { exact: true }).fill(brandName);
  await page.getByLabel('Industry', { exact: true }).selectOption('fintech');
  await page.getByRole('button', { name: 'Next', exact: true }).click();
  await page.getByRole('heading', { name: 'Look' }).waitFor({ state: 'visible', timeout: timeoutMs });
}
