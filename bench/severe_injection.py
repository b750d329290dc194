#!/usr/bin/env python3
"""Severe wording (textchecks §3): recall per injected error class, false alarms on clean text.

  bench/severe_injection.py eval GOVWATCH [--set tune|heldout|fresh|both|all] [--seed N] [--show-errors]
  bench/severe_injection.py print [--set tune|heldout|fresh] [--seed N]   # the cases, one per paragraph

Clean text: tests/data/text/example-notice-2022Q1.txt cut into sentences, plus sentences written in
the style of provincial 政府工作报告 / 政府信息公开年度报告 (correct leader titles for their page
date, correct enumerations and formulations, historical references, 中国台湾地区, a fallen official in
the report of his case, names with 同志, full-width spaces and line breaks inside correct names), and
the correct sides of ECSpell odw.train (1,720 official-document sentences, $GOVWATCH_SHARED/data/csc-dev).

Injected classes (labelled synthetic): title_date (a leader title that the person did not hold at
the page date, after leaders.tsv), leader_name (one character of a leader's name replaced by a
homophone or a similar shape), leader_order (two names of one rank group swapped in an
enumeration), enum_member (a member of 四个自信/四个意识/新发展理念/… replaced), formulation_typo
(one character of a protected formulation replaced by a confusable one), renamed (an institution
name used after its renaming), taiwan_country (Taiwan named as a country), fallen (an official
presented in office after the announcement of his case). Each class is written in several frames
(surrounding sentences, punctuation, line breaks inside names, full-width spaces, 同志 after names,
titles chained with 、 or separated by a comma); even frames form the tune set, odd frames the
held-out set (whose misses were read while fixing, so it is no longer blind); the fresh frames,
written after those fixes, form the fresh set. A case is detected when a `severe` check finding overlaps the injected span;
`severe` counts those with severity severe. Clean sentences must give 0 severe findings.
"""
import json
import os
import random
import re
import subprocess
import sys
import tempfile

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
RULES = os.path.join(ROOT, "rules", "text")


def rows(name):
    with open(os.path.join(RULES, name), encoding="utf-8") as f:
        for line in f:
            line = line.rstrip("\n")
            if line and not line.startswith("#"):
                yield line.split("\t")


def confusions():
    """char → confusable chars (pinyin same syllable, shape columns)."""
    out = {}
    for r in rows("confusion_pinyin.tsv"):
        if len(r) > 2:
            out.setdefault(r[0], set()).update(r[2])
    for r in rows("confusion_shape.tsv"):
        for col in r[1:]:
            out.setdefault(r[0], set()).update(col)
    return out


def homophones():
    """toneless syllable → common characters (the 3,500 most frequent of confusion_pinyin.tsv, the
    characters an input method offers first)."""
    common = {r[0] for r in list(rows("confusion_pinyin.tsv"))[:3500]}
    by = {}
    for r in rows("pinyin_readings.tsv"):
        if r[0] in common:
            by.setdefault(r[1].split()[0], []).append(r[0])
    first = {r[0]: r[1].split()[0] for r in rows("pinyin_readings.tsv") if r[0] in common}
    return by, first


def parse_date(s):
    if not s:
        return None
    parts = [int(x) for x in s.split("-")] + [1, 1]
    return (parts[0], parts[1], parts[2])


def fmt(d):
    return f"{d[0]:04d}-{d[1]:02d}-{d[2]:02d}"


class Leaders:
    def __init__(self):
        self.rows = []
        for r in rows("leaders.tsv"):
            self.rows.append({"name": r[0], "title": r[1], "group": r[3], "order": int(r[4]) if r[4] else 0,
                              "from": parse_date(r[5]), "to": parse_date(r[6]), "conf": r[8]})

    def holds(self, name, title, d):
        return any(x["name"] == name and x["title"] == title and (x["from"] is None or x["from"] <= d)
                   and (x["to"] is None or d < x["to"]) for x in self.rows)

    def ever(self, name, title):
        return any(x["name"] == name and x["title"] == title for x in self.rows)

    def group_at(self, group, d):
        g = [x for x in self.rows if x["group"] == group and x["order"] and (x["from"] is None or x["from"] <= d)
             and (x["to"] is None or d < x["to"])]
        return [x["name"] for x in sorted(g, key=lambda x: x["order"])]


