import { describe, expect, it } from 'vitest';
import { REDACTED, redactSecrets } from './redact';

describe('redactSecrets', () => {
  it('blanks secret-looking keys at any depth and keeps everything else', () => {
    const input = {
      name: 'Ada',
      password: 'hunter22',
      nested: { refreshToken: 'abc', apiKey: 'k', list: [{ passwordHash: 'h', color: '#fff' }] },
      at: new Date('2026-01-02T03:04:05.000Z'),
    };
    expect(redactSecrets(input)).toEqual({
      name: 'Ada',
      password: REDACTED,
      nested: { refreshToken: REDACTED, apiKey: REDACTED, list: [{ passwordHash: REDACTED, color: '#fff' }] },
      at: '2026-01-02T03:04:05.000Z',
    });
  });
});
