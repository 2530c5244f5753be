import type { SafetyVerdict } from '../../api/schemas/ai.ts';

/**
 * Whether an unsafe variant's text has been edited clean enough to submit: every flagged term is
 * gone, and flags without a term (a whole-text judgement) need the text changed at all. The
 * server checks the saved text again, so this only keeps obviously flagged text from going out.
 */
export function isEditedClean(verdict: SafetyVerdict, generatedText: string, currentText: string): boolean {
  if (verdict.safe) return true;
  const lowered = currentText.toLowerCase();
  return verdict.flags.every((flag) =>
    flag.term ? !lowered.includes(flag.term.toLowerCase()) : currentText.trim() !== generatedText.trim(),
  );
}
