// A fake OpenAI-compatible provider in its own process for `npm run bench:studio`: a real provider
// is elsewhere, so its work must not run on the engine's thread. The parent asks over IPC for how
// long the fake itself took per request.
import { startFakeOpenAiCompatible } from '@socialseed/testkit/fakes/ai/fake-openai-compatible';

const latencyMs = Number(process.env.FAKE_AI_LATENCY_MS ?? 20);
const fake = await startFakeOpenAiCompatible({ apiKey: 'bench-key' });
fake.fallback = { kind: 'json', value: { answer: 'ok' }, tokensIn: 200, tokensOut: 50, latencyMs };

process.on('message', () => {
  process.send?.({ serverMs: fake.requests.map((request) => request.serverMs) });
});
process.send?.({ ready: fake.baseUrl });
