#!/usr/bin/env python3
"""PII accuracy on generated 政务公开 pages (textchecks §6, §8 "PII").

  bench/pii_accuracy.py eval GOVWATCH [--set tune|heldout|fresh|both|all] [--seed N] [--docs N] [--show-errors]
  bench/pii_accuracy.py dump DIR [--set tune|heldout|fresh] [--seed N] [--docs N]   # writes the pages and truth

Pages are realistic 公示 tables (低保/救助金发放, 补贴发放, 拟录用人员, 行政处罚决定, 不动产登记, 征地补偿,
计生奖励), prose notices and attachments as text, as HTML (scanned with --html) or plain text. They
embed VALID personal data in the forms real pages use (18-digit IDs with X/x, full-width digits,
spaces or hyphens inside, 15-digit old IDs, labelled IDs; Luhn-valid bank cards with real BIN
prefixes, 16-19 digits, grouped by 4; mobiles with +86 / 86- / spaces; home landlines; addresses to
the house number; names in name columns), and NEGATIVES that must not be reported (masked values,
统一社会信用代码, order/case numbers, 文号, 索引号, invalid check digits and dates, office phones,
amounts, postal codes, long serials).

The sets use DIFFERENT templates and wording (tune: the set the engine may be tuned on;
heldout: for measuring — its errors were read once while fixing, so it is no longer blind;
fresh: written after those fixes, scored without tuning on it). A fixed seed makes every run
identical.

Scoring, per kind: a planted positive is found when a pii finding of the same kind covers the
same characters (digits compared without separators and after width folding). A finding that
matches no planted positive is a false positive (planted negatives are named in --show-errors).
Names and addresses outside name/address columns are neither required nor counted as false
positives when reported ("optional"). `masked` counts found positives whose suggestion is a
masked replacement (non-empty, differs from the text, hides part of it).
"""
import json
import os
import random
import subprocess
import sys
import tempfile
import unicodedata

# ---------------------------------------------------------------- valid personal data

AREAS = ["320102", "320106", "530902", "530922", "110105", "440305", "510107", "370202", "410105", "130102",
         "420106", "350203", "330106", "610113", "230103", "450103", "520102", "620102", "640104", "150102",
         "210102", "340104", "360102", "430102", "460106", "500103", "540102", "630102", "650102", "120101"]
SURNAMES = "王李张刘陈杨赵黄周吴徐孙胡朱高林何郭马罗梁宋郑谢韩唐冯于董萧程曹袁邓许傅沈曾彭吕苏卢蒋蔡贾丁魏薛叶阎余潘杜戴夏钟汪田任姜范方石姚谭廖邹熊金陆郝孔白崔康毛邱秦江史顾侯邵孟龙万段雷钱汤尹黎易常武乔贺赖龚文"
GIVEN = "伟芳娜秀英敏静丽强磊军洋勇艳杰娟涛明超秀兰霞平刚桂英华玉萍红娥玲芬燕彬建国志福德永海春梅荣昌林兵琴云飞翠凤光斌成辉鹏宇浩凯晨欣怡子轩梓涵雨涵佳俊"
COUNTIES = [("临沧市", "临翔区", ["忙畔街道", "博尚镇", "南美拉祜族乡", "蚂蚁堆乡"]),
            ("南京市", "玄武区", ["孝陵卫街道", "玄武门街道", "锁金村街道"]),
            ("宝鸡市", "陈仓区", ["虢镇街道", "千河镇", "阳平镇"]),
            ("赣州市", "于都县", ["贡江镇", "罗坳镇", "岭背镇"]),
            ("南充市", "仪陇县", ["新政镇", "金城镇", "马鞍镇"])]
VILLAGES = ["南屏社区", "红旗村", "新民村", "大寨村", "东风社区", "和平村", "石桥村", "光明社区", "团结村", "上营村"]
STREETS = ["人民路", "建设路", "解放街", "中山路", "滨江大道", "文化路", "胜利街", "南塘街"]
BINS = ["622202", "621700", "622848", "623052", "621226", "622700", "621661", "622188", "621799", "623668",
        "622821", "621483"]
MOBILE_PREFIX = ["130", "131", "132", "133", "135", "136", "137", "138", "139", "150", "151", "152", "155",
                 "157", "158", "159", "166", "177", "180", "181", "182", "183", "186", "187", "188", "189",
                 "191", "198", "199", "147"]
ID_WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]


def id_check(body):
    return "10X98765432"[sum(int(c) * w for c, w in zip(body, ID_WEIGHTS)) % 11]


def make_id(r, want_x=False):
    while True:
        y = r.randint(1940, 2004)
        m = r.randint(1, 12)
        d = r.randint(1, 28)
        body = f"{r.choice(AREAS)}{y:04d}{m:02d}{d:02d}{r.randint(0, 999):03d}"
        c = id_check(body)
        if want_x == (c == "X"):
            return body + c


def make_id15(r):
    return f"{r.choice(AREAS)}{r.randint(40, 79):02d}{r.randint(1, 12):02d}{r.randint(1, 28):02d}{r.randint(0, 999):03d}"


