import { defineSiteAdapter, type PagePart } from './site-adapter';
import { SITE_HOSTS } from './site-hosts';
import { readText } from './read-page';

const CHAT_NAME: PagePart = {
  id: 'chat-name',
  hosts: ['wx.qq.com', 'wx2.qq.com'],
  selectors: [
    { selector: '#chatArea .title_wrap .title_name', seen: '2019-06' },
    { selector: '.title_name', seen: '2017-05' },
  ],
};

// SITES.md §3: web WeChat (AngularJS, legacy), the file helper, and the Official Accounts editor in both generations.
export const wechat = defineSiteAdapter({
  id: 'wechat',
  matches: SITE_HOSTS.wechat,
  composers: [
    {
      id: 'chat',
      target: 'wechat-chat',
      insertWith: 'contenteditable',
      selectors: [
        { selector: '#editArea', seen: '2019-06' },
        { selector: 'pre.edit_area[contenteditable="true"]', seen: '2017-05' },
      ],
    },
    {
      id: 'filehelper',
      target: 'wechat-chat',
      insertWith: 'textarea',
      selectors: [
        { selector: 'textarea.chat-panel__input-container', seen: '2026-01' },
        { selector: '.chat-panel textarea', seen: '2022-12' },
      ],
    },
    {
      id: 'mp-body',
      target: 'wechat-mp-body',
      insertWith: 'prosemirror',
      selectors: [
        { selector: '#ueditor_0 .mock-iframe-body .ProseMirror[contenteditable="true"]', seen: '2026-03' },
        { selector: '.js_pmEditorArea .ProseMirror[contenteditable="true"]', seen: '2026-01' },
        { selector: 'div.ProseMirror[contenteditable="true"]', seen: '2026-01' },
      ],
    },
    {
      id: 'mp-legacy-body',
      target: 'wechat-mp-body',
      insertWith: 'iframe-body',
      selectors: [
        { selector: 'iframe#ueditor_0', seen: '2023-06' },
        { selector: 'iframe[id^="ueditor_"]', seen: '2020-06' },
      ],
    },
    {
      id: 'mp-title',
      target: 'wechat-mp-title',
      insertWith: 'textarea',
      selectors: [
        { selector: '#title', seen: '2026-01' },
        { selector: '.js_title_main textarea', seen: '2026-01' },
      ],
    },
    {
      id: 'mp-digest',
      target: 'wechat-mp-digest',
      insertWith: 'textarea',
      selectors: [
        { selector: '#js_description', seen: '2026-01' },
        { selector: 'textarea.js_desc', seen: '2020-06' },
      ],
    },
    {
      id: 'mp-reply',
      target: 'wechat-chat',
      insertWith: 'textarea',
      selectors: [{ selector: 'textarea.js_editor', seen: '2026-11' }],
    },
  ],
  parts: [CHAT_NAME],
  readContext(doc, url) {
    const host = url.hostname;
    if (host.includes('filehelper')) return { pageKind: 'filehelper', chat: '文件传输助手', hotTopics: [] };
    if (host === 'mp.weixin.qq.com')
      return {
        pageKind: 'mp-editor',
        title: doc.querySelector<HTMLTextAreaElement | HTMLInputElement>('#title')?.value.trim() || doc.title.trim() || undefined,
        hotTopics: [],
      };
    const chat = readText(doc, CHAT_NAME.selectors);
    // Web WeChat names group chats `@@…` and people `@…`: only a group's name is a community's name.
    const isGroup = doc.querySelector('#chatArea .title_name, .title_name')?.getAttribute('data-username')?.startsWith('@@') === true;
    return { pageKind: 'chat', chat, ...(isGroup && chat && { community: chat }), hotTopics: [] };
  },
});
