import { industries } from '../../brands/brand';

type Industry = (typeof industries)[number];

/**
 * Words that place a story in an industry (lemmas, lower case). Short and hand-picked: the
 * category only decides the "outside the brand's industry and barely relevant → skip" rule and
 * the trends filter, so a clear signal matters more than coverage.
 */
const industryWords: Record<Exclude<Industry, 'other'>, string[]> = {
  fintech: ['bank', 'banking', 'payment', 'fintech', 'crypto', 'bitcoin', 'ethereum', 'stablecoin', 'loan', 'lending', 'mortgage', 'credit', 'debit', 'invest', 'investor', 'stock', 'market', 'fund', 'inflation', 'rate', 'fed', 'wallet', 'insurance', 'insurtech', 'finance', 'financial', 'earnings', 'ipo', 'trading', 'economy', 'tax'],
  tech: ['ai', 'software', 'app', 'startup', 'cloud', 'chip', 'semiconductor', 'developer', 'code', 'programming', 'open-source', 'linux', 'apple', 'google', 'microsoft', 'openai', 'model', 'llm', 'robot', 'data', 'security', 'cyber', 'hack', 'breach', 'iphone', 'android', 'api', 'gpu', 'quantum', 'browser', 'javascript', 'python', 'rust', 'saas'],
  education: ['school', 'student', 'teacher', 'university', 'college', 'education', 'learn', 'learning', 'course', 'classroom', 'curriculum', 'exam', 'tuition', 'campus', 'degree', 'edtech', 'literacy', 'scholarship', 'teach', 'academic'],
  retail: ['retail', 'shop', 'shopping', 'store', 'ecommerce', 'e-commerce', 'consumer', 'brand', 'fashion', 'price', 'sale', 'discount', 'holiday', 'grocery', 'amazon', 'walmart', 'supply', 'product', 'customer', 'checkout', 'delivery'],
  health: ['health', 'healthcare', 'medical', 'medicine', 'doctor', 'patient', 'hospital', 'vaccine', 'disease', 'drug', 'fda', 'clinical', 'trial', 'cancer', 'mental', 'wellness', 'fitness', 'nutrition', 'diet', 'virus', 'covid', 'flu', 'therapy', 'biotech', 'sleep'],
};

const lookup = new Map<string, Exclude<Industry, 'other'>>();
for (const [industry, words] of Object.entries(industryWords) as Array<[Exclude<Industry, 'other'>, string[]]>) {
  for (const word of words) if (!lookup.has(word)) lookup.set(word, industry);
}

/** The industry whose words a story uses most (ties: the first listed); `other` when none. */
export function categorize(lemmas: readonly string[]): Industry {
  const counts = new Map<Industry, number>();
  for (const lemma of lemmas) {
    const industry = lookup.get(lemma);
    if (industry) counts.set(industry, (counts.get(industry) ?? 0) + 1);
  }
  let best: Industry = 'other';
  let bestCount = 0;
  for (const industry of industries) {
    const count = counts.get(industry) ?? 0;
    if (count > bestCount) {
      best = industry;
      bestCount = count;
    }
  }
  return best;
}