def luhn_digit(body):
    total = 0
    for i, ch in enumerate(reversed(body)):
        d = int(ch)
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return str((10 - total % 10) % 10)


def make_card(r, length=None):
    length = length or r.choice([16, 19, 19])
    body = r.choice(BINS) + "".join(str(r.randint(0, 9)) for _ in range(length - 7))
    return body + luhn_digit(body)


def make_mobile(r):
    return r.choice(MOBILE_PREFIX) + "".join(str(r.randint(0, 9)) for _ in range(8))


def make_name(r):
    return r.choice(SURNAMES) + "".join(r.choice(GIVEN) for _ in range(r.choice([1, 2, 2])))


def make_address(r, style=0):
    city, county, towns = r.choice(COUNTIES)
    town = r.choice(towns)
    if style == 0:
        return f"{county}{town}{r.choice(VILLAGES)}{r.randint(1, 12)}组{r.randint(1, 60)}号"
    if style == 1:
        return f"{city}{county}{r.choice(STREETS)}{r.randint(1, 300)}号{r.randint(1, 9)}栋{r.randint(1, 3)}单元{r.randint(1, 18)}0{r.randint(1, 4)}室"
    return f"{county}{town}{r.choice(VILLAGES)}{r.randint(1, 9)}组{r.randint(1, 40)}户"


USCC_CHARS = "0123456789ABCDEFGHJKLMNPQRTUWXY"
USCC_W = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]


def make_uscc(r):
    body = r.choice(["91", "12", "11", "52", "93"]) + r.choice(AREAS) + "".join(
        r.choice(USCC_CHARS) for _ in range(9))
    s = sum(USCC_CHARS.index(c) * w for c, w in zip(body, USCC_W))
    return body + USCC_CHARS[(31 - s % 31) % 31]


def bad_id(r):
    """18 digits that look like an ID but fail: wrong check digit or impossible date."""
    if r.random() < 0.5:
        good = make_id(r)
        wrong = [c for c in "0123456789" if c != good[-1]]
        return good[:17] + r.choice(wrong)
    body = f"{r.choice(AREAS)}19{r.randint(50, 99)}{r.choice(['13', '00', '02'])}{r.choice(['30', '31', '00'])}{r.randint(0, 999):03d}"
    return body + id_check(body)


# ---------------------------------------------------------------- written forms

def fullwidth(s):
    return "".join(chr(ord(c) + 0xFEE0) if "!" <= c <= "~" else c for c in s)


def group(s, sizes, sep=" "):
    out, i = [], 0
    for n in sizes:
        out.append(s[i:i + n])
        i += n
    if i < len(s):
        out.append(s[i:])
    return sep.join(x for x in out if x)


def id_forms(r, v, heldout):
    forms = [v, v, v, v.lower() if v.endswith("X") else v, fullwidth(v)]
    if heldout:
        forms += [group(v, [4, 4, 4, 4]), group(v, [6, 8, 4]), group(v, [6, 8, 4], "-"), v, fullwidth(v)]
    else:
        forms += [group(v, [4, 4, 4, 4]), group(v, [6, 8, 4])]
    return r.choice(forms)


def card_forms(r, v, heldout):
    forms = [v, group(v, [4] * 5), v]
    if heldout:
        forms += [group(v, [4] * 5, "-"), fullwidth(v), group(v, [6, 13])]
    return r.choice(forms)


def mobile_forms(r, v, heldout):
    forms = [v, v, group(v, [3, 4, 4]), group(v, [3, 4, 4], "-")]
    if heldout:
        forms += ["+86 " + v, "86-" + v, "+86-" + group(v, [3, 4, 4], "-"), fullwidth(v), "(+86)" + v]
    else:
        forms += ["+86 " + group(v, [3, 4, 4]), "+86" + v]
    return r.choice(forms)


def masked_id(v):
    return v[:4] + "*" * 10 + v[-4:]


def masked_mobile(v):
    return v[:3] + "****" + v[-4:]


# ---------------------------------------------------------------- documents

class Doc:
    def __init__(self, kind, html):
        self.kind = kind
        self.html = html
        self.parts = []
        self.positives = []  # (kind, written)
        self.negatives = []  # (what, written)
        self.optional = []   # (kind, written): may be reported, not required

    def pos(self, kind, written):
        self.positives.append((kind, written))
        return written

    def neg(self, what, written):
        self.negatives.append((what, written))
        return written

    def opt(self, kind, written):
        self.optional.append((kind, written))
        return written


def html_page(title, body, date):
    return (f'<!DOCTYPE html><html><head><meta charset="utf-8"><title>{title}</title>'
            f'<meta name="PubDate" content="{date}"></head><body><div class="header">政府信息公开</div>'
            f'<div class="article"><h1>{title}</h1><div class="info">发布时间：{date}　来源：本站</div>'
            f'{body}</div><div class="footer">主办单位：某某县人民政府办公室　网站标识码：5309220001　'
            f'滇ICP备05000001号</div></body></html>')


