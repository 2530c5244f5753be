import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../testing/test-app';
import { authHeaders, expectFieldError, registerUser, type RegisteredUser } from '../../testing/api-helpers';
import { addMember, connectSandboxAccount, createBrand } from '../../testing/fixtures';
import { insertAccount } from '../../testing/post-fixtures';

let t: TestApp;
let owner: RegisteredUser;
let brandId: string;
let alpha: string;
let beta: string;
beforeAll(async () => {
  t = await createTestApp();
  owner = await registerUser(t.app, { organizationName: 'Import Org' });
  brandId = await createBrand(t.app, owner, 'Import Brand');
  const preferences = { postsPerWeek: 7, preferredDays: [], preferredHours: [9], timeZone: 'Europe/Berlin' };
  expect((await call(owner, 'PUT', `/brands/${brandId}`, { preferences })).statusCode).toBe(200);
  alpha = await connectHandle('alpha');
  beta = await connectHandle('beta');
  await insertAccount(t, owner, brandId, { platform: 'x', handle: 'shortx' });
});
afterAll(async () => t.close());

function call(user: RegisteredUser, method: 'GET' | 'POST' | 'PUT', url: string, payload?: object) {
  return t.app.inject({ method, url: `/api/v1${url}`, headers: authHeaders(user.accessToken, owner.organizationId), ...(payload ? { payload } : {}) });
}

async function connectHandle(handle: string): Promise<string> {
  const response = await call(owner, 'POST', '/social-accounts/connect', { brandId, platform: 'sandbox', identifier: handle });
  expect(response.statusCode, response.body).toBe(201);
  return response.json().account.id;
}

const importCsv = (user: RegisteredUser, csv: string, brand = brandId) => call(user, 'POST', '/posts/import', { brandId: brand, csv });