SHORT_TITLE = {"中共中央总书记": ["总书记", "中共中央总书记"], "国务院总理": ["国务院总理", "总理"],
               "全国人大常委会委员长": ["全国人大常委会委员长", "委员长"], "全国政协主席": ["全国政协主席"],
               "国家副主席": ["国家副主席"], "国务院副总理": ["国务院副总理", "副总理"], "国家主席": ["国家主席"]}

# ---------------------------------------------------------------- clean text

WRITTEN_CLEAN = [
    ("2024-01-20", "过去一年，在以习近平同志为核心的党中央坚强领导下，全省上下深入学习贯彻习近平新时代中国特色社会主义思想，全面贯彻落实党的二十大精神。"),
    ("2024-01-20", "我们坚定拥护“两个确立”、坚决做到“两个维护”，不断增强“四个意识”、坚定“四个自信”。"),
    ("2024-01-20", "牢固树立政治意识、大局意识、核心意识、看齐意识，自觉在思想上政治上行动上同党中央保持高度一致。"),
    ("2024-01-20", "坚持创新、协调、绿色、开放、共享的新发展理念，加快构建新发展格局，着力推动高质量发展。"),
    ("2024-01-20", "统筹推进经济建设、政治建设、文化建设、社会建设、生态文明建设“五位一体”总体布局。"),
    ("2024-01-20", "协调推进全面建设社会主义现代化国家、全面深化改革、全面依法治国、全面从严治党“四个全面”战略布局。"),
    ("2024-01-20", "坚定道路自信、理论自信、制度自信、文化自信，奋力谱写中国式现代化的省域篇章。"),
    ("2024-01-20", "积极培育和践行富强、民主、文明、和谐、自由、平等、公正、法治、爱国、敬业、诚信、友善的社会主义核心价值观。"),
    ("2024-03-15", "3月5日，习近平总书记在参加十四届全国人大二次会议江苏代表团审议时发表重要讲话。"),
    ("2024-03-15", "国务院总理李强作政府工作报告，全国人大常委会委员长赵乐际主持会议。"),
    ("2024-03-15", "中共中央总书记、国家主席、中央军委主席习近平，中共中央政治局常委李强、赵乐际、王沪宁、蔡奇、丁薛祥、李希出席大会。"),
    ("2024-03-15", "习近平、李强、赵乐际、王沪宁、蔡奇、丁薛祥、李希等党和国家领导人在主席台就座。"),
    ("2024-03-15", "全国政协主席王沪宁出席开幕会，国务院副总理丁薛祥、何立峰、张国清、刘国中参加讨论。"),
    ("2024-03-15", "国家副主席韩正会见外宾。"),
    ("2024-03-15", "国务院总理　李强（右二）在座谈会上讲话。"),
    ("2024-03-15", "会议传达学习了习近平同志在中央经济工作会议上的重要讲话精神，李强同志作了总结讲话。"),
    ("2019-05-10", "国务院总理李克强主持召开国务院常务会议，部署进一步推进政务公开工作。"),
    ("2019-05-10", "全国人大常委会委员长栗战书在我省开展执法检查，全国政协主席汪洋出席座谈会。"),
    ("2019-05-10", "习近平、李克强、栗战书、汪洋、王沪宁、赵乐际、韩正出席会议。"),
    ("2019-05-10", "协调推进全面建成小康社会、全面深化改革、全面依法治国、全面从严治党“四个全面”战略布局。"),
    ("2019-05-10", "深入推进扫黑除恶专项斗争，坚决打赢脱贫攻坚战。"),
    ("2024-06-30", "时任国务院总理李克强曾于2015年到我县考察。"),
    ("2024-06-30", "原国家工商行政管理总局于2018年并入国家市场监督管理总局。"),
    ("2024-06-30", "2016年，原国土资源部印发《国土资源“十三五”规划纲要》。"),
    ("2024-06-30", "常态化开展扫黑除恶斗争，持续加强基层治理。"),
    ("2024-06-30", "全年共接待来自美国、日本、韩国等国家和中国台湾、香港、澳门地区的游客12.6万人次。"),
    ("2024-06-30", "推动两岸经济文化交流合作，深化闽台融合发展，台湾同胞是我们的骨肉天亲。"),
    ("2024-06-30", "台湾是中国领土不可分割的一部分。"),
    ("2024-06-30", "全面贯彻落实中央八项规定精神，驰而不息纠治“四风”。"),
    ("2024-06-30", "坚持不忘初心、牢记使命，为实现中华民族伟大复兴不懈奋斗。"),
    ("2024-06-30", "本机关2023年度共主动公开政府信息1562条，办结政府信息公开申请47件，无行政复议纠错情况。"),
    ("2024-06-30", "省市场监督管理局、省生态环境厅、省自然资源厅联合开展专项检查。"),
    ("2026-02-10", "2025年10月，经中共中央批准，何卫东严重违纪违法被开除党籍。"),
    ("2026-02-10", "原东部战区司令员林向阳因严重违纪违法被开除党籍。"),
    ("2026-02-10", "中央军委副主席张升民出席活动。"),
    ("2026-02-10", "市长何卫东在市政府常务会议上强调（同名人员，非军队领导）。"),
    ("2024-06-30", "坚持和发展中国特色社会主义，深入学习马克思列宁主义、毛泽东思想、邓小平理论、“三个代表”重要思想、科学发展观。"),
    ("2024-06-30", "弘扬全过程人民民主，推动构建人类命运共同体，积极参与“一带一路”倡议建设。"),
    ("2024-06-30", "习近平\n总书记强调，要坚持以人民为中心的发展思想。"),
    ("2024-06-30", "全体党员干部要深入学习贯彻习近平同志系列重要讲话精神，做到学思用贯通、知信行统一。"),
    ("2024-06-30", "召开中国共产党第二十次全国代表大会精神宣讲会，学习第二十届中央委员会第三次全体会议精神。"),
]