def prose_page(d, title, paragraphs, date):
    """Paragraphs as an HTML page (one <p> each) or as plain text lines, by the document's form."""
    if d.html:
        return html_page(title, "".join(f"<p>{x}</p>" for x in paragraphs), date)
    return "\n".join(paragraphs)


def html_table(header, rows, th=True):
    cell = "th" if th else "td"
    out = ['<table border="1" cellspacing="0">', "<tr>" + "".join(f"<{cell}>{h}</{cell}>" for h in header) + "</tr>"]
    for row in rows:
        out.append("<tr>" + "".join(f"<td>{c}</td>" for c in row) + "</tr>")
    out.append("</table>")
    return "\n".join(out)


def money(r):
    return f"{r.randint(2, 60) * 50}.00"


def doc_number(r, org):
    return f"{org}〔{r.randint(2019, 2024)}〕{r.randint(1, 200)}号"


def index_number(r):
    return f"{make_uscc(r)[:18]}/{r.randint(2019, 2024)}-{r.randint(1, 99999):05d}"


def office_phone(r):
    return r.choice(["0883-", "025-", "0917-", "0797-", "0817-", "0871-"]) + str(r.randint(2000000, 8999999))


def negatives_block(r, d, heldout):
    """Numbers every real page carries around the personal data."""
    lines = []
    lines.append(f"索引号：{d.neg('索引号', index_number(r))}")
    lines.append(f"文号：{d.neg('文号', doc_number(r, r.choice(['临政办发', '县民发', '仪府办函', '陈民字'])))}")
    if heldout:
        lines.append(f"监督举报电话：{d.neg('office phone', office_phone(r))}（工作日9:00—17:00），"
                     f"通讯地址：{d.neg('office address', r.choice(STREETS) + str(r.randint(1, 200)) + '号县民政局')}，"
                     f"邮政编码：{d.neg('postcode', str(r.randint(500000, 679999)))}。")
    else:
        lines.append(f"咨询电话：{d.neg('office phone', office_phone(r))}，邮编：{d.neg('postcode', str(r.randint(500000, 679999)))}。")
    return lines


def tune_dibao(r, d, date):
    rows = []
    for i in range(r.randint(4, 9)):
        name = d.pos("name", make_name(r))
        v = make_id(r, want_x=r.random() < 0.2)
        written_id = id_forms(r, v, False)
        d.pos("id", written_id)
        addr = d.pos("address", make_address(r, 0))
        mob = d.pos("mobile", mobile_forms(r, make_mobile(r), False))
        rows.append([str(i + 1), name, written_id, addr, str(r.randint(1, 5)), money(r), mob])
    header = ["序号", "户主姓名", "身份证号码", "家庭住址", "保障人数", "月保障金额（元）", "联系电话"]
    neg = negatives_block(r, d, False)
    if d.html:
        body = (f"<p>根据《城乡居民最低生活保障办法》，经个人申请、入户调查、民主评议，现将{date[:7]}月新增低保对象公示如下：</p>"
                + html_table(header, rows) + "".join(f"<p>{x}</p>" for x in neg))
        return html_page("关于新增城乡低保对象的公示", body, date)
    return "关于新增城乡低保对象的公示\n" + "\t".join(header) + "\n" + "\n".join("\t".join(x) for x in rows) + "\n" + "\n".join(neg)


def tune_subsidy(r, d, date):
    rows = []
    for i in range(r.randint(4, 9)):
        name = d.pos("name", make_name(r))
        v = make_id(r, want_x=r.random() < 0.2)
        wid = d.pos("id", id_forms(r, v, False))
        card = d.pos("bank", card_forms(r, make_card(r), False))
        rows.append([str(i + 1), name, wid, r.choice(["中国农业银行", "农村信用社", "邮储银行"]), card, money(r)])
    header = ["序号", "姓名", "身份证号", "开户银行", "银行卡号", "补贴金额（元）"]
    neg = negatives_block(r, d, False)
    neg.append(f"资金总额：{d.neg('amount', str(r.randint(100000, 999999)) + '.00')}元，拨付凭证号{d.neg('serial', str(r.randint(10**15, 10**16 - 1)))}。")
    if d.html:
        body = ("<p>现将2023年耕地地力保护补贴发放情况公示如下，公示期7天。</p>" + html_table(header, rows)
                + "".join(f"<p>{x}</p>" for x in neg))
        return html_page("耕地地力保护补贴发放公示", body, date)
    return "耕地地力保护补贴发放公示\n" + " | ".join(header) + "\n" + "\n".join(" | ".join(x) for x in rows) + "\n" + "\n".join(neg)


