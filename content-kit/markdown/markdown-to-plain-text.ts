// Placeholders and their escapes must pass through untouched: they are filled after conversion.
const PROTECTED = /\\\{\{|\{\{[\p{L}\p{Nd}_]{1,30}\}\}/gu;
const ENTITIES = new Map([
  ['&amp;', '&'],
  ['&lt;', '<'],
  ['&gt;', '>'],
  ['&quot;', '"'],
  ['&#39;', "'"],
  ['&nbsp;', ' '],
]);

function inline(line: string, kept: string[]): string {
  return line
    .replace(/`([^`]+)`/g, (_, code: string) => keep(code, kept))
    // An escaped mark is text: kept aside so the emphasis rules below cannot take it.
    .replace(/\\([\\`*_{}[\]()#+\-.!>~|])/g, (_, mark: string) => keep(mark, kept))
    .replace(/!\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/\[([^\]]+)\]\(\s*<?([^)\s>]*)>?(?:\s+"[^"]*")?\s*\)/g, (_, label: string, url: string) =>
      !url || label === url ? label : `${label} (${url})`,
    )
    .replace(/<(https?:\/\/[^>\s]+)>/g, '$1')
    .replace(/<!--[\s\S]*?-->|<(script|style)\b[^>]*>[\s\S]*?<\/\1\s*>/gi, '')
    .replace(/<br\s*\/?>/gi, '\n')
    .replace(/<\/?[A-Za-z][^>]*>/g, '')
    .replace(/(\*\*|__)(?=\S)([\s\S]*?\S)\1/g, '$2')
    .replace(/(^|[^\w*])\*(?=\S)([^*]*?\S)\*(?!\w)/g, '$1$2')
    .replace(/(^|[^\w])_(?=\S)([^_]*?\S)_(?!\w)/gu, '$1$2')
    .replace(/~~(?=\S)([\s\S]*?\S)~~/g, '$1')
    .replace(/&(?:amp|lt|gt|quot|#39|nbsp);/g, (e) => ENTITIES.get(e) ?? e)
    .replace(/ {2,}$/, '');
}

function keep(text: string, kept: string[]): string {
  kept.push(text);
  return `\u0000${kept.length - 1}\u0000`;
}

/**
 * Renders a Markdown body as the plain text a person would type into a chat or post box: marks dropped,
 * lists as `•` lines, links as `label (url)`, images as their alt text, raw HTML removed, line breaks kept.
 * `{{name}}` and `\{{` are kept verbatim so the template can be filled afterwards.
 */
export function markdownToPlainText(markdown: string): string {
  const kept: string[] = [];
  const source = markdown.replace(/\r\n?/g, '\n').replace(PROTECTED, (m) => keep(m, kept));
  const out: string[] = [];
  let fence: string | null = null;
  const lines = source.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    const fenceMark = /^\s{0,3}(`{3,}|~{3,})/.exec(line)?.[1];
    if (fence) {
      if (fenceMark && fenceMark[0] === fence[0] && fenceMark.length >= fence.length) fence = null;
      else out.push(line);
      continue;
    }
    if (fenceMark) {
      fence = fenceMark;
      continue;
    }
    const next = lines[i + 1];
    if (next !== undefined && line.trim() && /^\s{0,3}(=+|-+)\s*$/.test(next)) {
      out.push(inline(line.trim(), kept));
      i++;
      continue;
    }
    if (/^\s{0,3}([-*_])(\s*\1){2,}\s*$/.test(line)) {
      out.push('');
      continue;
    }
    let m: RegExpExecArray | null;
    if ((m = /^\s{0,3}#{1,6}(?:\s+(.*?))?(?:\s+#+)?\s*$/.exec(line)) && /^\s{0,3}#{1,6}(\s|$)/.test(line)) {
      out.push(inline(m[1] ?? '', kept));
    } else if ((m = /^(\s*)>\s?(.*)$/.exec(line))) {
      out.push(inline(m[2]!, kept));
    } else if ((m = /^(\s*)[-*+]\s+(?:\[[ xX]\]\s+)?(.*)$/.exec(line))) {
      out.push(`${m[1]}• ${inline(m[2]!, kept)}`);
    } else {
      out.push(inline(line, kept));
    }
  }
  return out
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim()
    .replace(/\u0000(\d+)\u0000/g, (_, n: string) => kept[Number(n)]!);
}
