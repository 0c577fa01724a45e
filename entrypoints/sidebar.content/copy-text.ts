/** Copies text to the clipboard; falls back to a hidden field and `copy` where the async API is refused. */
export async function copyText(text: string, scratchRoot: Node & ParentNode): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    const doc = (scratchRoot as Node).ownerDocument ?? document;
    const field = doc.createElement('textarea');
    field.value = text;
    field.setAttribute('readonly', '');
    field.style.cssText = 'position:fixed;opacity:0;pointer-events:none;left:-9999px';
    scratchRoot.append(field);
    field.select();
    const ok = doc.execCommand('copy');
    field.remove();
    return ok;
  }
}
