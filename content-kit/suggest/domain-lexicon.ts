import type { Stage } from '../schema/kit-schema';

/** A domain concept: words that signal it, and the life-cycle stage it usually belongs to. */
export interface Concept {
  id: string;
  words: string[];
  stage?: Stage;
  /** How much a draft's mention of the concept counts in ranking (default 1). */
  weight?: number;
}

/** The community types of DOMAIN.md are the scene an item belongs to: a shared one outweighs shared wording. */
const SCENE = 3;

/**
 * Community-work concepts (DOMAIN.md) and the words that signal them. An item and a draft that share a
 * concept match even when they share no characters: 见面会 in a draft finds an item tagged 线下活动.
 */
export const DOMAIN_LEXICON: Concept[] = [
  { id: 'reading', words: ['读书', '阅读', '共读', '书单', '好书', '书友', '读完', '一本书', '读后感', '作者', '章节', '领读', '书籍', '看书', '荐书'], weight: SCENE },
  { id: 'fitness', words: ['健身', '减脂', '减肥', '跑步', '训练', '体重', '瑜伽', '运动', '马拉松', '撸铁', '燃脂', '体脂', '健身房', '卡路里', '晨跑'], weight: SCENE },
  { id: 'parenting', words: ['育儿', '宝宝', '家孩子', '带孩子', '孩子上', '儿子', '女儿', '小孩', '宝妈', '亲子', '幼儿园', '辅食', '带娃', '家长', '奶爸', '小朋友', '早教', '绘本'], weight: SCENE },
  { id: 'pets', words: ['宠物', '猫咪', '狗狗', '喵星人', '汪星人', '铲屎', '撸猫', '遛狗', '猫粮', '狗粮', '萌宠', '领养', '毛孩子'], weight: SCENE },
  { id: 'outdoor', words: ['户外', '徒步', '露营', '爬山', '登山', '骑行', '山野', '越野', '营地', '溯溪', '野餐', '路线', '装备'], weight: SCENE },
  { id: 'food', words: ['美食', '烘焙', '做饭', '菜谱', '探店', '食谱', '下厨', '甜品', '蛋糕', '吃货', '厨房', '面包', '家常菜', '餐厅', '好吃', '晚饭', '早餐'], weight: SCENE },
  { id: 'career', words: ['职场', '学习', '成长', '面试', '简历', '技能', '课程', '考证', '专业', '升职', '求职', '写作', '效率', '知识'], weight: SCENE },
  { id: 'local', words: ['同城', '本地', '这座城', '城里', '周边', '附近', '邻居', '邻里', '小区', '楼下', '老乡', '街坊', '社区', '城区', '市区', '搬来'], weight: SCENE },
  { id: 'music', words: ['音乐', '唱歌', '乐器', '吉他', '钢琴', '乐队', '歌单', '合唱', '演出', '弹唱', '听歌', '歌手', '练琴', '排练', '鼓手', '单曲'], weight: SCENE },
  { id: 'founders', words: ['创业', '创始人', '公司', '融资', '团队', '客户', '品牌', '老板', '合伙人', '初创', '商业', '产品经理'], weight: SCENE },
  { id: 'offline', words: ['线下', '见面', '聚会', '沙龙', '聚餐', '面基', '见面会', '场地', '茶话会', '活动现场', '集合', '签到处'], stage: 'operate' },
  { id: 'event', words: ['活动', '报名', '名额', '嘉宾', '分享会', '直播', '讲座', '主讲', '议程', '开营', '训练营'], stage: 'operate' },
  { id: 'welcome', words: ['新人', '欢迎', '入群', '新朋友', '加入', '新成员', '进群', '拉新', '招募', '新伙伴'], stage: 'gather' },
  { id: 'first-time', words: ['第一次', '首次', '第一期', '第一场', '初次', '启动', '开张', '创立'], stage: 'gather' },
  { id: 'icebreaker', words: ['破冰', '自我介绍', '认识一下', '介绍自己', '互相认识', '暗号', '昵称'], stage: 'interact' },
  { id: 'check-in', words: ['打卡', '签到', '坚持', '挑战', '连续', '天数', '习惯'], stage: 'interact' },
  { id: 'discussion', words: ['讨论', '话题', '接龙', '投票', '聊聊', '提问', '晒出', '晒晒', '晒图', '分享', '互动', '留言'], stage: 'interact' },
  { id: 'rules', words: ['群规', '规则', '禁止', '广告', '刷屏', '违规', '移出', '公约', '群公告'], stage: 'gather' },
  { id: 'kol', words: ['大咖', '老师', '专家', '达人', '博主', 'kol', '意见领袖', '邀请嘉宾', '嘉宾', '请到', '特邀'], stage: 'operate' },
  { id: 'spotlight', words: ['成员故事', '群友', '榜样', '采访', '人物', '专访', '身边的'], stage: 'operate' },
  { id: 'review', words: ['复盘', '总结', '回顾', '月报', '周报', '年度', '盘点', '数据'], stage: 'operate' },
  { id: 'winback', words: ['好久不见', '沉默', '回来', '想念', '冒泡', '潜水', '唤醒', '老朋友'], stage: 'interact' },
  { id: 'money', words: ['付费', '续费', '会员', '年卡', '优惠', '团购', '购买', '价格', '变现', '订阅', '权益', '折扣', '下单'], stage: 'monetize' },
  { id: 'product', words: ['新品', '内测', '试用', '上新', '体验官', '周边产品', '联名', '定制'], stage: 'monetize' },
  { id: 'story', words: ['故事', '初心', '创立', '那一年', '起点', '转折', '使命', '为什么'] },
  { id: 'slogan', words: ['口号', '宣言', '理念', '价值观', '一起'] },
  { id: 'partnership', words: ['合作', '联合', '共建', '互推', '联名', '赞助', '联办', '资源互换'], stage: 'operate' },
];
