/**
 * Words outlets swap for one another when they reword the same headline ("unveils" / "reveals",
 * "plunges" / "tumbles"), each group folded onto its first word. Groups are kept narrow: folding
 * words that tell stories apart ("rise" with "fall", "profit" with "loss") would merge near misses.
 */
export const NEWS_SYNONYM_GROUPS: readonly (readonly string[])[] = [
  ['unveil', 'reveal', 'debut', 'introduce', 'launch', 'announce', 'showcase'],
  ['fall', 'fell', 'drop', 'slide', 'slid', 'slump', 'tumble', 'plunge', 'sink', 'sank', 'dip', 'decline', 'sag', 'crater', 'tank'],
  ['rise', 'rose', 'gain', 'jump', 'surge', 'climb', 'soar', 'rally', 'spike', 'hike', 'raise', 'increase', 'boost'],
  ['acquire', 'buy', 'bought', 'purchase', 'acquisition', 'takeover'],
  ['cut', 'slash', 'reduce', 'lower', 'trim', 'axe'],
  ['sue', 'lawsuit', 'suit'],
  ['ban', 'prohibit', 'outlaw'],
  ['resign', 'resignation', 'quit', 'step'],
  ['dead', 'death', 'die', 'died', 'kill', 'killed', 'fatality', 'toll'],
  ['win', 'won', 'beat', 'defeat', 'victory', 'triumph', 'clinch'],
  ['quake', 'earthquake', 'tremor', 'temblor'],
  ['approve', 'approval', 'clear', 'greenlight', 'authorize', 'authorise'],
  ['halt', 'suspend', 'pause', 'freeze'],
  ['layoff', 'lay', 'redundancy'],
  ['phone', 'smartphone', 'handset'],
  ['billion', 'bn'],
  ['million', 'mn'],
  ['warn', 'warning', 'caution'],
  ['probe', 'investigation', 'investigate', 'inquiry'],
  ['fine', 'penalty', 'penalize', 'penalise'],
  ['flood', 'flooding', 'deluge'],
  ['strike', 'walkout'],
  ['deal', 'agreement', 'pact', 'accord'],
  ['study', 'research', 'researcher', 'scientist'],
  ['vaccine', 'jab', 'vaccination'],
];
