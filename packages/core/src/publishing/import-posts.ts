import { z } from 'zod';
import { AppError, isAppError } from '../errors';
import { recordAudit } from '../audit/record-audit';
import { assertCan, can } from '../organizations/permissions';
import type { Repositories, UnitOfWork } from '../ports/repositories';
import type { Actor } from '../shared/actor';
import type { Clock } from '../shared/clock';
import { insertDraft } from './create-post';
import { matchAccount, parseImportTime, splitList } from './import-rows';
import { MAX_POST_TEXT, MAX_TAG_LENGTH, MAX_TAGS, type PostStatus } from './post';
import { overridesOf, snapshotOf } from './post-access';
import { isPast, scheduleLocked } from './schedule-post';
import type { SocialAccountRecord } from './social-account';
import { checkContent } from './target-content';
import { limitsForAccount } from './account-limits';
import { describeTargetIssue } from './target-previews';

export const MAX_IMPORT_ROWS = 500;

/**
 * One spreadsheet row as the HTTP layer read it from the CSV. `row` is the number a spreadsheet
 * shows (the header is row 1); a cell the row does not have is null.
 */
export const importRowSchema = z.object({
  row: z.number().int().min(2),
  text: z.string().nullable(),
  accounts: z.string().nullable(),
  time: z.string().nullable(),
  tags: z.string().nullable(),
});
export type ImportRow = z.infer<typeof importRowSchema>;

export const importPostsSchema = z.object({ brandId: z.uuid(), rows: z.array(importRowSchema).max(MAX_IMPORT_ROWS) });
export type ImportPostsInput = z.infer<typeof importPostsSchema>;

export interface ImportRowError {
  row: number;
  field: string;
  message: string;
}

export interface ImportResult {
  imported: number;
  /** `scheduledAt` is set only for rows that were scheduled. */
  posts: Array<{ row: number; postId: string; status: PostStatus; scheduledAt: Date | null }>;
  errors: ImportRowError[];
}

interface RowPlan {
  row: number;
  text: string;
  tags: string[];
  accounts: SocialAccountRecord[];
  time: Date | null;
}

async function brandAccounts(repos: Repositories, organizationId: string, brandId: string): Promise<SocialAccountRecord[]> {
  const accounts: SocialAccountRecord[] = [];
  for (let page = 1; ; page++) {
    const batch = await repos.socialAccounts.list(organizationId, { brandId }, { page, limit: 100 });
    accounts.push(...batch.items);
    if (batch.items.length === 0 || accounts.length >= batch.total) return accounts;
  }
}

/** Every problem of one row, or the post it describes. */
function planRow(row: ImportRow, accounts: SocialAccountRecord[], context: { timeZone: string | null; now: Date; maySchedule: boolean }): RowPlan | ImportRowError[] {
  const errors: ImportRowError[] = [];
  const fail = (field: string, message: string) => errors.push({ row: row.row, field, message });
  const text = (row.text ?? '').trim();
  if (text === '') fail('text', 'A post needs text');
  if (text.length > MAX_POST_TEXT) fail('text', `At most ${MAX_POST_TEXT} characters`);

  const references = splitList(row.accounts ?? '', /[;|]/);
  const chosen: SocialAccountRecord[] = [];
  for (const reference of references) {
    const match = matchAccount(reference, accounts);
    if (!match.ok) fail('accounts', match.message);
    else if (!chosen.includes(match.value)) chosen.push(match.value);
  }

  const tags = splitList(row.tags ?? '', /;/);
  if (tags.length > MAX_TAGS) fail('tags', `At most ${MAX_TAGS} tags`);
  for (const tag of tags.filter((candidate) => candidate.length > MAX_TAG_LENGTH)) {
    fail('tags', `"${tag.slice(0, 20)}…" is longer than ${MAX_TAG_LENGTH} characters`);
  }

  let time: Date | null = null;
  const timeCell = (row.time ?? '').trim();
  if (timeCell !== '') {
    const parsed = parseImportTime(timeCell, context.timeZone);
    if (!parsed.ok) fail('time', parsed.message);
    else if (isPast(parsed.value, context.now)) fail('time', 'Must not be in the past');
    else time = parsed.value;
    if (!context.maySchedule) fail('time', 'Your role cannot schedule posts; leave the time empty to import a draft');
    if (references.length === 0) fail('accounts', 'A post with a time needs at least one account');
  }

  // The same check scheduling makes, so an imported post never fails it later.
  for (const account of chosen) {
    const check = checkContent({ text, asThread: false }, [], limitsForAccount(account));
    for (const issue of check.issues.filter((candidate) => candidate.code !== 'TEXT_EMPTY')) {
      fail('text', describeTargetIssue({ handle: account.handle, platform: account.platform, parts: check.parts }, issue));
    }
  }
  return errors.length > 0 ? errors : { row: row.row, text, tags, accounts: chosen, time };
}

