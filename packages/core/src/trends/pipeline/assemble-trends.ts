import type { TextAnalyzer } from '../../ports/text-analyzer';
import type { Embedding, TextEmbedder } from '../../ports/text-embedder';
import type { StoredTrendMember, StoredTrendState, TrendMemberWrite, TrendWrite } from '../../ports/trend-repositories';
import type { Cluster } from '../dedup/cluster-items';
import { textSignature } from '../dedup/minhash';
import { categorize } from '../measure/categorize';
import { engagementOf, totalEngagement } from '../measure/engagement';
import { appendSnapshot, measureVelocity } from '../measure/momentum';
import { opportunityScore } from '../scoring/opportunity';
import { sentimentLabel } from '../scoring/sentiment';
import type { PreparedItem } from './prepare-items';

/** Image hashes kept per trend, for matching later runs' pictures. */
const MAX_IMAGE_HASHES = 10;

interface Member extends StoredTrendMember {
  summary: string | null;
  imageHash: string | null;
}

export interface AssembleInput {
  organizationId: string;
  items: PreparedItem[];
  clusters: Cluster[];
  /** Per item: the stored trend its exact key (source id or canonical URL) already belongs to. */
  knownTrendIds: Array<string | null>;
  states: Map<string, StoredTrendState>;
  imageHashes: Map<string, string>;
  analyzer: TextAnalyzer;
  embedder: TextEmbedder;
  lexical: TextEmbedder;
  now: Date;
  ttlMs: number;
  newId: () => string;
}

export interface AssembledTrends {
  trends: TrendWrite[];
  members: TrendMemberWrite[];
  created: number;
  updated: number;
  embedding: { model: string; fellBack: boolean; error: string | null };
}

const memberOf = (prepared: PreparedItem, imageHash: string | null): Member => ({
  source: prepared.item.source,
  externalId: prepared.item.externalId,
  engagement: prepared.item.engagement,
  publishedAt: prepared.item.publishedAt,
  imageUrl: prepared.item.imageUrl,
  url: prepared.item.url,
  title: prepared.item.title,
  channel: prepared.item.channel,
  summary: prepared.item.summary || null,
  imageHash,
});

/** The member that speaks for the trend: most engagement, then the earliest report. */
function representativeOf(members: Member[]): Member {
  let best = members[0]!;
  for (const member of members.slice(1)) {
    const a = engagementOf(member.engagement) ?? -1;
    const b = engagementOf(best.engagement) ?? -1;
    if (a > b || (a === b && member.publishedAt < best.publishedAt)) best = member;
  }
  return best;
}

async function embedAll(texts: string[], embedder: TextEmbedder, lexical: TextEmbedder): Promise<{ vectors: Embedding[]; model: string; fellBack: boolean; error: string | null }> {
  if (texts.length === 0) return { vectors: [], model: embedder.model, fellBack: false, error: null };
  try {
    return { vectors: await embedder.embed(texts), model: embedder.model, fellBack: false, error: null };
  } catch (error) {
    if (embedder === lexical) throw error;
    return { vectors: await lexical.embed(texts), model: lexical.model, fellBack: true, error: error instanceof Error ? error.message : String(error) };
  }
}

/**
 * Turns clusters into trend rows: new clusters become trends, clusters joining a stored trend
 * merge their members into it (a later report of the same item replaces its earlier one). Each
 * trend gets a new snapshot, and from its history momentum and velocity; new or re-titled
 * trends are (re)analysed — sentiment, category — and embedded.
 */
