import type { LocalizedText } from '../lint/lint-rule';

/** What a 节点 is: an official day off, a 调休 working day, a traditional festival, one of the 24 solar terms, a marketing day. */
export type NodeKind = 'holiday' | 'workday' | 'festival' | 'solar-term' | 'marketing';

/** Every node kind, in the order nodes of one day are listed. */
export const NODE_KINDS: readonly NodeKind[] = ['holiday', 'workday', 'festival', 'marketing', 'solar-term'];

/** A kind's name in both UI languages (the ICS export's CATEGORIES, the CLI's table, the calendar layer's legend). */
export const NODE_KIND_LABELS: Record<NodeKind, LocalizedText> = {
  holiday: { zh: '法定假日', en: 'Public holiday' },
  workday: { zh: '调休上班', en: 'Make-up working day' },
  festival: { zh: '传统节日', en: 'Traditional festival' },
  'solar-term': { zh: '节气', en: 'Solar term' },
  marketing: { zh: '营销节点', en: 'Marketing day' },
};

/** Traditional festivals on a fixed day of the lunar year: [month, day, name]. 除夕 and 清明 are found otherwise. */
export const LUNAR_FESTIVALS: readonly (readonly [number, number, string])[] = [
  [1, 1, '春节'],
  [1, 15, '元宵'],
  [5, 5, '端午'],
  [7, 7, '七夕'],
  [8, 15, '中秋'],
  [9, 9, '重阳'],
  [12, 8, '腊八'],
  // 小年 as the north keeps it (腊月二十三); much of the south keeps 腊月二十四.
  [12, 23, '小年'],
];

/** The last day of the 12th lunar month (the 29th or the 30th): the eve of 春节. */
export const NEW_YEARS_EVE = '除夕';

/** 清明 is a solar term and a festival at once: it is listed once, as a festival. */
export const QINGMING_TERM = 'pure_brightness';

/**
 * The 24 solar terms in chinese-days' keys, by Gregorian month (two a month, 小寒 first), with their names.
 * The keys are the library's own spelling (`code_dew` is its name for 寒露).
 */
export const SOLAR_TERMS: readonly (readonly [month: number, key: string, name: string])[] = [
  [1, 'lesser_cold', '小寒'],
  [1, 'greater_cold', '大寒'],
  [2, 'the_beginning_of_spring', '立春'],
  [2, 'rain_water', '雨水'],
  [3, 'the_waking_of_insects', '惊蛰'],
  [3, 'the_spring_equinox', '春分'],
  [4, 'pure_brightness', '清明'],
  [4, 'grain_rain', '谷雨'],
  [5, 'the_beginning_of_summer', '立夏'],
  [5, 'lesser_fullness_of_grain', '小满'],
  [6, 'grain_in_beard', '芒种'],
  [6, 'the_summer_solstice', '夏至'],
  [7, 'lesser_heat', '小暑'],
  [7, 'greater_heat', '大暑'],
  [8, 'the_beginning_of_autumn', '立秋'],
  [8, 'the_end_of_heat', '处暑'],
  [9, 'white_dew', '白露'],
  [9, 'the_autumn_equinox', '秋分'],
  [10, 'code_dew', '寒露'],
  [10, 'frost_descent', '霜降'],
  [11, 'the_beginning_of_winter', '立冬'],
  [11, 'lesser_snow', '小雪'],
  [12, 'greater_snow', '大雪'],
  [12, 'the_winter_solstice', '冬至'],
];

/** Marketing days on a fixed Gregorian date: [month, day, name]. 元旦, 劳动节 and 国庆节 are days off too. */
export const FIXED_MARKETING_DAYS: readonly (readonly [number, number, string])[] = [
  [1, 1, '元旦'],
  [2, 14, '情人节'],
  [3, 8, '妇女节'],
  [3, 12, '植树节'],
  [3, 15, '消费者权益日'],
  [4, 23, '世界读书日'],
  [5, 1, '劳动节'],
  [5, 4, '青年节'],
  [5, 20, '520'],
  [6, 1, '儿童节'],
  [6, 18, '618'],
  [8, 8, '全民健身日'],
  [9, 10, '教师节'],
  [10, 1, '国庆节'],
  [11, 11, '双11'],
  [12, 12, '双12'],
  [12, 24, '平安夜'],
  [12, 25, '圣诞节'],
];

/** Marketing days on the nth weekday of a month: [month, nth, ISO weekday (7 Sunday), name]. */
export const WEEKDAY_MARKETING_DAYS: readonly (readonly [number, number, number, string])[] = [
  [5, 2, 7, '母亲节'],
  [6, 3, 7, '父亲节'],
  [11, 4, 4, '感恩节'],
];

/**
 * The words items about a node are tagged with, by node name (the name itself is always one of them, first). The
 * suggester ranks items carrying one of them higher in the node's week. Names absent here only have themselves.
 */
export const NODE_WORDS: Readonly<Record<string, readonly string[]>> = {
  春节: ['过年', '年味', '新年', '拜年', '红包', '年夜饭', '团圆'],
  除夕: ['过年', '年夜饭', '守岁', '春晚', '团圆'],
  元宵: ['元宵节', '汤圆', '灯会', '猜灯谜'],
  清明: ['踏青', '青团', '春游', '缅怀'],
  端午: ['端午节', '粽子', '龙舟'],
  七夕: ['七夕节', '情人节', '表白', '恋爱'],
  中秋: ['中秋节', '月饼', '团圆', '赏月'],
  重阳: ['重阳节', '登高', '敬老', '长辈'],
  腊八: ['腊八粥', '年味'],
  小年: ['过年', '年味', '扫尘', '年货'],
  元旦: ['新年', '跨年', '新年计划', '年度总结'],
  情人节: ['表白', '恋爱', '礼物'],
  妇女节: ['女神节', '女性', '她力量'],
  植树节: ['种树', '环保', '绿色'],
  消费者权益日: ['315', '维权', '消费', '售后'],
  世界读书日: ['读书', '阅读', '共读', '书', '书单', '读书会'],
  劳动节: ['五一', '假期', '出游', '劳动'],
  青年节: ['五四', '青年', '青春'],
  '520': ['表白', '恋爱', '告白'],
  儿童节: ['六一', '孩子', '亲子', '童年'],
  '618': ['年中大促', '购物', '优惠', '团购'],
  全民健身日: ['健身', '运动', '跑步', '打卡'],
  教师节: ['老师', '感恩', '师恩'],
  国庆节: ['国庆', '十一', '假期', '出游', '长假'],
  双11: ['双十一', '购物', '优惠', '团购', '囤货'],
  双12: ['双十二', '购物', '优惠', '年终'],
  平安夜: ['圣诞', '苹果', '礼物'],
  圣诞节: ['圣诞', '礼物', '节日'],
  母亲节: ['妈妈', '母爱', '感恩'],
  父亲节: ['爸爸', '父爱', '感恩'],
  感恩节: ['感恩', '感谢'],
  立春: ['春天', '节气'],
  立夏: ['夏天', '节气'],
  立秋: ['秋天', '贴秋膘', '节气'],
  立冬: ['冬天', '饺子', '节气'],
  夏至: ['夏天', '节气'],
  冬至: ['饺子', '汤圆', '节气'],
};
