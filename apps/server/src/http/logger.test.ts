import { describe, expect, it } from 'vitest';
import { redactUrl } from './logger';

describe('redactUrl', () => {
  it('hides secret query values and keeps the rest', () => {
    expect(redactUrl('/api/v1/organizations/invitations/lookup?token=abc123&x=1')).toBe('/api/v1/organizations/invitations/lookup?token=[redacted]&x=1');
    expect(redactUrl('/callback?state=s&code=c')).toBe('/callback?state=[redacted]&code=[redacted]');
    expect(redactUrl('/api/v1/posts?page=2')).toBe('/api/v1/posts?page=2');
  });
});
