import { z } from 'zod';
import { apiCommand, apiRequest } from './http-client.ts';
import { userSchema } from './schemas/auth.ts';
import { maxPageSize, paginated } from './schemas/common.ts';
import { deviceSessionSchema } from './schemas/misc.ts';

export interface ProfileUpdate {
  name?: string;
  currentPassword?: string;
  newPassword?: string;
}

export async function updateProfile(changes: ProfileUpdate) {
  const result = await apiRequest('/users/profile', z.object({ user: userSchema }), { method: 'PUT', body: changes });
  return result.user;
}

export async function listDeviceSessions() {
  const result = await apiRequest('/users/sessions', paginated(deviceSessionSchema), {
    query: { page: 1, limit: maxPageSize },
  });
  return result.items;
}

export function revokeDeviceSession(sessionId: string) {
  return apiCommand(`/users/sessions/${encodeURIComponent(sessionId)}`, { method: 'DELETE' });
}
