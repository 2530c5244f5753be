/**
 * The writing brain of the AI studio: pure functions the generate, improve and hashtag use cases
 * call. Provider prompts and their parsers; the offline tier (template writer, improve
 * operations, hashtags); brand safety; the quality score. No I/O anywhere below.
 */
export { buildGenerationPrompt, parseGeneratedVariants, type ProviderPrompt } from './build-generation-prompt';
export { buildImprovePrompt, parseImproved } from './build-improve-prompt';
export { buildHashtagPrompt, parseHashtags } from './build-hashtag-prompt';
export { MalformedOutputError } from './extract-json';
export { writeFromTemplates } from './write-from-templates';
export { checkBrandSafety } from './check-brand-safety';
export { scoreQuality, qualityWeights, type QualityInput } from './quality-score';
export { improveOffline, improveOperations, type ImproveOperation, type ImproveOptions } from './improve-offline';
export { suggestHashtagsOffline } from './suggest-hashtags-offline';
export { hashtagNorm } from './hashtag-norms';
export { keyPhrases } from './key-phrases';
