/** Limits from the brand contract (docs/api.md, Brands), checked before the server does. */
export const maxPillars = 5;
export const minimumVoiceSamples = 5;
