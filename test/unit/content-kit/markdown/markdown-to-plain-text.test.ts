import { describe, expect, it } from 'vitest';
import { markdownToPlainText } from '../../../../content-kit';

describe('markdownToPlainText', () => {
  it('drops heading marks, ATX and Setext', () => {
    expect(markdownToPlainText('# 标题\n\n## 二级 ##\n\n###### 六级')).toBe('标题\n\n二级\n\n六级');
    expect(markdownToPlainText('读书会\n===\n\n副标题\n---')).toBe('读书会\n\n副标题');
    expect(markdownToPlainText('####### 七个井号不是标题')).toBe('####### 七个井号不是标题');
  });

  it('drops emphasis, strike-through and inline code marks', () => {
    expect(markdownToPlainText('**加粗** 和 *斜体* 和 _下划_ 和 __粗__ ~~删掉~~ `代码`')).toBe('加粗 和 斜体 和 下划 和 粗 删掉 代码');
  });

  it('leaves intra-word underscores and lone asterisks alone', () => {
    expect(markdownToPlainText('snake_case_word 与 2*3*4')).toBe('snake_case_word 与 2*3*4');
  });

  it('writes lists as bullet lines and keeps ordered lists', () => {
    expect(markdownToPlainText('- 一\n* 二\n+ 三\n  - 嵌套\n- [x] 已完成\n1. 第一步\n2. 第二步')).toBe('• 一\n• 二\n• 三\n  • 嵌套\n• 已完成\n1. 第一步\n2. 第二步');
  });

  it('writes links as label (url), autolinks as the url, images as their alt text', () => {
    expect(markdownToPlainText('[报名链接](https://example.com/join "标题")')).toBe('报名链接 (https://example.com/join)');
    expect(markdownToPlainText('[https://a.cn](https://a.cn)')).toBe('https://a.cn');
    expect(markdownToPlainText('<https://example.com>')).toBe('https://example.com');
    expect(markdownToPlainText('![活动海报](https://example.com/p.png)')).toBe('活动海报');
  });

  it('removes raw HTML, script and style content and comments included', () => {
    expect(markdownToPlainText('<b>粗</b><span style="color:red">红</span>')).toBe('粗红');
    expect(markdownToPlainText('开始<script>alert(1)</script>结束')).toBe('开始结束');
    expect(markdownToPlainText('a<style>p{color:red}</style>b<!-- 备注 -->c')).toBe('abc');
    expect(markdownToPlainText('第一行<br>第二行')).toBe('第一行\n第二行');
    expect(markdownToPlainText('&lt;b&gt; &amp; &quot;')).toBe('<b> & "');
  });

  it('keeps placeholders and \\{{ verbatim, even inside marks', () => {
    expect(markdownToPlainText('**{{品牌}}** 欢迎 {{社群_名}}，\\{{原样}}，{{a b}}')).toBe('{{品牌}} 欢迎 {{社群_名}}，\\{{原样}}，{{a b}}');
    expect(markdownToPlainText('# {{标题}}')).toBe('{{标题}}');
    expect(markdownToPlainText('{{a_b_c}}')).toBe('{{a_b_c}}');
  });

  it('keeps #话题# hashtags, at the start of a line and in headings', () => {
    expect(markdownToPlainText('#21天共读# 今天开始')).toBe('#21天共读# 今天开始');
    expect(markdownToPlainText('参加 #读书会# 吧')).toBe('参加 #读书会# 吧');
    expect(markdownToPlainText('# #话题#')).toBe('#话题#');
  });

  it('keeps code blocks as they are', () => {
    expect(markdownToPlainText('```\n# 不是标题\n**不加粗**\n```')).toBe('# 不是标题\n**不加粗**');
  });

  it('drops quote marks and rules, and squeezes blank lines', () => {
    expect(markdownToPlainText('> 引用一句\n\n---\n\n\n\n后文')).toBe('引用一句\n\n后文');
  });

  it('keeps escaped Markdown characters as text', () => {
    expect(markdownToPlainText('\\*不是斜体\\* 和 \\#不是标题')).toBe('*不是斜体* 和 #不是标题');
  });

  it('normalises line endings and trims', () => {
    expect(markdownToPlainText('\r\n第一行\r\n第二行\r\n\r\n')).toBe('第一行\n第二行');
  });
});
