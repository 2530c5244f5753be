import crypto from 'node:crypto';
import { and, asc, count, desc, eq, gt, gte, ilike, inArray, lt, sql, type SQL } from 'drizzle-orm';
import type { StoredTrendState, TrendRecord, TrendsRepository } from '@socialseed/core/ports/trend-repositories';
import type { TrendSourceId } from '@socialseed/core/trends/trend-item';
import type { Executor } from '../client';
import { trendMembers, trends } from '../schema/index';
import { countOf, offset, toPage } from './page';
import { decodeEmbedding, decodeSignature, encodeEmbedding, encodeSignature } from './vector-codec';

/** Rows per INSERT: trends have 27 columns and PostgreSQL allows 65,535 parameters. */
const CHUNK = 1000;

function chunks<T>(rows: T[], size = CHUNK): T[][] {
  const out: T[][] = [];
  for (let start = 0; start < rows.length; start += size) out.push(rows.slice(start, start + size));
  return out;
}

const TREND_COLUMNS = [
  'id', 'organization_id', 'title', 'summary', 'url', 'image_url', 'category', 'sources', 'mentions', 'engagement', 'engagement_per_hour', 'acceleration', 'momentum',
  'sentiment_label', 'sentiment_score', 'opportunity', 'signature', 'image_hashes', 'embedding', 'embedding_model', 'history', 'published_at', 'first_seen_at', 'last_seen_at', 'expires_at',
];

function toRecord(row: typeof trends.$inferSelect): TrendRecord {
  return {
    id: row.id,
    title: row.title,
    summary: row.summary,
    url: row.url,
    imageUrl: row.imageUrl,
    category: row.category,
    sources: row.sources as TrendSourceId[],
    mentions: row.mentions,
    engagement: row.engagement,
    engagementPerHour: row.engagementPerHour,
    acceleration: row.acceleration,
    momentum: row.momentum,
    sentimentLabel: row.sentimentLabel,
    sentimentScore: row.sentimentScore,
    opportunity: row.opportunity,
    history: row.history,
    publishedAt: row.publishedAt,
    firstSeenAt: row.firstSeenAt,
    lastSeenAt: row.lastSeenAt,
    expiresAt: row.expiresAt,
  };
}

