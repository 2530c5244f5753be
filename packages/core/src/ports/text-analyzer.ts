/** What the offline NLP reads from a text (wink-nlp in connectors/src/nlp). */
export interface TextAnalysis {
  /** Content lemmas, lower case, in order: no stop words, punctuation, symbols or URLs. */
  lemmas: string[];
  /** Sentiment in −1 … +1. */
  sentiment: number;
}

export interface TextAnalyzer {
  analyze(text: string): TextAnalysis;
}
