import type { StudioModel } from '../ports/studio-model';
import { runProviderChain, type ChainDeps } from './provider-chain';
import { recordTemplateTask } from './record-ai-task';

/**
 * The studio's port (ports/studio-model.ts) over the provider chain: one `complete` is one chain
 * run (order, retries, fall-through, budget, every call recorded); template work is recorded with
 * the `template` provider so the task history shows every generation.
 */
export function createProviderStudioModel(deps: ChainDeps): StudioModel {
  return {
    get configured() {
      return deps.textGeneration.providers.length > 0;
    },
    complete: (request) => runProviderChain(deps, request),
    recordTemplateTask: (task) => recordTemplateTask(deps, task),
  };
}