def clean_sentences():
    out = []
    with open(os.path.join(ROOT, "tests", "data", "text", "example-notice-2022Q1.txt"), encoding="utf-8") as f:
        text = f.read()
    for line in text.split("\n"):
        for s in re.split(r"(?<=[。！？；])", line):
            if s.strip():
                out.append(("2022-04-11", s.strip()))
    return out + WRITTEN_CLEAN


# ---------------------------------------------------------------- injections

class Case:
    def __init__(self, cls, date, text):
        # The injected span is marked ⟦…⟧ in `text`.
        b = text.index("⟦")
        e = text.index("⟧") - 1
        self.cls = cls
        self.date = date
        self.text = text.replace("⟦", "").replace("⟧", "")
        self.span = (b, e)


def name_variants(name, r):
    """Line breaks, full-width spaces inside a name, or the name as is."""
    k = r.randint(1, len(name) - 1)
    return r.choice([name, name, name[:k] + "\n" + name[k:], name[:k] + "\u3000" + name[k:]])


COMMON = set()


def typo_of(word, r, conf, homo, first, positions=None):
    """`word` with one Han character replaced by a homophone or a similar shape."""
    positions = positions or list(range(len(word)))
    for _ in range(50):
        k = r.choice(positions)
        c = word[k]
        if r.random() < 0.5 and c in first:
            pool = [x for x in homo.get(first[c], []) if x != c]
        else:
            pool = sorted(conf.get(c, set()) - {c})
        pool = [x for x in pool if "\u4e00" <= x <= "\u9fff" and x in COMMON]
        if pool:
            return word[:k] + r.choice(pool) + word[k + 1:]
    return None


