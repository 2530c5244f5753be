/**
 * Copies text to the clipboard. The Clipboard API only exists in secure contexts, and a
 * self-hosted instance is often reached over plain HTTP on a LAN address, so the fallback
 * selects the visible input and uses the older copy command.
 */
export async function copyText(text: string, fallbackInput: HTMLInputElement | null): Promise<boolean> {
  if (window.isSecureContext && navigator.clipboard) {
    try {
      await navigator.clipboard.writeText(text);
      return true;
    } catch {
      // Permission refused or document not focused: try the fallback below.
    }
  }
  if (!fallbackInput) return false;
  fallbackInput.focus();
  fallbackInput.select();
  try {
    return document.execCommand('copy');
  } catch {
    return false;
  }
}
