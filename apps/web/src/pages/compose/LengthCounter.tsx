import type { Platform } from '../../api/schemas/social-account.ts';
import { platformShortNames } from '../../components/platform-labels.ts';
import { useLengthCheck } from './use-length-check.ts';

/** One line per network: "Bluesky 123/300", red when the text is too long for it. */
export function LengthCounter({ platform, settledText, liveText }: { platform: Platform; settledText: string; liveText: string }) {
  const check = useLengthCheck(platform, settledText, liveText);
  const name = platformShortNames[platform];
  if (check.length === undefined || check.limit === undefined) {
    return (
      <li className="text-neutral-600">
        {name} <span className="text-neutral-500">· counted by the server</span>
      </li>
    );
  }
  const over = check.length - check.limit;
  return (
    <li className={over > 0 || check.issues.length > 0 ? 'font-medium text-red-700' : 'text-neutral-700'}>
      <span className="tabular-nums">
        {name} {check.length}/{check.limit}
      </span>
      {over > 0 && <span> · {over} over the limit</span>}
      {check.estimated && <span className="font-normal text-neutral-500"> · estimated</span>}
      {check.issues.map((issue) => (
        <span key={issue} className="block text-xs">
          {issue}
        </span>
      ))}
    </li>
  );
}
