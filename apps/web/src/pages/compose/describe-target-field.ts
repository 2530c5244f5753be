import type { Post } from '../../api/schemas/post.ts';
import type { SocialAccount } from '../../api/schemas/social-account.ts';
import { platformShortNames } from '../../components/platform-labels.ts';

const partNames: Record<string, string> = { text: 'Text', mediaIds: 'Images and videos', media: 'Images and videos' };

/**
 * Names a field of a scheduling error in words: the server points at a target's content
 * (`targets.0.text`, `targets.1.mediaIds.2`) when that account's network would refuse it.
 */
export function describeTargetField(post: Post, accounts: readonly SocialAccount[], fallback: Record<string, string> = {}): (field: string) => string {
  return (field) => {
    const match = /^targets\.(\d+)(?:\.(\w+))?/.exec(field);
    if (!match) return fallback[field] ?? field;
    const target = post.targets[Number(match[1])];
    if (!target) return field;
    const account = accounts.find((candidate) => candidate.id === target.socialAccountId);
    const who = account ? `@${account.handle} (${platformShortNames[account.platform]})` : platformShortNames[target.platform];
    const part = match[2] ? (partNames[match[2]] ?? match[2]) : 'Content';
    return `${part} for ${who}`;
  };
}