describe('POST /posts/import', () => {
  it('creates the valid rows, reports the invalid ones by spreadsheet row and field, and schedules rows with a time', async () => {
    const csv = [
      '\uFEFFtext,accounts,time,tags',
      '"Hello, world",@alpha;BETA,2030-03-05 09:30,launch; news',
      'A plain draft,alpha,,',
      '',
      '"Two',
      'lines",@nobody,,',
      'Bad time,@alpha,next week,',
      `${'x'.repeat(300)},@shortx,,`,
      'With an offset,@alpha | @beta,2030-03-05T10:00:00+02:00,',
      ',@alpha,,',
      'Too late,@alpha,2020-01-01 09:00,',
      'Time without accounts,,2030-03-05 11:00,',
    ].join('\r\n');
    const response = await importCsv(owner, csv);
    expect(response.statusCode, response.body).toBe(200);
    const body = response.json();
    expect(body.errors).toEqual([
      // The quoted cell with a line break is one spreadsheet row (5), so rows count records, not lines.
      { row: 5, field: 'accounts', message: 'No account @nobody on this brand' },
      { row: 6, field: 'time', message: expect.stringMatching(/Not a time we can read/) },
      { row: 7, field: 'text', message: '@shortx on X: 300 / 280 characters' },
      { row: 9, field: 'text', message: 'A post needs text' },
      { row: 10, field: 'time', message: 'Must not be in the past' },
      { row: 11, field: 'accounts', message: 'A post with a time needs at least one account' },
    ]);
    expect(body.imported).toBe(3);
    expect(body.posts).toEqual([
      { row: 2, postId: expect.any(String), status: 'scheduled', scheduledAt: '2030-03-05T08:30:00.000Z' },
      { row: 3, postId: expect.any(String), status: 'draft', scheduledAt: null },
      { row: 8, postId: expect.any(String), status: 'scheduled', scheduledAt: '2030-03-05T08:00:00.000Z' },
    ]);

    const first = (await call(owner, 'GET', `/posts/${body.posts[0].postId}`)).json().post;
    expect(first).toMatchObject({ text: 'Hello, world', tags: ['launch', 'news'], version: 1, reviewedByUserId: owner.user.id });
    expect(first.targets.map((target: { socialAccountId: string; status: string }) => [target.socialAccountId, target.status])).toEqual([
      [alpha, 'scheduled'],
      [beta, 'scheduled'],
    ]);
    const draft = (await call(owner, 'GET', `/posts/${body.posts[1].postId}`)).json().post;
    expect(draft).toMatchObject({ text: 'A plain draft', status: 'draft', targets: [{ socialAccountId: alpha, status: 'pending' }] });

    const audit = (await call(owner, 'GET', '/admin/audit-logs?action=post.imported')).json().items;
    expect(audit.map((entry: { entityId: string; newValues: { row: number } }) => [entry.newValues.row, entry.entityId]).sort()).toEqual(
      body.posts.map((post: { row: number; postId: string }) => [post.row, post.postId]).sort(),
    );
  });

  it("sends rows with a time for approval when the importer may not approve, and keeps the error list clean", async () => {
    await call(owner, 'PUT', '/organizations', { requireApproval: true });
    try {
      const editor = await addMember(t, owner, 'editor');
      const response = await importCsv(editor, 'text,accounts,time\nPlease approve,@alpha,2030-04-01 09:00\nJust a draft,@alpha,\n');
      expect(response.statusCode, response.body).toBe(200);
      expect(response.json()).toEqual({
        imported: 2,
        posts: [
          { row: 2, postId: expect.any(String), status: 'pending_approval', scheduledAt: null },
          { row: 3, postId: expect.any(String), status: 'draft', scheduledAt: null },
        ],
        errors: [],
      });
      const pending = (await call(owner, 'GET', `/posts/${response.json().posts[0].postId}`)).json().post;
      expect(pending).toMatchObject({ status: 'pending_approval', createdByUserId: editor.user.id, targets: [{ status: 'pending' }] });
      const audit = (await call(owner, 'GET', '/admin/audit-logs?action=post.imported&limit=100')).json().items;
      const entry = audit.find((candidate: { entityId: string }) => candidate.entityId === pending.id);
      expect(entry.newValues).toMatchObject({ status: 'pending_approval', scheduledAt: null, requestedTime: '2030-04-01T07:00:00.000Z' });
    } finally {
      await call(owner, 'PUT', '/organizations', { requireApproval: false });
    }
  });

  it('answers 400 naming csv for a CSV that cannot be read, and brandId for an unknown brand', async () => {
    expectFieldError(await importCsv(owner, 'text,accounts\n"never closed,@alpha\n'), 400, 'csv');
    expectFieldError(await importCsv(owner, 'accounts,time\n@alpha,\n'), 400, 'csv');
    expectFieldError(await importCsv(owner, ''), 400, 'csv');
    expectFieldError(await importCsv(owner, 'text\nhello\n', '00000000-0000-4000-8000-00000000cafe'), 400, 'brandId');
    const { brandId: otherBrand } = await connectSandboxAccount(t.app, owner);
    // Accounts are looked up on the brand named, not anywhere in the organization.
    const elsewhere = await importCsv(owner, 'text,accounts\nhello,@alpha\n', otherBrand);
    expect(elsewhere.json()).toEqual({ imported: 0, posts: [], errors: [{ row: 2, field: 'accounts', message: 'No account @alpha on this brand' }] });
    const tagged = await importCsv(owner, `text,tags\nTagged,ok;${'t'.repeat(41)}\n`);
    expect(tagged.json().errors).toEqual([{ row: 2, field: 'tags', message: expect.stringMatching(/longer than 40 characters/) }]);
  });

  it('takes a CSV of up to 1 MB even when JSON escaping makes the body larger, and refuses more', async () => {
    // 20 rows padded with blank space to exactly 1 MiB; quotes and line breaks grow when JSON-escaped,
    // so the request body is over the server-wide 1 MiB body limit.
    const rows = `text,accounts\n${'"She said ""hi""",@alpha\n'.repeat(20)}`;
    const fullCsv = rows + ' '.repeat(1_048_576 - rows.length);
    expect(Buffer.byteLength(fullCsv)).toBe(1_048_576);
    expect(Buffer.byteLength(JSON.stringify({ brandId, csv: fullCsv }))).toBeGreaterThan(1_048_576);
    const full = await importCsv(owner, fullCsv);
    expect(full.statusCode, full.body.slice(0, 300)).toBe(200);
    expect(full.json()).toMatchObject({ imported: 20, errors: [] });

    expectFieldError(await importCsv(owner, `${fullCsv} `), 400, 'csv');
    const oversize = await t.app.inject({
      method: 'POST',
      url: '/api/v1/posts/import',
      headers: authHeaders(owner.accessToken, owner.organizationId),
      payload: { brandId, csv: 'x'.repeat(3_000_000) },
    });
    expectFieldError(oversize, 413, 'body');
  });
});
