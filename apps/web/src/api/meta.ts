import { apiRequest } from './http-client.ts';
import { instanceMetaSchema } from './schemas/meta.ts';

/** Public facts about the instance (version, email mode); answers without a session. */
export function getInstanceMeta() {
  return apiRequest('/meta', instanceMetaSchema, { authenticated: false });
}
