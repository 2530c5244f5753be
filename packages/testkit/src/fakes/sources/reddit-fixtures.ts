/** A t3 (link) the way GET /r/{sub}/top?raw_json=1 sends it, trimmed to the fields that vary. */
export interface RedditPostFixture {
  id: string;
  subreddit: string;
  title: string;
  selftext: string;
  is_self: boolean;
  url: string;
  permalink: string;
  score: number;
  num_comments: number;
  created_utc: number;
  over_18: boolean;
  thumbnail: string;
  preview?: { images: Array<{ source: { url: string; width: number; height: number }; resolutions: Array<{ url: string; width: number; height: number }>; id: string }>; enabled: boolean };
}

function link(post: RedditPostFixture): { kind: 't3'; data: Record<string, unknown> } {
  // The constant fields every t3 carries, so the connector sees the real object's clutter.
  return {
    kind: 't3',
    data: {
      approved_at_utc: null,
      subreddit_name_prefixed: `r/${post.subreddit}`,
      author_fullname: 't2_9x8c7v6b',
      saved: false,
      gilded: 0,
      clicked: false,
      name: `t3_${post.id}`,
      upvote_ratio: 0.94,
      ups: post.score,
      downs: 0,
      link_flair_text: null,
      is_video: false,
      stickied: false,
      spoiler: false,
      locked: false,
      author: 'fixture_author',
      domain: post.is_self ? `self.${post.subreddit}` : new URL(post.url).hostname,
      subreddit_id: 't5_2qh16',
      subreddit_type: 'public',
      created: post.created_utc,
      ...post,
    },
  };
}

/** The listing envelope: {kind:"Listing", data:{after, dist, children, before}}. */
export function redditListing(posts: RedditPostFixture[], limit: number): unknown {
  const children = posts.slice(0, limit).map(link);
  return { kind: 'Listing', data: { after: children.length === limit && posts.length > limit ? `t3_${posts[limit - 1]?.id}` : null, dist: children.length, modhash: '', geo_filter: '', children, before: null } };
}

/** 2026-11-02T08:00:00Z and earlier: a day's top posts. */
const base = Date.parse('2026-11-02T08:00:00Z') / 1000;

export const redditFixtures: Record<string, RedditPostFixture[]> = {
  technology: [
    {
      id: '1gk3xq2',
      subreddit: 'technology',
      title: 'EU fines Apple €1.8bn over music streaming rules',
      selftext: '',
      is_self: false,
      url: 'https://www.bbc.co.uk/news/articles/c9x1example',
      permalink: '/r/technology/comments/1gk3xq2/eu_fines_apple_18bn_over_music_streaming_rules/',
      score: 24_812,
      num_comments: 2_114,
      created_utc: base - 3 * 3600,
      over_18: false,
      thumbnail: 'https://b.thumbs.redditmedia.com/AbCdEf123.jpg',
      preview: {
        enabled: false,
        images: [
          {
            id: 'x7Qz',
            source: { url: 'https://external-preview.redd.it/x7Qz.jpg?auto=webp&s=4a1b2c', width: 1200, height: 675 },
            resolutions: [{ url: 'https://external-preview.redd.it/x7Qz.jpg?width=108&crop=smart&auto=webp&s=9f8e', width: 108, height: 60 }],
          },
        ],
      },
    },
    {
      id: '1gk5ab9',
      subreddit: 'technology',
      title: 'Ask: how is your team actually using AI code review?',
      selftext: '  We trialled three tools this quarter.\n\nCurious what stuck for others.  ',
      is_self: true,
      url: 'https://www.reddit.com/r/technology/comments/1gk5ab9/ask_how_is_your_team_actually_using_ai_code/',
      permalink: '/r/technology/comments/1gk5ab9/ask_how_is_your_team_actually_using_ai_code/',
      score: 3_405,
      num_comments: 871,
      created_utc: base - 5 * 3600,
      over_18: false,
      thumbnail: 'self',
    },
    {
      id: '1gk7nsf',
      subreddit: 'technology',
      title: 'Leaked footage thread',
      selftext: '',
      is_self: false,
      url: 'https://example.com/nsfw',
      permalink: '/r/technology/comments/1gk7nsf/leaked_footage_thread/',
      score: 1_200,
      num_comments: 310,
      created_utc: base - 6 * 3600,
      over_18: true,
      thumbnail: 'nsfw',
    },
    {
      id: '1gk8c0d',
      subreddit: 'technology',
      title: 'Fibre broadband reaches 80% of UK homes, Ofcom says',
      selftext: '',
      is_self: false,
      url: 'https://www.theguardian.com/technology/2026/nov/02/fibre-broadband-ofcom',
      permalink: '/r/technology/comments/1gk8c0d/fibre_broadband_reaches_80_of_uk_homes_ofcom_says/',
      score: 982,
      num_comments: 143,
      created_utc: base - 9 * 3600,
      over_18: false,
      thumbnail: 'default',
    },
  ],
  fintech: [
    {
      id: '1gj9q0w',
      subreddit: 'fintech',
      title: 'Stripe launches stablecoin accounts in 101 countries',
      selftext: '',
      is_self: false,
      url: 'https://stripe.com/newsroom/news/stablecoin-accounts',
      permalink: '/r/fintech/comments/1gj9q0w/stripe_launches_stablecoin_accounts_in_101/',
      score: 412,
      num_comments: 96,
      created_utc: base - 2 * 3600,
      over_18: false,
      thumbnail: 'https://b.thumbs.redditmedia.com/QwErTy987.jpg',
    },
    {
      id: '1gja7u1',
      subreddit: 'fintech',
      title: 'Open banking in the US: what the CFPB 1033 rule changes for startups',
      selftext: 'Summary of the final rule & what it means for data access.',
      is_self: true,
      url: 'https://www.reddit.com/r/fintech/comments/1gja7u1/open_banking_in_the_us/',
      permalink: '/r/fintech/comments/1gja7u1/open_banking_in_the_us/',
      score: 188,
      num_comments: 41,
      created_utc: base - 7 * 3600,
      over_18: false,
      thumbnail: 'self',
    },
  ],
};