def tune_hire(r, d, date):
    rows = []
    for i in range(r.randint(3, 8)):
        name = d.pos("name", make_name(r))
        v = make_id(r, want_x=r.random() < 0.2)
        wid = d.pos("id", id_forms(r, v, False))
        ticket = d.neg("准考证号", str(r.randint(10**9, 10**10 - 1)) + f"{r.randint(0, 99):02d}")
        rows.append([str(i + 1), name, r.choice(["男", "女"]), f"{r.randint(1990, 2001)}.{r.randint(1, 12):02d}",
                     ticket, wid, r.choice(["云南大学", "南京师范大学", "西北大学"])])
    header = ["序号", "姓名", "性别", "出生年月", "准考证号", "身份证号", "毕业院校"]
    neg = negatives_block(r, d, False)
    if d.html:
        body = ("<p>根据事业单位公开招聘工作有关规定，经笔试、面试、体检和考察，拟录用以下人员，现予公示。</p>"
                + html_table(header, rows) + "".join(f"<p>{x}</p>" for x in neg))
        return html_page("2023年事业单位公开招聘拟聘用人员公示", body, date)
    return "拟聘用人员公示\n" + "\t".join(header) + "\n" + "\n".join("\t".join(x) for x in rows) + "\n" + "\n".join(neg)


def tune_penalty(r, d, date):
    name = d.pos("name", make_name(r))
    v = make_id(r, want_x=r.random() < 0.3)
    wid = d.pos("id", id_forms(r, v, False))
    addr = d.pos("address", make_address(r, 1))
    mob = d.pos("mobile", mobile_forms(r, make_mobile(r), False))
    uscc = d.neg("USCC", make_uscc(r))
    lines = [f"行政处罚决定书 {d.neg('文号', doc_number(r, '临市监处罚'))}",
             f"当事人：{name}，性别：{r.choice(['男', '女'])}，公民身份号码：{wid}，",
             f"住址：{addr}，联系电话：{mob}。",
             f"案件编号：{d.neg('case number', 'LC' + str(r.randint(10**13, 10**14 - 1)))}。",
             f"关联企业：某某商贸有限公司（统一社会信用代码：{uscc}）。",
             f"经查，当事人于2023年3月12日销售过期食品，货值金额{d.neg('amount', str(r.randint(1000, 99999)))}元，"
             f"违法所得{r.randint(100, 9999)}元。依据《中华人民共和国食品安全法》第一百二十四条，决定罚款{r.randint(5, 50)}000元。",
             f"已公开的当事人证件号：{d.neg('masked id', masked_id(make_id(r)))}，{d.neg('masked mobile', masked_mobile(make_mobile(r)))}。"]
    lines += negatives_block(r, d, False)
    return prose_page(d, "行政处罚决定书", lines, date)


def tune_land(r, d, date):
    rows = []
    for i in range(r.randint(4, 8)):
        name = d.pos("name", make_name(r))
        v = make_id(r, want_x=r.random() < 0.2)
        wid = d.pos("id", id_forms(r, v, False))
        card = d.pos("bank", card_forms(r, make_card(r), False))
        rows.append([str(i + 1), name, wid, f"{r.randint(1, 30)}.{r.randint(0, 99):02d}", card,
                     f"{r.randint(10000, 300000)}.00"])
    header = ["序号", "被征收人", "身份证号", "征收面积（亩）", "账号", "补偿金额（元）"]
    neg = negatives_block(r, d, False)
    # Attachments as text: the spreadsheet read into TAB-separated rows.
    return ("附件：征地补偿款发放明细表.xlsx\n" + "\t".join(header) + "\n" + "\n".join("\t".join(x) for x in rows)
            + "\n合计\t\t\t\t\t" + d.neg("amount", str(r.randint(1000000, 9999999)) + ".00") + "\n" + "\n".join(neg))


TUNE = [tune_dibao, tune_subsidy, tune_hire, tune_penalty, tune_land]


def held_property(r, d, date):
    """不动产登记 notice in prose, grouped IDs inside brackets."""
    paras = ["根据《不动产登记暂行条例实施细则》第十七条规定，经初步审定，我局拟对下列不动产权利予以首次登记，现予公告。"]
    for i in range(r.randint(3, 6)):
        name = make_name(r)
        d.opt("name", name)
        v = make_id(r, want_x=r.random() < 0.25)
        wid = d.pos("id", id_forms(r, v, True))
        loc = make_address(r, 0)
        d.opt("address", loc)
        paras.append(f"{i + 1}. 权利人：{name}（身份证号：{wid}），不动产坐落：{loc}，"
                     f"不动产单元号：{d.neg('unit number', '530902' + str(r.randint(100000, 999999)) + 'GB' + str(r.randint(10000, 99999)) + 'F' + str(r.randint(10000000, 99999999)))}，"
                     f"面积{r.randint(60, 300)}.{r.randint(0, 9)}平方米。")
    paras.append(f"异议期限：自公告之日起15个工作日。异议书面材料送达地址：县不动产登记中心，联系电话：{d.neg('office phone', office_phone(r))}。")
    paras += negatives_block(r, d, True)
    return prose_page(d, "不动产首次登记公告", paras, date)