def build_cases(seed):
    r = random.Random(seed)
    L = Leaders()
    conf = confusions()
    homo, first = homophones()
    COMMON.update(x[0] for x in list(rows("confusion_pinyin.tsv"))[:3500])
    cases = {"tune": [], "heldout": [], "fresh": []}

    def add(cls, frames, make, count, fresh=()):
        for i in range(count):
            frame = frames[i % len(frames)]
            which = "tune" if (i % len(frames)) % 2 == 0 else "heldout"
            made = make(frame, i)
            if made:
                cases[which].append(Case(cls, *made))
        # Frames written after the fixes made with the two sets above.
        for i in range(count // 2 if fresh else 0):
            made = make(fresh[i % len(fresh)], i + 1000)
            if made:
                cases["fresh"].append(Case(cls, *made))

    # title_date: (title, name, date) where name does not hold title at date.
    wrong_titles = []
    titles = ["中共中央总书记", "国务院总理", "全国人大常委会委员长", "全国政协主席", "国家副主席", "国务院副总理", "国家主席"]
    dates = [(2019, 6, 1), (2021, 9, 1), (2024, 6, 30), (2025, 12, 1), (2016, 5, 1)]
    names = sorted({x["name"] for x in L.rows if x["conf"] == "high" and len(x["name"]) >= 2})
    for d in dates:
        for t in titles:
            holders = [n for n in names if L.holds(n, t, d)]
            if not holders:
                continue
            for n in names:
                if not L.holds(n, t, d) and not any(L.holds(n, t2, d) and t2.endswith(t) for t2 in titles) \
                        and not (L.ever(n, t) and any(x["name"] == n and x["title"] == t and x["to"] and x["to"] <= d for x in L.rows)):
                    wrong_titles.append((t, n, d))
    r.shuffle(wrong_titles)
    title_frames = [
        "{T}{N}主持召开会议，研究部署下一阶段重点工作。",
        "会议传达学习了{N}{T}在全国两会期间的重要讲话精神。",
        "中共中央政治局常委、{T}{N}出席开幕式并致辞。",
        "据新华社报道，{T}　{N}在北京会见了来访的外国代表团。",
        "{T}{N}同志强调，要坚持稳中求进工作总基调。",
        "（图为{T}{N}在调研中与基层干部亲切交谈）",
        "近日，{N}{T}主持召开座谈会，听取对政府工作报告的意见建议。",
        "{T}{N}\n在会上作重要讲话。",
    ]

    def make_title(frame, i):
        t, n, d = wrong_titles[i % len(wrong_titles)]
        short = r.choice(SHORT_TITLE[t])
        written_n = name_variants(n, r) if "\n" not in frame else n
        return fmt(d), frame.replace("{T}{N}", "⟦{T}{N}⟧").replace("{N}{T}", "⟦{N}{T}⟧").replace(
            "{T}　{N}", "⟦{T}　{N}⟧").replace("{T}{N}\n", "⟦{T}{N}⟧\n").format(T=short, N=written_n)

    add("title_date", title_frames, make_title, 80, [
        "{T}{N}在人民大会堂会见出席会议的全体代表。",
        "受{T}{N}委托，有关负责同志作了说明。",
        "{T}　{N}（左三）在视察期间听取汇报。",
        "我们要认真贯彻落实{T}{N}在调研时的指示要求。",
        "2月8日，{N}{T}在京主持召开专家座谈会。"])

    # leader_name: one character replaced, with a title, 同志 or a formulation around it.
    current = [("习近平", "总书记"), ("李强", "总理"), ("赵乐际", "委员长"), ("王沪宁", "主席"), ("丁薛祥", "副总理"),
               ("蔡奇", "同志"), ("李希", "同志"), ("韩正", "副主席")]
    name_frames = [
        "深入学习贯彻{N}{T}重要讲话和重要指示批示精神。",
        "全体党员要认真学习{N}同志关于党的建设的重要思想。",
        "{T}{N}指出，要坚持以人民为中心的发展思想。",
        "会议强调，要把学习宣传贯彻{N}新时代中国特色社会主义思想作为首要政治任务。",
        "{N}{T}、{N2}{T2}出席会议。",
        "“{N}{T}来到我们村”主题宣讲活动。",
    ]

    def make_name(frame, i):
        n, t = current[i % len(current)]
        if t == "同志" and "{T}{N}" in frame:
            t = "总书记" if n == "习近平" else None
            if t is None:
                return None
        if "新时代" in frame:
            n, t = "习近平", "总书记"
        bad = typo_of(n, r, conf, homo, first)
        if not bad or bad in names:
            return None
        n2, t2 = current[(i + 1) % len(current)]
        shown = name_variants(bad, r) if i % 3 == 0 else bad
        return "2024-06-30", frame.replace("{N}", "⟦{N}⟧", 1).format(N=shown, T=t, N2=n2, T2=t2)

    add("leader_name", name_frames, make_name, 80, [
        "全市上下深入学习贯彻{N}{T}关于防汛救灾工作的重要指示精神。",
        "{N}{T}在政府工作报告中指出，要着力扩大国内需求。",
        "6月30日，{T}{N}在我省调研时强调。",
        "认真学习{N}同志在中央党校开班式上的重要讲话，坚决维护党中央权威。",
        "奋力谱写{N}新时代中国特色社会主义思想的实践篇章。"])

    # leader_order: two names of one group swapped.
    order_frames = [
        ("2024-06-30", "PBSC-20", "出席会议的党和国家领导人有{L}。", "、"),
        ("2019-05-10", "PBSC-19", "{L}等领导同志出席会议。", "、"),
        ("2024-06-30", "PBSC-20", "主席台就座的领导同志：{L}。", "　"),
        ("2024-06-30", "VICE-PREMIER-2023", "国务院副总理{L}分别参加审议。", "、"),
        ("2024-06-30", "PBSC-20", "{L}在主席台前排就座。", "同志、"),
        ("2021-09-01", "VICE-PREMIER-2018", "国务院副总理{L}出席座谈会。", "，"),
    ]

    def make_order(frame, i):
        date, group, text, sep = frame
        names_ = L.group_at(group, parse_date(date))
        k = r.randint(3, len(names_)) if len(names_) > 3 else len(names_)
        names_ = names_[:k]
        a = r.randrange(len(names_) - 1)
        names_[a], names_[a + 1] = names_[a + 1], names_[a]
        listed = sep.join(names_) + ("同志" if sep == "同志、" else "")
        return date, text.format(L="⟦" + listed + "⟧")

    add("leader_order", order_frames, make_order, 60, [
        ("2024-06-30", "PBSC-20", "中共中央政治局常委{L}等出席座谈会。", "、"),
        ("2024-06-30", "PBSC-20", "大会主席团常务主席{L}在主席台就座。", "，"),
        ("2019-05-10", "PBSC-19", "党和国家领导人{L}出席。", "　"),
        ("2024-06-30", "PBSC-20", "{L}在会见时表示。", "同志、")])

    # enum_member: one member replaced by a same-shaped word.
    enums = {
        "四个自信": (["道路自信", "理论自信", "制度自信", "文化自信"], ["民族自信", "政治自信", "历史自信", "思想自信"]),
        "四个意识": (["政治意识", "大局意识", "核心意识", "看齐意识"], ["服从意识", "责任意识", "忧患意识", "纪律意识"]),
        "新发展理念": (["创新", "协调", "绿色", "开放", "共享"], ["共赢", "发展", "改革", "安全"]),
        "两个维护": None,
        "五位一体": (["经济建设", "政治建设", "文化建设", "社会建设", "生态文明建设"], ["党的建设", "法治建设", "民生建设"]),
        "四个全面": (["全面建设社会主义现代化国家", "全面深化改革", "全面依法治国", "全面从严治党"], ["全面依规治党", "全面扩大开放"]),
    }
    enum_frames = [
        "要增强“{E}”，即{L}。",
        "坚定“{E}”：{L}。",
        "坚持{L}的{E}。",
        "不断增强“{E}”（{L}），做到知行合一。",
        "全面落实{E}，{L}缺一不可。",
        "牢固树立“{E}”——{L}。",
    ]

    def make_enum(frame, i):
        label = [k for k, v in enums.items() if v][i % 5]
        items, wrong = enums[label]
        items = list(items)
        k = r.randrange(len(items))
        items[k] = "⟦" + r.choice([w for w in wrong if w not in items]) + "⟧"
        return "2024-06-30", frame.format(E=label, L="、".join(items))

    add("enum_member", enum_frames, make_enum, 60, [
        "必须完整、准确、全面贯彻{E}（{L}）。",
        "“{E}”即：{L}。",
        "要以{L}的{E}为引领，推动高质量发展。",
        "切实增强{E}，{L}，一个都不能少。"])

    # formulation_typo: one character of a protected formulation replaced.
    forms = [r_[1] for r_ in rows("formulations.tsv") if len(r_) > 2 and r_[2] in
             ("guiding-thought", "core", "slogan", "state-name", "party-name") and "(" not in r_[1]]
    forms += ["中国特色社会主义", "社会主义核心价值观", "马克思列宁主义", "毛泽东思想", "全面从严治党", "中国共产党",
              "中华人民共和国", "扫黑除恶"]
    forms = [f for f in forms if len(f) >= 4]
    form_frames = [
        "深入学习贯彻{F}，推动各项工作落地见效。",
        "在庆祝{F}成立75周年之际，全县干部群众举行升旗仪式。",
        "始终坚持{F}，奋力谱写新篇章。",
        "大力弘扬“{F}”精神。",
        "坚持以{F}为指导，\n全面推进各项工作。",
        "我们要更加紧密地团结在{F}周围。",
    ]

    def make_form(frame, i):
        f = forms[i % len(forms)]
        if f.startswith("以") and "以{F}" in frame:
            f = f[1:]
        bad = typo_of(f, r, conf, homo, first)
        if not bad:
            return None
        if i % 4 == 1 and len(bad) > 4:
            k = r.randint(2, len(bad) - 2)
            bad = bad[:k] + "\n" + bad[k:]
        return "2024-06-30", frame.format(F="⟦" + bad + "⟧")

    add("formulation_typo", form_frames, make_form, 90, [
        "高举{F}伟大旗帜，团结奋斗。",
        "在{F}指引下，全省经济持续向好。",
        "全面学习领会{F}的核心要义和实践要求。",
        "（一）坚持{F}\n各级党组织要切实履行主体责任。"])

    # renamed: an old name used as current after the rename.
    renames = [(x[0], parse_date(x[3])) for x in rows("renamed_institutions.tsv") if x[4] == "high"]
    rename_frames = [
        "{O}近日印发通知，要求各地做好相关工作。",
        "根据{O}有关要求，我局组织开展了专项检查。",
        "会议邀请了{O}相关负责同志作专题辅导。",
        "经{O}批准，该项目正式立项。",
    ]

    def make_rename(frame, i):
        old, eff = renames[i % len(renames)]
        return fmt((eff[0] + 3, 6, 30)), frame.format(O="⟦" + old + "⟧")

    add("renamed", rename_frames, make_rename, 40, [
        "按照{O}的部署要求，认真做好有关工作。",
        "向{O}报送了年度工作总结。",
        "{O}、省人民政府联合印发实施方案。"])

    # taiwan_country.
    tw_frames = [
        "我省与美国、日本、⟦台湾等国家⟧建立了经贸合作关系。",
        "来自新加坡、⟦台湾、韩国等12个国家⟧的客商参加了展会。",
        "⟦台湾作为一个国家⟧参加了该组织。",
        "产品远销欧美、东南亚及⟦香港、台湾等国家⟧。",
        "⟦台湾总统⟧发表讲话。",
        "展会吸引了日本、⟦台湾、香港等国⟧的企业参展。",
        "⟦中国与台湾⟧的经贸往来日益密切。",
        "外事活动涉及美国、⟦台湾等20多个国家⟧。",
    ]
    add("taiwan_country", tw_frames, lambda f, i: ("2024-06-30", f), 16, [
        "产品出口至⟦台湾、新加坡等10余个国家⟧。",
        "我市与俄罗斯、⟦台湾等国家⟧签订了合作协议。",
        "⟦中华民国副总统⟧出席了该活动。",
        "交流团成员来自⟦中国和台湾⟧。",
        "⟦台湾是一个国家⟧的说法是错误的……（此句原文转述错误观点）",
        "吸引了马来西亚、⟦台湾、泰国等国⟧的客商。",
        "与美国、法国、⟦台湾等二十多个国家⟧建立联系。",
        "⟦两岸三地⟧青年交流活动。"])

    # fallen: presented in office after the announcement.
    fallen_cases = [
        ("东部战区司令员", "林向阳", "2025-12-01"), ("中央军委副主席", "何卫东", "2025-12-01"),
        ("武警部队司令员", "王春宁", "2025-12-01"), ("中央军委副主席", "张又侠", "2026-03-01"),
        ("山西省省长", "金湘军", "2025-12-01"), ("海军政委", "袁华智", "2025-12-01"),
    ]
    fallen_frames = [
        "{T}{N}出席活动并讲话。",
        "{N}同志主持召开会议，部署重点工作。",
        "会议由{T}、{N}同志主持。",
        "{T}{N}来我单位调研指导工作。",
        "领导简介：{N}，{T}。",
        "{N}{T}对做好下一步工作提出要求。",
    ]

    def make_fallen(frame, i):
        t, n, d = fallen_cases[i % len(fallen_cases)]
        return d, frame.replace("{N}", "⟦{N}⟧").format(T=t, N=n)

    add("fallen", fallen_frames, make_fallen, 36, [
        "{T}{N}一行到我市检查指导工作。",
        "热烈欢迎{T}{N}莅临指导！",
        "{T}{N}在会上强调，要狠抓工作落实。"])
    return cases


# ---------------------------------------------------------------- scoring

def scan(govwatch, date, paragraphs):
    """Scans the paragraphs as one document; returns their offsets and the findings."""
    offsets, text = [], ""
    for p in paragraphs:
        offsets.append(len(text))
        text += p + "\n\n"
    with tempfile.NamedTemporaryFile("w", suffix=".txt", encoding="utf-8", delete=False) as f:
        f.write(text)
        path = f.name
    try:
        out = subprocess.run([govwatch, "scan-text", path, "--at", date], capture_output=True, text=True,
                             check=True).stdout
    finally:
        os.unlink(path)
    return offsets, [json.loads(x) for x in out.splitlines() if x.strip()]


def evaluate(govwatch, which, seed, show):
    cases = build_cases(seed)[which]
    by_date = {}
    for c in cases:
        by_date.setdefault(c.date, []).append(c)
    stats = {}
    errors = []
    for date, group in sorted(by_date.items()):
        offsets, findings = scan(govwatch, date, [c.text for c in group])
        for c, base in zip(group, offsets):
            b, e = base + c.span[0], base + c.span[1]
            hit = [f for f in findings if f["check"] == "severe" and f["begin"] < e and b < f["end"]]
            s = stats.setdefault(c.cls, {"cases": 0, "found": 0, "severe": 0})
            s["cases"] += 1
            if hit:
                s["found"] += 1
                if any(f["severity"] == "severe" for f in hit):
                    s["severe"] += 1
                else:
                    errors.append(f"NOT-SEVERE {c.cls} @{date}: {c.text!r} -> {[(f['rule'], f['severity']) for f in hit]}")
            else:
                errors.append(f"MISS {c.cls} @{date}: {c.text!r} span={c.text[c.span[0]:c.span[1]]!r}")
    print(f"== {which} (seed {seed}): {len(cases)} injected cases")
    print(f"{'class':18s} {'cases':>6s} {'found':>6s} {'recall':>7s} {'severe':>7s}")
    tot = {"cases": 0, "found": 0, "severe": 0}
    for cls, s in stats.items():
        for k in tot:
            tot[k] += s[k]
        print(f"{cls:18s} {s['cases']:6d} {s['found']:6d} {s['found'] / s['cases']:7.3f} {s['severe'] / s['cases']:7.3f}")
    print(f"{'overall':18s} {tot['cases']:6d} {tot['found']:6d} {tot['found'] / tot['cases']:7.3f} {tot['severe'] / tot['cases']:7.3f}")
    if show:
        for x in errors:
            print("  " + x)


def evaluate_clean(govwatch, show):
    sentences = clean_sentences()
    odw = os.path.join(os.environ.get("GOVWATCH_SHARED", "/work/shared"), "data", "csc-dev", "odw.train")
    if os.path.exists(odw):
        # The correct sides of ECSpell odw.train: official-document sentences, clean by construction.
        with open(odw, encoding="utf-8") as f:
            sentences += [("2024-06-30", line.rstrip("\n").split("\t")[2]) for line in f if line.count("\t") >= 2]
    by_date = {}
    for d, s in sentences:
        by_date.setdefault(d, []).append(s)
    severe = warn = 0
    errors = []
    for date, group in sorted(by_date.items()):
        offsets, findings = scan(govwatch, date, group)
        for f in findings:
            if f["check"] != "severe":
                continue
            k = max(i for i, o in enumerate(offsets) if o <= f["begin"])
            if f["severity"] == "severe":
                severe += 1
            else:
                warn += 1
            errors.append(f"CLEAN-{f['severity']} @{date} {f['rule']}: {f['text']!r} in {group[k]!r}")
    print(f"== clean: {len(sentences)} sentences: severe-level findings {severe}, warn/info {warn}")
    if show:
        for x in errors:
            print("  " + x)


def main(argv):
    if len(argv) < 2 or argv[1] not in ("eval", "print"):
        print(__doc__)
        return 2
    opts = {"--set": "both", "--seed": "20261129"}
    show = "--show-errors" in argv
    rest = [a for a in argv[2:] if a != "--show-errors"]
    govwatch = None
    if argv[1] == "eval":
        govwatch, rest = rest[0], rest[1:]
    for k, v in zip(rest[::2], rest[1::2]):
        opts[k] = v
    sets = {"both": ["tune", "heldout"], "all": ["tune", "heldout", "fresh"]}.get(opts["--set"], [opts["--set"]])
    if argv[1] == "print":
        for which in sets:
            for c in build_cases(int(opts["--seed"]))[which]:
                print(f"# {which} {c.cls} {c.date} span={c.text[c.span[0]:c.span[1]]!r}\n{c.text}\n")
        return 0
    for which in sets:
        evaluate(govwatch, which, int(opts["--seed"]), show)
    evaluate_clean(govwatch, show)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
