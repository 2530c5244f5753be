import type { Platform } from '../../api/schemas/social-account.ts';
import { platformShortNames } from '../../components/platform-labels.ts';
import { useLengthCheck } from './use-length-check.ts';

/** One chosen account with the text it will actually get (its own, or the main text). */
export interface CountedTarget {
  accountId: string;
  platform: Platform;
  handle: string;
  text: string;
  /** True when the text is this account's own rather than the main text. */
  customised: boolean;
  asThread: boolean;
}

/**
 * One line per account: "@acme · Bluesky 123/300", red when the text is too long for it, unless
 * the account posts a long text as a thread.
 */
export function LengthCounter({ target, settledText }: { target: CountedTarget; settledText: string }) {
  const check = useLengthCheck(target.platform, target.accountId, settledText, target.text);
  const name = platformShortNames[target.platform];
  const handle = <span className="text-neutral-500">@{target.handle} · </span>;
  if (check.length === undefined || check.limit === undefined) {
    return (
      <li className="text-neutral-600">
        {handle}
        {name} <span className="text-neutral-500">· counted by the server</span>
      </li>
    );
  }
  const over = check.length - check.limit;
  const refused = (over > 0 && !target.asThread) || check.issues.length > 0;
  return (
    <li className={refused ? 'font-medium text-red-700' : 'text-neutral-700'}>
      {handle}
      <span className="tabular-nums">
        {name} {check.length}/{check.limit}
      </span>
      {over > 0 && (target.asThread ? <span> · goes out as a thread (see the preview)</span> : <span> · {over} over the limit</span>)}
      {target.customised && <span className="font-normal text-neutral-500"> · own text</span>}
      {check.estimated && <span className="font-normal text-neutral-500"> · estimated</span>}
      {check.issues.map((issue) => (
        <span key={issue} className="block text-xs">
          {issue}
        </span>
      ))}
    </li>
  );
}
