import type { EngagementScope } from '../ports/engagement-repositories';
import { hourOf } from './engagement-schedule';
import { forEachLimited } from './for-each-limited';
import { profileReadLimit } from './read-limits';
import type { EngagementSyncDeps } from './sync-account-targets';
import { accountReader, throttledRead } from './throttled-read';

/** Accounts (and competitor readers) read side by side in one pass. */
const PARALLEL_ACCOUNTS = 4;
/** Upper bounds per pass; whatever is left is read in the next pass of the same hour or the next. */
const MAX_ACCOUNTS_PER_PASS = 2000;
const MAX_COMPETITORS_PER_PASS = 1000;

/**
 * Reads the audience of every active account in scope that has no snapshot for this hour yet
 * (followers, following, posts — null where the platform does not say), through the account's
 * read bucket. A platform that cannot be read now is simply tried in a later pass. Returns how
 * many snapshots were stored.
 */
export async function snapshotAccounts(deps: EngagementSyncDeps, options: { now: Date; scope: EngagementScope }): Promise<number> {
  const hour = hourOf(options.now);
  const accounts = await deps.uow.audienceSnapshots.accountsToSnapshot(hour, options.scope, MAX_ACCOUNTS_PER_PASS);
  let stored = 0;
  await forEachLimited(accounts, PARALLEL_ACCOUNTS, async (account) => {
    const provider = deps.providers.provider(account.platform);
    if (!provider) return;
    const reader = accountReader(deps, account, provider);
    const outcome = await throttledRead(deps, reader, { limit: profileReadLimit(account.platform, false), cost: 1, now: options.now, ownData: true }, (context) => provider.fetchProfile(context));
    if (outcome.status !== 'ok') return;
    if (await deps.uow.audienceSnapshots.insertAccountSnapshot(account.id, account.organizationId, { capturedHour: hour, capturedAt: deps.clock.now(), ...outcome.value })) stored += 1;
  });
  return stored;
}

/**
 * Reads each brand's competitors that have no snapshot for this hour, as the brand's own account
 * on the competitor's platform (public profiles only). A platform that refuses (private account,
 * unknown handle, no permission) gets nothing recorded, and the pass moves on.
 */
export async function snapshotCompetitors(deps: EngagementSyncDeps, options: { now: Date; organizationId?: string }): Promise<number> {
  const hour = hourOf(options.now);
  const competitors = await deps.uow.audienceSnapshots.competitorsToSnapshot(hour, options.organizationId ? { organizationId: options.organizationId } : {}, MAX_COMPETITORS_PER_PASS);
  const byReader = new Map<string, typeof competitors>();
  for (const competitor of competitors) byReader.set(competitor.readerAccountId, [...(byReader.get(competitor.readerAccountId) ?? []), competitor]);
  let stored = 0;
  await forEachLimited([...byReader], PARALLEL_ACCOUNTS, async ([readerAccountId, group]) => {
    const account = await deps.uow.socialAccounts.findByIdAnyOrganization(readerAccountId);
    const provider = account ? deps.providers.provider(account.platform) : null;
    if (!account || !provider) return;
    const reader = accountReader(deps, account, provider);
    for (const competitor of group) {
      const outcome = await throttledRead(deps, reader, { limit: profileReadLimit(account.platform, true), cost: 1, now: options.now, ownData: false }, (context) => provider.fetchProfile(context, competitor.handle));
      // Out of budget (or the platform said 429): the rest of this reader's competitors wait for a later pass.
      if (outcome.status === 'wait') return;
      if (outcome.status !== 'ok') continue;
      if (await deps.uow.audienceSnapshots.insertCompetitorSnapshot(competitor.id, { capturedHour: hour, capturedAt: deps.clock.now(), ...outcome.value })) stored += 1;
    }
  });
  return stored;
}
