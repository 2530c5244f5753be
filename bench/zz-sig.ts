import { textSignature } from '@socialseed/core/trends/dedup/minhash';
import { dedupTokens, properNounTokens } from '@socialseed/core/trends/dedup/text-tokens';
import { generateTrendItems } from './support/generated-trend-items';
const items = generateTrendItems(50_000, { now: new Date(), imageBaseUrl: null, imagePool: 0 });
for (let r = 0; r < 2; r++) {
let t = performance.now(); for (const i of items) textSignature(i.title, i.summary); console.log('sig', (performance.now() - t).toFixed(0));
t = performance.now(); for (const i of items) { dedupTokens(i.title); dedupTokens(i.summary); } console.log('tokens', (performance.now() - t).toFixed(0));
t = performance.now(); for (const i of items) { properNounTokens(i.title); properNounTokens(i.summary); } console.log('proper', (performance.now() - t).toFixed(0));
}