def held_family(r, d, date):
    """计生奖励扶助: spaced header labels, 公民身份号码, old 15-digit IDs, 19-digit cards."""
    rows = []
    for i in range(r.randint(4, 9)):
        name = d.pos("name", make_name(r))
        if r.random() < 0.3:
            wid = d.pos("id15", make_id15(r))
        else:
            wid = d.pos("id", id_forms(r, make_id(r, want_x=r.random() < 0.25), True))
        card = d.pos("bank", card_forms(r, make_card(r, 19), True))
        rows.append([str(i + 1), r.choice(["蚂蚁堆乡", "博尚镇", "贡江镇"]), name, wid, card, "960"])
    header = ["序 号", "乡（镇）", "姓　名", "公民身份号码", "一卡通账号", "奖励金额"]
    neg = negatives_block(r, d, True)
    neg.append(f"本批次资金文件：{d.neg('文号', doc_number(r, '县卫健发'))}，业务流水号{d.neg('serial', '2023' + str(r.randint(10**14, 10**15 - 1)))}。")
    if d.html:
        body = ("<p>根据农村部分计划生育家庭奖励扶助制度，经村级初审、乡级复审、县级审批，以下对象符合条件：</p>"
                + html_table(header, rows, th=False) + "".join(f"<p>{x}</p>" for x in neg))
        return html_page("2024年度农村部分计划生育家庭奖励扶助对象公示", body, date)
    return "奖励扶助对象名单\n" + "\t".join(header) + "\n" + "\n".join("\t".join(x) for x in rows) + "\n" + "\n".join(neg)


def held_relief_form(r, d, date):
    """临时救助: one key-value form table per household."""
    blocks = []
    for _ in range(r.randint(2, 4)):
        name = d.pos("name", make_name(r))
        v = make_id(r, want_x=r.random() < 0.25)
        wid = d.pos("id", id_forms(r, v, True))
        mob = d.pos("mobile", mobile_forms(r, make_mobile(r), True))
        addr = d.pos("address", make_address(r, 2))
        pairs = [("申请人", name), ("身份证号码", wid), ("手机号码", mob), ("家庭住址", addr),
                 ("救助事由", r.choice(["因病致困", "突发火灾", "意外伤害"])), ("救助金额", money(r) + "元")]
        if d.html:
            blocks.append("<table>" + "".join(f"<tr><th>{k}</th><td>{v}</td></tr>" for k, v in pairs) + "</table>")
        else:
            blocks.append("\n".join(f"{k}：{v}" for k, v in pairs))
    neg = negatives_block(r, d, True)
    neg.append(f"已办结：申请人赵*，身份证号{d.neg('masked id', masked_id(make_id(r)))}，电话{d.neg('masked mobile', masked_mobile(make_mobile(r)))}。")
    if d.html:
        return html_page("临时救助审批结果公示", "<p>经审核审批，现将临时救助对象公示如下：</p>" + "".join(blocks)
                         + "".join(f"<p>{x}</p>" for x in neg), date)
    return "临时救助审批结果公示\n" + "\n\n".join(blocks) + "\n" + "\n".join(neg)


def held_prose(r, d, date):
    """A notice in running text with hyphenated and prefixed numbers."""
    paras = []
    for _ in range(r.randint(2, 4)):
        name = make_name(r)
        d.opt("name", name)
        v = make_id(r, want_x=r.random() < 0.3)
        wid = d.pos("id", id_forms(r, v, True))
        mob = d.pos("mobile", mobile_forms(r, make_mobile(r), True))
        card = d.pos("bank", card_forms(r, make_card(r), True))
        paras.append(r.choice([
            f"经核查，{name}（公民身份号码{wid}）符合特困人员供养条件，供养金将打入其社保卡账户{card}，如有疑问请联系本人电话{mob}。",
            f"兹有我镇村民{name}，身份证：{wid}，联系方式：{mob}，申请高龄津贴，发放账号：{card}。",
            f"退役军人{name}同志，证件号码为{wid}，手机{mob}，优待金已通过{card}卡号发放。"]))
    paras.append(f"举报受理电话：{d.neg('office phone', office_phone(r))}；传真：{d.neg('fax', office_phone(r))}；"
                 f"政务服务热线12345。订单号{d.neg('order number', str(r.randint(10**17, 10**18 - 1)))}。")
    paras.append(f"项目代码：{d.neg('project code', '2304-530902-04-01-' + str(r.randint(100000, 999999)))}，"
                 f"合同编号{d.neg('contract number', 'HT' + str(r.randint(10**15, 10**16 - 1)))}，"
                 f"登记序号{d.neg('bad id', bad_id(r))}。")
    paras += negatives_block(r, d, True)
    return prose_page(d, "关于发放2024年度优待金的通知", paras, date)


def held_csv(r, d, date):
    """An attachment read as CSV (xls2csv), quoted cells and commas."""
    rows = []
    for i in range(r.randint(4, 8)):
        name = d.pos("name", make_name(r))
        v = make_id(r, want_x=r.random() < 0.25)
        wid = d.pos("id", id_forms(r, v, True))
        mob = d.pos("mobile", mobile_forms(r, make_mobile(r), True))
        rows.append([str(i + 1), name, wid, mob, f"{r.randint(1, 9)}000"])
    header = ["序号", "姓名", "身份证号码", "联系电话", "救助金额"]
    out = ["附件1：2024年第二季度困难群众救助金发放花名册", ",".join(f'"{h}"' for h in header)]
    out += [",".join(f'"{c}"' for c in row) for row in rows]
    out += negatives_block(r, d, True)
    out.append(f"统计：{d.neg('statistic', '95.61%')}，{d.neg('date', '20240411')}，批次号{d.neg('bad id', bad_id(r))}")
    return "\n".join(out)


