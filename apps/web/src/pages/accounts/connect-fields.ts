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
  /** Connected by signing in on the platform (OAuth) instead of a form. */
  oauth?: boolean;
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
    about: 'Sign in with X: you approve Socialseed on x.com and come back here. Needs an X app configured on this installation; the server says so if it is not.',
    needsBaseUrl: false,
    oauth: true,
  },
};

export const defaultMastodonServer = 'https://mastodon.social';
