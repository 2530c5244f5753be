import { describe, expect, it } from 'vitest';
import { planSandboxHistory } from './sandbox-history-plan';

const now = new Date('2026-03-20T15:30:00Z');
const input = { brandId: 'brand-1', brandName: 'Seedling', topics: ['composting', 'urban gardens'], days: 30, postsPerDay: 2, now };

describe('the Sandbox history plan', () => {
  it('has postsPerDay posts on each of the days before today, oldest first, between 06:00 and 22:00 UTC', () => {
    const plan = planSandboxHistory(input);
    expect(plan).toHaveLength(60);
    const startOfToday = Date.UTC(2026, 2, 20);
    expect(plan[0]?.publishedAt.getTime()).toBeGreaterThanOrEqual(startOfToday - 30 * 86_400_000);
    expect(plan.every((post) => post.publishedAt.getTime() < startOfToday)).toBe(true);
    expect(plan.every((post) => post.publishedAt.getUTCHours() >= 6 && post.publishedAt.getUTCHours() < 22)).toBe(true);
    expect([...plan].sort((a, b) => a.publishedAt.getTime() - b.publishedAt.getTime())).toEqual(plan);
  });

  it('varies tones, formats and questions, and is the same every time for the same brand', () => {
    const plan = planSandboxHistory(input);
    expect(new Set(plan.map((post) => post.tone)).size).toBeGreaterThanOrEqual(5);
    expect(new Set(plan.map((post) => post.format)).size).toBe(4);
    expect(plan.some((post) => post.text.includes('?'))).toBe(true);
    expect(plan.some((post) => post.text.includes('composting'))).toBe(true);
    expect(planSandboxHistory(input)).toEqual(plan);
    expect(planSandboxHistory({ ...input, brandId: 'brand-2' })).not.toEqual(plan);
  });
});
