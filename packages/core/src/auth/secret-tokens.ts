import crypto from 'node:crypto';

/** An unguessable token for links and cookies (256 bits). Only its hash is ever stored. */
export function newSecretToken(): string {
  return crypto.randomBytes(32).toString('base64url');
}

/** SHA-256 is enough here: the input is random and high-entropy, unlike a password. */
export function hashToken(token: string): string {
  return crypto.createHash('sha256').update(token).digest('hex');
}

export function addDays(date: Date, days: number): Date {
  return new Date(date.getTime() + days * 86_400_000);
}
