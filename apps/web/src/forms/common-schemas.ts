import { z } from 'zod';

export const emailField = z.string().trim().pipe(z.email('Enter a valid email address.'));
export const requiredText = (message: string) => z.string().trim().min(1, message);
/** The API's minimum (docs/api.md: password ≥ 10 chars), checked early to save a round trip. */
export const newPasswordField = z.string().min(10, 'Use at least 10 characters.');