def held_report(r, d, date):
    """政府信息公开年度报告: only numbers that are not personal."""
    lines = ["2023年度政府信息公开工作年度报告",
             f"本机关全年主动公开政府信息{r.randint(100, 9999)}条，其中规范性文件{r.randint(1, 60)}件。",
             f"收到政府信息公开申请{r.randint(1, 300)}件，办结率{r.randint(90, 100)}.{r.randint(0, 99):02d}%。",
             f"统一社会信用代码：{d.neg('USCC', make_uscc(r))}。",
             f"行政许可{r.randint(1000, 99999)}件，行政处罚{r.randint(10, 999)}件，罚没金额{d.neg('amount', str(r.randint(1000000, 99999999)))}元。",
             f"政务新媒体账号ID：{d.neg('account id', 'gh_' + str(r.randint(10**11, 10**12 - 1)))}，"
             f"公网安备{d.neg('filing', '5309' + str(r.randint(10**9, 10**10 - 1)))}号。",
             f"机构代码{d.neg('org code', str(r.randint(10**7, 10**8 - 1)) + '-' + str(r.randint(0, 9)))}，"
             f"网站访问量{d.neg('counter', str(r.randint(10**9, 10**10 - 1)))}次。"]
    lines += negatives_block(r, d, True)
    return prose_page(d, "2023年度政府信息公开工作年度报告", lines, date)


HELDOUT = [held_property, held_family, held_relief_form, held_prose, held_csv, held_report]


# ---------------------------------------------------------------- fresh set
# Written after the fixes made with the tune and held-out sets, and evaluated without tuning on it.

def fresh_caption_table(r, d, date):
    """医疗救助 list whose first row is a caption spanning the table; the header is the second row."""
    rows = []
    for i in range(r.randint(4, 8)):
        name = d.pos("name", make_name(r))
        wid = d.pos("id", id_forms(r, make_id(r, want_x=r.random() < 0.2), r.random() < 0.5))
        mob = d.pos("mobile", mobile_forms(r, make_mobile(r), r.random() < 0.5))
        rows.append([str(i + 1), name, r.choice(["男", "女"]), wid, mob, f"{r.randint(500, 20000)}.00"])
    header = ["序号", "救助对象姓名", "性别", "身份证号码", "手机号码", "救助金额（元）"]
    table = ['<table border="1">', f'<tr><td colspan="6">{date[:4]}年第{r.randint(1, 4)}季度医疗救助对象名单</td></tr>',
             "<tr>" + "".join(f"<td>{h}</td>" for h in header) + "</tr>"]
    table += ["<tr>" + "".join(f"<td>{c}</td>" for c in row) + "</tr>" for row in rows]
    table.append("</table>")
    neg = negatives_block(r, d, True)
    if d.html:
        return html_page("医疗救助对象公示", "<p>现将医疗救助对象予以公示：</p>" + "\n".join(table)
                         + "".join(f"<p>{x}</p>" for x in neg), date)
    return ("医疗救助对象公示\n" + f"{date[:4]}年医疗救助对象名单\n" + "\t".join(header) + "\n"
            + "\n".join("\t".join(x) for x in rows) + "\n" + "\n".join(neg))


def fresh_prose(r, d, date):
    """Notices in running text: 身份证号码为, ASCII colons, brackets."""
    paras = []
    for _ in range(r.randint(2, 4)):
        name = make_name(r)
        d.opt("name", name)
        wid = d.pos("id", id_forms(r, make_id(r, want_x=r.random() < 0.3), True))
        mob = d.pos("mobile", mobile_forms(r, make_mobile(r), True))
        paras.append(r.choice([
            f"我局于近日收到{name}（身份证号码为{wid}）提交的政府信息公开申请，因无法联系申请人（手机号码是{mob}），现予公告送达。",
            f"遗失声明：{name}不慎遗失残疾人证，证号【{wid}】，声明作废。联系人手机:{mob}。",
            f"公告送达：受送达人{name}，身份证号:{wid}，电话:{mob}，请于公告之日起60日内领取《行政复议决定书》。"]))
    paras.append(f"本机关地址：{r.choice(STREETS)}{r.randint(1, 99)}号，邮编{d.neg('postcode', str(r.randint(500000, 679999)))}，"
                 f"电话{d.neg('office phone', office_phone(r))}。")
    paras += negatives_block(r, d, False)
    return prose_page(d, "公告", paras, date)


