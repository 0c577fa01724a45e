import type { EntryPlatform, EntryStatus, Stage } from '../schema/kit-schema';

interface CalendarWords {
  platform: Record<EntryPlatform, string>;
  status: Record<EntryStatus, string>;
  stage: Record<Stage, string>;
  /** Index 0 is Monday, 6 Sunday (ISO weekday − 1). */
  weekdays: readonly [string, string, string, string, string, string, string];
  allDay: string;
  calendar: string;
  noEntries: string;
  platformLabel: string;
  statusLabel: string;
  stageLabel: string;
  itemLabel: string;
  /** Between a label and its value: a full-width colon in Chinese. */
  colon: string;
}

/** Words for calendar fields in both UI languages, shared by the exports and the studio. */
export const CALENDAR_LABELS: { zh: CalendarWords; en: CalendarWords } = {
  zh: {
    platform: { weibo: '微博', douban: '豆瓣', wechat: '微信', offline: '线下活动' },
    status: { idea: '想法', draft: '草稿', scheduled: '已排期', published: '已发布' },
    stage: { gather: '聚集', interact: '互动', operate: '运营', monetize: '变现' },
    weekdays: ['星期一', '星期二', '星期三', '星期四', '星期五', '星期六', '星期日'],
    allDay: '全天',
    calendar: '内容日历',
    noEntries: '没有日程。',
    platformLabel: '平台',
    statusLabel: '状态',
    stageLabel: '阶段',
    itemLabel: '关联条目',
    colon: '：',
  },
  en: {
    platform: { weibo: 'Weibo', douban: 'Douban', wechat: 'WeChat', offline: 'Offline event' },
    status: { idea: 'Idea', draft: 'Draft', scheduled: 'Scheduled', published: 'Published' },
    stage: { gather: 'Gather', interact: 'Interact', operate: 'Operate', monetize: 'Monetize' },
    weekdays: ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'],
    allDay: 'All day',
    calendar: 'Content calendar',
    noEntries: 'No entries.',
    platformLabel: 'Platform',
    statusLabel: 'Status',
    stageLabel: 'Stage',
    itemLabel: 'Linked item',
    colon: ': ',
  },
};
