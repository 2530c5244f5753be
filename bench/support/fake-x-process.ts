// The X fake in its own process for `npm run bench:publish`: X is a remote service, so its
// request validation must not eat the engine's CPU. The parent talks to it over IPC.
import { FakeX } from '@socialseed/testkit/fakes/x/fake-x';

export type FakeXRequest = { kind: 'addUsers'; count: number; clientId: string } | { kind: 'report' };
export type FakeXCommand = FakeXRequest & { id: number };

export interface FakeXUserTokens {
  userId: string;
  username: string;
  accessToken: string;
  refreshToken: string | null;
  expiresIn: number;
}

export interface FakeXReport {
  /** Every accepted post: its text and when X accepted it (ms since epoch). */
  tweets: Array<{ text: string; createdAt: number }>;
  /** Answers to POST /2/tweets by status. */
  createStatuses: Record<string, number>;
  violations: number;
}

// Duplicate text is allowed so that a post sent twice shows up twice instead of being refused.
const fake = await new FakeX({ duplicateWindowMs: 0 }).start();
let nextUser = 0;

process.on('message', (raw) => {
  const command = raw as FakeXCommand;
  if (command.kind === 'addUsers') {
    const users: FakeXUserTokens[] = [];
    for (let index = 0; index < command.count; index++) {
      const username = `bench_x_${nextUser++}`;
      const user = fake.addUser({ username });
      users.push({ userId: user.id, username, ...fake.issueTokens(user.id, command.clientId) });
    }
    process.send?.({ id: command.id, result: users });
  } else {
    const createStatuses: Record<string, number> = {};
    for (const request of fake.requestsTo('POST /2/tweets')) createStatuses[String(request.status)] = (createStatuses[String(request.status)] ?? 0) + 1;
    const tweets = [...fake.state.tweets.values()].map((tweet) => ({ text: tweet.text, createdAt: tweet.createdAt.getTime() }));
    const report: FakeXReport = { tweets, createStatuses, violations: fake.violations.length };
    process.send?.({ id: command.id, result: report });
  }
});
process.send?.({ ready: fake.baseUrl });
