import type { Platform } from '../../api/schemas/social-account.ts';

/** What the connect form asks for on each network, and how it explains it. */
export interface ConnectFields {
  /** One line under the network choice. */
  about: string;
  /** Absent when the secret alone names the account (Mastodon's token knows whose it is). */
  identifierLabel?: string;
  identifierHint?: string;
  /** Absent when the network needs no secret (the Sandbox). */
  secretLabel?: string;
  needsBaseUrl: boolean;
}

export const connectFields: Record<Platform, ConnectFields> = {
  sandbox: {
    about: 'A built-in simulated network for trying scheduling and publishing offline: no keys, nothing leaves this server.',
    identifierLabel: 'Handle',
    identifierHint: 'Any name you like, e.g. acme.',
    needsBaseUrl: false,
  },
  bluesky: {
    about: 'Use an app password (Bluesky: Settings → Privacy and security → App passwords), never your main password.',
    identifierLabel: 'Handle',
    identifierHint: 'e.g. acme.bsky.social',
    secretLabel: 'App password',
    needsBaseUrl: false,
  },
  mastodon: {
    about: 'Create an access token on your server (Preferences → Development → New application) with read and write scopes.',
    secretLabel: 'Access token',
    needsBaseUrl: true,
  },
  x: {
    about: 'X needs API access configured on this instance; the server says so if it is not.',
    identifierLabel: 'Handle',
    identifierHint: 'e.g. acme, without the @.',
    secretLabel: 'Access token',
    needsBaseUrl: false,
  },
};

export const defaultMastodonServer = 'https://mastodon.social';
