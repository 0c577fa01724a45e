/** Folds width and case so ＡＢＣ, abc and ABC index alike (NFKC also turns full-width digits half-width). */
export function normalizeText(text: string): string {
  return text.normalize('NFKC').toLowerCase();
}
