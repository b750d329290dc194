#include "farm/prose.hpp"

#include "common/strings.hpp"

namespace govwatch::farm {

const std::vector<CountyInfo>& Counties() {
  static const std::vector<CountyInfo> kCounties = {
      {"青岚县", "青岚", "qinglan", "539921"}, {"松岭县", "松岭", "songling", "539922"},
      {"白岩县", "白岩", "baiyan", "539923"},  {"云溪区", "云溪", "yunxi", "539902"},
      {"岚川县", "岚川", "lanchuan", "539924"}, {"雾溪县", "雾溪", "wuxi", "539925"},
      {"桐岭县", "桐岭", "tongling", "539926"}, {"梨川县", "梨川", "lichuan", "539927"},
      {"枫坪县", "枫坪", "fengping", "539928"}, {"石岚县", "石岚", "shilan", "539929"},
      {"澜坪县", "澜坪", "lanping", "539930"},  {"茶岭县", "茶岭", "chaling", "539931"},
      {"杉溪县", "杉溪", "shanxi", "539932"},   {"霞峰区", "霞峰", "xiafeng", "539903"},
  };
  return kCounties;
}

const std::vector<DepartmentInfo>& Departments() {
  static const std::vector<DepartmentInfo> kDepartments = {
      {"教育体育局", "教体", "jytyj"},
      {"财政局", "财政", "czj"},
      {"民政局", "民政", "mzj"},
      {"人力资源和社会保障局", "人社", "rsj"},
      {"自然资源和规划局", "自然资源", "zrzyj"},
      {"生态环境局", "生态环境", "sthjj"},
      {"住房和城乡建设局", "住建", "zjj"},
      {"交通运输局", "交通运输", "jtysj"},
      {"水务局", "水务", "swj"},
      {"农业农村局", "农业农村", "nyncj"},
      {"商务局", "商务", "swuj"},
      {"文化和旅游局", "文旅", "whlyj"},
      {"卫生健康委员会", "卫健", "wjw"},
      {"退役军人事务局", "退役军人", "tyjrj"},
      {"应急管理局", "应急", "yjglj"},
      {"审计局", "审计", "sjj"},
      {"市场监督管理局", "市场监管", "scjgj"},
      {"统计局", "统计", "tjj"},
      {"医疗保障局", "医保", "ybj"},
      {"林业和草原局", "林草", "lcj"},
      {"发展和改革委员会", "发改", "fgw"},
      {"工业和信息化局", "工信", "gxj"},
      {"科学技术局", "科技", "kjj"},
      {"司法局", "司法", "sfj"},
      {"国有资产监督管理委员会", "国资", "gzw"},
      {"能源局", "能源", "nyj"},
      {"城市管理综合执法局", "城管", "cgj"},
      {"投资促进局", "投促", "tcj"},
      {"政务服务管理局", "政务服务", "zwfwj"},
      {"地方金融监督管理局", "金融", "jrj"},
      {"机关事务管理局", "机关事务", "jgswj"},
      {"住房公积金管理中心", "公积金", "gjj"},
      {"气象局", "气象", "qxj"},
      {"粮食和物资储备局", "粮食储备", "lsj"},
      {"供销合作社联合社", "供销", "gxs"},
      {"外事办公室", "外事", "wsb"},
      {"人民防空办公室", "人防", "rfb"},
      {"残疾人联合会", "残联", "cl"},
      {"广播电视局", "广电", "gdj"},
      {"大数据管理局", "大数据", "dsjj"},
      {"水文水资源局", "水文", "swzyj"},
      {"地震局", "防震减灾", "dzj"},
      {"口岸办公室", "口岸", "kab"},
      {"档案局", "档案", "daj"},
      {"妇女联合会", "妇联", "fl"},
      {"科学技术协会", "科协", "kx"},
  };
  return kDepartments;
}

const std::vector<std::string_view>& Topics() {
  static const std::vector<std::string_view> kTopics = {
      "安全生产",       "森林防火",       "防汛减灾",     "营商环境优化",   "政务公开",
      "农村人居环境整治", "食品安全",     "城乡供水保障", "校园安全",       "文明城市创建",
      "垃圾分类",       "河湖管护",       "耕地保护",     "稳岗就业",       "养老服务",
      "义务教育",       "基层医疗服务",   "消防安全",     "道路交通安全",   "高标准农田建设",
      "市场主体培育",   "数字政府建设",   "政务服务便民化", "生态环境保护", "普法宣传",
      "旅游服务质量提升", "老旧小区改造", "节能降耗",     "统计数据质量",   "档案管理",
  };
  return kTopics;
}

const std::vector<std::string_view>& TitleTemplates(TitleKind kind) {
  static const std::vector<std::string_view> kNews = {
      "{unit}召开{topic}工作推进会",     "{unit}开展{topic}专项检查",
      "{unit}部署{topic}重点工作",       "{unit}举办{topic}业务培训班",
      "{unit}组织开展{topic}现场观摩活动", "{unit}调研{topic}工作开展情况",
      "{unit}召开{topic}工作座谈会",     "{unit}扎实推进{topic}工作",
      "{unit}多措并举做好{topic}工作",   "{unit}{topic}工作取得阶段性成效",
  };
  static const std::vector<std::string_view> kNotice = {
      "关于开展{topic}工作的通知",       "关于做好{topic}有关工作的通知",
      "关于{topic}工作安排的公告",       "关于征求{topic}工作意见建议的公告",
      "关于开展{year}年{topic}检查的通知",
  };
  static const std::vector<std::string_view> kPolicy = {
      "关于印发《{city}{topic}工作实施方案》的通知",
      "关于印发《{city}{topic}管理办法》的通知",
      "关于印发《{city}{year}年{topic}工作要点》的通知",
  };
  static const std::vector<std::string_view> kInterpretation = {
      "《{city}{topic}工作实施方案》政策解读",
      "《{city}{topic}管理办法》政策解读",
      "《{city}{year}年{topic}工作要点》政策解读",
  };
  static const std::vector<std::string_view> kPersonnel = {
      "{unit}{year}年公开招聘编外工作人员公告",
      "{unit}{year}年度干部教育培训工作安排",
      "{unit}{year}年公开遴选工作人员公告",
      "{unit}关于{year}年见习岗位招募的公告",
  };
  static const std::vector<std::string_view> kPlan = {
      "{unit}{year}年{topic}工作计划",
      "{unit}{year}年{topic}工作要点",
      "{unit}{year}年{topic}工作总结",
  };
  static const std::vector<std::string_view> kPost = {
      "{unit}扎实推进{topic}工作",   "{topic}｜这些知识请收好",
      "{unit}开展{topic}宣传活动",   "关注｜{topic}工作最新进展",
      "{unit}部署{topic}重点工作",   "提醒｜做好{topic}工作",
  };
  switch (kind) {
    case TitleKind::kNews: return kNews;
    case TitleKind::kNotice: return kNotice;
    case TitleKind::kPolicy: return kPolicy;
    case TitleKind::kInterpretation: return kInterpretation;
    case TitleKind::kPersonnel: return kPersonnel;
    case TitleKind::kPlan: return kPlan;
    case TitleKind::kPost: return kPost;
  }
  return kNews;
}

const std::vector<std::string_view>& OpeningSentences() {
  static const std::vector<std::string_view> kOpenings = {
      "为进一步做好{topic}工作，{unit}近日对相关工作进行了专题研究和安排部署。",
      "近日，{unit}围绕{topic}工作召开专题会议，听取有关情况汇报，研究部署下一步重点任务。",
      "按照年度工作安排，{unit}组织相关科室和单位对{topic}工作开展情况进行了梳理总结。",
      "{unit}高度重视{topic}工作，结合实际制定工作方案，明确责任分工和时间节点。",
      "为推动{topic}工作落地见效，{unit}近期组织力量深入基层开展调研指导。",
  };
  return kOpenings;
}

const std::vector<std::string_view>& BodySentences() {
  static const std::vector<std::string_view> kSentences = {
      "会议听取了各相关单位的工作情况汇报，分析了当前存在的困难和问题。",
      "会议强调，各单位要进一步提高思想认识，切实增强做好工作的责任感和紧迫感。",
      "各单位要对照目标任务，细化工作措施，确保各项工作按时保质完成。",
      "要加强统筹协调，形成工作合力，推动各项任务有序开展。",
      "要坚持问题导向，对排查发现的问题建立台账，逐项整改到位。",
      "要强化督促检查，定期通报工作进展情况，确保责任落实到人。",
      "检查组采取听取汇报、查阅资料、实地查看等方式开展检查。",
      "检查组对发现的问题现场反馈，并提出了具体的整改意见。",
      "培训邀请业务骨干进行专题授课，内容涵盖政策解读、业务流程和实务操作等方面。",
      "参训人员纷纷表示，通过培训进一步拓宽了工作思路，提升了业务能力。",
      "下一步，将持续巩固工作成效，不断完善长效工作机制。",
      "下一步，将进一步加大工作力度，推动各项措施落地落实。",
      "各乡镇、各有关部门要结合实际，认真抓好贯彻落实。",
      "要加强宣传引导，及时回应群众关切，营造良好的工作氛围。",
      "要严格落实值班值守制度，保持信息渠道畅通，遇有情况及时报告。",
      "今年以来，相关工作总体平稳有序，重点任务推进顺利。",
      "工作中，注重发挥基层作用，广泛听取群众意见建议。",
      "相关单位积极配合，按照职责分工认真开展工作。",
      "活动现场设置了咨询台，工作人员耐心解答群众提出的问题。",
      "活动共发放宣传资料一千余份，受到群众普遍欢迎。",
      "通过开展此次活动，进一步提高了群众的知晓率和参与度。",
      "会议要求，要坚持高标准、严要求，确保工作质量和效果。",
      "要加强部门之间的沟通协作，建立健全信息共享机制。",
      "要加强业务培训，不断提升工作人员的专业水平和服务能力。",
      "要规范工作流程，完善档案资料，做到有据可查。",
      "要加强资金管理，严格执行财务制度，提高资金使用效益。",
      "调研组一行实地察看了项目建设情况，详细了解工作推进中遇到的困难。",
      "调研组指出，要因地制宜，分类施策，稳步推进各项工作。",
      "座谈会上，与会人员围绕工作开展情况进行了交流发言。",
      "与会人员结合各自工作实际，提出了具有针对性的意见建议。",
      "本次工作坚持统筹兼顾、突出重点、分步实施的原则。",
      "各单位要于规定时间内将工作开展情况报送牵头部门。",
      "联系人及联系电话详见附件，请各单位按要求及时报送材料。",
      "本通知自印发之日起施行，执行中遇到的问题请及时反馈。",
      "欢迎社会各界通过来信、来电等方式提出意见建议。",
      "工作中要注重工作方法，切实做到便民利民。",
      "要加大隐患排查力度，做到早发现、早报告、早处置。",
      "要进一步完善应急预案，组织开展应急演练，提升应急处置能力。",
      "要加强日常监管，建立常态化的监督检查机制。",
      "经过共同努力，相关工作取得了较好成效，群众满意度稳步提升。",
      "会议对近期工作进行了安排部署，明确了时间节点和责任单位。",
      "要坚持依法行政，严格规范执法行为，不断提升依法办事水平。",
      "要提高办事效率，进一步压缩办理时限，优化服务流程。",
      "要主动公开工作信息，自觉接受社会监督。",
      "各级各部门要加强组织领导，明确专人负责，确保工作有序推进。",
      "本次培训为期两天，采取集中授课与交流研讨相结合的方式进行。",
      "下一阶段，将持续跟踪工作进展，及时总结推广好的经验做法。",
      "相关情况将在本网站及时公开，请关注后续信息。",
  };
  return kSentences;
}

const std::vector<std::string_view>& MessageTitles() {
  static const std::vector<std::string_view> kTitles = {
      "关于小区路灯维修的咨询",     "关于小区供水时间的咨询",   "关于子女入学政策的咨询",
      "关于社保卡补办流程的咨询",   "建议增设公交站点",         "关于夜间施工噪声的投诉",
      "关于道路破损维修的建议",     "关于营业执照办理的咨询",   "关于医保异地备案的咨询",
      "关于农村危房改造政策的咨询", "关于公积金提取条件的咨询", "建议增加公园健身设施",
      "关于不动产登记办理时限的咨询", "关于养老保险缴费的咨询", "关于小区停车管理的建议",
  };
  return kTitles;
}

const std::vector<std::string_view>& PersonNames() {
  static const std::vector<std::string_view> kNames = {"李文华", "张秀兰", "王德明", "赵丽萍",
                                                       "陈国平", "杨春燕", "周明远", "吴桂芳"};
  return kNames;
}

const std::vector<std::string_view>& TownNames() {
  static const std::vector<std::string_view> kTowns = {"岚山镇", "松林乡", "桃源镇", "河口乡", "新街镇"};
  return kTowns;
}

std::string FillTemplate(std::string_view pattern, std::string_view unit, std::string_view topic, int year) {
  std::string out = ReplaceAll(pattern, "{unit}", unit);
  out = ReplaceAll(out, "{topic}", topic);
  out = ReplaceAll(out, "{year}", std::to_string(year));
  out = ReplaceAll(out, "{city}", kCityName);
  return out;
}

}  // namespace govwatch::farm
