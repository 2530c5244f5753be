/** An RSS 2.0 feed the way WordPress-style publishers write it: CDATA, HTML descriptions, media RSS. */
export const rss2Fixture = `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0"
  xmlns:content="http://purl.org/rss/1.0/modules/content/"
  xmlns:dc="http://purl.org/dc/elements/1.1/"
  xmlns:atom="http://www.w3.org/2005/Atom"
  xmlns:media="http://search.yahoo.com/mrss/"
  xmlns:slash="http://purl.org/rss/1.0/modules/slash/">
<channel>
  <title>Fintech Weekly &amp; Friends</title>
  <atom:link href="https://fintechweekly.example/feed/" rel="self" type="application/rss+xml" />
  <link>https://fintechweekly.example</link>
  <description>News and analysis for people building money software</description>
  <lastBuildDate>Mon, 02 Nov 2026 08:30:00 +0000</lastBuildDate>
  <language>en-US</language>
  <item>
    <title><![CDATA[Open banking APIs hit 10 billion calls a month]]></title>
    <link>https://fintechweekly.example/2026/11/open-banking-10-billion/</link>
    <dc:creator><![CDATA[Priya Shah]]></dc:creator>
    <pubDate>Mon, 02 Nov 2026 07:45:00 +0000</pubDate>
    <category><![CDATA[Open banking]]></category>
    <category><![CDATA[APIs]]></category>
    <guid isPermaLink="false">https://fintechweekly.example/?p=48213</guid>
    <description><![CDATA[<p>Traffic on UK open banking APIs passed <strong>10&nbsp;billion</strong> calls in October &#8212; up 38% on last year.</p><p>The post <a href="https://fintechweekly.example/2026/11/open-banking-10-billion/">Open banking APIs hit 10 billion calls a month</a> appeared first on Fintech Weekly.</p>]]></description>
    <content:encoded><![CDATA[<p>Full article body…</p>]]></content:encoded>
    <slash:comments>14</slash:comments>
    <media:content url="https://fintechweekly.example/wp-content/uploads/2026/11/open-banking.jpg" medium="image" width="1200" height="630">
      <media:title type="plain">Open banking traffic chart</media:title>
    </media:content>
  </item>
  <item>
    <title>Card fraud losses fall for the first time since 2019 &#8211; here&#8217;s why</title>
    <link>/2026/11/card-fraud-losses-fall/</link>
    <pubDate>Sun, 01 Nov 2026 16:00:00 GMT</pubDate>
    <guid>https://fintechweekly.example/2026/11/card-fraud-losses-fall/</guid>
    <description>&lt;p&gt;Chip &amp;amp; PIN, 3-D Secure and &lt;em&gt;AI scoring&lt;/em&gt; all played a part.&lt;/p&gt;</description>
    <enclosure url="https://fintechweekly.example/wp-content/uploads/2026/11/card-fraud.png" length="48213" type="image/png" />
  </item>
  <item>
    <title>Podcast: the state of embedded finance</title>
    <link>https://fintechweekly.example/podcast/embedded-finance/</link>
    <pubDate>Sat, 31 Oct 2026 12:00:00 +0000</pubDate>
    <description>Forty minutes on embedded lending.</description>
    <enclosure url="https://cdn.fintechweekly.example/podcast/ep112.mp3" length="38211003" type="audio/mpeg" />
    <media:thumbnail url="https://fintechweekly.example/wp-content/uploads/2026/10/podcast-112.jpg" width="300" height="300" />
  </item>
  <item>
    <description>An item with no title is dropped.</description>
  </item>
</channel>
</rss>
`;

/** An Atom 1.0 feed with alternate/self links, HTML content and media thumbnails. */
export const atomFixture = `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xmlns:media="http://search.yahoo.com/mrss/">
  <title type="text">Ledgerly Product Blog</title>
  <subtitle>Release notes and stories from the Ledgerly team</subtitle>
  <link rel="self" type="application/atom+xml" href="https://blog.ledgerly.example/feed.atom"/>
  <link rel="alternate" type="text/html" href="https://blog.ledgerly.example/"/>
  <id>tag:blog.ledgerly.example,2024:feed</id>
  <updated>2026-11-02T09:00:00Z</updated>
  <entry>
    <title type="html">Introducing &lt;em&gt;instant&lt;/em&gt; payouts</title>
    <link rel="alternate" type="text/html" href="https://blog.ledgerly.example/posts/instant-payouts"/>
    <link rel="replies" type="application/atom+xml" href="https://blog.ledgerly.example/posts/instant-payouts/comments.atom"/>
    <id>tag:blog.ledgerly.example,2026:post-311</id>
    <published>2026-11-02T08:00:00Z</published>
    <updated>2026-11-02T09:00:00Z</updated>
    <author><name>Sam Okafor</name></author>
    <summary type="html">&lt;p&gt;Payouts now land in &lt;b&gt;seconds&lt;/b&gt;, not days.&lt;/p&gt;</summary>
    <media:thumbnail url="https://blog.ledgerly.example/images/instant-payouts.webp" width="640" height="360"/>
  </entry>
  <entry>
    <title>What we learned from 1,000 customer interviews</title>
    <link href="https://blog.ledgerly.example/posts/customer-interviews"/>
    <id>tag:blog.ledgerly.example,2026:post-305</id>
    <updated>2026-10-28T12:30:00+01:00</updated>
    <content type="html">&lt;h2&gt;Five themes&lt;/h2&gt;&lt;p&gt;Speed, trust &amp;amp; clarity came up most.&lt;/p&gt;</content>
    <link rel="enclosure" type="image/jpeg" href="https://blog.ledgerly.example/images/interviews.jpg"/>
  </entry>
</feed>
`;

/** RSS 1.0 (RDF), still served by some old publishers. */
export const rdfFixture = `<?xml version="1.0" encoding="UTF-8"?>
<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/" xmlns:dc="http://purl.org/dc/elements/1.1/">
  <channel rdf:about="https://slashnews.example/">
    <title>Slash News</title>
    <link>https://slashnews.example/</link>
    <description>News for nerds</description>
  </channel>
  <item rdf:about="https://slashnews.example/story/26/11/02/1">
    <title>Researchers build a 1,000-qubit error-corrected chip</title>
    <link>https://slashnews.example/story/26/11/02/1</link>
    <description>A milestone for fault tolerance.</description>
    <dc:date>2026-11-02T06:00:00+00:00</dc:date>
  </item>
</rdf:RDF>
`;

/** A 200 that is no feed at all: an HTML page (well-formed, so only its shape gives it away). */
export const notAFeedFixture = `<?xml version="1.0"?>
<html xmlns="http://www.w3.org/1999/xhtml"><head><title>Welcome</title></head><body><p>Nothing to see.</p></body></html>
`;
