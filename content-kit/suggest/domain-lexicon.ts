import type { Stage } from '../schema/kit-schema';
import { createSuggesterWithLexicon, type SuggesterKit, type SuggesterOptions } from './create-suggester';
import type { Suggester } from './suggestion-types';

/** A domain concept: words that signal it, and the life-cycle stage it usually belongs to. */
export interface Concept {
  id: string;
  words: string[];
  stage?: Stage;
  /** How much a draft's mention of the concept counts in ranking (default 1). */
  weight?: number;
  /** A community type (DOMAIN.md): in a draft that mentions several, each counts by its share of their mentions. */
  scene?: boolean;
  /** The scene's type as kits name it in an item's first tag: an item of that type is of this scene and no other. */
  type?: string;
}

/**
 * The community types of DOMAIN.md are the scene an item belongs to: a shared one outweighs shared wording.
 * So a scene word must be specific to its scene: 学习 is not 职场, 公司 is not 创业, 周边 is not 同城.
 */
const SCENE = 2;

/**
 * Community-work concepts (DOMAIN.md) and the words that signal them, the sites' own words included (组规,
 * 加精, 超话). An item and a draft that share a concept match even when they share no characters: 见面会 in a
 * draft finds an item tagged 线下活动. A word belongs to the one concept it nearly always means.
 */
