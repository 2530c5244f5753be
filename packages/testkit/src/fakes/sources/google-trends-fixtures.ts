export interface TrendsNewsFixture {
  title: string;
  snippet: string;
  url: string;
  picture: string;
  source: string;
}

export interface TrendsItemFixture {
  title: string;
  traffic: string;
  pubDate: string;
  picture: string | null;
  pictureSource: string | null;
  news: TrendsNewsFixture[];
}

const escapeXml = (text: string) => text.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;').replaceAll('"', '&quot;');

function newsItem(news: TrendsNewsFixture): string {
  return `      <ht:news_item>
        <ht:news_item_title>${escapeXml(news.title)}</ht:news_item_title>
        <ht:news_item_snippet>${escapeXml(news.snippet)}</ht:news_item_snippet>
        <ht:news_item_url>${escapeXml(news.url)}</ht:news_item_url>
        <ht:news_item_picture>${escapeXml(news.picture)}</ht:news_item_picture>
        <ht:news_item_source>${escapeXml(news.source)}</ht:news_item_source>
      </ht:news_item>`;
}

/** The daily trends feed exactly as https://trends.google.com/trending/rss?geo=XX lays it out. */
export function googleTrendsRss(geo: string, items: TrendsItemFixture[]): string {
  const feedUrl = `https://trends.google.com/trending/rss?geo=${geo}`;
  const rendered = items.map(
    (item) => `    <item>
      <title>${escapeXml(item.title)}</title>
      <ht:approx_traffic>${item.traffic}</ht:approx_traffic>
      <description></description>
      <link>${escapeXml(feedUrl)}</link>
      <pubDate>${item.pubDate}</pubDate>
${item.picture ? `      <ht:picture>${escapeXml(item.picture)}</ht:picture>\n` : ''}${item.pictureSource ? `      <ht:picture_source>${escapeXml(item.pictureSource)}</ht:picture_source>\n` : ''}${item.news.map(newsItem).join('\n')}
    </item>`,
  );
  return `<?xml version="1.0" encoding="UTF-8"?>
<rss xmlns:atom="http://www.w3.org/2005/Atom" xmlns:ht="https://trends.google.com/trending/rss" version="2.0">
  <channel>
    <title>Daily Search Trends</title>
    <description>Recent searches</description>
    <link>${escapeXml(feedUrl)}</link>
    <atom:link href="${escapeXml(feedUrl)}" rel="self" type="application/rss+xml"/>
${rendered.join('\n')}
  </channel>
</rss>
`;
}

export const googleTrendsFixtures: Record<string, TrendsItemFixture[]> = {
  US: [
    {
      title: 'world series',
      traffic: '500,000+',
      pubDate: 'Mon, 2 Nov 2026 01:20:00 -0800',
      picture: 'https://encrypted-tbn2.gstatic.com/images?q=tbn:ANd9GcWorldSeries',
      pictureSource: 'ESPN',
      news: [
        { title: 'Dodgers win World Series in Game 7 thriller', snippet: 'Los Angeles rallied in the ninth inning to take the title.', url: 'https://www.espn.com/mlb/story/_/id/world-series-game-7', picture: 'https://a.espncdn.com/photo/ws.jpg', source: 'ESPN' },
        { title: 'World Series Game 7: live updates', snippet: 'Follow every pitch.', url: 'https://www.nytimes.com/athletic/live/world-series-game-7', picture: 'https://static01.nyt.com/ws.jpg', source: 'The Athletic' },
      ],
    },
    {
      title: 'daylight saving time',
      traffic: '200,000+',
      pubDate: 'Mon, 2 Nov 2026 00:40:00 -0800',
      picture: null,
      pictureSource: null,
      news: [{ title: 'When does daylight saving time end? Clocks fall back &amp; more', snippet: '', url: 'https://www.usatoday.com/story/news/dst-ends', picture: 'https://www.usatoday.com/dst.jpg', source: 'USA TODAY' }],
    },
    {
      title: 'taylor swift',
      traffic: '50K+',
      pubDate: 'Sun, 1 Nov 2026 22:10:00 -0800',
      picture: 'https://encrypted-tbn0.gstatic.com/images?q=tbn:ANd9GcSwift',
      pictureSource: 'Billboard',
      news: [],
    },
  ],
  GB: [
    {
      title: 'bonfire night',
      traffic: '20,000+',
      pubDate: 'Mon, 2 Nov 2026 09:00:00 +0000',
      picture: 'https://encrypted-tbn1.gstatic.com/images?q=tbn:ANd9GcBonfire',
      pictureSource: 'BBC',
      news: [{ title: 'Bonfire night 2026: displays near you', snippet: 'The biggest firework displays this weekend.', url: 'https://www.bbc.co.uk/news/bonfire-night-displays', picture: 'https://ichef.bbci.co.uk/bonfire.jpg', source: 'BBC' }],
    },
  ],
};