export function createTrendsRepository(db: Executor): TrendsRepository {
  return {
    async findMemberTrendIds(organizationId, memberKeys, urlKeys) {
      const byMemberKey = new Map<string, string>();
      const byUrlKey = new Map<string, string>();
      for (const part of chunks(memberKeys, 10_000)) {
        // (source, external id) pairs joined against the primary key, so the lookup stays an index
        // probe per item however many members the organization has.
        const sources = part.map((key) => key.slice(0, key.indexOf(':')));
        const externalIds = part.map((key) => key.slice(key.indexOf(':') + 1));
        const result = await db.execute<{ source: string; external_id: string; trend_id: string }>(sql`
          SELECT m.source, m.external_id, m.trend_id FROM trend_members m
          JOIN unnest(${sql.param(sources)}::text[], ${sql.param(externalIds)}::text[]) AS wanted(source, external_id)
            ON m.source = wanted.source AND m.external_id = wanted.external_id
          WHERE m.organization_id = ${organizationId}`);
        for (const row of result.rows) byMemberKey.set(`${row.source}:${row.external_id}`, row.trend_id);
      }
      for (const part of chunks(urlKeys, 10_000)) {
        const result = await db.execute<{ url_key: string; trend_id: string }>(sql`
          SELECT DISTINCT ON (url_key) url_key, trend_id FROM trend_members
          WHERE organization_id = ${organizationId} AND url_key = ANY(${sql.param(part)}::text[])
          ORDER BY url_key, last_seen_at DESC`);
        for (const row of result.rows) byUrlKey.set(row.url_key, row.trend_id);
      }
      return { byMemberKey, byUrlKey };
    },

    async recentForMatching(organizationId, since) {
      const rows = await db
        .select({ trendId: trends.id, signature: trends.signature, imageHashes: trends.imageHashes })
        .from(trends)
        .where(and(eq(trends.organizationId, organizationId), gte(trends.lastSeenAt, since)));
      return rows.map((row) => ({ trendId: row.trendId, signature: decodeSignature(row.signature), imageHashes: row.imageHashes }));
    },

    async loadStates(organizationId, trendIds) {
      if (trendIds.length === 0) return [];
      const states = new Map<string, StoredTrendState>();
      for (const part of chunks(trendIds, 5000)) {
        const rows = await db.select().from(trends).where(and(eq(trends.organizationId, organizationId), inArray(trends.id, part)));
        for (const row of rows) {
          states.set(row.id, {
            id: row.id,
            title: row.title,
            summary: row.summary,
            url: row.url,
            imageUrl: row.imageUrl,
            category: row.category,
            history: row.history,
            signature: decodeSignature(row.signature),
            imageHashes: row.imageHashes,
            embeddingModel: row.embeddingModel,
            embedding: decodeEmbedding(row.embedding),
            sentimentScore: row.sentimentScore,
            publishedAt: row.publishedAt,
            firstSeenAt: row.firstSeenAt,
            members: [],
          });
        }
        const members = await db.select().from(trendMembers).where(inArray(trendMembers.trendId, part));
        for (const member of members) {
          states.get(member.trendId)?.members.push({
            source: member.source as TrendSourceId,
            externalId: member.externalId,
            engagement: member.engagement,
            publishedAt: member.publishedAt,
            imageUrl: member.imageUrl,
            url: member.url,
            title: member.title,
            channel: member.channel,
          });
        }
      }
      return [...states.values()];
    },

    async save(trendRows, memberRows) {
      // One array parameter per column, expanded by unnest: binding tens of thousands of rows
      // this way is far faster than a parameter per value (and PostgreSQL caps those at 65,535).
      for (const part of chunks(trendRows, 5000)) {
        const column = <T>(pick: (trend: (typeof part)[number]) => T) => sql.param(part.map(pick));
        const json = (pick: (trend: (typeof part)[number]) => unknown) => column((trend) => JSON.stringify(pick(trend)));
        const iso = (pick: (trend: (typeof part)[number]) => Date) => column((trend) => pick(trend).toISOString());
        await db.execute(sql`
          INSERT INTO trends (${sql.raw(TREND_COLUMNS.join(', '))})
          SELECT * FROM unnest(
            ${column((trend) => trend.id)}::uuid[], ${column((trend) => trend.organizationId)}::uuid[], ${column((trend) => trend.title)}::text[],
            ${column((trend) => trend.summary)}::text[], ${column((trend) => trend.url)}::text[], ${column((trend) => trend.imageUrl)}::text[],
            ${column((trend) => trend.category)}::text[], ${json((trend) => trend.sources)}::jsonb[], ${column((trend) => trend.mentions)}::integer[],
            ${column((trend) => trend.engagement)}::float8[], ${column((trend) => trend.engagementPerHour)}::float8[], ${column((trend) => trend.acceleration)}::float8[],
            ${column((trend) => trend.momentum)}::float8[], ${column((trend) => trend.sentimentLabel)}::text[], ${column((trend) => trend.sentimentScore)}::float8[],
            ${column((trend) => trend.opportunity)}::float8[], ${column((trend) => encodeSignature(trend.signature))}::text[], ${json((trend) => trend.imageHashes)}::jsonb[],
            ${column((trend) => encodeEmbedding(trend.embedding))}::text[], ${column((trend) => trend.embeddingModel)}::text[], ${json((trend) => trend.history)}::jsonb[],
            ${iso((trend) => trend.publishedAt)}::timestamptz[], ${iso((trend) => trend.firstSeenAt)}::timestamptz[], ${iso((trend) => trend.lastSeenAt)}::timestamptz[],
            ${iso((trend) => trend.expiresAt)}::timestamptz[]
          )
          ON CONFLICT (id) DO UPDATE SET ${sql.raw(TREND_COLUMNS.filter((name) => !['id', 'organization_id', 'first_seen_at'].includes(name)).map((name) => `${name} = excluded.${name}`).join(', '))}, updated_at = now()`);
      }
      for (const part of chunks(memberRows, 5000)) {
        const column = <T>(pick: (member: (typeof part)[number]) => T) => sql.param(part.map(pick));
        await db.execute(sql`
          INSERT INTO trend_members (organization_id, trend_id, source, external_id, title, url, url_key, channel, engagement, image_url, published_at, first_seen_at, last_seen_at)
          SELECT * FROM unnest(
            ${column((member) => member.organizationId)}::uuid[], ${column((member) => member.trendId)}::uuid[], ${column((member) => member.source)}::text[],
            ${column((member) => member.externalId)}::text[], ${column((member) => member.title)}::text[], ${column((member) => member.url)}::text[],
            ${column((member) => member.urlKey)}::text[], ${column((member) => member.channel)}::text[], ${column((member) => JSON.stringify(member.engagement))}::jsonb[],
            ${column((member) => member.imageUrl)}::text[], ${column((member) => member.publishedAt.toISOString())}::timestamptz[],
            ${column((member) => member.seenAt.toISOString())}::timestamptz[], ${column((member) => member.seenAt.toISOString())}::timestamptz[]
          ) AS m
          ON CONFLICT (organization_id, source, external_id) DO UPDATE SET
            trend_id = excluded.trend_id, title = excluded.title, url = excluded.url, url_key = excluded.url_key, channel = excluded.channel,
            engagement = excluded.engagement, image_url = excluded.image_url, last_seen_at = excluded.last_seen_at`);
      }
    },

    async listActive(organizationId, now, since) {
      const rows = await db
        .select({
          id: trends.id,
          category: trends.category,
          embedding: trends.embedding,
          embeddingModel: trends.embeddingModel,
          opportunity: trends.opportunity,
          sources: trends.sources,
          imageUrl: trends.imageUrl,
          url: trends.url,
          title: trends.title,
          summary: trends.summary,
        })
        .from(trends)
        .where(and(eq(trends.organizationId, organizationId), gt(trends.expiresAt, now), gte(trends.lastSeenAt, since)));
      return rows.map((row) => ({
        id: row.id,
        category: row.category,
        embedding: decodeEmbedding(row.embedding),
        embeddingModel: row.embeddingModel,
        opportunity: row.opportunity,
        sources: row.sources as TrendSourceId[],
        hasImage: row.imageUrl !== null,
        hasLink: row.url !== null,
        summaryLength: row.summary.length,
        titleLength: row.title.length,
        title: row.title,
        summary: row.summary,
      }));
    },

    async updateEmbeddings(updates) {
      for (const update of updates) {
        await db.update(trends).set({ embedding: encodeEmbedding(update.embedding), embeddingModel: update.embeddingModel }).where(eq(trends.id, update.id));
      }
    },

    async list(organizationId, now, filter, pagination) {
      const conditions: SQL[] = [eq(trends.organizationId, organizationId), gt(trends.expiresAt, now)];
      if (filter.source) conditions.push(sql`${trends.sources} ? ${filter.source}`);
      if (filter.category) conditions.push(eq(trends.category, filter.category));
      if (filter.sentiment) conditions.push(eq(trends.sentimentLabel, filter.sentiment));
      if (filter.query) conditions.push(ilike(trends.title, `%${filter.query.replace(/[\\%_]/g, (match) => `\\${match}`)}%`));
      if (filter.seenSince) conditions.push(gte(trends.lastSeenAt, filter.seenSince));
      const where = and(...conditions);
      const order =
        filter.sort === 'recent'
          ? [desc(trends.lastSeenAt), desc(trends.publishedAt)]
          : filter.sort === 'momentum'
            ? [desc(trends.momentum), desc(trends.opportunity)]
            : filter.sort === 'mentions'
              ? [desc(trends.mentions), desc(trends.opportunity)]
              : [desc(trends.opportunity), desc(trends.lastSeenAt)];
      const rows = await db
        .select()
        .from(trends)
        .where(where)
        .orderBy(...order, asc(trends.id))
        .limit(pagination.limit)
        .offset(offset(pagination));
      const total = await db.select({ count: count() }).from(trends).where(where);
      return toPage(rows.map(toRecord), countOf(total), pagination);
    },

    async findById(organizationId, id) {
      const [row] = await db.select().from(trends).where(and(eq(trends.organizationId, organizationId), eq(trends.id, id)));
      if (!row) return null;
      const members = await db.select().from(trendMembers).where(eq(trendMembers.trendId, id)).orderBy(desc(trendMembers.publishedAt));
      return {
        ...toRecord(row),
        members: members.map((member) => ({
          source: member.source as TrendSourceId,
          title: member.title,
          url: member.url,
          channel: member.channel,
          engagement: member.engagement,
          publishedAt: member.publishedAt,
        })),
      };
    },

    async findManyByIds(organizationId, ids) {
      if (ids.length === 0) return [];
      const rows = await db.select().from(trends).where(and(eq(trends.organizationId, organizationId), inArray(trends.id, ids)));
      return rows.map(toRecord);
    },

    async deleteExpired(now) {
      const deleted = await db.delete(trends).where(lt(trends.expiresAt, now)).returning({ id: trends.id });
      return deleted.length;
    },
  };
}
