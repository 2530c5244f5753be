import crypto from 'node:crypto';
import type { SocialConnector } from '@socialseed/core/ports/social-connector';

const sandboxDisplayName = (handle: string) => `${handle} (Sandbox)`;

/** Connecting a Sandbox account needs only a handle: there is nobody to ask for permission. */
export const sandboxConnector: SocialConnector = {
  platform: 'sandbox',
  async connectWithSecret({ identifier }) {
    const handle = identifier.replace(/^@/, '').trim().toLowerCase();
    return {
      platformAccountId: `sandbox:${handle}`,
      handle,
      displayName: sandboxDisplayName(handle),
      baseUrl: 'https://sandbox.socialseed.local',
      credentials: { accessToken: `sandbox_${crypto.randomBytes(16).toString('hex')}`, refreshToken: null, expiresAt: null },
      instanceLimits: null,
    };
  },
  // The Sandbox's accounts are ours: they always work and never change.
  describeAccount: async (account) => ({ handle: account.handle, displayName: sandboxDisplayName(account.handle), instanceLimits: null }),
};
