import { apiRequest } from './http-client.ts';
import {
  aiOverviewSchema,
  aiSettingsSchema,
  aiTaskDetailSchema,
  aiTaskSchema,
  aiUsageSchema,
  generateResultSchema,
  graphicResultSchema,
  improveResultSchema,
  safetyListsSchema,
  savedPostSchema,
  type AiSettingsUpdate,
  type GenerateInput,
  type ImproveInput,
  type RenderGraphicInput,
  type SafetyLists,
  type SaveContentInput,
} from './schemas/ai.ts';
import { paginated } from './schemas/common.ts';

export const aiTasksPageSize = 20;

/** Which tier writes (a provider, or the offline templates), the agents, budget and threshold. */
export function getAiOverview() {
  return apiRequest('/ai-agents', aiOverviewSchema);
}

/** Variants of a post for a brief, each scored and checked for brand safety by the server. */
export function generateContent(input: GenerateInput) {
  return apiRequest('/ai-agents/content/generate', generateResultSchema, { method: 'POST', body: input });
}

export function improveContent(input: ImproveInput) {
  return apiRequest('/ai-agents/content/improve', improveResultSchema, { method: 'POST', body: input });
}

/** Creates the post (draft, or submitted); the server scores the text again before deciding. */
export async function saveContent(input: SaveContentInput) {
  const result = await apiRequest('/ai-agents/content/save', savedPostSchema, { method: 'POST', body: input });
  return result.post;
}

/** Renders a branded graphic and stores it as media (one per frame for a carousel). */
export function renderGraphic(input: RenderGraphicInput) {
  return apiRequest('/ai-agents/graphics/render', graphicResultSchema, { method: 'POST', body: input });
}

export interface AiTaskFilters {
  page: number;
  agent?: string | undefined;
  status?: string | undefined;
}

/** The record of every model call, newest first. */
export function listAiTasks(filters: AiTaskFilters) {
  return apiRequest('/ai-agents/tasks', paginated(aiTaskSchema), { query: { ...filters, limit: aiTasksPageSize } });
}

export async function getAiTask(taskId: string) {
  const result = await apiRequest(`/ai-agents/tasks/${encodeURIComponent(taskId)}`, aiTaskDetailSchema);
  return result.task;
}

/** Tasks, tokens and cost per provider and model between two instants. */
export function getAiUsage(window: { from: string; to: string }) {
  return apiRequest('/ai-agents/usage', aiUsageSchema, { query: window });
}

export async function updateAiSettings(changes: AiSettingsUpdate) {
  const result = await apiRequest('/ai-agents/settings', aiSettingsSchema, { method: 'PUT', body: changes });
  return result.settings;
}

const safetyListsPath = (brandId: string) => `/brands/${encodeURIComponent(brandId)}/safety-lists`;

export async function getSafetyLists(brandId: string) {
  const result = await apiRequest(safetyListsPath(brandId), safetyListsSchema);
  return result.lists;
}

export async function updateSafetyLists(brandId: string, lists: SafetyLists) {
  const result = await apiRequest(safetyListsPath(brandId), safetyListsSchema, { method: 'PUT', body: lists });
  return result.lists;
}