export async function assembleTrends(input: AssembleInput): Promise<AssembledTrends> {
  const { items, now } = input;
  const groups = new Map<string, { state: StoredTrendState | null; items: PreparedItem[] }>();
  const groupFor = (trendId: string) => {
    let group = groups.get(trendId);
    if (!group) {
      group = { state: input.states.get(trendId) ?? null, items: [] };
      groups.set(trendId, group);
    }
    return group;
  };
  for (const cluster of input.clusters) {
    // A cluster joins its stored trend; one with none becomes a new trend.
    const clusterId = cluster.trendId && input.states.has(cluster.trendId) ? cluster.trendId : input.newId();
    for (const index of cluster.itemIndexes) {
      // A report already stored under a trend stays with it, so no trend silently loses members.
      const known = input.knownTrendIds[index];
      groupFor(known && input.states.has(known) ? known : clusterId).items.push(items[index]!);
    }
  }

  const drafts: Array<{ id: string; state: StoredTrendState | null; members: Member[]; representative: Member; summary: string; needsAnalysis: boolean }> = [];
  for (const [id, group] of groups) {
    const members = new Map<string, Member>();
    for (const stored of group.state?.members ?? []) members.set(`${stored.source}:${stored.externalId}`, { ...stored, summary: null, imageHash: null });
    for (const prepared of group.items) {
      const hash = prepared.imageUrlKey ? (input.imageHashes.get(prepared.imageUrlKey) ?? null) : null;
      members.set(prepared.memberKey, memberOf(prepared, hash));
    }
    const all = [...members.values()];
    const representative = representativeOf(all);
    const summary = representative.summary ?? (group.state && group.state.title === representative.title ? group.state.summary : null) ?? all.find((member) => member.summary)?.summary ?? '';
    const needsAnalysis = !group.state || group.state.title !== representative.title || group.state.embeddingModel !== input.embedder.model;
    drafts.push({ id, state: group.state, members: all, representative, summary, needsAnalysis });
  }

  const toAnalyse = drafts.filter((draft) => draft.needsAnalysis);
  const texts = toAnalyse.map((draft) => `${draft.representative.title}. ${draft.summary}`);
  const analyses = texts.map((text) => input.analyzer.analyze(text));
  const embedded = await embedAll(texts, input.embedder, input.lexical);
  const fresh = new Map(toAnalyse.map((draft, index) => [draft.id, { analysis: analyses[index]!, embedding: embedded.vectors[index]! }]));

  const trendRows: TrendWrite[] = [];
  let created = 0;
  for (const draft of drafts) {
    const { state, members, representative } = draft;
    if (!state) created += 1;
    const renewed = fresh.get(draft.id);
    const sentimentScore = renewed ? renewed.analysis.sentiment : (state?.sentimentScore ?? 0);
    const sources = [...new Set(members.map((member) => member.source))];
    const engagement = totalEngagement(members.map((member) => member.engagement));
    const history = appendSnapshot(state?.history ?? [], { at: now.toISOString(), mentions: members.length, engagement });
    const velocity = measureVelocity(history, members.map((member) => member.publishedAt), now);
    const label = sentimentLabel(sentimentScore);
    const imageHashes = [...new Set([...(state?.imageHashes ?? []), ...members.map((member) => member.imageHash).filter((hash): hash is string => hash !== null)])].slice(-MAX_IMAGE_HASHES);
    trendRows.push({
      id: draft.id,
      organizationId: input.organizationId,
      title: representative.title,
      summary: draft.summary,
      url: representative.url ?? members.find((member) => member.url)?.url ?? null,
      imageUrl: representative.imageUrl ?? members.find((member) => member.imageUrl)?.imageUrl ?? null,
      category: renewed ? categorize(renewed.analysis.lemmas) : (state?.category ?? 'other'),
      sources,
      mentions: members.length,
      engagement,
      engagementPerHour: velocity.engagementPerHour,
      acceleration: velocity.acceleration,
      momentum: velocity.momentum,
      sentimentLabel: label,
      sentimentScore,
      opportunity: opportunityScore({ mentions: members.length, sources: sources.length, engagementPerHour: velocity.engagementPerHour, momentum: velocity.momentum, sentiment: label }),
      signature: state && !renewed ? state.signature : textSignature(representative.title, draft.summary),
      imageHashes,
      embedding: renewed ? renewed.embedding : state!.embedding,
      embeddingModel: renewed ? embedded.model : state!.embeddingModel,
      history,
      publishedAt: new Date(Math.min(...members.map((member) => member.publishedAt.getTime()))),
      firstSeenAt: state?.firstSeenAt ?? now,
      lastSeenAt: now,
      expiresAt: new Date(now.getTime() + input.ttlMs),
    });
  }

  const trendOfItem = new Map<string, string>();
  for (const [id, group] of groups) for (const prepared of group.items) trendOfItem.set(prepared.memberKey, id);
  const memberRows: TrendMemberWrite[] = items.map((prepared) => ({
    organizationId: input.organizationId,
    trendId: trendOfItem.get(prepared.memberKey)!,
    source: prepared.item.source,
    externalId: prepared.item.externalId,
    title: prepared.item.title,
    url: prepared.item.url,
    urlKey: prepared.urlKey,
    channel: prepared.item.channel,
    engagement: prepared.item.engagement,
    imageUrl: prepared.item.imageUrl,
    publishedAt: prepared.item.publishedAt,
    seenAt: now,
  }));

  return { trends: trendRows, members: memberRows, created, updated: drafts.length - created, embedding: { model: embedded.model, fellBack: embedded.fellBack, error: embedded.error } };
}