def fresh_license(r, d, date):
    """行政许可 公示: companies (USCC, not personal) and 个体工商户 operators (IDs)."""
    rows = []
    for i in range(r.randint(4, 8)):
        if r.random() < 0.5:
            rows.append([str(i + 1), r.choice(["临沧", "南京", "宝鸡"]) + r.choice(["华泰", "兴达", "恒源"]) + "商贸有限公司",
                         d.neg("USCC", make_uscc(r)), make_name(r), "—", "食品经营许可"])
        else:
            owner = make_name(r)
            rows.append([str(i + 1), owner + "便民超市", "—", d.pos("name", owner),
                         d.pos("id", make_id(r, want_x=r.random() < 0.2)), "食品经营许可"])
    header = ["序号", "行政相对人名称", "统一社会信用代码", "法定代表人", "法定代表人证件号码", "许可类别"]
    for row in rows:
        if row[4] == "—":
            d.opt("name", row[3])
    neg = negatives_block(r, d, False)
    neg.append(f"许可证编号：{d.neg('licence number', 'JY1' + str(r.randint(10**12, 10**13 - 1)))}")
    if d.html:
        return html_page("行政许可信息公示", html_table(header, rows) + "".join(f"<p>{x}</p>" for x in neg), date)
    return "\t".join(header) + "\n" + "\n".join("\t".join(x) for x in rows) + "\n" + "\n".join(neg)


def fresh_pdf_layout(r, d, date):
    """A PDF attachment read with pdftotext -layout: columns separated by runs of spaces."""
    rows = []
    for i in range(r.randint(4, 8)):
        name = d.pos("name", make_name(r))
        wid = d.pos("id", make_id(r, want_x=r.random() < 0.2))
        card = d.pos("bank", make_card(r))
        rows.append(f"  {i + 1:<4}{name:<6}{wid:<22}{card:<24}{r.randint(1, 9)}00")
    out = ["附件2", "      2024年度高龄津贴发放花名册", "  序号  姓名      身份证号码              银行账号                  金额"]
    out += rows
    out += negatives_block(r, d, True)
    return "\n".join(out)


def fresh_procurement(r, d, date):
    """采购/招标 pages: only organisation numbers and accounts (negatives)."""
    lines = [f"项目编号：{d.neg('project number', 'LCZC' + str(r.randint(10**11, 10**12 - 1)))}",
             f"采购预算：{d.neg('amount', str(r.randint(100000, 9999999)))}元，成交金额{r.randint(100000, 999999)}.{r.randint(0, 99):02d}元。",
             f"供应商名称：某某科技有限公司，统一社会信用代码：{d.neg('USCC', make_uscc(r))}。",
             f"开户名称：某某科技有限公司，开户银行：中国建设银行临沧分行，账号：{d.neg('corporate account', '5305' + str(r.randint(10**15, 10**16 - 1)))}。",
             f"采购人：{r.choice(['临沧市教育体育局', '于都县卫生健康委员会'])}，联系人：王工，联系电话：{d.neg('office phone', office_phone(r))}。",
             f"招标文件编号：{d.neg('tender number', str(r.randint(10**17, 10**18 - 1)))}，"
             f"保证金缴纳账户：{d.neg('deposit account', '53001' + str(r.randint(10**14, 10**15 - 1)))}。",
             f"发布日期：{date}，公告期限：{d.neg('date span', '2024-05-06至2024-05-13')}。"]
    lines += negatives_block(r, d, True)
    return prose_page(d, "成交结果公告", lines, date)


FRESH = [fresh_caption_table, fresh_prose, fresh_license, fresh_pdf_layout, fresh_procurement]


def generate(which, seed, count):
    r = random.Random(f"{seed}-{which}")
    templates = {"tune": TUNE, "heldout": HELDOUT, "fresh": FRESH}[which]
    docs = []
    for i in range(count):
        t = templates[i % len(templates)]
        html = t not in (tune_land, held_csv, fresh_pdf_layout) and r.random() < 0.6
        d = Doc(t.__name__, html)
        date = f"{r.randint(2021, 2025)}-{r.randint(1, 12):02d}-{r.randint(1, 28):02d}"
        d.date = date
        d.content = t(r, d, date)
        docs.append(d)
    return docs


# ---------------------------------------------------------------- scoring

RULE_KIND = {"pii.id_card": "id", "pii.id_card_15": "id15", "pii.mobile": "mobile", "pii.bank_card": "bank",
             "pii.landline": "landline", "pii.address": "address", "pii.name": "name"}
KINDS = ["id", "id15", "bank", "mobile", "address", "name"]


def fold(s):
    s = unicodedata.normalize("NFKC", s)
    return "".join(c for c in s if c not in " -+()（）\u3000").upper()


def same(kind, planted, found):
    p, f = fold(planted), fold(found)
    if kind == "mobile":
        if p.startswith("86") and len(p) == 13:
            p = p[2:]
        if f.startswith("86") and len(f) == 13:
            f = f[2:]
    if kind == "address":
        return p == f or (len(f) >= 6 and (f in p or p in f))
    return p == f


def is_masked(kind, text, suggestion):
    if not suggestion or suggestion == text:
        return False
    if kind == "address":
        return len(suggestion) < len(text)
    return "*" in suggestion or "某" in suggestion


