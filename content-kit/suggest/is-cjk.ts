/** Han, kana and hangul: indexed as character bigrams. Code-point ranges, as a regex per character is slow. */
export function isCjk(c: number): boolean {
  return (
    (c >= 0x4e00 && c <= 0x9fff) ||
    (c >= 0x3400 && c <= 0x4dbf) ||
    (c >= 0x3040 && c <= 0x30ff) ||
    (c >= 0xac00 && c <= 0xd7af) ||
    (c >= 0xf900 && c <= 0xfaff) ||
    (c >= 0x1100 && c <= 0x11ff) ||
    (c >= 0x31f0 && c <= 0x31ff)
  );
}
