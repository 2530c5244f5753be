import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../testing/test-app';
import { addMember, createBrand } from '../../testing/fixtures';
import { authHeaders, registerUser, type RegisteredUser } from '../../testing/api-helpers';

let t: TestApp;
let owner: RegisteredUser;
beforeAll(async () => {
  t = await createTestApp();
  owner = await registerUser(t.app);
});
afterAll(async () => t?.close());

describe('brand safety lists', () => {
  it('are empty until set, store each word once whatever its case, and are audited', async () => {
    const brandId = await createBrand(t.app, owner);
    const url = `/api/v1/brands/${brandId}/safety-lists`;
    const empty = await t.app.inject({ method: 'GET', url, headers: authHeaders(owner.accessToken) });
    expect(empty.json()).toEqual({ lists: { bannedWords: [], sensitiveTopics: [] } });
    const saved = await t.app.inject({ method: 'PUT', url, headers: authHeaders(owner.accessToken), payload: { bannedWords: ['Cheap', ' cheap ', 'guaranteed'], sensitiveTopics: ['politics'] } });
    expect(saved.statusCode, saved.body).toBe(200);
    expect(saved.json().lists).toEqual({ bannedWords: ['Cheap', 'guaranteed'], sensitiveTopics: ['politics'] });
    expect((await t.app.inject({ method: 'GET', url, headers: authHeaders(owner.accessToken) })).json().lists.bannedWords).toEqual(['Cheap', 'guaranteed']);
    const audit = await t.app.inject({ method: 'GET', url: '/api/v1/admin/audit-logs?action=brand.safety_lists_updated', headers: authHeaders(owner.accessToken) });
    expect(audit.body).toContain('brand.safety_lists_updated');
  });

  it('may be read by every member but changed only by managers and up', async () => {
    const brandId = await createBrand(t.app, owner);
    const editor = await addMember(t, owner, 'editor');
    const url = `/api/v1/brands/${brandId}/safety-lists`;
    expect((await t.app.inject({ method: 'GET', url, headers: authHeaders(editor.accessToken, owner.organizationId) })).statusCode).toBe(200);
    const refused = await t.app.inject({ method: 'PUT', url, headers: authHeaders(editor.accessToken, owner.organizationId), payload: { bannedWords: [], sensitiveTopics: [] } });
    expect(refused.statusCode).toBe(403);
  });

  it('names the field of a bad entry and of an unknown brand', async () => {
    const brandId = await createBrand(t.app, owner);
    const bad = await t.app.inject({ method: 'PUT', url: `/api/v1/brands/${brandId}/safety-lists`, headers: authHeaders(owner.accessToken), payload: { bannedWords: ['x'.repeat(101)], sensitiveTopics: [] } });
    expect(bad.statusCode).toBe(400);
    expect(bad.body).toContain('bannedWords.0');
    const unknown = await t.app.inject({ method: 'GET', url: '/api/v1/brands/00000000-0000-4000-8000-000000000000/safety-lists', headers: authHeaders(owner.accessToken) });
    expect(unknown.statusCode).toBe(404);
  });
});
