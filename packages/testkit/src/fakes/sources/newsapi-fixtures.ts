/** An article exactly as NewsAPI returns it in `articles`. */
export interface NewsApiArticle {
  source: { id: string | null; name: string };
  author: string | null;
  title: string;
  description: string | null;
  url: string;
  urlToImage: string | null;
  publishedAt: string;
  content: string | null;
}

/** GET /v2/top-headlines?country=us */
export const topHeadlinesFixture: NewsApiArticle[] = [
  {
    source: { id: 'reuters', name: 'Reuters' },
    author: 'Reuters Staff',
    title: 'Fed holds rates steady, signals patience on cuts - Reuters',
    description: 'The Federal Reserve held interest rates steady on Wednesday and said it would wait for more evidence that inflation is cooling.',
    url: 'https://www.reuters.com/markets/us/fed-holds-rates-steady-2026-11-02/',
    urlToImage: 'https://www.reuters.com/resizer/v2/fed-rates.jpg?auth=abc123&width=1200',
    publishedAt: '2026-11-02T08:41:00Z',
    content: 'WASHINGTON, Nov 2 (Reuters) - The Federal Reserve held interest rates steady… [+3120 chars]',
  },
  {
    source: { id: null, name: 'The Verge' },
    author: 'Jess Weatherbed',
    title: 'Adobe’s new AI tools can edit a whole photo shoot at once',
    description: '<p>Adobe is rolling out batch edits in Lightroom that apply an AI-generated look to <b>hundreds</b> of photos &amp; videos.</p>',
    url: 'https://www.theverge.com/2026/11/2/adobe-lightroom-ai-batch-edits',
    urlToImage: null,
    publishedAt: '2026-11-02T07:15:12Z',
    content: null,
  },
  {
    source: { id: null, name: '[Removed]' },
    author: null,
    title: '[Removed]',
    description: '[Removed]',
    url: 'https://removed.com',
    urlToImage: null,
    publishedAt: '1970-01-01T00:00:00Z',
    content: '[Removed]',
  },
  {
    source: { id: 'bbc-news', name: 'BBC News' },
    author: 'BBC News',
    title: 'Record number of first-time buyers as mortgage rates fall',
    description: 'Lenders report the busiest October for first-time buyers since 2006.',
    url: 'https://www.bbc.co.uk/news/articles/first-time-buyers-record',
    urlToImage: 'https://ichef.bbci.co.uk/news/1024/branded_news/first-time-buyers.jpg',
    publishedAt: '2026-11-02T06:02:33Z',
    content: 'Lenders report the busiest October… [+2051 chars]',
  },
];

/** GET /v2/everything?q=… — the same articles whatever the query, with the query in the title. */
export function everythingFixture(query: string): NewsApiArticle[] {
  return [
    {
      source: { id: 'techcrunch', name: 'TechCrunch' },
      author: 'Mary Ann Azevedo',
      title: `Why ${query} startups are raising again`,
      description: `Investors are returning to ${query}, with three rounds above $50M this week.`,
      url: `https://techcrunch.com/2026/11/01/${encodeURIComponent(query.toLowerCase().replace(/\s+/g, '-'))}-startups-raising/`,
      urlToImage: 'https://techcrunch.com/wp-content/uploads/2026/11/funding.jpg',
      publishedAt: '2026-11-01T15:30:00Z',
      content: 'Investors are returning… [+4200 chars]',
    },
    {
      source: { id: null, name: 'Forbes' },
      author: 'Forbes Staff',
      title: `${query}: five numbers that matter this quarter`,
      description: null,
      url: `https://www.forbes.com/sites/staff/2026/11/01/${encodeURIComponent(query.toLowerCase().replace(/\s+/g, '-'))}-five-numbers/`,
      urlToImage: null,
      publishedAt: '2026-11-01T11:00:00Z',
      content: null,
    },
  ];
}