/**
 * Creates one post per valid spreadsheet row, each in its own transaction, so a valid row is
 * never lost because another is bad; invalid rows are reported by row and field and not created.
 * A row without a time becomes a draft. A row with a time is approved and scheduled when the
 * importer may approve (or the organization does not require approval); otherwise it is sent for
 * approval (pending_approval) and its time is left for the approver, recorded in the audit entry.
 * An importer whose role cannot schedule gets rows with a time reported, not silently demoted.
 * One `post.imported` audit entry per created post.
 */
export async function importPosts(
  deps: { uow: UnitOfWork; clock: Clock },
  actor: Actor,
  input: ImportPostsInput,
  onUnexpected: (error: unknown, row: number) => void,
): Promise<ImportResult> {
  assertCan(actor.role, 'posts.write');
  const brand = await deps.uow.brands.findById(actor.organizationId, input.brandId);
  if (!brand) throw AppError.invalid([{ field: 'brandId', message: 'No such brand in this organization' }]);
  const organization = await deps.uow.organizations.findById(actor.organizationId);
  if (!organization) throw AppError.notFound('Organization');
  const accounts = await brandAccounts(deps.uow, actor.organizationId, brand.id);
  const selfApproved = !organization.requireApproval || can(actor.role, 'posts.approve');
  const context = { timeZone: brand.preferences?.timeZone ?? null, now: deps.clock.now(), maySchedule: can(actor.role, 'posts.schedule') };

  const result: ImportResult = { imported: 0, posts: [], errors: [] };
  for (const row of input.rows) {
    const plan = planRow(row, accounts, context);
    if (Array.isArray(plan)) {
      result.errors.push(...plan);
      continue;
    }
    try {
      const created = await deps.uow.transaction(async (repos) => {
        const draft = await insertDraft(repos, actor, {
          brandId: brand.id,
          text: plan.text,
          mediaIds: [],
          tags: plan.tags,
          priority: 'normal',
          accounts: plan.accounts,
          overrides: [],
        });
        let post = draft;
        if (plan.time && selfApproved) {
          const approved = await repos.posts.update(draft.id, { status: 'approved', reviewedByUserId: actor.userId, reviewedAt: deps.clock.now() });
          post = await scheduleLocked(repos, approved, plan.time, false);
        } else if (plan.time) {
          post = { ...(await repos.posts.update(draft.id, { status: 'pending_approval' })), targets: draft.targets };
        }
        await recordAudit(repos, actor, {
          organizationId: actor.organizationId,
          actorUserId: actor.userId,
          action: 'post.imported',
          entityType: 'post',
          entityId: post.id,
          after: {
            ...snapshotOf(post, plan.accounts.map((account) => account.id), overridesOf(post.targets)),
            row: plan.row,
            status: post.status,
            scheduledAt: post.scheduledAt,
            requestedTime: plan.time,
          },
        });
        return post;
      });
      result.posts.push({ row: plan.row, postId: created.id, status: created.status, scheduledAt: created.scheduledAt });
      result.imported++;
    } catch (error) {
      if (!isAppError(error)) onUnexpected(error, plan.row);
      const issues = isAppError(error) ? (error.details?.issues ?? []) : [];
      if (issues.length === 0) result.errors.push({ row: plan.row, field: 'row', message: isAppError(error) ? error.userMessage : 'Something went wrong on our side; import this row again.' });
      for (const issue of issues) result.errors.push({ row: plan.row, field: issue.field, message: issue.message });
    }
  }
  return result;
}