def scan(govwatch, doc, workdir):
    path = os.path.join(workdir, "page.html" if doc.html else "page.txt")
    with open(path, "w", encoding="utf-8") as f:
        f.write(doc.content)
    cmd = [govwatch, "scan-text", path, "--at", doc.date] + (["--html"] if doc.html else [])
    out = subprocess.run(cmd, capture_output=True, text=True, check=True).stdout
    return [json.loads(x) for x in out.splitlines() if x.strip()]


def evaluate(govwatch, which, seed, count, show):
    docs = generate(which, seed, count)
    stats = {k: {"tp": 0, "fn": 0, "fp": 0, "masked": 0} for k in KINDS + ["landline", "other"]}
    severe_fp = 0
    errors = []
    with tempfile.TemporaryDirectory() as workdir:
        for doc in docs:
            findings = [f for f in scan(govwatch, doc, workdir) if f["check"] == "pii"]
            used = set()
            for kind, planted in doc.positives:
                hit = None
                for i, f in enumerate(findings):
                    if i not in used and RULE_KIND.get(f["rule"]) == kind and same(kind, planted, f["text"]):
                        hit = i
                        break
                if hit is None:
                    stats[kind]["fn"] += 1
                    errors.append(f"FN {which}/{doc.kind}{' html' if doc.html else ''} {kind}: {planted}")
                else:
                    used.add(hit)
                    stats[kind]["tp"] += 1
                    if is_masked(kind, findings[hit]["text"], findings[hit]["suggestion"]):
                        stats[kind]["masked"] += 1
                    else:
                        errors.append(f"UNMASKED {kind}: {findings[hit]['text']} -> {findings[hit]['suggestion']!r}")
            for i, f in enumerate(findings):
                if i in used:
                    continue
                kind = RULE_KIND.get(f["rule"], "other")
                if any(k == kind and same(k, w, f["text"]) for k, w in doc.optional):
                    continue
                stats[kind]["fp"] += 1
                if f["severity"] == "severe":
                    severe_fp += 1
                why = [w for w, x in doc.negatives if fold(f["text"]) in fold(x) or fold(x) in fold(f["text"])]
                errors.append(f"FP {which}/{doc.kind}{' html' if doc.html else ''} {f['rule']} {f['severity']}: "
                              f"{f['text']!r} -> {f['suggestion']!r} planted negative: {why or '-'}")
    print(f"== {which}: {len(docs)} pages (seed {seed}), "
          f"{sum(len(d.positives) for d in docs)} planted positives, {sum(len(d.negatives) for d in docs)} planted negatives")
    print(f"{'kind':10s} {'TP':>5s} {'FN':>5s} {'FP':>5s} {'precision':>10s} {'recall':>8s} {'masked':>8s}")
    total = {"tp": 0, "fn": 0, "fp": 0, "masked": 0}
    for k, s in stats.items():
        if s["tp"] + s["fn"] + s["fp"] == 0:
            continue
        for key in total:
            total[key] += s[key]
        print(row(k, s))
    print(row("overall", total))
    print(f"severe-level false positives: {severe_fp}")
    if show:
        for e in errors:
            print("  " + e)
    return total


def row(name, s):
    p = s["tp"] / (s["tp"] + s["fp"]) if s["tp"] + s["fp"] else float("nan")
    rec = s["tp"] / (s["tp"] + s["fn"]) if s["tp"] + s["fn"] else float("nan")
    m = f"{s['masked']}/{s['tp']}"
    return f"{name:10s} {s['tp']:5d} {s['fn']:5d} {s['fp']:5d} {p:10.3f} {rec:8.3f} {m:>8s}"


def main(argv):
    if len(argv) < 3 or argv[1] not in ("eval", "dump"):
        print(__doc__)
        return 2
    opts = {"--set": "both", "--seed": "20261129", "--docs": "60"}
    show = "--show-errors" in argv
    args = [a for a in argv[3:] if a != "--show-errors"]
    for k, v in zip(args[::2], args[1::2]):
        opts[k] = v
    sets = {"both": ["tune", "heldout"], "all": ["tune", "heldout", "fresh"]}.get(opts["--set"], [opts["--set"]])
    if argv[1] == "dump":
        os.makedirs(argv[2], exist_ok=True)
        for which in sets:
            for i, d in enumerate(generate(which, int(opts["--seed"]), int(opts["--docs"]))):
                base = os.path.join(argv[2], f"{which}-{i:03d}-{d.kind}")
                with open(base + (".html" if d.html else ".txt"), "w", encoding="utf-8") as f:
                    f.write(d.content)
                with open(base + ".truth.json", "w", encoding="utf-8") as f:
                    json.dump({"at": d.date, "positives": d.positives, "negatives": d.negatives,
                               "optional": d.optional}, f, ensure_ascii=False, indent=1)
        return 0
    for which in sets:
        evaluate(argv[2], which, int(opts["--seed"]), int(opts["--docs"]), show)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
