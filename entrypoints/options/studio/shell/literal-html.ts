import { Tokenizer, type MarkedExtension, type Tokens } from 'marked';

/**
 * A marked extension that reads raw HTML in kit Markdown as literal text. Kit text is untrusted: its markup is
 * never handed to a DOM parser (where Chrome would at least try its inline handlers), so `<img onerror=…>`
 * shows as the characters it is made of, in the editor and in previews alike.
 */
export const LITERAL_HTML: MarkedExtension = {
  tokenizer: {
    html(src: string) {
      const token = Tokenizer.prototype.html.call(this, src) as Tokens.HTML | undefined;
      if (!token) return false;
      const text = token.raw.replace(/\n+$/, '');
      // marked takes whatever token a tokenizer returns; its types expect the kind it replaces.
      const paragraph: Tokens.Paragraph = { type: 'paragraph', raw: token.raw, text, tokens: [{ type: 'text', raw: text, text, escaped: false }] };
      return paragraph as unknown as Tokens.HTML;
    },
    tag(src: string) {
      const token = Tokenizer.prototype.tag.call(this, src) as Tokens.Tag | undefined;
      if (!token) return false;
      const text: Tokens.Text = { type: 'text', raw: token.raw, text: token.raw, escaped: false };
      return text as unknown as Tokens.Tag;
    },
  },
};
