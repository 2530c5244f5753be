import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { registerUser } from '@socialseed/core/auth/register-user';
import { logIn } from '@socialseed/core/auth/log-in';
import { refreshSession } from '@socialseed/core/auth/refresh-session';
import { logOut } from '@socialseed/core/auth/log-out';
import { requestPasswordReset } from '@socialseed/core/auth/request-password-reset';
import { resetPassword } from '@socialseed/core/auth/reset-password';
import { verifyEmail } from '@socialseed/core/auth/verify-email';
import { resendVerification } from '@socialseed/core/auth/resend-verification';
import { AppError } from '@socialseed/core/errors';
import type { ServerContext } from '../../server-context';
import { authenticate } from '../../http/authenticate';
import { originOf } from '../../http/request-origin';
import { clearRefreshCookie, readRefreshCookie, setRefreshCookie } from '../../http/refresh-cookie';
import { noContent } from '../../http/schemas';
import { forgotPasswordBody, loginBody, registerBody, resetPasswordBody, sessionResponse, verifyEmailBody } from './auth.schema';

const tags = ['auth'];

export function authRoutes(context: ServerContext): FastifyPluginAsyncZod {
  return async (app) => {
    app.post('/register', { schema: { tags, body: registerBody, response: { 201: sessionResponse } } }, async (request, reply) => {
      const { result, refreshToken } = await registerUser(context.core, request.body, originOf(request));
      setRefreshCookie(reply, context.config, refreshToken);
      return reply.status(201).send(result);
    });

    app.post('/login', { schema: { tags, body: loginBody, response: { 200: sessionResponse } } }, async (request, reply) => {
      const { result, refreshToken } = await logIn(context.core, request.body, originOf(request));
      setRefreshCookie(reply, context.config, refreshToken);
      return result;
    });

    app.post('/refresh', { schema: { tags, response: { 200: sessionResponse } } }, async (request, reply) => {
      const token = readRefreshCookie(request);
      if (!token) throw new AppError('SESSION_INVALID', { message: 'No refresh token cookie', userMessage: 'Please log in.' });
      try {
        const { result, refreshToken } = await refreshSession(context.core, token, originOf(request));
        setRefreshCookie(reply, context.config, refreshToken);
        return result;
      } catch (error) {
        // A concurrent refresh already set the new cookie in this browser: keep it.
        if (!(error instanceof AppError && error.code === 'CONFLICT')) clearRefreshCookie(reply, context.config);
        throw error;
      }
    });

    app.post('/logout', { schema: { tags, response: { 204: noContent } } }, async (request, reply) => {
      await logOut(context.core, readRefreshCookie(request), originOf(request));
      clearRefreshCookie(reply, context.config);
      return reply.status(204).send(null);
    });

    app.post('/forgot-password', { schema: { tags, body: forgotPasswordBody, response: { 202: noContent } } }, async (request, reply) => {
      await requestPasswordReset(context.core, request.body.email, originOf(request));
      return reply.status(202).send(null);
    });

    app.post('/reset-password', { schema: { tags, body: resetPasswordBody, response: { 204: noContent } } }, async (request, reply) => {
      await resetPassword(context.core, request.body, originOf(request));
      clearRefreshCookie(reply, context.config);
      return reply.status(204).send(null);
    });

    app.post('/verify-email', { schema: { tags, body: verifyEmailBody, response: { 204: noContent } } }, async (request, reply) => {
      await verifyEmail(context.core, request.body.token, originOf(request));
      return reply.status(204).send(null);
    });

    app.post('/resend-verification', { schema: { tags, response: { 202: noContent } } }, async (request, reply) => {
      const principal = await authenticate(context, request);
      await resendVerification(context.core, principal.userId, originOf(request));
      return reply.status(202).send(null);
    });
  };
}
