import type { HashtagForm } from '../platforms/platform-targets';
import type { LintFinding } from './lint-finding';

const WORD_END = /[\s，。！？、；：,.!?;:）)」』】]/u;
const LATIN = /[A-Za-z+]/;
const DIGIT = /[0-9]/;
const HAN = /\p{Script=Han}/u;

/**
 * The offsets of the # marks of a line that can open or close a hashtag. A # right after a digit is a number
 * sign (3#楼), and after a Latin letter part of a word (C# 学习小组) unless Chinese follows at once (ok#读书会#).
 */
function marksOf(line: string, lineStart: number): number[] {
  const marks: number[] = [];
  for (let i = line.indexOf('#'); i >= 0; i = line.indexOf('#', i + 1)) {
    const before = line[i - 1] ?? '';
    if (DIGIT.test(before) || (LATIN.test(before) && !HAN.test(line[i + 1] ?? ''))) continue;
    marks.push(lineStart + i);
  }
  return marks;
}

/** Hashtag problems for the target's form: full-width marks, empty or unclosed `#…#`, the wrong form. */
export function lintHashtags(text: string, form: HashtagForm): LintFinding[] {
  const findings: LintFinding[] = [];
  for (const match of text.matchAll(/＃/g)) {
    findings.push({
      ruleId: 'hashtag/full-width',
      category: 'hashtag',
      severity: 'warning',
      start: match.index,
      end: match.index + 1,
      message: { zh: '全角“＃”不会变成话题，请用半角“#”', en: 'A full-width "＃" does not make a hashtag; use "#"' },
      fix: { replacement: '#', label: { zh: '改为 #', en: 'Use #' } },
    });
  }
  let lineStart = 0;
  for (const line of text.split('\n')) {
    const marks = marksOf(line, lineStart);
    if (form === 'double') {
      for (let i = 0; i + 1 < marks.length; i += 2) {
        const [open, close] = [marks[i]!, marks[i + 1]!];
        const inner = text.slice(open + 1, close);
        if (!inner.trim())
          findings.push({
            ruleId: 'hashtag/empty',
            category: 'hashtag',
            severity: 'warning',
            start: open,
            end: close + 1,
            message: { zh: '空话题“##”', en: 'Empty hashtag "##"' },
            fix: { replacement: '', label: { zh: '删除', en: 'Remove' } },
          });
        else if (inner !== inner.trim())
          findings.push({
            ruleId: 'hashtag/spaces',
            category: 'hashtag',
            severity: 'warning',
            start: open,
            end: close + 1,
            message: { zh: '话题两端有空格，可能无法识别', en: 'Spaces inside the hashtag marks may break it' },
            fix: { replacement: `#${inner.trim()}#`, label: { zh: '去掉空格', en: 'Trim spaces' } },
          });
      }
      if (marks.length % 2 === 1) {
        const open = marks[marks.length - 1]!;
        let end = open + 1;
        while (end < lineStart + line.length && !WORD_END.test(text[end]!) && text[end] !== '＃') end++;
        const words = text.slice(open + 1, end);
        // A full-width closer (#话题＃) is part of the hashtag the fix rewrites.
        if (text[end] === '＃') end++;
        findings.push({
          ruleId: 'hashtag/unclosed',
          category: 'hashtag',
          severity: 'warning',
          start: open,
          end,
          message: { zh: '话题缺少结尾的“#”，应写作 #话题#', en: 'The hashtag is missing its closing "#": write #topic#' },
          ...(words && { fix: { replacement: `#${words}#`, label: { zh: '补全为 #话题#', en: 'Close it as #topic#' } } }),
        });
      }
    } else {
      for (const pair of line.matchAll(/#([^#\s]{1,40})#/g)) {
        const start = lineStart + pair.index;
        findings.push({
          ruleId: form === 'single' ? 'hashtag/double-form' : 'hashtag/not-supported',
          category: 'hashtag',
          severity: 'info',
          start,
          end: start + pair[0].length,
          message:
            form === 'single'
              ? { zh: '公众号话题标签写作 #标签，不需要结尾的 #', en: 'Official Account tags are written #tag, without a closing #' }
              : { zh: '微信聊天不会把 #话题# 变成链接', en: 'WeChat chats do not turn #topics# into links' },
          ...(form === 'single' && { fix: { replacement: `#${pair[1]}`, label: { zh: '改为 #标签', en: 'Use #tag' } } }),
        });
      }
    }
    lineStart += line.length + 1;
  }
  return findings;
}
