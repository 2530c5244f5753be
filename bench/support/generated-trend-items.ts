import crypto from 'node:crypto';
import type { TrendItem } from '@socialseed/core/trends/trend-item';

/** A number in [0, 1) from a string: the generated load is the same on every run. */
const unit = (seed: string) => crypto.createHash('sha256').update(seed).digest().readUInt32BE(0) / 2 ** 32;
const pick = <T>(list: readonly T[], seed: string): T => list[Math.floor(unit(seed) * list.length)]!;

const subjects = ['Apple', 'Stripe', 'Nvidia', 'The Fed', 'Shopify', 'OpenAI', 'Pfizer', 'Coursera', 'Walmart', 'Revolut', 'Moderna', 'Duolingo', 'Klarna', 'Intel', 'Target', 'Mayo Clinic', 'Khan Academy', 'Visa', 'AMD', 'Etsy', 'Zoom', 'Adyen', 'Novartis', 'Chegg', 'Costco'];
const actions = [
  ['unveils', 'launches', 'introduces'],
  ['cuts', 'slashes', 'reduces'],
  ['expands', 'grows', 'extends'],
  ['warns about', 'flags', 'cautions on'],
  ['invests in', 'pours money into', 'backs'],
  ['partners with', 'teams up with', 'joins forces with'],
] as const;
const objects = ['new payment rails', 'AI chips', 'interest rates', 'online checkout', 'language models', 'a cancer vaccine', 'remote courses', 'same-day delivery', 'instant transfers', 'mRNA research', 'school partnerships', 'buy now pay later', 'data centers', 'store pickup', 'clinical trials', 'teacher training', 'card fees', 'GPU supply', 'marketplace fees', 'video classrooms'];
const places = ['in Europe', 'across Asia', 'in the US', 'for small businesses', 'for students', 'for hospitals', 'in Latin America', 'worldwide', 'for retailers', 'in Canada'];
const syllables = ['ka', 'lo', 'mi', 'ren', 'tor', 'vi', 'sal', 'qu', 'ex', 'dra', 'pen', 'zu', 'mar', 'tel', 'ion', 'bri', 'cor', 'nov', 'ly', 'gan', 'fer', 'os', 'tri', 'val'];
/** A made-up proper name: real stories carry names (companies, people, products) no other story shares. */
const nameOf = (seed: string) => {
  const length = 2 + Math.floor(unit(`${seed}:length`) * 2);
  const word = Array.from({ length }, (_, index) => pick(syllables, `${seed}:${index}`)).join('');
  return word[0]!.toUpperCase() + word.slice(1);
};
const leads = ['Under', 'With', 'Through', 'Via', 'In', 'According to filings,', 'Sources say', 'Executives said', 'Documents show', 'Reportedly,'];
const tails = ['.', ' after months of talks.', ', pending approval.', ' as rivals regroup.', ' starting next quarter.', ', shares rose.', ', shares slipped.', ' amid regulatory scrutiny.', ' despite a tight budget.', ' following a pilot.', ' to mixed reviews.', ' ahead of earnings.'];
const outlets = ['news.example.com', 'daily.example.org', 'wire.example.net', 'tech.example.io', 'markets.example.com'];

/**
 * `count` trend items as sources would report them: stories told 1–4 times by different outlets
 * with reworded headlines, shared links carrying tracking parameters, and a share of items with
 * one of `imagePool` images (so image hashing runs, mostly from its cache).
 */
export function generateTrendItems(count: number, options: { now: Date; imageBaseUrl: string | null; imagePool: number }): TrendItem[] {
  const items: TrendItem[] = [];
  let story = 0;
  while (items.length < count) {
    const seed = `story-${story}`;
    const subject = pick(subjects, `${seed}:subject`);
    const verbs = pick(actions, `${seed}:action`);
    const object = pick(objects, `${seed}:object`);
    const place = pick(places, `${seed}:place`);
    const product = nameOf(`${seed}:product`);
    const partner = nameOf(`${seed}:partner`);
    const amount = `$${1 + Math.floor(unit(`${seed}:amount`) * 900)}m`;
    const reports = 1 + Math.floor(unit(`${seed}:reports`) * 4);
    const path = `/${story}/${subject.toLowerCase().replace(/\W+/g, '-')}-${product.toLowerCase()}-${object.replace(/\W+/g, '-')}`;
    const image = options.imageBaseUrl && unit(`${seed}:image`) < 0.1 ? `${options.imageBaseUrl}/img/${Math.floor(unit(`${seed}:which`) * options.imagePool)}.jpg` : null;
    for (let report = 0; report < reports && items.length < count; report++) {
      const verb = verbs[report % verbs.length]!;
      const outlet = outlets[(story + report) % outlets.length]!;
      const title =
        report % 2 === 0
          ? `${subject} ${verb} ${product} ${object} ${place} in ${amount} ${partner} deal`
          : `${partner} and ${subject}: ${amount} ${product} plan ${verb} ${object} ${place}`;
      const shared = report > 0 && unit(`${seed}:${report}:shared`) < 0.4;
      items.push({
        source: 'rss',
        externalId: `${seed}:${report}`,
        title,
        summary: `${pick(leads, `${seed}:${report}:lead`)} ${product}, ${subject}'s ${amount} plan with ${partner}, ${verb} ${object} ${place}${pick(tails, `${seed}:${report}:tail`)}`,
        url: shared ? `https://${outlets[story % outlets.length]}${path}?utm_source=feed&utm_medium=rss&fbclid=${report}` : `https://${outlet}${path}`,
        publishedAt: new Date(options.now.getTime() - Math.floor(unit(`${seed}:${report}:age`) * 36) * 3_600_000),
        engagement: { score: Math.floor(unit(`${seed}:${report}:score`) * 500), comments: Math.floor(unit(`${seed}:${report}:comments`) * 120), traffic: null },
        imageUrl: image,
        channel: outlet,
      });
    }
    story += 1;
  }
  return items;
}
