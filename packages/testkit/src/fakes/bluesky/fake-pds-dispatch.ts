import type { IncomingMessage, ServerResponse } from 'node:http';
import type { LexiconValidator, LexiconViolation } from '../../spec/lexicon-validator';
import type { PdsContext, XrpcHandler } from './fake-pds-context';
import { faultAnswer, type FakeFault, type FaultQueue } from './fake-pds-faults';
import { GLOBAL_LIMIT, rateLimitHeaders, readXrpcRequest, sendJson, XrpcError, type XrpcRequest } from './fake-pds-http';

/** One call as the fake saw it, for assertions on what the client sent. */
export interface LoggedRequest {
  method: string;
  nsid: string;
  params: Record<string, string[]>;
  /** The JSON body, or `{ bytes, contentType }` for raw uploads; undefined without a body. */
  body: unknown;
  authorization: string | null;
  /** Null when the fake destroyed the socket instead of answering. */
  status: number | null;
  fault: FakeFault['kind'] | null;
}

/** Method, parameters and body of a call checked against its lexicon before any handler runs. */
function requestViolations(validator: LexiconValidator, request: XrpcRequest, type: 'query' | 'procedure'): LexiconViolation[] {
  const { nsid } = request;
  const violation = (part: LexiconViolation['part'], message: string): LexiconViolation[] => [{ nsid, part, message }];
  if (request.method !== (type === 'query' ? 'GET' : 'POST')) return violation('method', `${nsid} is a ${type}; ${request.method} is the wrong HTTP method`);
  if (type === 'query') return validator.params(nsid, request.params);
  const def = validator.lexicons.getDefOrThrow(nsid, ['procedure']);
  if (!def.input) return request.body.length > 0 ? violation('input', 'A request body was provided when none was expected') : [];
  if (def.input.encoding !== 'application/json') return request.body.length === 0 ? violation('input', 'Request body is empty') : [];
  if (request.contentType !== 'application/json') return violation('input', `Wrong request encoding (Content-Type): ${request.contentType}`);
  return validator.input(nsid, request.json);
}

function logEntry(request: XrpcRequest): LoggedRequest {
  const params: Record<string, string[]> = {};
  for (const key of new Set(request.params.keys())) params[key] = request.params.getAll(key);
  const body = request.json !== undefined ? request.json : request.body.length > 0 ? { bytes: request.body.length, contentType: request.contentType } : undefined;
  return { method: request.method, nsid: request.nsid, params, body, authorization: request.authorization, status: null, fault: null };
}

/**
 * The request pipeline of the fake PDS: log → lexicon check (a violation answers 400 and is
 * kept) → injected fault → handler → output check → answer with RateLimit-* headers.
 */
export class XrpcDispatcher {
  private window = { start: 0, used: 0 };

  constructor(
    private readonly context: PdsContext,
    private readonly routes: Record<string, XrpcHandler>,
    private readonly faults: FaultQueue,
    private readonly nowMs: () => number,
    private readonly requests: LoggedRequest[],
  ) {}

  async handle(incoming: IncomingMessage, response: ServerResponse): Promise<void> {
    const request = await readXrpcRequest(incoming);
    if (request instanceof XrpcError) {
      // A body that is not the JSON it claims to be is the client's bug, like any schema violation.
      if (request.status === 400) this.context.violations.push({ nsid: incoming.url ?? '', part: 'input', message: request.message });
      return sendJson(response, request.status, { error: request.error, message: request.message });
    }
    const entry = logEntry(request);
    this.requests.push(entry);
    const answer = (status: number, body: unknown, headers: Record<string, string> = this.rateLimitHeaders()) => {
      entry.status = status;
      sendJson(response, status, body, headers);
    };
    try {
      const type = this.context.validator.methodType(request.nsid);
      const handler = this.routes[request.nsid];
      if (!type || !handler) throw new XrpcError(501, 'MethodNotImplemented', `Method Not Implemented: ${request.nsid}`);
      const violations = requestViolations(this.context.validator, request, type);
      if (violations.length > 0) {
        this.context.violations.push(...violations);
        throw new XrpcError(400, 'InvalidRequest', violations.map((violation) => violation.message).join('; '));
      }
      const fault = this.faults.take(request.nsid);
      entry.fault = fault?.kind ?? null;
      if (fault?.kind === 'rate-limited' || fault?.kind === 'server-error') {
        const injected = faultAnswer(fault, Math.floor(this.nowMs() / 1000));
        return answer(injected.status, injected.body, injected.headers);
      }
      if (fault?.kind === 'timeout-before-commit') return void response.socket?.destroy();
      const output = await handler(request, this.context);
      this.context.violations.push(...this.context.validator.output(request.nsid, output).map((violation) => ({ ...violation, message: `fake answered: ${violation.message}` })));
      if (fault?.kind === 'timeout-after-commit') return void response.socket?.destroy();
      answer(200, output);
    } catch (error) {
      if (!(error instanceof XrpcError)) throw error;
      answer(error.status, { error: error.error, message: error.message });
    }
  }

  /** The global per-IP limit, counted in fixed windows of the fake clock. */
  private rateLimitHeaders(): Record<string, string> {
    const nowSeconds = Math.floor(this.nowMs() / 1000);
    const start = nowSeconds - (nowSeconds % GLOBAL_LIMIT.windowSeconds);
    if (start !== this.window.start) this.window = { start, used: 0 };
    this.window.used += 1;
    return rateLimitHeaders(GLOBAL_LIMIT.limit - this.window.used, start + GLOBAL_LIMIT.windowSeconds);
  }
}
