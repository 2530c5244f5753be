/** What the AI studio offers; each name is also the `agent` recorded on its tasks. */
export const studioAgents = [
  { name: 'content.generate', description: 'Writes post variants in the brand voice for a platform and format, scored for quality and brand safety.' },
  { name: 'content.improve', description: 'Rewrites a text: another tone, shorter, longer, grammar and spelling fixed, or hashtags added.' },
  { name: 'hashtags.suggest', description: 'Suggests hashtags for a text from its topic, the brand pillars and the industry.' },
  { name: 'graphics.render', description: 'Renders a post graphic in the brand colours: card, square, portrait, story or carousel frames.' },
] as const;

export type StudioAgentName = (typeof studioAgents)[number]['name'];
