import type { BrandVoice } from '../../content-types';

/** A complete brand for tests; override what a test is about. */
export function brandVoice(overrides: Partial<BrandVoice> = {}): BrandVoice {
  return {
    name: 'Ledgerly',
    industry: 'fintech',
    tone: 'educational',
    pillars: ['Personal finance tips', 'Open banking', 'Small business cash flow'],
    audience: { roles: ['Founders', 'Finance leads'], geographies: ['Germany', 'France'], companySizes: ['11-50'] },
    voiceSamples: [
      'Cash flow is a habit, not a spreadsheet. Check it every Monday.',
      'Open banking lets your tools talk to your bank. Here is what that means for invoices.',
      'Three numbers every founder should know by heart: runway, burn, and days sales outstanding.',
      'We built Ledgerly because month-end should not take a week.',
      'Small steps: automate one payment reminder this week.',
    ],
    bannedWords: [],
    sensitiveTopics: [],
    ...overrides,
  };
}
