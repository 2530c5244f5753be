import type { Locator, Page } from 'playwright-core';

/**
 * The ways every browser test finds things: by label, by role and name, as a person would. `page`
 * is a getter because each suite opens its page in `beforeAll`.
 */
export function uiHelpers(page: () => Page, timeoutMs: number) {
  return {
    visible: async (locator: Locator, timeout = timeoutMs): Promise<void> => {
      await locator.waitFor({ state: 'visible', timeout });
    },
    field: (label: string) => page().getByLabel(label, { exact: true }),
    button: (name: string) => page().getByRole('button', { name, exact: true }),
    navLink: (name: string) => page().getByRole('navigation', { name: 'Main' }).getByRole('link', { name, exact: true }),
    status: (text: string | RegExp) => page().getByRole('status').filter({ hasText: text }),
  };
}
