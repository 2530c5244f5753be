import type { FastifyInstance } from 'fastify';
import crypto from 'node:crypto';
import { Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from 'prom-client';
import { AppError } from '@socialseed/core/errors';

export interface JobCountsSource {
  /** Jobs per queue and state (created, active, retry, failed …). */
  jobCounts(): Promise<Array<{ queue: string; state: string; count: number }>>;
}

export interface DeliverySource {
  /** Unsent posts past DELIVERY_STALL_ALERT_SECONDS, over every organization. */
  overdueTargets(): Promise<number>;
}

/** Compares in constant time, so the token cannot be guessed byte by byte from response times. */
function bearerMatches(authorization: string | undefined, token: string): boolean {
  const given = Buffer.from(/^Bearer (.+)$/i.exec(authorization ?? '')?.[1] ?? '');
  const expected = Buffer.from(token);
  return given.length === expected.length && crypto.timingSafeEqual(given, expected);
}

/**
 * Prometheus metrics on their own registry (so several app instances in one test process do not
 * collide): HTTP latency by route, and job counts and overdue posts read when scraped.
 */
export function installMetrics(app: FastifyInstance, jobs: JobCountsSource & DeliverySource, options: { token: string | null }): void {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry });
  const latency = new Histogram({
    name: 'http_request_duration_seconds',
    help: 'HTTP request latency by route',
    labelNames: ['method', 'route', 'status_code'],
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5],
    registers: [registry],
  });
  const requests = new Counter({
    name: 'http_requests_total',
    help: 'HTTP requests by route and status',
    labelNames: ['method', 'route', 'status_code'],
    registers: [registry],
  });
  new Gauge({
    name: 'jobs',
    help: 'Jobs in the queue by queue and state',
    labelNames: ['queue', 'state'],
    registers: [registry],
    async collect() {
      this.reset();
      for (const row of await jobs.jobCounts()) this.set({ queue: row.queue, state: row.state }, row.count);
    },
  });

  new Gauge({
    name: 'delivery_overdue_targets',
    help: 'Unsent posts past their time by more than DELIVERY_STALL_ALERT_SECONDS (no worker running, or workers behind)',
    registers: [registry],
    async collect() {
      this.set(await jobs.overdueTargets());
    },
  });

  app.addHook('onResponse', async (request, reply) => {
    // The route pattern, not the raw URL, keeps label cardinality bounded.
    const route = request.routeOptions.url ?? 'unmatched';
    const labels = { method: request.method, route, status_code: String(reply.statusCode) };
    latency.observe(labels, reply.elapsedTime / 1000);
    requests.inc(labels);
  });

  app.get('/metrics', { schema: { hide: true } }, async (request, reply) => {
    if (options.token && !bearerMatches(request.headers.authorization, options.token)) {
      throw new AppError('UNAUTHENTICATED', { message: 'Metrics need the metrics token', userMessage: 'Send the metrics token as a bearer token.' });
    }
    void reply.header('content-type', registry.contentType);
    return registry.metrics();
  });
}
