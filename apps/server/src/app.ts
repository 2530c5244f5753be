import Fastify, { type FastifyInstance } from 'fastify';
import cookie from '@fastify/cookie';
import helmet from '@fastify/helmet';
import multipart from '@fastify/multipart';
import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import { jsonSchemaTransform, serializerCompiler, validatorCompiler } from 'fastify-type-provider-zod';
import { MAX_UPLOAD_BYTES } from '@socialseed/core/media/media-asset';
import type { ServerContext } from './server-context';
import { installErrorHandler } from './http/error-handler';
import { loggerOptions } from './http/logger';
import { installMetrics, type JobCountsSource } from './http/metrics';
import { readInstanceDeliveryStall } from '@socialseed/core/publishing/delivery-stalls';
import { installWebUi } from './http/web-ui';
import { APP_VERSION, platformRoutes } from './routes/platform/platform.routes';
import { registerApiRoutes } from './routes/index';

export interface AppOptions {
  jobs: JobCountsSource;
  /** Built web UI to serve; omitted in API-only tests. */
  webDistDir?: string;
  /** Sees every route as it is registered (tests walk the full route table with it). */
  onRoute?: (route: { method: string | string[]; url: string }) => void;
}

/** Builds the HTTP app (routes, security, docs, metrics) without listening. */
export async function buildApp(context: ServerContext, options: AppOptions): Promise<FastifyInstance> {
  const { config } = context;
  const app = Fastify({
    logger: loggerOptions(config),
    bodyLimit: config.BODY_LIMIT_BYTES,
    trustProxy: config.TRUST_PROXY,
    genReqId: () => crypto.randomUUID(),
    requestIdHeader: false,
  });
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  installErrorHandler(app);
  const { onRoute } = options;
  if (onRoute) app.addHook('onRoute', (route) => onRoute({ method: route.method, url: route.url }));
  app.addHook('onSend', async (request, reply) => {
    void reply.header('x-request-id', request.id);
  });

  await app.register(helmet, {
    contentSecurityPolicy: {
      directives: {
        defaultSrc: ["'self'"],
        imgSrc: ["'self'", 'data:', 'blob:'],
        // Uploaded videos are previewed like images: fetched with the token, played from a blob URL.
        mediaSrc: ["'self'", 'blob:'],
        styleSrc: ["'self'", "'unsafe-inline'"],
        scriptSrc: ["'self'"],
      },
    },
  });
  if (config.corsOrigins.length > 0) {
    const { default: cors } = await import('./http/cors');
    await cors(app, config.corsOrigins);
  }
  await app.register(cookie);
  // The larger of the image and video limits; upload-media checks each type's own once it is known.
  await app.register(multipart, { limits: { fileSize: MAX_UPLOAD_BYTES, files: 1, fields: 5 } });
  await app.register(swagger, {
    openapi: {
      info: { title: 'Socialseed API', version: APP_VERSION, description: 'Generated from the zod schemas of every route.' },
      components: { securitySchemes: { bearer: { type: 'http', scheme: 'bearer' } } },
      security: [{ bearer: [] }],
    },
    transform: jsonSchemaTransform,
  });
  await app.register(swaggerUi, { routePrefix: '/api/docs' });
  app.get('/api/openapi.json', { schema: { hide: true } }, async () => app.swagger());

  installMetrics(app, { ...options.jobs, overdueTargets: async () => (await readInstanceDeliveryStall(context.core)).overdue }, { token: context.config.METRICS_TOKEN ?? null });
  await app.register(platformRoutes(context), { prefix: '/api' });
  await app.register(registerApiRoutes(context), { prefix: '/api/v1' });
  if (options.webDistDir) await installWebUi(app, options.webDistDir);
  return app;
}