export const DOMAIN_LEXICON: Concept[] = [
  { id: 'reading', words: ['读书', '阅读', '共读', '书单', '好书', '书友', '读完', '一本书', '读后感', '章节', '领读', '书籍', '看书', '荐书', '书摘', '书架'], weight: SCENE, scene: true, type: '读书' },
  { id: 'fitness', words: ['健身', '减脂', '减肥', '跑步', '体重', '瑜伽', '马拉松', '撸铁', '燃脂', '体脂', '健身房', '卡路里', '晨跑', '跑友', '深蹲', '练腿', '配速', '体测', '增肌'], weight: SCENE, scene: true, type: '健身' },
  { id: 'parenting', words: ['育儿', '宝宝', '家孩子', '带孩子', '孩子上', '儿子', '女儿', '小孩', '宝妈', '宝爸', '亲子', '幼儿园', '辅食', '带娃', '家长', '奶爸', '小朋友', '早教', '绘本', '爸妈', '当妈', '小学生', '放学'], weight: SCENE, scene: true, type: '育儿' },
  { id: 'pets', words: ['宠物', '猫咪', '狗狗', '喵星人', '汪星人', '铲屎', '撸猫', '遛狗', '猫粮', '狗粮', '萌宠', '毛孩子', '猫主子', '养猫', '养狗', '猫砂', '驱虫', '寄养'], weight: SCENE, scene: true, type: '宠物' },
  { id: 'outdoor', words: ['户外', '徒步', '露营', '爬山', '登山', '骑行', '山野', '越野', '营地', '溯溪', '冲锋衣', '登山杖', '帐篷', '约走', '下山', '山顶'], weight: SCENE, scene: true, type: '户外' },
  { id: 'food', words: ['美食', '烘焙', '做饭', '菜谱', '探店', '食谱', '下厨', '甜品', '蛋糕', '吃货', '厨房', '面包', '家常菜', '餐厅', '拿手菜', '快手菜', '试吃', '做菜'], weight: SCENE, scene: true, type: '美食' },
  { id: 'career', words: ['职场', '面试', '简历', '求职', '跳槽', '转行', '升职', '加薪', '同事', '加班', '打工人', '产品经理', 'hr', 'offer', '职业'], weight: SCENE, scene: true, type: '职场' },
  { id: 'local', words: ['同城', '本地', '这座城', '城里', '邻居', '邻里', '小区', '楼下', '街坊', '城区', '市区', '搬来', '城市漫步', 'citywalk'], weight: SCENE, scene: true, type: '同城' },
  { id: 'music', words: ['音乐', '唱歌', '乐器', '吉他', '钢琴', '乐队', '歌单', '合唱', '弹唱', '听歌', '歌手', '练琴', '排练', '鼓手', '贝斯', '单曲', '翻唱', '合奏', '开放麦'], weight: SCENE, scene: true, type: '音乐' },
  { id: 'founders', words: ['创业', '创始人', '融资', '合伙人', '初创', '获客', '客户', '路演', '投资人', '现金流', '小团队'], weight: SCENE, scene: true, type: '创业' },
  { id: 'drama', words: ['追剧', '影视', '电影', '新剧', '看剧', '观影', '影评', '剧集', '综艺', '美剧', '韩剧', '剧透', '追更', '观影团', '片单'], weight: SCENE, scene: true, type: '追剧' },
  { id: 'fandom', words: ['追星', '爱豆', '偶像', '应援', '饭圈', '打投', '演唱会', '票根'], weight: SCENE, scene: true, type: '追星' },
  { id: 'acg', words: ['二次元', '动漫', '番剧', '新番', '启蒙番', 'cos', '漫展', '谷子', '吧唧', '同人', '返图'], weight: SCENE, scene: true, type: '二次元' },
  { id: 'photo', words: ['摄影', '拍照', '相机', '扫街', '胶片', '修图', '镜头', '约拍', '拍立得', '随手拍', '构图', '拍摄', '摄影师'], weight: SCENE, scene: true, type: '摄影' },
  { id: 'journal', words: ['手帐', '手账', '胶带', '贴纸', '印章', '拼贴', '分装'], weight: SCENE, scene: true, type: '手帐' },
  { id: 'exam', words: ['考研', '考公', '考编', '备考', '上岸', '刷题', '背单词', '自习', '研友', '考证', '四六级', '雅思', '大学生', '期末', '宿舍'], weight: SCENE, scene: true, type: '备考' },
  { id: 'beauty', words: ['美妆', '化妆', '护肤', '口红', '彩妆', '粉底', '妆容', '底妆', '试色', '空瓶', '肤质', '干皮', '油皮', '敏感肌', '卡粉', '化妆品'], weight: SCENE, scene: true, type: '美妆' },
  { id: 'travel', words: ['旅行', '旅游', '旅伴', '自由行', '行程', '景点', '机票', '民宿', '出游', '穷游', '周边游'], weight: SCENE, scene: true, type: '旅行' },
  { id: 'classmates', words: ['老同学', '同学会', '同学群', '同学聚会', '高中同学', '大学同学', '初中同学', '小学同学', '校友', '班长', '班主任', '毕业', '毕业照', '班级', '母校'], weight: SCENE, scene: true, type: '同学' },
  { id: 'hometown', words: ['老乡', '同乡', '老家', '回家过年', '过年回家', '家乡', '家乡话', '乡音', '返乡'], weight: SCENE, scene: true, type: '老乡' },
  { id: 'brand', words: ['品牌', '用户群', '客户群', '售后', '老客户', '买过', '复购', '店铺', '门店', '新款', '老客', '开箱'], weight: SCENE, scene: true, type: '品牌' },
  { id: 'offline', words: ['线下', '见面', '聚会', '沙龙', '聚餐', '面基', '见面会', '场地', '茶话会', '活动现场', '集合', '签到处'], stage: 'operate' },
  { id: 'event', words: ['活动', '报名', '名额', '分享会', '直播', '讲座', '主讲', '议程', '开营', '训练营'], stage: 'operate' },
  { id: 'welcome', words: ['新人', '欢迎', '入群', '新朋友', '新成员', '进群', '新伙伴', '报到', '新人帖', '刚来', '初来乍到'], stage: 'gather' },
  { id: 'recruit', words: ['招募', '招新', '纳新', '拉新', '新名额', '开放报名', '招满'], stage: 'gather' },
  { id: 'first-time', words: ['第一次', '首次', '第一期', '第一场', '初次', '启动', '开张', '开群', '建群'], stage: 'gather' },
  { id: 'icebreaker', words: ['破冰', '自我介绍', '认识一下', '介绍自己', '互相认识', '暗号', '昵称'], stage: 'interact' },
  { id: 'check-in', words: ['打卡', '签到', '坚持', '挑战', '连续', '天数', '习惯'], stage: 'interact' },
  { id: 'discussion', words: ['讨论', '话题', '接龙', '投票', '聊聊', '提问', '晒出', '晒晒', '晒图', '分享', '互动', '留言', '超话'], stage: 'interact' },
  { id: 'rules', words: ['群规', '组规', '规则', '禁止', '广告', '违规', '移出', '公约', '群公告', '删帖', '禁言', '请出群', '踢出'], stage: 'gather' },
  { id: 'noise', words: ['降噪', '刷屏', '表情包', '红包', '早安', '水群', '太吵', '消息太多', '刷下去', '灌水', '空消息'], stage: 'interact' },
  { id: 'threshold', words: ['门槛', '审核', '入群问题', '入组问题', '三个问题', '三个小问题', '问卷', '入群三问', '验证'], stage: 'gather' },
  { id: 'anti-fraud', words: ['反诈', '防骗', '骗子', '诈骗', '骗局', '冒充', '刷单', '转账', '投资群', '理财', '荐股', '股票', '返现'] },
  { id: 'replicate', words: ['复制', '二群', '三群', '分会', '主理人', '满员', '群满', '已满', '分群', '新群', '更多城'], stage: 'operate' },
  { id: 'output', words: ['输出', '征稿', '投稿', '精华', '干货', '加精', '沉淀', '栏目', '长帖', '长文', '知识库', '记录官'], stage: 'operate' },
  { id: 'structure', words: ['管理员', '值班', '分工', '小助手', '志愿者', '组长', '群管', '轮值', '欢迎官', '话题官', '忙不过来'], stage: 'operate' },
  { id: 'spread', words: ['转发', '扩散', '帮忙宣传', '帮忙转发', '帮忙扩散', '转给', '推荐给'], stage: 'gather' },
  { id: 'giveaway', words: ['抽奖', '抽取', '送出', '中奖', '粉丝福利', '抽三位', '抽一位'], stage: 'operate' },
  { id: 'kol', words: ['大咖', '老师', '专家', '达人', '博主', 'kol', '意见领袖', '邀请嘉宾', '嘉宾', '请到', '特邀'], stage: 'operate' },
  { id: 'spotlight', words: ['成员故事', '群友故事', '榜样', '采访', '人物', '专访', '身边的'], stage: 'operate' },
  { id: 'review', words: ['复盘', '总结', '回顾', '月报', '周报', '年度', '盘点'], stage: 'operate' },
  { id: 'winback', words: ['好久不见', '好久没', '沉默', '想念', '冒泡', '潜水', '唤醒', '老朋友'], stage: 'interact' },
  { id: 'money', words: ['付费', '续费', '会员', '年卡', '优惠', '团购', '购买', '价格', '变现', '订阅', '权益', '折扣', '下单', '收费', '免费群', '付费群', '到期'], stage: 'monetize' },
  { id: 'product', words: ['新品', '内测', '试用', '上新', '体验官', '周边产品', '社群周边', '做周边', '文创', '联名', '定制', '徽章', '帆布袋'], stage: 'monetize' },
  { id: 'mutual-aid', words: ['互助', '帮忙', '求助', '搭把手', '托一把', '支招', '求推荐', '经验帖'], stage: 'interact' },
  { id: 'story', words: ['故事', '初心', '创立', '那一年', '转折', '使命'] },
  { id: 'slogan', words: ['口号', '宣言', '理念', '价值观'] },
  { id: 'partnership', words: ['合作', '联合', '共建', '互推', '赞助', '联办', '资源互换'], stage: 'operate' },
];

/** A suggester over DOMAIN_LEXICON unless `options.lexicon` replaces it (see `createSuggesterWithLexicon`). */
export function createSuggester(kits: readonly SuggesterKit[], options: SuggesterOptions = {}): Suggester {
  return createSuggesterWithLexicon(options.lexicon ?? DOMAIN_LEXICON, kits, options);
}
