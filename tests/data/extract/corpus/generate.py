#!/usr/bin/env python3
"""Writes the extraction accuracy corpus: tests/data/extract/corpus/<name>.html and manifest.json.

Each page reproduces a layout seen on Chinese government sites (TRS WCM, 大汉 hanweb, 开普云 Ucap,
the 集约化平台 templates, old nested-table pages in GBK, modern div pages, 信息公开目录 pages, list
pages of every common shape, empty columns, homepages). The expected facts of a page are written
by hand next to its markup — what a person reading the page in a browser would answer — never
taken from the extractor. The HTML files are committed; re-run this script only after editing it:

    python3 tests/data/extract/corpus/generate.py
"""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from corpus_writer import add_page, write_pages  # noqa: E402

HERE = os.path.dirname(os.path.abspath(__file__))
PAGES = []


# ---------------------------------------------------------------- footers (identity variants) --
def footer(variant, code, icp, psb, badge=True, jiucuo=True):
    """Returns (html, expected identity). `variant` picks the markup shape."""
    badge_html = ('<a href="https://bszs.conac.cn/sitename?method=show&amp;id=%s" target="_blank">'
                  '<img src="/images/red.png" alt=""></a>' % code) if badge else ''
    jc_html = ('<a href="https://zfwzgl.www.gov.cn/exposure/jiucuo.html?site_code=%s&amp;url=x">'
               '<img src="/images/jiucuo.png" alt=""></a>' % code) if jiucuo else ''
    psb_digits = psb[psb.index("备") + 1:-1].strip() if psb else ''
    psb_prov = psb[:1] if psb else ''
    if variant == 'a':  # one line, full-width colon and ideographic spaces
        html = ('<div class="footer"><p>主办单位：%s　承办：信息中心</p>'
                '<p>网站标识码：%s　<a href="https://beian.miit.gov.cn/">%s</a>　%s</p><p>%s %s</p></div>'
                % ('县人民政府办公室', code, icp, psb, badge_html, jc_html))
    elif variant == 'b':  # no colon after 网站标识码, police number in a link with an icon
        html = ('<div id="foot"><div class="w1200"><span>版权所有：市人民政府</span><br>'
                '<span>网站标识码%s</span> <span>ICP备案号：<a href="http://beian.miit.gov.cn">%s</a></span><br>'
                '<a href="http://www.beian.gov.cn/portal/registerSystemInfo?recordcode=%s">'
                '<img src="/images/ga.png">%s</a></div><div class="dzjg">%s%s</div></div>'
                % (code, icp, psb_digits, psb, badge_html, jc_html))
    elif variant == 'c':  # old table footer with <font>, half-width colons, 公安机关备案号 label
        html = ('<table width="1000" align="center" class="bottom"><tr><td align="center">'
                '<font color="#666666">主办：区人民政府办公室 &nbsp;联系电话：0871-12345678<br>'
                '网站标识码:%s &nbsp; %s &nbsp; 公安机关备案号：%s</font></td>'
                '<td width="120">%s</td><td width="120">%s</td></tr></table>'
                % (code, icp, psb, badge_html, jc_html))
    elif variant == 'd':  # modern footer element, spaced police number, 我为政府网站找错 text link
        html = ('<footer class="site-footer"><div class="links"><a href="/wzdt/">网站地图</a> '
                '<a href="/lxwm/">联系我们</a></div><p>Copyright © 2022 版权所有</p>'
                '<p>网站标识码：%s</p><p><a href="https://beian.miit.gov.cn">%s</a></p>'
                '<p><img src="/img/police.png" alt="">%s公网安备 %s号</p>%s%s</footer>'
                % (code, icp, psb_prov, psb_digits, badge_html,
                   '<a href="/jiucuo/">我为政府网站找错</a>' if jiucuo else ''))
    else:
        raise ValueError(variant)
    ident = {"site_code": code, "icp": icp, "psb": psb, "party_badge": badge, "error_report_entry": jiucuo}
    return html, ident


def add(name, html, expected, encoding='utf-8'):
    add_page(PAGES, name, html, expected, encoding)


def sidebar(heading, items, cls="side"):
    lis = ''.join('<li><a href="%s">%s</a><span>%s</span></li>' % (u, t, d) for u, t, d in items)
    return '<div class="%s"><div class="hd">%s</div><ul>%s</ul></div>' % (cls, heading, lis)


BODY_P = ('<p>为深入贯彻落实党中央、国务院决策部署，进一步提升政务公开工作质量，结合本地实际，现就有关事项通知如下。</p>'
          '<p>一、提高思想认识。各单位要充分认识做好此项工作的重要意义，切实加强组织领导，明确责任分工，确保各项任务落到实处。</p>'
          '<p>二、突出工作重点。围绕群众关切，及时准确发布政策文件、解读材料和办事指南，做好政策咨询答复工作。</p>'
          '<p>三、强化督促检查。县政府办公室将定期开展检查，对工作落实不力的单位进行通报。</p>')

# ------------------------------------------------------------------------------ articles --

# 1 TRS WCM: meta PubDate, info bar, right sidebar with newer related articles.
f, ident = footer('a', '5329010001', '滇ICP备05001234号-1', '滇公网安备53290102000123号')
add('trs_meta_pubdate', f'''<!DOCTYPE html><html><head><meta charset="utf-8">
<meta name="SiteName" content="大理市人民政府"><meta name="PubDate" content="2022-03-01 10:20">
<meta name="ColumnName" content="工作动态"><title>大理市召开2022年安全生产工作会议_工作动态_大理市人民政府</title></head>
<body><div class="header"><a href="/">首页</a><a href="/zwgk/">政务公开</a></div>
<div class="position">您现在的位置：<a href="/">首页</a> &gt; <a href="../../">工作动态</a></div>
<div class="main"><div class="article"><h1>大理市召开2022年安全生产工作会议</h1>
<div class="info">发布时间：2022-03-01 10:20　来源：市应急管理局　字号：[大 中 小]</div>
<div class="TRS_Editor">{BODY_P}</div></div>
{sidebar("相关文章", [("./t20220315_2.html", "大理市开展消防安全大检查", "2022-03-15"), ("./t20220310_1.html", "大理市部署森林防火工作", "2022-03-10")])}
</div>{f}</body></html>''', {"url": "http://www.dali.gov.cn/dlsrmzf/c101/202203/t20220301_123.html",
                              "publish_date": "2022-03-01", "is_list_page": False, "identity": ident,
                              "column_type": "动态要闻"})

# 2 TRS without meta; left sidebar of newer news comes first in document order; 年月日 date.
f, ident = footer('b', '5329310001', '滇ICP备05004321号', '滇公网安备53293102000078号')
add('trs_left_sidebar_cn_date', f'''<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<title>关于做好2022年春季学期学生资助工作的通知-鹤庆县人民政府</title></head><body>
<div class="nav"><ul><li><a href="/">网站首页</a></li><li><a href="/xxgk/">信息公开</a></li></ul></div>
<div class="con"><div class="left">{sidebar("最新信息", [("/hqxrmzf/c1/202203/t20220320_9.html", "鹤庆县召开县委常委会会议", "2022-03-20"), ("/hqxrmzf/c1/202203/t20220318_8.html", "鹤庆县开展植树节活动", "2022-03-18"), ("/hqxrmzf/c1/202203/t20220317_7.html", "鹤庆县春耕备耕有序推进", "2022-03-17")], "leftlist")}</div>
<div class="right"><div class="title">关于做好2022年春季学期学生资助工作的通知</div>
<div class="property"><span>发布时间：2022年3月8日</span><span>信息来源：县教育体育局</span></div>
<div class="content">{BODY_P}<p>附件：<a href="./P020220308.docx">资助申请表.docx</a></p></div></div></div>
{f}</body></html>''', {"url": "http://www.heqing.gov.cn/hqxrmzf/c102/202203/t20220308_456.html",
                        "publish_date": "2022-03-08", "is_list_page": False, "identity": ident})

# 3 TRS: URL says 0301 but the page says it was published 0302 (a re-publication).
f, ident = footer('a', '5329220001', '滇ICP备05002211号', '滇公网安备53292202000012号', badge=False)
add('trs_url_disagrees', f'''<html><head><meta charset="utf-8"><title>漾濞县2022年农村危房改造对象公示</title></head><body>
<div class="top"><a href="/">首页</a></div><div class="wrap"><h1>漾濞县2022年农村危房改造对象公示</h1>
<p class="source">来源：县住房和城乡建设局 &nbsp; 发布日期：2022-03-02</p>
<div id="zoom"><p>根据农村危房改造工作要求，经农户申请、村民会议评议、乡镇审核，现将2022年拟改造对象予以公示。</p>
<table border="1"><tr><th>姓名</th><th>村委会</th><th>改造方式</th></tr><tr><td>李某某</td><td>平坡村</td><td>加固</td></tr></table>
<p>公示期为2022年3月2日至2022年3月8日。</p></div></div>{f}</body></html>''',
    {"url": "http://www.yangbi.gov.cn/ybxrmzf/c1/202203/t20220301_77.html", "publish_date": "2022-03-02",
     "is_list_page": False, "identity": ident})

# 4 Old nested-table layout in GBK with <font>; left column lists newer items first.
f, ident = footer('c', '5329260001', '滇ICP备06001111号', '滇公网安备53292602000001号')
add('old_table_gbk_article', f'''<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312">
<title>南涧县人民政府--关于2021年度财政预算执行情况的公告</title></head>
<body topmargin="0"><table width="1000" border="0" align="center" cellpadding="0" cellspacing="0"><tr><td>
<table width="100%"><tr><td><img src="images/top.jpg"></td></tr></table>
<table width="100%"><tr><td width="240" valign="top">
  <table width="100%" class="ksdh"><tr><td><font color="#990000"><b>最新更新</b></font></td></tr>
  <tr><td>·<a href="/news/2022/0110.htm">南涧县召开经济工作会议</a> <font color="#999999">2022-01-10</font></td></tr>
  <tr><td>·<a href="/news/2022/0105.htm">南涧县元旦期间安全检查</a> <font color="#999999">2022-01-05</font></td></tr></table>
</td><td valign="top"><table width="100%"><tr><td align="center" height="50"><font size="4" color="#CC0000"><b>关于2021年度财政预算执行情况的公告</b></font></td></tr>
<tr><td align="center"><font color="#666666">【发布日期】2021-12-30 &nbsp;【来源】县财政局 &nbsp;【字体：<a href="#">大</a> <a href="#">中</a> <a href="#">小</a>】</font></td></tr>
<tr><td class="content"><font size="3">{BODY_P}</font></td></tr></table></td></tr></table>
{f}</td></tr></table></body></html>''',
    {"url": "http://www.nanjian.gov.cn/xxgk/cz/2021/1230a.htm", "publish_date": "2021-12-30",
     "is_list_page": False, "identity": ident}, encoding='gbk')

# 5 大汉 hanweb article: art_ URL, <!--<$[…]>begin--> comments, 发布日期 in a table.
f, ident = footer('b', '3301000001', '浙ICP备05020088号', '浙公网安备33010302000088号')
add('hanweb_art_table', f'''<html><head><meta charset="utf-8">
<meta name="ArticleTitle" content="杭州市人民政府办公厅关于印发杭州市数字政府建设实施方案的通知">
<title>杭州市人民政府办公厅关于印发杭州市数字政府建设实施方案的通知</title></head><body>
<div class="header"><a href="/">首页</a> <a href="/col/col1229063366/index.html">政策文件</a></div>
<table width="1000" align="center"><tr><td>
<table class="xxgk_table" width="100%"><tr><td width="12%">索引号：</td><td>002489379/2022-00045</td><td width="12%">发布机构：</td><td>市政府办公厅</td></tr>
<tr><td>文号：</td><td>杭政办函〔2022〕9号</td><td>发布日期：</td><td>2022-03-09</td></tr></table>
<div class="title"><!--<$[标题名称]>begin-->杭州市人民政府办公厅关于印发杭州市数字政府建设实施方案的通知<!--<$[标题名称]>end--></div>
<div id="zoom"><!--<$[信息内容]>begin-->{BODY_P}<p align="right">杭州市人民政府办公厅</p><p align="right">2022年3月7日</p><!--<$[信息内容]>end--></div>
</td></tr></table>{f}</body></html>''',
    {"url": "http://www.hangzhou.gov.cn/art/2022/3/9/art_1229063382_1813412.html", "publish_date": "2022-03-09",
     "is_list_page": False, "identity": ident})

# 6 hanweb in GBK without any charset declaration; date with a time in a <td>.
f, ident = footer('c', '3302000001', '浙ICP备05031188号', '浙公网安备33020302000123号', jiucuo=False)
add('hanweb_gbk_nometa', f'''<html><head><title>宁波市2022年春运工作总结</title></head><body>
<table width="980" align="center"><tr><td class="bt" align="center">宁波市2022年春运工作总结</td></tr>
<tr><td align="center">发布日期：2022-02-17 16:02　浏览次数：<script>document.write(123)</script>　信息来源：市交通局</td></tr>
<tr><td><div id="zoom"><p>2022年春运从1月17日开始，至2月25日结束，共40天。全市道路、水路、铁路、航空累计发送旅客数量同比下降。</p>{BODY_P}</div></td></tr></table>
{f}</body></html>''',
    {"url": "http://www.ningbo.gov.cn/art/2022/2/17/art_1229099768_59034.html", "publish_date": "2022-02-17",
     "is_list_page": False, "identity": ident}, encoding='gbk')

# 7 开普云 Ucap article: meta ArticleTitle/PubDate/ContentSource, spans in an info bar.
f, ident = footer('d', '4401000058', '粤ICP备05080322号', '粤公网安备44010402002128号')
add('ucap_meta_article', f'''<!DOCTYPE html><html lang="zh"><head><meta charset="UTF-8">
<meta name="ArticleTitle" content="广州市关于进一步做好稳就业工作的通知"><meta name="PubDate" content="2022-03-10 17:30">
<meta name="ContentSource" content="广州市人力资源和社会保障局"><meta name="ColumnName" content="通知公告"><meta name="ColumnType" content="通知公告">
<title>广州市关于进一步做好稳就业工作的通知 - 广州市人民政府门户网站</title></head><body>
<header class="g-header"><nav><a href="/">首页</a><a href="/zwgk/">政务公开</a></nav></header>
<div class="g-main"><div class="m-article"><h1 class="title">广州市关于进一步做好稳就业工作的通知</h1>
<div class="m-info"><span>时间：2022-03-10</span><span>来源：广州市人力资源和社会保障局</span></div>
<div class="m-content">{BODY_P}</div></div>
<aside class="m-side">{sidebar("热点信息", [("/zwgk/tzgg/content/post_8123999.html", "广州市2022年积分制入户申请指南", "2022-03-21")], "rdxx")}</aside></div>
{f}</body></html>''',
    {"url": "http://www.gz.gov.cn/zwgk/tzgg/content/post_8123456.html", "publish_date": "2022-03-10",
     "is_list_page": False, "identity": ident, "column_type": "通知公告"})

# 8 Ucap without meta: dotted date after the label.
f, ident = footer('a', '4403000001', '粤ICP备05078765号', '粤公网安备44030402001133号')
add('ucap_dotted_date', f'''<html><head><meta charset="utf-8"><title>深圳市龙华区2022年民生实事项目征集公告</title></head><body>
<div class="header"><a href="/">首页</a></div><div class="container"><div class="article">
<div class="tit">深圳市龙华区2022年民生实事项目征集公告</div>
<div class="fbxx">发布日期：2022.03.11 &nbsp;&nbsp; 来源：区发展和改革局</div>
<div class="news_cont_d_wrap">{BODY_P}</div></div></div>{f}</body></html>''',
    {"url": "http://www.szlhq.gov.cn/xxgk/tzgg/content/post_9623411.html", "publish_date": "2022-03-11",
     "is_list_page": False, "identity": ident})

# 9 政府网站集约化平台 article: the full meta set.
f, ident = footer('d', '5300000045', '滇ICP备05000007号', '滇公网安备53010202000123号')
add('jiyue_meta_article', f'''<!DOCTYPE html><html><head><meta charset="utf-8">
<meta name="SiteName" content="云南省人民政府"><meta name="SiteDomain" content="www.yn.gov.cn"><meta name="SiteIDCode" content="5300000045">
<meta name="ColumnName" content="政策解读"><meta name="ColumnDescription" content="政策解读"><meta name="ColumnKeywords" content="政策解读">
<meta name="ColumnType" content="政策解读"><meta name="ArticleTitle" content="一图读懂云南省2022年政府工作报告"><meta name="PubDate" content="2022-03-12 09:00">
<meta name="ContentSource" content="省政府办公厅"><meta name="Keywords" content="政府工作报告"><meta name="Author" content="省政府办公厅">
<meta name="Description" content="一图读懂"><meta name="Url" content="http://www.yn.gov.cn/zwgk/zcjd/tjjd/202203/t20220312_238000.html">
<title>一图读懂云南省2022年政府工作报告_图解解读_云南省人民政府门户网站</title></head><body>
<div class="top"><a href="/">首页</a></div><div class="crumbs">当前位置：首页 &gt; 政务公开 &gt; 政策解读</div>
<div class="detail"><h1>一图读懂云南省2022年政府工作报告</h1><div class="detail-info">2022-03-12 09:00　来源：省政府办公厅</div>
<div class="view">{BODY_P}<p><img src="./W020220312.jpg"></p></div></div>{f}</body></html>''',
    {"url": "http://www.yn.gov.cn/zwgk/zcjd/tjjd/202203/t20220312_238000.html", "publish_date": "2022-03-12",
     "is_list_page": False, "identity": ident, "column_type": "政策解读"})

# 10 集约化 art_ URL with single-digit month/day folders, 日期 label only.
f, ident = footer('a', '3301000001', '浙ICP备05020088号', '浙公网安备33010302000088号', badge=False)
add('jiyue_art_url_label', f'''<html><head><meta charset="utf-8"><meta name="ColumnName" content="部门动态">
<title>市市场监管局开展3·15国际消费者权益日主题活动</title></head><body>
<div class="menu"><a href="/">首页</a> <a href="/col/col1229/">部门动态</a></div>
<div class="main"><h2 class="art-title">市市场监管局开展3·15国际消费者权益日主题活动</h2>
<div class="art-info">日期：2022-03-14　来源：市市场监管局</div><div class="art-content">{BODY_P}</div></div>{f}</body></html>''',
    {"url": "http://www.hangzhou.gov.cn/art/2022/3/14/art_812262_59051236.html", "publish_date": "2022-03-14",
     "is_list_page": False, "identity": ident, "column_type": "动态要闻"})

# 11 信息公开目录 metadata table: 成文日期 before 发布日期; the publish date is 发布日期.
f, ident = footer('b', '5329000001', '滇ICP备05000099号', '滇公网安备53290102000001号')
add('gkml_cwrq_then_fbrq', f'''<html><head><meta charset="utf-8"><title>大理州人民政府关于公布2022年度州级行政许可事项清单的通知</title></head><body>
<div class="head"><a href="/">首页</a></div><div class="gkml">
<table class="xxgk-meta"><tr><th>索引号：</th><td>11532900015198720X/2022-00123</td><th>主题分类：</th><td>综合政务</td></tr>
<tr><th>发布机构：</th><td>大理州人民政府</td><th>成文日期：</th><td>2022-02-25</td></tr>
<tr><th>文　　号：</th><td>大政发〔2022〕5号</td><th>发布日期：</th><td>2022-03-01</td></tr>
<tr><th>有效性：</th><td>有效</td><th></th><td></td></tr></table>
<h1>大理州人民政府关于公布2022年度州级行政许可事项清单的通知</h1><div class="zw">{BODY_P}<p align="right">大理州人民政府</p><p align="right">2022年2月25日</p></div></div>{f}</body></html>''',
    {"url": "http://www.dali.gov.cn/dlrmzf/xxgkml/202203/t20220301_600100.html", "publish_date": "2022-03-01",
     "is_list_page": False, "identity": ident})

# 12 信息公开 table with 成文日期 first and 公开日期 (not 发布日期).
f, ident = footer('c', '5329240001', '滇ICP备05000123号', '滇公网安备53292402000001号')
add('gkml_gkrq_label', f'''<html><head><meta charset="utf-8"><title>祥云县2022年政府信息公开工作要点</title></head><body>
<div class="top"><a href="/">首页</a></div><table class="gk_table" width="100%">
<tr><td>索 引 号：</td><td>015189722/2022-0031</td><td>发布机构：</td><td>祥云县人民政府办公室</td></tr>
<tr><td>成文日期：</td><td>2022年2月20日</td><td>公开日期：</td><td>2022年2月22日</td></tr></table>
<div class="article"><h1>祥云县2022年政府信息公开工作要点</h1><div class="text">{BODY_P}</div></div>{f}</body></html>''',
    {"url": "http://www.xiangyun.gov.cn/xyxrmzf/c104/202202/3f9e2a7b1c.shtml", "publish_date": "2022-02-22",
     "is_list_page": False, "identity": ident})

# 13 Government document with the date only in its 落款, in Chinese numerals; earlier dates in the body.
f, ident = footer('a', '5329230001', '滇ICP备05008888号', '滇公网安备53292302000005号')
add('luokuan_chinese_numerals', f'''<html><head><meta charset="utf-8"><title>宾川县人民政府关于划定禁止燃放烟花爆竹区域的通告</title></head><body>
<div class="nav"><a href="/">首页</a></div><div class="content-box"><h1>宾川县人民政府关于划定禁止燃放烟花爆竹区域的通告</h1>
<div class="wz"><p>为加强烟花爆竹安全管理，根据《烟花爆竹安全管理条例》，决定自2022年2月28日起在县城规划区内禁止燃放烟花爆竹。</p>{BODY_P}
<p style="text-align:right">宾川县人民政府</p><p style="text-align:right">二〇二二年三月一日</p></div></div>{f}</body></html>''',
    {"url": "http://www.binchuan.gov.cn/bcxrmzf/c102/content_3301.html", "publish_date": "2022-03-01",
     "is_list_page": False, "identity": ident})

# 14 The info bar wins over the 落款.
f, ident = footer('d', '5329230001', '滇ICP备05008888号', '滇公网安备53292302000005号', jiucuo=False)
add('infobar_beats_luokuan', f'''<html><head><meta charset="utf-8"><title>宾川县人民政府关于2022年春季森林防火的通告</title></head><body>
<div class="nav"><a href="/">首页</a></div><div class="content-box"><h1>宾川县人民政府关于2022年春季森林防火的通告</h1>
<div class="info">发布时间：2022-03-04 来源：县政府办</div>
<div class="wz">{BODY_P}<p style="text-align:right">宾川县人民政府</p><p style="text-align:right">二〇二二年三月一日</p></div></div>{f}</body></html>''',
    {"url": "http://www.binchuan.gov.cn/bcxrmzf/c102/content_3309.html", "publish_date": "2022-03-04",
     "is_list_page": False, "identity": ident})

# 15 Modern div page: unlabelled slash date next to the title; sidebar with a later slash date.
f, ident = footer('d', '1100000088', '京ICP备05070218号', '京公网安备11010502030143号')
add('modern_slash_date', f'''<!DOCTYPE html><html><head><meta charset="utf-8"><title>北京市朝阳区2022年重点民生实事 | 朝阳区人民政府</title></head><body>
<header><nav><a href="/">首页</a><a href="/zwgk/">政务公开</a></nav></header>
<main><article><h1>北京市朝阳区2022年重点民生实事</h1><div class="meta"><span class="date">2022/3/7</span> <span class="src">朝阳区政府办</span></div>
<section class="body">{BODY_P}</section></article>
<aside>{sidebar("推荐阅读", [("/zwgk/a/20220320.html", "朝阳区优化营商环境新举措", "2022/3/20")])}</aside></main>{f}</body></html>''',
    {"url": "http://www.bjchy.gov.cn/zwgk/a/4028805a7f1b.html", "publish_date": "2022-03-07",
     "is_list_page": False, "identity": ident})

# 16 The publish line follows the body; the body only names a day without the year.
f, ident = footer('b', '5329270001', '滇ICP备05009911号', '滇公网安备53292702000021号')
add('date_after_body', f'''<html><head><meta charset="utf-8"><title>巍山县开展“学雷锋”志愿服务活动</title></head><body>
<div class="top"><a href="/">首页</a></div><div class="news"><h1>巍山县开展“学雷锋”志愿服务活动</h1>
<div class="txt"><p>3月3日，巍山县组织开展“学雷锋”志愿服务活动，300余名志愿者走上街头。</p>{BODY_P}</div>
<div class="fbsj">（发布时间：2022-03-05　作者：县文明办）</div></div>{f}</body></html>''',
    {"url": "http://www.weishan.gov.cn/wsxrmzf/c103/info_1123.html", "publish_date": "2022-03-05",
     "is_list_page": False, "identity": ident})

# 17 ISO timestamp in article:published_time.
f, ident = footer('d', '3100000004', '沪ICP备05001234号-2', '沪公网安备31010102002017号')
add('iso_meta_time', f'''<!DOCTYPE html><html><head><meta charset="utf-8">
<meta property="article:published_time" content="2022-03-06T08:30:00+08:00"><title>上海市浦东新区推进城市数字化转型 - 浦东新区人民政府</title></head><body>
<header><nav><a href="/">首页</a></nav></header><main><h1>上海市浦东新区推进城市数字化转型</h1>
<div class="content">{BODY_P}</div></main>{f}</body></html>''',
    {"url": "http://www.pudong.gov.cn/zwgk/news/20220306/a1b2c3.html", "publish_date": "2022-03-06",
     "is_list_page": False, "identity": ident})

# 18 时间 with 年月日, a weekday and a reading counter.
f, ident = footer('a', '5329240012', '滇ICP备08001234号', '滇公网安备53292402000013号')
add('cn_date_weekday', f'''<html><head><meta charset="utf-8"><title>祥云县召开2022年第一次县长办公会</title></head><body>
<div class="nav"><a href="/">首页</a></div><div class="article"><div class="article-title">祥云县召开2022年第一次县长办公会</div>
<div class="article-info">时间：2022年03月09日 星期三　阅读次数：1023</div><div class="article-body">{BODY_P}</div></div>{f}</body></html>''',
    {"url": "http://www.xiangyun.gov.cn/xyxrmzf/zwdt/news_20220309a.html", "publish_date": "2022-03-09",
     "is_list_page": False, "identity": ident, "column_type": "动态要闻"})

# 19 Bracketed unlabelled date right under the title.
f, ident = footer('c', '4201000001', '鄂ICP备05003456号', '鄂公网安备42010202000456号')
add('bracket_date', f'''<html><head><meta charset="utf-8"><title>武汉市2022年一季度经济运行情况</title></head><body>
<table width="100%"><tr><td class="dh"><a href="/">首页</a></td></tr></table><div class="w"><h2 class="bt">武汉市2022年一季度经济运行情况</h2>
<div class="rq">[ 2022-03-10 ]</div><div class="nr"><p>2021年全市地区生产总值增长12.2%。</p>{BODY_P}</div></div>{f}</body></html>''',
    {"url": "http://www.wuhan.gov.cn/sy/whyw/a3f901.shtml", "publish_date": "2022-03-10",
     "is_list_page": False, "identity": ident})

# 20 发布于 label.
f, ident = footer('d', '3201000001', '苏ICP备05009090号', '苏公网安备32010202010101号')
add('fabuyu_label', f'''<html><head><meta charset="utf-8"><title>南京市发布2022年重大项目清单</title></head><body>
<header><a href="/">首页</a></header><div class="main"><h1>南京市发布2022年重大项目清单</h1>
<p class="byline">发布于：2022-03-11 15:00 ｜ 南京市发展和改革委员会</p><div class="txt">{BODY_P}</div></div>{f}</body></html>''',
    {"url": "http://www.nanjing.gov.cn/njxx/202203/t20220311_3311.html", "publish_date": "2022-03-11",
     "is_list_page": False, "identity": ident})

# 21 Unlabelled date between 来源 and 作者.
f, ident = footer('a', '5329320001', '滇ICP备05007777号', '滇公网安备53293202000007号')
add('source_date_author', f'''<html><head><meta charset="utf-8"><title>剑川县木雕产业助力乡村振兴</title></head><body>
<div class="nav"><a href="/">首页</a></div><div class="xl"><h1>剑川县木雕产业助力乡村振兴</h1>
<div class="ly">来源：剑川县融媒体中心　2022-03-12　作者：张某</div><div class="zw">{BODY_P}</div></div>{f}</body></html>''',
    {"url": "http://www.jianchuan.gov.cn/jcxrmzf/c1/news/3489.html", "publish_date": "2022-03-12",
     "is_list_page": False, "identity": ident})

# 22 ASCII colon and seconds.
f, ident = footer('b', '6101000001', '陕ICP备05005612号', '陕公网安备61010202000211号')
add('ascii_colon_seconds', f'''<html><head><meta charset="utf-8"><title>西安市关于做好2022年清明节祭扫工作的通告</title></head><body>
<div class="header"><a href="/">首页</a></div><div class="article"><h1>西安市关于做好2022年清明节祭扫工作的通告</h1>
<p class="info">发布时间:2022-03-13 10:20:30 &nbsp; 浏览次数:2011</p><div class="cont">{BODY_P}</div></div>{f}</body></html>''',
    {"url": "http://www.xa.gov.cn/gk/tzgg/6230a5d2f8fd1c0bdc8b52a1.html", "publish_date": "2022-03-13",
     "is_list_page": False, "identity": ident})

# 23 GBK bytes under a UTF-8 label.
f, ident = footer('c', '5329290001', '滇ICP备12003456号-2', '滇公网安备53292902000011号')
add('gbk_labelled_utf8', f'''<html><head><meta charset="utf-8"><title>云龙县2022年春季学期开学安全工作部署</title></head><body>
<table width="960" align="center"><tr><td><a href="/">首页</a></td></tr>
<tr><td align="center"><b>云龙县2022年春季学期开学安全工作部署</b></td></tr>
<tr><td align="center">发布时间：2022年3月15日 来源：县教育体育局</td></tr><tr><td>{BODY_P}</td></tr></table>{f}</body></html>''',
    {"url": "http://www.ylx.gov.cn/ylxrmzf/c100/202203/t20220315_9001.html", "publish_date": "2022-03-15",
     "is_list_page": False, "identity": ident}, encoding='gbk')

# 24 UTF-8 bytes under a gb2312 label.
f, ident = footer('a', '5329280001', '滇ICP备05006543号', '滇公网安备53292802000003号')
add('utf8_labelled_gbk', f'''<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312"><title>洱源县2022年第一批就业见习岗位公告</title></head><body>
<div class="top"><a href="/">首页</a></div><div class="content"><h1>洱源县2022年第一批就业见习岗位公告</h1>
<div class="xx">发布日期：2022-03-16</div><div>{BODY_P}</div></div>{f}</body></html>''',
    {"url": "http://www.eryuan.gov.cn/eyxrmzf/c103/202203/t20220316_2050.html", "publish_date": "2022-03-16",
     "is_list_page": False, "identity": ident})

# 25 Previous/next links carry their own dates below the article.
f, ident = footer('d', '5329010001', '滇ICP备05001234号-1', '滇公网安备53290102000123号')
add('prev_next_dates', f'''<html><head><meta charset="utf-8"><title>大理市召开乡村振兴工作推进会</title></head><body>
<header><a href="/">首页</a></header><div class="article"><h1>大理市召开乡村振兴工作推进会</h1>
<div class="info">2022-03-16 来源：市农业农村局</div><div class="body">{BODY_P}</div>
<div class="pre-next"><p>上一篇：<a href="./t20220320_1.html">大理市部署春耕生产（2022-03-20）</a></p><p>下一篇：<a href="./t20220314_1.html">大理市召开防汛工作会（2022-03-14）</a></p></div></div>{f}</body></html>''',
    {"url": "http://www.dali.gov.cn/dlsrmzf/c101/202203/t20220316_500.html", "publish_date": "2022-03-16",
     "is_list_page": False, "identity": ident})

# 26 A title that contains a date; the page was published earlier.
f, ident = footer('a', '5329250001', '滇ICP备05000777号-1', '滇公网安备53292502000009号')
add('title_contains_date', f'''<html><head><meta charset="utf-8"><title>关于2022年3月1日起调整城乡居民医保缴费标准的通知</title></head><body>
<div class="nav"><a href="/">首页</a></div><div class="article"><h1>关于2022年3月1日起调整城乡居民医保缴费标准的通知</h1>
<div class="info">发布时间：2022-02-25 来源：县医保局</div><div class="body">{BODY_P}</div></div>{f}</body></html>''',
    {"url": "http://www.midu.gov.cn/mdxrmzf/c105/info_9981.html", "publish_date": "2022-02-25",
     "is_list_page": False, "identity": ident})

# 27 No date anywhere but the TRS URL.
f, ident = footer('b', '5329250001', '滇ICP备05000777号-1', '滇公网安备53292502000009号')
add('url_only_date', f'''<html><head><meta charset="utf-8"><title>弥渡县召开春耕备耕工作会</title></head><body>
<div class="nav"><a href="/">首页</a></div><div class="article"><h1>弥渡县召开春耕备耕工作会</h1><div class="body">{BODY_P}</div></div>{f}</body></html>''',
    {"url": "http://www.midu.gov.cn/mdxrmzf/c101/202203/t20220317_99.html", "publish_date": "2022-03-17",
     "is_list_page": False, "identity": ident})

# 28 Only <meta name="PubDate">.
f, ident = footer('c', '5329310001', '滇ICP备05004321号', '滇公网安备53293102000078号')
add('meta_only_date', f'''<html><head><meta charset="utf-8"><meta name="PubDate" content="2022-03-18 08:00:00"><title>鹤庆县部署2022年春季森林防火工作</title></head><body>
<div class="nav"><a href="/">首页</a></div><div class="article"><h1>鹤庆县部署2022年春季森林防火工作</h1><div class="body">{BODY_P}</div></div>{f}</body></html>''',
    {"url": "http://www.heqing.gov.cn/hqxrmzf/c101/info/18.html", "publish_date": "2022-03-18",
     "is_list_page": False, "identity": ident})

# 29 Full-width digits in the date.
f, ident = footer('a', '5329260001', '滇ICP备06001111号', '滇公网安备53292602000001号')
add('fullwidth_digits', f'''<html><head><meta charset="utf-8"><title>南涧县关于开展2022年春季征兵工作的通告</title></head><body>
<div class="nav"><a href="/">首页</a></div><div class="article"><h1>南涧县关于开展2022年春季征兵工作的通告</h1>
<div class="info">发布时间：２０２２－０３－１８　来源：县人武部</div><div class="body">{BODY_P}</div></div>{f}</body></html>''',
    {"url": "http://www.nanjian.gov.cn/njxrmzf/c102/info_0318.html", "publish_date": "2022-03-18",
     "is_list_page": False, "identity": ident})

# 30 Unpadded date with hyphens.
f, ident = footer('d', '3301000001', '浙ICP备05020088号', '浙公网安备33010302000088号')
add('unpadded_hyphen', f'''<html><head><meta charset="utf-8"><title>杭州市西湖区2022年惠企政策兑现指南</title></head><body>
<div class="header"><a href="/">首页</a></div><div class="con"><h1>杭州市西湖区2022年惠企政策兑现指南</h1>
<div class="info">发布日期：2022-3-19 信息来源：区经信局</div><div class="body">{BODY_P}</div></div>{f}</body></html>''',
    {"url": "http://www.hzxh.gov.cn/art/2022/3/19/art_1229_400.html", "publish_date": "2022-03-19",
     "is_list_page": False, "identity": ident})

# 31 Old GBK table page with 录入时间 and a leading left column of dated links.
f, ident = footer('c', '5329330001', '滇ICP备05010001号', '滇公网安备53293302000001号', badge=False, jiucuo=False)
add('old_gbk_lurushijian', f'''<html><head><meta http-equiv="Content-Type" content="text/html; charset=gbk"><title>::洱源县政务网::县政府召开常务会议</title></head>
<body><table width="778" align="center" border="0"><tr><td width="200" valign="top">
<table><tr><td><b>图片新闻</b></td></tr><tr><td><a href="/news/pic/20220325.htm">洱源县开展植树活动</a>(2022-03-25)</td></tr>
<tr><td><a href="/news/pic/20220324.htm">洱源县召开脱贫攻坚推进会</a>(2022-03-24)</td></tr></table></td>
<td valign="top"><table width="100%"><tr><td align="center"><font style="font-size:18px" color="red">县政府召开常务会议</font></td></tr>
<tr><td align="center"><font color="gray">录入时间：2022-03-21 作者：县政府办 点击数：88</font></td></tr>
<tr><td>{BODY_P}</td></tr></table></td></tr></table>{f}</body></html>''',
    {"url": "http://www.eryuan.gov.cn/news/show.asp?id=8812", "publish_date": "2022-03-21",
     "is_list_page": False, "identity": ident}, encoding='gbk')

# 32 Modern two-column page with a 最新发布 block before the article.
f, ident = footer('b', '5101000001', '蜀ICP备05003000号', '川公网安备51010402000505号')
add('latest_block_first', f'''<!DOCTYPE html><html><head><meta charset="utf-8"><title>成都市2022年稳岗返还政策问答_成都市人民政府</title></head><body>
<header><a href="/">首页</a></header><div class="layout"><div class="col-l">{sidebar("最新发布", [("/cdsrmzf/c1/202203/t20220330_1.html", "成都市开展春季招聘月活动", "2022-03-30"), ("/cdsrmzf/c1/202203/t20220329_1.html", "成都市发布就业补贴申领指南", "2022-03-29")], "box")}</div>
<div class="col-r"><h1>成都市2022年稳岗返还政策问答</h1><div class="sub">2022-03-22 来源：市人社局</div><div class="txt">{BODY_P}</div></div></div>{f}</body></html>''',
    {"url": "http://www.chengdu.gov.cn/chengdu/c131/2022-03/22/content_abc.shtml", "publish_date": "2022-03-22",
     "is_list_page": False, "identity": ident})

# 33 落款 written with ○ and 二十三.
f, ident = footer('a', '5329270001', '滇ICP备05009911号', '滇公网安备53292702000021号')
add('luokuan_circle_zero', f'''<html><head><meta charset="utf-8"><title>巍山县人民政府办公室关于印发巍山县2022年为民办实事项目的通知</title></head><body>
<div class="nav"><a href="/">首页</a></div><div class="doc"><h1>巍山县人民政府办公室关于印发巍山县2022年为民办实事项目的通知</h1>
<div class="zw"><p>各乡镇人民政府，县直各部门：</p><p>经县人民政府同意，现将《巍山县2022年为民办实事项目》印发给你们，请认真贯彻执行。</p>{BODY_P}
<p align="right">巍山县人民政府办公室</p><p align="right">二○二二年三月二十三日</p><p>（此件公开发布）</p></div></div>{f}</body></html>''',
    {"url": "http://www.weishan.gov.cn/wsxrmzf/c105/doc_2201.html", "publish_date": "2022-03-23",
     "is_list_page": False, "identity": ident})

# 34 Label and date in separate spans.
f, ident = footer('d', '4301000001', '湘ICP备05006600号', '湘公网安备43010202000221号')
add('label_separate_span', f'''<html><head><meta charset="utf-8"><title>长沙市2022年城市更新行动计划</title></head><body>
<header><a href="/">首页</a></header><div class="article"><h1>长沙市2022年城市更新行动计划</h1>
<div class="info"><span class="label">发布时间：</span><span class="value">2022-03-24</span><span class="label">来源：</span><span>市住建局</span></div>
<div class="body">{BODY_P}</div></div>{f}</body></html>''',
    {"url": "http://www.changsha.gov.cn/szf/ztzl/cs2022/a8a1.html", "publish_date": "2022-03-24",
     "is_list_page": False, "identity": ident})

# 35 TRS with PubDate plus a right sidebar of newer 最新动态 placed before the article in source.
f, ident = footer('b', '5329300001', '滇ICP备05006789号', '滇公网安备53293002000045号')
add('trs_sidebar_before', f'''<html><head><meta charset="utf-8"><meta name="PubDate" content="2022-03-25 10:20"><title>洱源县全面推行河长制工作</title></head><body>
<div class="nav"><a href="/">首页</a></div><div class="w"><div class="fr">{sidebar("最新动态", [("./t20220331_1.html", "洱源县召开一季度经济分析会", "2022-03-31")], "zxdt")}</div>
<div class="fl"><h1>洱源县全面推行河长制工作</h1><div class="info">发布时间：2022-03-25 10:20</div><div class="TRS_Editor">{BODY_P}</div></div></div>{f}</body></html>''',
    {"url": "http://www.eryuan.gov.cn/eyxrmzf/c101/202203/t20220325_2100.html", "publish_date": "2022-03-25",
     "is_list_page": False, "identity": ident})

# 36 No h1; title and info in classed divs.
f, ident = footer('a', '3700000001', '鲁ICP备05002386号', '鲁公网安备37010202000386号')
add('classed_title_info', f'''<html><head><meta charset="utf-8"><title>山东省2022年“稳中求进”高质量发展政策清单-山东省人民政府</title></head><body>
<div class="topnav"><a href="/">首页</a></div><div class="page"><div class="article-title">山东省2022年“稳中求进”高质量发展政策清单</div>
<div class="article-info">来源：省发展改革委　发布时间：2022-03-26</div><div class="article-content">{BODY_P}</div></div>{f}</body></html>''',
    {"url": "http://www.shandong.gov.cn/art/2022/3/26/art_97564_519000.html", "publish_date": "2022-03-26",
     "is_list_page": False, "identity": ident})

# 37 Old table: unlabelled 年月日 date alone in a cell under the title; left table of dated links first.
f, ident = footer('c', '5329320001', '滇ICP备05007777号', '滇公网安备53293202000007号')
add('old_table_unlabelled_cn', f'''<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312"><title>剑川县人民政府</title></head>
<body><table width="1000" align="center"><tr><td width="260" valign="top"><table>
<tr><td><a href="/xw/0330.htm">剑川县召开全县干部大会</a></td><td>2022年3月30日</td></tr>
<tr><td><a href="/xw/0329.htm">剑川县开展安全生产大检查</a></td><td>2022年3月29日</td></tr></table></td>
<td valign="top"><table width="100%"><tr><td align="center"><strong>剑川县2022年度财政预算公开</strong></td></tr>
<tr><td align="center">2022年3月28日</td></tr><tr><td>{BODY_P}</td></tr></table></td></tr></table>{f}</body></html>''',
    {"url": "http://www.jianchuan.gov.cn/xxgk/czyjs/show.aspx?id=321", "publish_date": "2022-03-28",
     "is_list_page": False, "identity": ident}, encoding='gbk')

# 38 成文日期 and 发布日期 in one info bar.
f, ident = footer('d', '5329220001', '滇ICP备05002211号', '滇公网安备53292202000012号')
add('cwrq_fbrq_infobar', f'''<html><head><meta charset="utf-8"><title>漾濞县人民政府关于2022年度县级预算调整方案的批复</title></head><body>
<header><a href="/">首页</a></header><div class="article"><h1>漾濞县人民政府关于2022年度县级预算调整方案的批复</h1>
<div class="info">成文日期：2022-03-20　发布日期：2022-03-29　文号：漾政复〔2022〕3号</div><div class="body">{BODY_P}</div></div>{f}</body></html>''',
    {"url": "http://www.yangbi.gov.cn/ybxrmzf/c104/info_329.html", "publish_date": "2022-03-29",
     "is_list_page": False, "identity": ident})

# 39 Interpretation page with dated related-document links after the body.
f, ident = footer('a', '5329010001', '滇ICP备05001234号-1', '滇公网安备53290102000123号')
add('interpretation_related_docs', f'''<html><head><meta charset="utf-8"><title>《大理市城镇燃气管理办法》政策解读</title></head><body>
<div class="nav"><a href="/">首页</a></div><div class="article"><h1>《大理市城镇燃气管理办法》政策解读</h1>
<div class="info">发布时间：2022-03-30 来源：市住建局</div><div class="body">{BODY_P}</div>
<div class="xgwj"><b>相关文件：</b><ul><li><a href="../202203/t20220328_1.html">大理市城镇燃气管理办法</a> 2022-03-28</li><li><a href="../202112/t20211220_1.html">大理市燃气安全专项整治方案</a> 2021-12-20</li></ul></div></div>{f}</body></html>''',
    {"url": "http://www.dali.gov.cn/dlsrmzf/zcjd/202203/t20220330_700.html", "publish_date": "2022-03-30",
     "is_list_page": False, "identity": ident, "column_type": "政策解读"})

# 40 Article whose body starts with a full dated sentence; the info bar follows the title.
f, ident = footer('b', '5329000001', '滇ICP备05000099号', '滇公网安备53290102000001号')
add('body_date_first_sentence', f'''<html><head><meta charset="utf-8"><title>大理州召开2022年全州统战工作会议</title></head><body>
<div class="nav"><a href="/">首页</a></div><div class="article"><h1>大理州召开2022年全州统战工作会议</h1>
<div class="time">2022-03-31</div><div class="body"><p>2022年3月30日，大理州召开全州统战工作会议。</p>{BODY_P}</div></div>{f}</body></html>''',
    {"url": "http://www.dali.gov.cn/dlrmzf/c101525/info_5512.html", "publish_date": "2022-03-31",
     "is_list_page": False, "identity": ident})

# 41 GBK page with a correct meta, hanweb art_ URL with a zero-padded path.
f, ident = footer('a', '3302000001', '浙ICP备05031188号', '浙公网安备33020302000123号')
add('hanweb_gbk_meta', f'''<html><head><meta http-equiv="Content-Type" content="text/html; charset=gbk"><title>宁波市北仑区2022年第一季度政务公开工作通报</title></head><body>
<table width="1000" align="center"><tr><td><div class="nav"><a href="/">首页</a></div></td></tr><tr><td>
<div class="title"><!--<$[标题名称]>begin-->宁波市北仑区2022年第一季度政务公开工作通报<!--<$[标题名称]>end--></div>
<table class="info"><tr><td>发布日期：<!--<$[发布日期]>begin-->2022-04-01<!--<$[发布日期]>end--></td><td>信息来源：区政府办</td></tr></table>
<div id="zoom">{BODY_P}</div></td></tr></table>{f}</body></html>''',
    {"url": "http://www.bl.gov.cn/art/2022/4/1/art_1229_3101.html", "publish_date": "2022-04-01",
     "is_list_page": False, "identity": ident}, encoding='gbk')

# 42 Label 信息时间 in a TRS 信息公开 page; 上一篇 has a date first in the source.
f, ident = footer('c', '5329280001', '滇ICP备05006543号', '滇公网安备53292802000003号')
add('xinxi_shijian', f'''<html><head><meta charset="utf-8"><title>洱源县2022年耕地地力保护补贴发放公示</title></head><body>
<div class="nav"><a href="/">首页</a></div><div class="article"><h1>洱源县2022年耕地地力保护补贴发放公示</h1>
<div class="info">信息时间：2022-04-02 信息来源：县农业农村局</div><div class="body">{BODY_P}</div></div>{f}</body></html>''',
    {"url": "http://www.eryuan.gov.cn/eyxrmzf/c105/info_402.html", "publish_date": "2022-04-02",
     "is_list_page": False, "identity": ident})

# ------------------------------------------------------------------------------- lists --


def items_of(prefix, rows):
    """rows: (relative href, title, date) → expected items with absolute URLs."""
    return [{"url": prefix + h, "title": t, "date": d} for h, t, d in rows]


NEWS = [
    ("202203/t20220331_101.html", "县委常委会召开会议传达学习全国两会精神", "2022-03-31"),
    ("202203/t20220328_100.html", "全县春耕备耕工作现场推进会召开", "2022-03-28"),
    ("202203/t20220325_099.html", "县人大常委会开展优化营商环境专题调研", "2022-03-25"),
    ("202203/t20220322_098.html", "县政府召开第五次常务会议", "2022-03-22"),
    ("202203/t20220318_097.html", "我县启动2022年春季植树造林行动", "2022-03-18"),
    ("202203/t20220315_096.html", "县市场监管局开展3·15宣传活动", "2022-03-15"),
    ("202203/t20220310_095.html", "全县森林草原防灭火工作会议召开", "2022-03-10"),
    ("202203/t20220307_094.html", "县妇联开展三八妇女节系列活动", "2022-03-07"),
    ("202203/t20220302_093.html", "县委理论学习中心组召开专题学习会", "2022-03-02"),
    ("202202/t20220228_092.html", "全县安全生产工作会议召开", "2022-02-28"),
    ("202202/t20220222_091.html", "县领导调研重点项目建设情况", "2022-02-22"),
    ("202202/t20220216_090.html", "我县召开2022年招商引资工作会", "2022-02-16"),
]


def rows_trs_ul(items):
    return ''.join('<li><a href="./%s" target="_blank" title="%s">%s</a><span>%s</span></li>\n' % (h, t, t, d)
                   for h, t, d in items)


# L1 TRS ul/li list with createPageHTML pagination.
f, ident = footer('a', '5329300001', '滇ICP备05006789号', '滇公网安备53293002000045号')
add('list_trs_ul', f'''<html><head><meta charset="utf-8"><title>工作动态_洱源县人民政府</title></head><body>
<div class="nav"><a href="/">首页</a><a href="/xxgk/">信息公开</a></div><div class="position">当前位置：首页 &gt; 工作动态</div>
<div class="list"><ul class="news-list">{rows_trs_ul(NEWS)}</ul>
<div class="page"><script>createPageHTML(4, 0, "index", "html");</script></div></div>{f}</body></html>''',
    {"url": "http://www.eryuan.gov.cn/eyxrmzf/gzdt/index.html", "publish_date": None, "is_list_page": True,
     "empty_list": False, "items": items_of("http://www.eryuan.gov.cn/eyxrmzf/gzdt/", NEWS), "identity": ident,
     "column_type": "动态要闻"})

# L2 GBK table rows with a sidebar of newer 热点 items.
POLICY = [
    ("202203/t20220304_2010.html", "洱源县人民政府办公室关于印发洱源县森林草原防灭火工作方案的通知", "2022-03-04"),
    ("202202/t20220228_2001.html", "洱源县人民政府关于印发洱源县2022年度耕地保护目标责任考核办法的通知", "2022-02-28"),
    ("202201/t20220120_1990.html", "洱源县人民政府关于2022年春节放假的通知", "2022-01-20"),
    ("202112/t20211230_1980.html", "洱源县人民政府关于调整县级领导分工的通知", "2021-12-30"),
    ("202112/t20211215_1975.html", "洱源县人民政府关于印发洱源县“十四五”综合交通运输发展规划的通知", "2021-12-15"),
    ("202111/t20211108_1960.html", "洱源县人民政府办公室关于做好冬春火灾防控工作的通知", "2021-11-08"),
]
rows = ''.join('<tr><td width="20">·</td><td><a href="./%s" target="_blank">%s</a></td><td width="90"><font color="#999">%s</font></td></tr>' % r for r in POLICY)
f, ident = footer('c', '5329300001', '滇ICP备05006789号', '滇公网安备53293002000045号')
add('list_gbk_table_sidebar', f'''<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312"><title>洱源县人民政府--政策文件</title></head>
<body><table width="1000" align="center"><tr><td width="250" valign="top"><table><tr><td><b>热点关注</b></td></tr>
<tr><td><a href="/eyxrmzf/c101/202203/t20220330_1.html">洱源县召开一季度经济运行分析会</a></td><td>2022-03-30</td></tr>
<tr><td><a href="/eyxrmzf/c101/202203/t20220329_1.html">洱源县全力抓好春耕生产</a></td><td>2022-03-29</td></tr></table></td>
<td valign="top"><table width="100%"><tr><td class="lmmc"><b>政策文件</b></td></tr><tr><td><table width="100%" class="list">{rows}</table></td></tr></table></td></tr></table>
{f}</body></html>''',
    {"url": "http://www.eryuan.gov.cn/eyxrmzf/zcwj/index.html", "publish_date": None, "is_list_page": True,
     "empty_list": False, "items": items_of("http://www.eryuan.gov.cn/eyxrmzf/zcwj/", POLICY), "identity": ident,
     "column_type": "政策文件"}, encoding='gbk')

# L3 大汉 hanweb list: the records sit in a <script type="text/xml"> data store (rendered by JS).
HAN = [
    ("/art/2022/3/30/art_1229_5921.html", "关于公布2022年第一批市级非物质文化遗产代表性项目名录的通知", "2022-03-30"),
    ("/art/2022/3/24/art_1229_5913.html", "关于做好2022年清明节期间疫情防控工作的通知", "2022-03-24"),
    ("/art/2022/3/15/art_1229_5902.html", "关于开展2022年度安全生产大检查的通知", "2022-03-15"),
    ("/art/2022/3/4/art_1229_5890.html", "关于2022年度市级部门预算公开的公告", "2022-03-04"),
    ("/art/2022/2/21/art_1229_5871.html", "关于印发2022年全市政务公开工作要点的通知", "2022-02-21"),
]
recs = ''.join('<record><![CDATA[\n<li><a href="%s" title="%s" target="_blank">%s</a><span class="bt_time">%s</span></li>\n]]></record>' % (h, t, t, d) for h, t, d in HAN)
f, ident = footer('b', '3301000001', '浙ICP备05020088号', '浙公网安备33010302000088号')
add('list_hanweb_datastore', f'''<html><head><meta charset="utf-8"><title>杭州市人民政府 通知公告</title></head><body>
<div class="header"><a href="/">首页</a><a href="/col/col1229063366/index.html">政务公开</a></div>
<div class="main"><div class="lm-title">通知公告</div><div class="default_pgContainer">
<div id="1229063380"><script type="text/xml"><datastore><nextgroup><![CDATA[<a href="/module/web/jpage/dataproxy.jsp?page=1&appid=1&webid=149&path=/&columnid=1229063380&unitid=6432&webname=%E6%9D%AD&permissiontype=0"></a>]]></nextgroup>
<recordset>{recs}</recordset></datastore></script></div></div></div>{f}</body></html>''',
    {"url": "http://www.hangzhou.gov.cn/col/col1229063380/index.html", "publish_date": None, "is_list_page": True,
     "empty_list": False, "items": items_of("http://www.hangzhou.gov.cn", HAN), "identity": ident,
     "column_type": "通知公告"})

# L4 dl/dt/dd list.
DL = NEWS[:8]
dl = ''.join('<dl><dt><a href="../gzdt/%s">%s</a></dt><dd>%s</dd></dl>' % r for r in DL)
f, ident = footer('d', '4401000058', '粤ICP备05080322号', '粤公网安备44010402002128号')
add('list_dl', f'''<html><head><meta charset="utf-8"><title>部门动态 - 广州市番禺区人民政府</title></head><body>
<header><nav><a href="/">首页</a></nav></header><div class="main-list"><h2>部门动态</h2>{dl}</div>{f}</body></html>''',
    {"url": "http://www.panyu.gov.cn/gzpy/gzdt/index.html", "publish_date": None, "is_list_page": True,
     "empty_list": False, "items": items_of("http://www.panyu.gov.cn/gzpy/gzdt/", DL), "identity": ident,
     "column_type": "动态要闻"})

# L5 div rows with the date before the title.
DV = NEWS[2:10]
divs = ''.join('<div class="list-item"><span class="time">%s</span><a href="%s">%s</a></div>' % (d, h, t) for h, t, d in DV)
f, ident = footer('a', '5329220001', '滇ICP备05002211号', '滇公网安备53292202000012号')
add('list_div_date_first', f'''<html><head><meta charset="utf-8"><title>政务要闻-漾濞县人民政府</title></head><body>
<div class="nav"><a href="/">首页</a></div><div class="list-box">{divs}</div>{f}</body></html>''',
    {"url": "http://www.yangbi.gov.cn/ybxrmzf/zwyw/index.html", "publish_date": None, "is_list_page": True,
     "empty_list": False, "items": items_of("http://www.yangbi.gov.cn/ybxrmzf/zwyw/", DV), "identity": ident,
     "column_type": "动态要闻"})

# L6 Empty column: 暂无信息, with a left menu of column links.
f, ident = footer('b', '5329240001', '滇ICP备05000123号', '滇公网安备53292402000001号')
add('empty_zanwu', f'''<html><head><meta charset="utf-8"><title>规划计划_祥云县人民政府</title></head><body>
<div class="nav"><a href="/">首页</a></div><div class="w"><div class="left-menu"><ul><li><a href="../ghjh/">规划计划</a></li><li><a href="../tjxx/">统计信息</a></li><li><a href="../czyjs/">财政预决算</a></li></ul></div>
<div class="right-list"><div class="lm">规划计划</div><ul class="list"></ul><div class="empty">暂无信息</div></div></div>{f}</body></html>''',
    {"url": "http://www.xiangyun.gov.cn/xyxrmzf/ghjh/index.html", "publish_date": None, "is_list_page": True,
     "empty_list": True, "items": [], "identity": ident, "column_type": "规划计划"})

# L7 Empty table 暂无数据 next to a dated 最新信息 sidebar.
f, ident = footer('c', '5329230001', '滇ICP备05008888号', '滇公网安备53292302000005号')
add('empty_table_with_sidebar', f'''<html><head><meta charset="utf-8"><title>人事信息 - 宾川县人民政府</title></head><body>
<div class="nav"><a href="/">首页</a></div><div class="w"><div class="side">{sidebar("最新信息", [("/bcxrmzf/c1/202203/t20220330_1.html", "宾川县召开县委全会", "2022-03-30"), ("/bcxrmzf/c1/202203/t20220328_1.html", "宾川县柑橘产业发展大会召开", "2022-03-28"), ("/bcxrmzf/c1/202203/t20220325_1.html", "宾川县开展春季造林", "2022-03-25")], "zxxx")}</div>
<div class="main"><h3>人事信息</h3><table class="list"><tr><th>标题</th><th>发布日期</th></tr><tr><td colspan="2" align="center">暂无数据</td></tr></table></div></div>{f}</body></html>''',
    {"url": "http://www.binchuan.gov.cn/bcxrmzf/rsxx/index.html", "publish_date": None, "is_list_page": True,
     "empty_list": True, "items": [], "identity": ident, "column_type": "人事"})

# L8 Dates in (年月日) after the title.
CN = [
    ("t20220329_31.html", "关于2022年第一季度政府网站抽查情况的通报", "2022-03-29"),
    ("t20220321_30.html", "关于开展2022年政务公开培训的通知", "2022-03-21"),
    ("t20220309_29.html", "关于2022年度政府信息公开工作年度报告的公告", "2022-03-09"),
    ("t20220225_28.html", "关于征集2022年为民办实事项目的公告", "2022-02-25"),
    ("t20220118_27.html", "关于2022年春节期间值班安排的通知", "2022-01-18"),
]
li = ''.join('<li>·<a href="%s">%s</a>（%s）</li>' % (h, t, d.replace('-', '年', 1).replace('-', '月') + '日') for h, t, d in CN)
f, ident = footer('d', '5329310001', '滇ICP备05004321号', '滇公网安备53293102000078号')
add('list_cn_dates_paren', f'''<html><head><meta charset="utf-8"><title>通知公告 鹤庆县人民政府</title></head><body>
<header><a href="/">首页</a></header><div class="lb"><ul>{li}</ul></div>{f}</body></html>''',
    {"url": "http://www.heqing.gov.cn/hqxrmzf/tzgg/index.html", "publish_date": None, "is_list_page": True,
     "empty_list": False, "items": items_of("http://www.heqing.gov.cn/hqxrmzf/tzgg/", CN), "identity": ident,
     "column_type": "通知公告"})

# L9 Slash dates and 下一页/尾页 links.
SL = NEWS[:10]
li = ''.join('<li><a href="%s">%s</a><span class="date">%s</span></li>' % (h, t, d.replace('-', '/')) for h, t, d in SL)
f, ident = footer('a', '5329320001', '滇ICP备05007777号', '滇公网安备53293202000007号')
add('list_slash_pager', f'''<html><head><meta charset="utf-8"><title>县内要闻_剑川县人民政府</title></head><body>
<div class="nav"><a href="/">首页</a></div><div class="main"><ul class="list">{li}</ul>
<div class="pager">共3页 <a href="index.html">首页</a> <a href="index_1.html">下一页</a> <a href="index_2.html">尾页</a></div></div>{f}</body></html>''',
    {"url": "http://www.jianchuan.gov.cn/jcxrmzf/xnyw/index.html", "publish_date": None, "is_list_page": True,
     "empty_list": False, "items": items_of("http://www.jianchuan.gov.cn/jcxrmzf/xnyw/", SL), "identity": ident,
     "pagination": ["http://www.jianchuan.gov.cn/jcxrmzf/xnyw/index_1.html", "http://www.jianchuan.gov.cn/jcxrmzf/xnyw/index_2.html"],
     "column_type": "动态要闻"})

# L10 集约化 list page with ColumnName/ColumnType meta.
JY = [
    ("202203/t20220330_238101.html", "云南省人民政府关于印发云南省“十四五”数字经济发展规划的通知", "2022-03-30"),
    ("202203/t20220318_237840.html", "云南省人民政府办公厅关于进一步优化营商环境的若干措施", "2022-03-18"),
    ("202203/t20220301_237001.html", "云南省人民政府关于2022年省级重点项目的通知", "2022-03-01"),
    ("202202/t20220215_236522.html", "云南省人民政府办公厅关于加快发展保障性租赁住房的实施意见", "2022-02-15"),
]
li = ''.join('<li><span class="tit"><a href="./%s" title="%s">%s</a></span><span class="time">%s</span></li>' % (h, t, t[:18] + "…", d) for h, t, d in JY)
f, ident = footer('d', '5300000045', '滇ICP备05000007号', '滇公网安备53010202000123号')
add('list_jiyue_meta', f'''<!DOCTYPE html><html><head><meta charset="utf-8"><meta name="SiteName" content="云南省人民政府"><meta name="SiteIDCode" content="5300000045">
<meta name="ColumnName" content="省政府文件"><meta name="ColumnType" content="政策文件"><title>省政府文件_云南省人民政府门户网站</title></head><body>
<div class="top"><a href="/">首页</a></div><div class="crumbs">当前位置：首页 &gt; 政务公开 &gt; 省政府文件</div><div class="listbox"><ul>{li}</ul></div>{f}</body></html>''',
    {"url": "http://www.yn.gov.cn/zwgk/zcwj/yzf/index.html", "publish_date": None, "is_list_page": True,
     "empty_list": False, "items": items_of("http://www.yn.gov.cn/zwgk/zcwj/yzf/", JY), "identity": ident,
     "column_type": "政策文件"})

# L11 Ucap table list with a header row.
UC = [
    ("/zwgk/zcjd/content/post_8130001.html", "《广州市促进外贸稳增长若干措施》解读", "2022-03-28"),
    ("/zwgk/zcjd/content/post_8120017.html", "一图读懂广州市2022年政府工作报告", "2022-03-08"),
    ("/zwgk/zcjd/content/post_8100221.html", "《广州市城市更新条例》答记者问", "2022-02-21"),
]
tr = ''.join('<tr><td><a href="%s">%s</a></td><td>%s</td></tr>' % (h, t, d) for h, t, d in UC)
f, ident = footer('b', '4401000058', '粤ICP备05080322号', '粤公网安备44010402002128号')
add('list_ucap_table', f'''<html><head><meta charset="utf-8"><title>政策解读 - 广州市人民政府门户网站</title></head><body>
<header class="g-header"><nav><a href="/">首页</a></nav></header><div class="g-main"><table class="m-table"><thead><tr><th>标题</th><th>发布日期</th></tr></thead><tbody>{tr}</tbody></table></div>{f}</body></html>''',
    {"url": "http://www.gz.gov.cn/zwgk/zcjd/index.html", "publish_date": None, "is_list_page": True,
     "empty_list": False, "items": items_of("http://www.gz.gov.cn", UC), "identity": ident, "column_type": "政策解读"})

# L12 Titles with years, dates in <em>.
YR = [
    ("a/20220330.html", "2022年第一季度全县重点项目建设进展情况", "2022-03-30"),
    ("a/20220315.html", "2021年度全县国民经济和社会发展统计公报", "2022-03-15"),
    ("a/20220228.html", "2022年1—2月全县主要经济指标", "2022-02-28"),
    ("a/20220120.html", "2021年12月全县主要经济指标", "2022-01-20"),
]
li = ''.join('<li><a href="%s">%s</a><em>%s</em></li>' % r for r in YR)
f, ident = footer('c', '5329270001', '滇ICP备05009911号', '滇公网安备53292702000021号')
add('list_titles_with_years', f'''<html><head><meta charset="utf-8"><title>统计信息-巍山县人民政府</title></head><body>
<div class="nav"><a href="/">首页</a></div><div class="lbnr"><ul>{li}</ul></div>{f}</body></html>''',
    {"url": "http://www.weishan.gov.cn/wsxrmzf/tjxx/index.html", "publish_date": None, "is_list_page": True,
     "empty_list": False, "items": items_of("http://www.weishan.gov.cn/wsxrmzf/tjxx/", YR), "identity": ident})

# L13 Main list older than a right 最新信息 sidebar.
OLD = NEWS[6:12]
f, ident = footer('a', '5329250001', '滇ICP备05000777号-1', '滇公网安备53292502000009号')
add('list_sidebar_newer', f'''<html><head><meta charset="utf-8"><title>部门动态_弥渡县人民政府</title></head><body>
<div class="nav"><a href="/">首页</a></div><div class="w"><div class="main"><ul class="list">{rows_trs_ul(OLD)}</ul></div>
<div class="right">{sidebar("最新信息", [("/mdxrmzf/c1/202204/t20220405_1.html", "弥渡县召开清明节安全工作会", "2022-04-05"), ("/mdxrmzf/c1/202204/t20220402_1.html", "弥渡县开展文明祭扫宣传", "2022-04-02")], "zxxx")}</div></div>{f}</body></html>''',
    {"url": "http://www.midu.gov.cn/mdxrmzf/bmdt/index.html", "publish_date": None, "is_list_page": True,
     "empty_list": False, "items": items_of("http://www.midu.gov.cn/mdxrmzf/bmdt/", OLD), "identity": ident,
     "column_type": "动态要闻"})

# L14 A pinned (置顶) older item first; the newest item is not the first row.
PIN = [("202111/t20211101_80.html", "【置顶】政府信息公开指南", "2021-11-01")] + NEWS[:6]
f, ident = footer('d', '5329260001', '滇ICP备06001111号', '滇公网安备53292602000001号')
add('list_pinned_first', f'''<html><head><meta charset="utf-8"><title>政务动态-南涧县人民政府</title></head><body>
<header><a href="/">首页</a></header><div class="content"><ul class="list">{rows_trs_ul(PIN)}</ul></div>{f}</body></html>''',
    {"url": "http://www.nanjian.gov.cn/njxrmzf/zwdt/index.html", "publish_date": None, "is_list_page": True,
     "empty_list": False, "items": items_of("http://www.nanjian.gov.cn/njxrmzf/zwdt/", PIN), "identity": ident,
     "column_type": "动态要闻"})

# L15 Old GBK page: links separated by <br>, dates in parentheses.
BR = NEWS[3:9]
br = ''.join('<img src="/images/dot.gif"> <a href="/news/%s">%s</a> (%s)<br>\n' % r for r in BR)
f, ident = footer('c', '5329330001', '滇ICP备05010001号', '滇公网安备53293302000001号', badge=False, jiucuo=False)
add('list_br_gbk', f'''<html><head><title>::洱源县政务网::新闻中心</title></head><body>
<table width="778" align="center"><tr><td><a href="/">首页</a> | <a href="/news/">新闻中心</a></td></tr><tr><td class="news">{br}</td></tr></table>{f}</body></html>''',
    {"url": "http://www.eryuan.gov.cn/news/list.asp?lm=1", "publish_date": None, "is_list_page": True,
     "empty_list": False, "items": items_of("http://www.eryuan.gov.cn/news/", BR), "identity": ident}, encoding='gbk')

# L16 信息公开目录 table: 序号, 标题, 文号, 发布日期.
GK = [
    ("./202203/t20220325_600300.html", "大理州人民政府关于印发大理州2022年政务公开工作要点的通知", "大政发〔2022〕12号", "2022-03-25"),
    ("./202203/t20220311_600210.html", "大理州人民政府关于调整部分行政许可事项的决定", "大政发〔2022〕9号", "2022-03-11"),
    ("./202203/t20220301_600100.html", "大理州人民政府关于公布2022年度州级行政许可事项清单的通知", "大政发〔2022〕5号", "2022-03-01"),
]
tr = ''.join('<tr><td>%d</td><td><a href="%s">%s</a></td><td>%s</td><td>%s</td></tr>' % (i + 1, h, t, n, d) for i, (h, t, n, d) in enumerate(GK))
f, ident = footer('b', '5329000001', '滇ICP备05000099号', '滇公网安备53290102000001号')
add('list_gkml_table', f'''<html><head><meta charset="utf-8"><title>规范性文件_大理州人民政府</title></head><body>
<div class="head"><a href="/">首页</a></div><table class="gkml-list"><tr><th>序号</th><th>标题</th><th>文号</th><th>发布日期</th></tr>{tr}</table>{f}</body></html>''',
    {"url": "http://www.dali.gov.cn/dlrmzf/xxgkml/gfxwj/index.html", "publish_date": None, "is_list_page": True,
     "empty_list": False, "items": [{"url": "http://www.dali.gov.cn/dlrmzf/xxgkml/gfxwj/" + h[2:], "title": t, "date": d} for h, t, n, d in GK],
     "identity": ident, "column_type": "政策文件"})

# L17 The date sits inside the link.
IN = NEWS[:6]
li = ''.join('<li><a href="%s"><span class="t">%s</span><span class="d">%s</span></a></li>' % r for r in IN)
f, ident = footer('d', '5101000001', '蜀ICP备05003000号', '川公网安备51010402000505号')
add('list_date_inside_link', f'''<!DOCTYPE html><html><head><meta charset="utf-8"><title>工作动态 - 成都市武侯区人民政府</title></head><body>
<header><a href="/">首页</a></header><main><ul class="news">{li}</ul></main>{f}</body></html>''',
    {"url": "http://www.cdwh.gov.cn/wuhou/gzdt/list.shtml", "publish_date": None, "is_list_page": True,
     "empty_list": False, "items": items_of("http://www.cdwh.gov.cn/wuhou/gzdt/", IN), "identity": ident,
     "column_type": "动态要闻"})

# L18 List with dotted dates and pagination by ?page=.
DT = NEWS[1:9]
li = ''.join('<li><a href="%s">%s</a><span>%s</span></li>' % (h, t, d.replace('-', '.')) for h, t, d in DT)
f, ident = footer('a', '3100000004', '沪ICP备05001234号-2', '沪公网安备31010102002017号')
add('list_dotted_dates', f'''<html><head><meta charset="utf-8"><title>区政动态 - 浦东新区人民政府</title></head><body>
<div class="nav"><a href="/">首页</a></div><div class="list"><ul>{li}</ul><div class="page"><a href="list.html?page=2">2</a> <a href="list.html?page=3">3</a> <a href="list.html?page=2">下一页</a></div></div>{f}</body></html>''',
    {"url": "http://www.pudong.gov.cn/zwgk/qzdt/list.html", "publish_date": None, "is_list_page": True,
     "empty_list": False, "items": items_of("http://www.pudong.gov.cn/zwgk/qzdt/", DT), "identity": ident,
     "pagination": ["http://www.pudong.gov.cn/zwgk/qzdt/list.html?page=2", "http://www.pudong.gov.cn/zwgk/qzdt/list.html?page=3"],
     "column_type": "动态要闻"})

# L19 GBK list without any charset declaration, 年月日 dates in a <td>.
NG = POLICY[:5]
rows = ''.join('<tr><td><a href="%s">%s</a></td><td align="right">%s</td></tr>' % (h, t, '%s年%d月%d日' % (d[:4], int(d[5:7]), int(d[8:]))) for h, t, d in NG)
f, ident = footer('c', '5329280001', '滇ICP备05006543号', '滇公网安备53292802000003号')
add('list_gbk_nometa', f'''<html><head><title>洱源县人民政府 规范性文件</title></head><body>
<table width="960" align="center"><tr><td><a href="/">首页</a></td></tr><tr><td><table width="100%" class="wjlb">{rows}</table></td></tr></table>{f}</body></html>''',
    {"url": "http://www.eryuan.gov.cn/eyxrmzf/gfxwj/index.html", "publish_date": None, "is_list_page": True,
     "empty_list": False, "items": items_of("http://www.eryuan.gov.cn/eyxrmzf/gfxwj/", NG), "identity": ident,
     "column_type": "政策文件"}, encoding='gbk')

# L20 An empty column worded 该栏目暂无内容 inside a ul with a nav sidebar.
f, ident = footer('b', '5329320001', '滇ICP备05007777号', '滇公网安备53293202000007号')
add('empty_gaimu_zanwu', f'''<html><head><meta charset="utf-8"><title>征集调查_剑川县人民政府</title></head><body>
<div class="nav"><a href="/">首页</a><a href="/hdjl/">互动交流</a></div><div class="main"><div class="sub-nav"><a href="../zjdc/">征集调查</a><a href="../zxft/">在线访谈</a></div>
<ul class="list"><li class="no-data">该栏目暂无内容</li></ul></div>{f}</body></html>''',
    {"url": "http://www.jianchuan.gov.cn/jcxrmzf/zjdc/index.html", "publish_date": None, "is_list_page": True,
     "empty_list": True, "items": [], "identity": ident, "column_type": "互动"})

# ------------------------------------------------------------- second batch (harder) --

# A date printed above the title; the 落款 below carries the earlier document date.
f, ident = footer('a', '5329260001', '滇ICP备06001111号', '滇公网安备53292602000001号')
add('date_above_title', f"""<html><head><meta charset="utf-8"><title>南涧县人民政府关于做好2022年春季农业生产的通知</title></head><body>
<div class="nav"><a href="/">首页</a></div><div class="article"><div class="date">2022-04-03</div><h1>南涧县人民政府关于做好2022年春季农业生产的通知</h1>
<div class="body"><p>各乡镇人民政府：为抓好2022年3月至5月春耕生产，现将有关事项通知如下。</p>{BODY_P}<p align="right">南涧县人民政府</p><p align="right">2022年4月1日</p></div></div>{f}</body></html>""",
    {"url": "http://www.nanjian.gov.cn/njxrmzf/c102/info_0403.html", "publish_date": "2022-04-03",
     "is_list_page": False, "identity": ident})

# gov.cn style: firstpublishedtime meta with a dash before the time, pages-date line.
f, ident = footer('d', 'bm01000001', '京ICP备05070218号', '京公网安备11010202000001号')
add('govcn_firstpublished', f"""<!DOCTYPE html><html><head><meta charset="utf-8"><meta name="firstpublishedtime" content="2022-04-04-10:20:00">
<meta name="lanmu" content="政策解读"><title>国务院办公厅关于进一步做好政务公开工作的意见_政策解读_中国政府网</title></head><body>
<div class="header"><a href="/">首页</a></div><div class="article oneColumn pub_border"><h1>国务院办公厅关于进一步做好政务公开工作的意见</h1>
<div class="pages-date">2022-04-04 10:20 <span class="font">来源：中国政府网</span></div><div class="pages_content">{BODY_P}</div></div>{f}</body></html>""",
    {"url": "http://www.gov.cn/zhengce/2022-04/04/content_5683000.htm", "publish_date": "2022-04-04",
     "is_list_page": False, "identity": ident})

# Spaced 年 月 日 with 时分.
f, ident = footer('b', '5329220001', '滇ICP备05002211号', '滇公网安备53292202000012号')
add('spaced_cn_date_time', f"""<html><head><meta charset="utf-8"><title>漾濞县召开核桃产业发展推进会</title></head><body>
<div class="nav"><a href="/">首页</a></div><div class="article"><h1>漾濞县召开核桃产业发展推进会</h1>
<div class="info">发布时间： 2022 年 4 月 5 日 10时20分　来源：县林草局</div><div class="body">{BODY_P}</div></div>{f}</body></html>""",
    {"url": "http://www.yangbi.gov.cn/ybxrmzf/c101/info_0405.html", "publish_date": "2022-04-05",
     "is_list_page": False, "identity": ident})

# A CMS-specific tag holding the time right under the title.
f, ident = footer('c', '4403000001', '粤ICP备05078765号', '粤公网安备44030402001133号')
add('custom_publishtime_tag', f"""<html><head><meta charset="utf-8"><title>深圳市2022年民生实事项目进展情况</title></head><body>
<div class="header"><a href="/">首页</a></div><div class="detail"><h1>深圳市2022年民生实事项目进展情况</h1>
<div class="detail-info"><publishtime>2022-04-06 09:00:00</publishtime> <source>市发展改革委</source></div><div class="detail-content">{BODY_P}</div></div>{f}</body></html>""",
    {"url": "http://www.sz.gov.cn/cn/xxgk/zfxxgj/gzdt/content/post_9700001.html", "publish_date": "2022-04-06",
     "is_list_page": False, "identity": ident, "column_type": "动态要闻"})

# 更新时间 newer than 发布时间.
f, ident = footer('d', '5329240001', '滇ICP备05000123号', '滇公网安备53292402000001号')
add('updated_and_published', f"""<html><head><meta charset="utf-8"><title>祥云县2022年度城乡居民基本医疗保险参保缴费公告</title></head><body>
<header><a href="/">首页</a></header><div class="article"><h1>祥云县2022年度城乡居民基本医疗保险参保缴费公告</h1>
<div class="info">更新时间：2022-04-20　发布时间：2022-04-08　来源：县医保局</div><div class="body">{BODY_P}</div></div>{f}</body></html>""",
    {"url": "http://www.xiangyun.gov.cn/xyxrmzf/c105/info_0408.html", "publish_date": "2022-04-08",
     "is_list_page": False, "identity": ident})

# The logo is an <h1> and the article title an <h2>; a dated news ticker sits between them.
f, ident = footer('a', '5329250001', '滇ICP备05000777号-1', '滇公网安备53292502000009号')
add('logo_h1_ticker', f"""<html><head><meta charset="utf-8"><title>弥渡县开展2022年“安全生产月”活动-弥渡县人民政府</title></head><body>
<div class="logo"><h1>弥渡县人民政府</h1></div><div class="gundong"><marquee><a href="/mdxrmzf/c1/202204/t20220420_1.html">弥渡县召开县委常委会</a> 2022-04-20 <a href="/mdxrmzf/c1/202204/t20220418_1.html">弥渡县春季征兵工作启动</a> 2022-04-18</marquee></div>
<div class="content"><h2>弥渡县开展2022年“安全生产月”活动</h2><div class="info">发布时间：2022-04-10 来源：县应急局</div><div class="body">{BODY_P}</div></div>{f}</body></html>""",
    {"url": "http://www.midu.gov.cn/mdxrmzf/c101/info_0410.html", "publish_date": "2022-04-10",
     "is_list_page": False, "identity": ident})

# News list with summaries under each title.
SUM = NEWS[:5]
items_html = ''.join('<div class="news-item"><h3><a href="%s">%s</a></h3><p class="summary">%s</p><span class="date">%s</span></div>'
                     % (h, t, '近日，' + t + '。会议强调，要坚持以人民为中心的发展思想，统筹发展和安全，扎实做好各项工作，以优异成绩迎接党的二十大胜利召开。', d) for h, t, d in SUM)
f, ident = footer('b', '5329270001', '滇ICP备05009911号', '滇公网安备53292702000021号')
add('list_with_summaries', f"""<html><head><meta charset="utf-8"><title>巍山要闻_巍山县人民政府</title></head><body>
<div class="nav"><a href="/">首页</a></div><div class="news-list">{items_html}</div>
<div class="pages"><a href="index_1.html">2</a> <a href="index_1.html">下一页</a></div>{f}</body></html>""",
    {"url": "http://www.weishan.gov.cn/wsxrmzf/wsyw/index.html", "publish_date": None, "is_list_page": True,
     "empty_list": False, "items": items_of("http://www.weishan.gov.cn/wsxrmzf/wsyw/", SUM), "identity": ident,
     "pagination": ["http://www.weishan.gov.cn/wsxrmzf/wsyw/index_1.html"], "column_type": "动态要闻"})

# Old table list: [date] in the first column, a 更多 row and javascript pagination.
OT = POLICY[:5]
rows = ''.join('<tr><td width="100">[%s]</td><td><a href="/eyxrmzf/c102/%s">%s</a></td></tr>' % (d, h, t) for h, t, d in OT)
f, ident = footer('c', '5329300001', '滇ICP备05006789号', '滇公网安备53293002000045号')
add('list_date_first_column_js_pager', f"""<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312"><title>洱源县人民政府-县政府文件</title></head>
<body><table width="960" align="center"><tr><td><a href="/">首页</a></td></tr><tr><td><table width="100%" class="lb">{rows}
<tr><td colspan="2" align="right"><a href="javascript:void(0)">更多&gt;&gt;</a></td></tr></table></td></tr>
<tr><td align="center">共 5 页 第 1 页 <a href="javascript:goPage(2)">下一页</a> <a href="javascript:goPage(5)">尾页</a></td></tr></table>{f}</body></html>""",
    {"url": "http://www.eryuan.gov.cn/eyxrmzf/xzfwj/index.html", "publish_date": None, "is_list_page": True,
     "empty_list": False, "items": items_of("http://www.eryuan.gov.cn/eyxrmzf/c102/", OT), "identity": ident,
     "column_type": "政策文件"}, encoding='gbk')

# Empty column with 暂无相关信息 and a 共0条 pager.
f, ident = footer('d', '5329280001', '滇ICP备05006543号', '滇公网安备53292802000003号')
add('empty_zanwu_xiangguan', f"""<html><head><meta charset="utf-8"><title>政策解读 - 洱源县人民政府</title></head><body>
<header><a href="/">首页</a></header><div class="main"><div class="lm-name">政策解读</div><div class="list"><p class="tip">暂无相关信息</p></div><div class="pager">共0条 第1页/共1页</div></div>{f}</body></html>""",
    {"url": "http://www.eryuan.gov.cn/eyxrmzf/zcjd/index.html", "publish_date": None, "is_list_page": True,
     "empty_list": True, "items": [], "identity": ident, "column_type": "政策解读"})

# Identity written as 网站识别码, police number with a space before 号.
f = ('<div class="footer"><p>主办：丽江市人民政府办公室</p><p>网站识别码：5307000001　滇ICP备05001357号　'
     '<img src="/images/ga.png">滇公网安备 53070202000057 号</p>'
     '<p><a href="https://bszs.conac.cn/sitename?method=show&amp;id=1"><img src="/images/red.png"></a></p></div>')
ident = {"site_code": "5307000001", "icp": "滇ICP备05001357号", "psb": "滇公网安备53070202000057号",
         "party_badge": True, "error_report_entry": False}
add('identity_shibiema_spaced_psb', f"""<html><head><meta charset="utf-8"><title>丽江市召开2022年旅游市场整治工作会</title></head><body>
<div class="nav"><a href="/">首页</a></div><div class="article"><h1>丽江市召开2022年旅游市场整治工作会</h1>
<div class="info">发布日期：2022-04-11</div><div class="body">{BODY_P}</div></div>{f}</body></html>""",
    {"url": "http://www.lijiang.gov.cn/ljsrmzf/c101/info_0411.html", "publish_date": "2022-04-11",
     "is_list_page": False, "identity": ident})

# -------------------------------------------------------------------------- homepages --

f, ident = footer('a', '5329240001', '滇ICP备05000123号', '滇公网安备53292402000001号')
add('home_blocks', f'''<html><head><meta charset="utf-8"><title>祥云县人民政府</title></head><body>
<div class="top"><a href="/">首页</a></div>
<div class="yw"><div class="hd">祥云要闻</div><ul><li><a href="/xyxrmzf/xyyw/202203/t20220329_1.html">祥云县召开县委常委会会议</a><span>03-29</span></li><li><a href="/xyxrmzf/xyyw/202203/t20220327_1.html">祥云县开展春季植树活动</a><span>03-27</span></li></ul></div>
<div class="tz"><div class="hd">通知公告</div><ul><li><a href="/xyxrmzf/tzgg/202203/t20220331_1.html">关于2022年清明节放假的通知</a><span>2022-03-31</span></li><li><a href="/xyxrmzf/tzgg/202203/t20220320_1.html">关于开展安全生产检查的通知</a><span>2022-03-20</span></li></ul></div>
{f}</body></html>''',
    {"url": "http://www.xiangyun.gov.cn/", "publish_date": None, "is_list_page": False, "newest_item": "2022-03-31",
     "identity": ident})

f, ident = footer('d', '5329310001', '滇ICP备05004321号', '滇公网安备53293102000078号')
add('home_table_blocks', f'''<html><head><meta charset="utf-8"><title>鹤庆县人民政府</title></head><body>
<header><a href="/">首页</a></header><table width="100%"><tr><td><b>政务动态</b></td></tr>
<tr><td><a href="/hqxrmzf/zwdt/202204/t20220401_1.html">鹤庆县召开一季度经济运行分析会</a></td><td>2022-04-01</td></tr>
<tr><td><a href="/hqxrmzf/zwdt/202203/t20220330_1.html">鹤庆县部署森林防火工作</a></td><td>2022-03-30</td></tr></table>
<div class="gg"><ul><li><a href="/hqxrmzf/tzgg/202203/t20220325_1.html">关于公开招聘社区工作者的公告</a>2022-03-25</li><li><a href="/hqxrmzf/tzgg/202203/t20220321_1.html">关于2022年春季征兵的通告</a>2022-03-21</li></ul></div>
{f}</body></html>''',
    {"url": "http://www.heqing.gov.cn/index.html", "publish_date": None, "is_list_page": False, "newest_item": "2022-04-01",
     "identity": ident})

# ------------------------------------------------- third batch (patterns of real sites) --
# Shapes seen in public crawlers of government sites (RSSHub's gov routes, scrapy projects):
# 信息公开 metadata tables, gov.cn's pages-date bar, day/year-month split list dates, MM-DD item
# dates whose year sits elsewhere, two date columns in policy tables, TRS pagers driven by
# variables, the server-rendered "今天是" bar, and more empty-column wordings.

# gov.cn-style policy page: a metadata table whose labels and values sit in separate cells
# (label cell with <b>, no colon on some), 成文日期 before 发布日期; an unlabelled date bar below.
f, ident = footer('d', '5301000002', '滇ICP备05000202号', '滇公网安备53010202000202号')
add('real_policy_table_cells', f"""<html><head><meta charset="utf-8"><title>昆明市人民政府关于印发昆明市2022年优化营商环境工作要点的通知</title></head><body>
<header><a href="/">首页</a></header><div class="policyLibraryOverview_header"><table class="bd1" cellpadding="0" cellspacing="1" width="100%">
<tr><td width="90"><b>索 引 号</b></td><td>11530100015087124N/2022-00512</td><td width="90"><b>主题分类：</b></td><td>综合政务\\政务公开</td></tr>
<tr><td><b>发文机关</b></td><td>昆明市人民政府</td><td><b>成文日期</b></td><td>2022年02月24日</td></tr>
<tr><td><b>标　　题：</b></td><td colspan="3">昆明市人民政府关于印发昆明市2022年优化营商环境工作要点的通知</td></tr>
<tr><td><b>发文字号：</b></td><td>昆政发〔2022〕9号</td><td><b>发布日期</b></td><td>2022年03月03日</td></tr></table></div>
<div class="article"><h1>昆明市人民政府关于印发昆明市2022年优化营商环境工作要点的通知</h1>
<div class="pages-date">2022-03-03 16:20 <span class="font">来源：市政府办公室</span><span class="font">【字号：<a>大</a> <a>中</a> <a>小</a>】</span></div>
<div class="pages_content">{BODY_P}<p style="text-align:right">昆明市人民政府<br>2022年2月24日</p></div></div>{f}</body></html>""",
    {"url": "http://www.km.gov.cn/c/2022-03-03/4312001.shtml", "publish_date": "2022-03-03", "is_list_page": False,
     "identity": ident})

# 信息公开 detail in th/td pairs where 生成日期 (the record's creation) precedes 公开日期 and the
# document's own 成文日期; the info bar is absent, the publish date is the 公开日期.
f, ident = footer('b', '5329010001', '滇ICP备05001234号-1', '滇公网安备53290102000123号')
add('real_gkml_th_td', f"""<html><head><meta charset="utf-8"><title>大理市2022年春季学期学生资助政策告知书</title></head><body>
<div class="nav"><a href="/">首页</a> &gt; <a href="/xxgk/">政府信息公开</a></div>
<table class="xxgk_table"><tbody><tr><th>索引号：</th><td>015124875/2022-00231</td><th>信息分类：</th><td>教育</td></tr>
<tr><th>发布机构：</th><td>大理市教育体育局</td><th>生成日期：</th><td>2022-02-27</td></tr>
<tr><th>文　　号：</th><td></td><th>公开日期：</th><td>2022-03-04</td></tr>
<tr><th>成文日期：</th><td>2022-02-25</td><th>有 效 性：</th><td>有效</td></tr></tbody></table>
<div class="zw"><h2>大理市2022年春季学期学生资助政策告知书</h2>{BODY_P}</div>{f}</body></html>""",
    {"url": "http://www.dali.gov.cn/dlsrmzf/xxgkml/jy/202203/t20220304_702231.html", "publish_date": "2022-03-04",
     "is_list_page": False, "identity": ident})

# A server-rendered "今天是" bar with today's date and weekday at the top, the article's own
# date unlabelled in the info line further down.
f, ident = footer('c', '5329320001', '滇ICP备05009876号', '滇公网安备53293202000011号')
add('real_today_bar_unlabelled', f"""<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312"><title>巍山县召开2022年春耕生产现场会--巍山县人民政府</title></head><body>
<table width="1000" align="center"><tr><td class="top">今天是：2022年4月6日 星期三　欢迎访问巍山县人民政府网站</td><td align="right"><a href="/">设为首页</a></td></tr></table>
<table width="1000" align="center"><tr><td align="center" class="bt"><b>巍山县召开2022年春耕生产现场会</b></td></tr>
<tr><td align="center" class="xx">2022-03-29 &nbsp; 巍山县农业农村局 &nbsp; 浏览次数：<span id="hits">128</span></td></tr>
<tr><td class="zw">{BODY_P}</td></tr></table>{f}</body></html>""",
    {"url": "http://www.weishan.gov.cn/news.asp?id=5123", "publish_date": "2022-03-29", "is_list_page": False,
     "identity": ident}, encoding='gbk')

# Full-width digits with 年月日, a weekday and a time in a labelled info bar.
f, ident = footer('a', '5329270001', '滇ICP备05004455号', '滇公网安备53292702000045号')
add('real_fullwidth_cn_weekday', f"""<html><head><meta charset="utf-8"><title>永平县2022年春季森林防火通告</title></head><body>
<div class="top">您好，欢迎访问永平县人民政府网站！</div><div class="con"><h1>永平县2022年春季森林防火通告</h1>
<div class="source">发布时间：２０２２年０３月０８日　星期二　１０：３０　　来源：县应急管理局</div><div class="text">{BODY_P}</div></div>{f}</body></html>""",
    {"url": "http://www.ypx.gov.cn/ypxrmzf/c1/news_308.html", "publish_date": "2022-03-08", "is_list_page": False,
     "identity": ident})

# Date split over elements in the info bar: <span>2022</span>年<span>03</span>月<span>09</span>日.
f, ident = footer('d', '5329290001', '滇ICP备05003456号', '滇公网安备53292902000012号')
add('real_split_date_spans', f"""<!DOCTYPE html><html><head><meta charset="utf-8"><title>云龙县召开2022年脱贫攻坚成果巩固推进会</title></head><body>
<header><a href="/">首页</a></header><div class="detail"><h1>云龙县召开2022年脱贫攻坚成果巩固推进会</h1>
<div class="meta">发布时间：<span class="y">2022</span>年<span class="m">03</span>月<span class="d">09</span>日 <span class="ly">来源：县乡村振兴局</span></div>
<div class="TRS_Editor">{BODY_P}</div></div>{f}</body></html>""",
    {"url": "http://www.ylx.gov.cn/ylxrmzf/c102/news_0309.html", "publish_date": "2022-03-09", "is_list_page": False,
     "identity": ident})

# List: modern card rows with the day large and the year-month small, summary paragraph.
SPLIT = [("content/post_1801.html", "云龙县召开一季度经济运行调度会", "2022-03-30"),
         ("content/post_1795.html", "县领导督导检查安全生产工作", "2022-03-24"),
         ("content/post_1788.html", "我县开展“3·15”消费者权益日宣传", "2022-03-15"),
         ("content/post_1770.html", "县政府召开第二次常务会议", "2022-03-04"),
         ("content/post_1761.html", "云龙县部署2022年春耕备耕工作", "2022-02-25")]
rows = ''.join('<li><div class="time"><span class="day">%s</span><span class="ym">%s</span></div>'
               '<div class="txt"><a href="%s" target="_blank">%s</a><p>为进一步推动各项工作落实，会议对下一阶段重点任务作出安排部署……</p></div></li>\n'
               % (d[8:], d[:7], h, t) for h, t, d in SPLIT)
f, ident = footer('d', '5329290001', '滇ICP备05003456号', '滇公网安备53292902000012号')
add('real_list_day_ym_split', f"""<!DOCTYPE html><html><head><meta charset="utf-8"><title>云龙要闻 - 云龙县人民政府</title></head><body>
<header><a href="/">首页</a></header><div class="main"><div class="lm">云龙要闻</div><ul class="news-card">{rows}</ul>
<div class="pager"><a href="/ylxrmzf/ylyw/index.html">首页</a> <a href="/ylxrmzf/ylyw/index_1.html">下一页</a></div></div>{f}</body></html>""",
    {"url": "http://www.ylx.gov.cn/ylxrmzf/ylyw/index.html", "publish_date": None, "is_list_page": True,
     "empty_list": False, "items": items_of("http://www.ylx.gov.cn/ylxrmzf/ylyw/", SPLIT), "identity": ident,
     "pagination": ["http://www.ylx.gov.cn/ylxrmzf/ylyw/index_1.html"], "column_type": "动态要闻"})

# List: items dated MM-DD in brackets, the year only in a row above each year's items.
YEARLY = [("info/1102.jhtml", "关于2022年第一季度政府网站检查情况的通报", "2022-03-30"),
          ("info/1099.jhtml", "关于做好2022年清明节期间安全工作的通知", "2022-03-21"),
          ("info/1090.jhtml", "关于开展2022年度政务公开培训的通知", "2022-01-12")]
YEARLY_OLD = [("info/1071.jhtml", "关于2021年度机关绩效考评结果的通报", "2021-12-28"),
              ("info/1063.jhtml", "关于做好2021年冬季安全生产工作的通知", "2021-11-19")]
def yr_rows(items):
    return ''.join('<li><a href="%s" title="%s">%s</a><span class="date">[%s]</span></li>' % (h, t, t, d[5:])
                   for h, t, d in items)
f, ident = footer('a', '5329250001', '滇ICP备05007777号', '滇公网安备53292502000077号')
add('real_list_year_heading_mmdd', f"""<html><head><meta charset="utf-8"><title>通知公告 - 宾川县人民政府</title></head><body>
<div class="nav"><a href="/">首页</a></div><div class="main"><div class="lm-title">通知公告</div>
<ul class="list"><li class="nian"><b>2022年</b></li>{yr_rows(YEARLY)}
<li class="nian"><b>2021年</b></li>{yr_rows(YEARLY_OLD)}</ul></div>{f}</body></html>""",
    {"url": "http://www.binchuan.gov.cn/bcxrmzf/tzgg/index.jhtml", "publish_date": None, "is_list_page": True,
     "empty_list": False, "items": items_of("http://www.binchuan.gov.cn/bcxrmzf/tzgg/", YEARLY + YEARLY_OLD),
     "identity": ident, "column_type": "通知公告"})

# List: MM-DD item dates, the year only in each item's TRS URL (t20220330_…).
MMDD = NEWS[:6]
rows = ''.join('<li><span class="date">%s</span><a href="./%s" title="%s">%s</a></li>\n' % (d[5:], h, t, t)
               for h, t, d in MMDD)
f, ident = footer('b', '5329220001', '滇ICP备05002211号', '滇公网安备53292202000012号')
add('real_list_mmdd_url_year', f"""<html><head><meta charset="utf-8"><title>漾濞新闻_漾濞县人民政府</title></head><body>
<div class="nav"><a href="/">首页</a></div><div class="list-box"><ul>{rows}</ul></div>{f}</body></html>""",
    {"url": "http://www.yangbi.gov.cn/ybxrmzf/ybxw/index.html", "publish_date": None, "is_list_page": True,
     "empty_list": False, "items": items_of("http://www.yangbi.gov.cn/ybxrmzf/ybxw/", MMDD), "identity": ident,
     "column_type": "动态要闻"})

# List: 政策文件 table with both 成文日期 and 发布日期 columns; the item's date is the 发布日期.
TWO = [("202203/t20220311_3011.html", "弥渡县人民政府关于印发弥渡县2022年政务公开工作要点的通知", "弥政发〔2022〕6号", "2022-03-07", "2022-03-11"),
       ("202202/t20220222_3002.html", "弥渡县人民政府关于调整县城区机动车限行措施的通告", "弥政通〔2022〕2号", "2022-02-16", "2022-02-22"),
       ("202201/t20220117_2990.html", "弥渡县人民政府关于2022年度县级预算的批复", "弥政复〔2022〕1号", "2022-01-10", "2022-01-17"),
       ("202112/t20211229_2981.html", "弥渡县人民政府关于印发弥渡县“十四五”林草发展规划的通知", "弥政发〔2021〕40号", "2021-12-20", "2021-12-29")]
rows = ''.join('<tr><td>%d</td><td class="bt"><a href="./%s" target="_blank">%s</a></td><td>%s</td><td>%s</td><td>%s</td></tr>\n'
               % (k + 1, h, t, n, c, p) for k, (h, t, n, c, p) in enumerate(TWO))
f, ident = footer('c', '5329250002', '滇ICP备05008888号', '滇公网安备53292502000088号')
add('real_list_cwrq_fbrq_columns', f"""<html><head><meta charset="utf-8"><title>县政府文件 弥渡县人民政府</title></head><body>
<div class="nav"><a href="/">首页</a></div><table class="zcwj" width="100%"><thead><tr><th>序号</th><th>标题</th><th>文号</th><th>成文日期</th><th>发布日期</th></tr></thead>
<tbody>{rows}</tbody></table>{f}</body></html>""",
    {"url": "http://www.midu.gov.cn/mdxrmzf/xzfwj/index.html", "publish_date": None, "is_list_page": True,
     "empty_list": False, "items": [{"url": "http://www.midu.gov.cn/mdxrmzf/xzfwj/" + h, "title": t, "date": p}
                                    for h, t, n, c, p in TWO],
     "identity": ident, "column_type": "政策文件"})

# List: TRS pager whose page count sits in script variables, with the "black2" style argument.
VARS = NEWS[:8]
f, ident = footer('a', '5329300001', '滇ICP备05006789号', '滇公网安备53293002000045号')
add('real_list_trs_pager_vars', f"""<html><head><meta charset="utf-8"><title>部门动态_洱源县人民政府</title></head><body>
<div class="nav"><a href="/">首页</a></div><div class="list"><ul class="news-list">{rows_trs_ul(VARS)}</ul>
<div class="page"><script language="JavaScript">
var currentPage = 0;//所在页从0开始
var prevPage = currentPage-1//上一页
var nextPage = currentPage+1//下一页
var countPage = 3//共多少页
createPageHTML(countPage, currentPage, "index", "shtml", "black2", 24);
</script></div></div>{f}</body></html>""",
    {"url": "http://www.eryuan.gov.cn/eyxrmzf/bmdt/index.shtml", "publish_date": None, "is_list_page": True,
     "empty_list": False, "items": items_of("http://www.eryuan.gov.cn/eyxrmzf/bmdt/", VARS), "identity": ident,
     "pagination": ["http://www.eryuan.gov.cn/eyxrmzf/bmdt/index_1.shtml",
                    "http://www.eryuan.gov.cn/eyxrmzf/bmdt/index_2.shtml"],
     "column_type": "动态要闻"})

# List: the pinned item is marked by a 置顶 badge outside its title and is older than the rest.
PIN2 = [("202110/t20211015_70.html", "洱源县政府信息公开申请流程", "2021-10-15")] + NEWS[:5]
rows = ('<li class="top"><i class="zd">置顶</i><a href="./%s">%s</a><span>%s</span></li>\n' % PIN2[0] +
        ''.join('<li><a href="./%s">%s</a><span>%s</span></li>\n' % r for r in PIN2[1:]))
f, ident = footer('d', '5329300001', '滇ICP备05006789号', '滇公网安备53293002000045号')
add('real_list_pinned_badge', f"""<html><head><meta charset="utf-8"><title>政务公开 - 洱源县人民政府</title></head><body>
<header><a href="/">首页</a></header><div class="content"><ul class="list">{rows}</ul></div>{f}</body></html>""",
    {"url": "http://www.eryuan.gov.cn/eyxrmzf/zwgk/index.html", "publish_date": None, "is_list_page": True,
     "empty_list": False, "items": items_of("http://www.eryuan.gov.cn/eyxrmzf/zwgk/", PIN2), "identity": ident,
     "newest_item": "2022-03-31"})

# Empty columns in the wordings of search-backed list pages and older CMSs.
f, ident = footer('a', '5329230001', '滇ICP备05005555号', '滇公网安备53292302000055号')
add('real_empty_meiyou_zhaodao', f"""<html><head><meta charset="utf-8"><title>人事信息_大理州人民政府</title></head><body>
<div class="nav"><a href="/">首页</a></div><div class="side"><div class="hd">栏目导航</div><ul><li><a href="/dlzrmzf/rsrm/">人事任免</a></li><li><a href="/dlzrmzf/zklq/">招考录取</a></li></ul></div>
<div class="main"><div class="lm">人事信息</div><div id="list"><div class="no-data">没有找到相关信息！</div></div></div>{f}</body></html>""",
    {"url": "http://www.dali.gov.cn/dlzrmzf/rsxx/index.html", "publish_date": None, "is_list_page": True,
     "empty_list": True, "items": [], "identity": ident, "column_type": "人事"})

f, ident = footer('c', '5329230001', '滇ICP备05005555号', '滇公网安备53292302000055号')
add('real_empty_table_wujilu', f"""<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312"><title>大理州人民政府--规划计划</title></head><body>
<table width="1000" align="center"><tr><td><a href="/">首页</a></td></tr></table>
<table width="1000" align="center"><tr><td class="lm">规划计划</td></tr><tr><td><table width="100%"><tr><td align="center" height="60">本栏目暂无记录</td></tr></table></td></tr>
<tr><td align="center">共0条记录 当前第1/1页</td></tr></table>{f}</body></html>""",
    {"url": "http://www.dali.gov.cn/dlzrmzf/ghjh/index.html", "publish_date": None, "is_list_page": True,
     "empty_list": True, "items": [], "identity": ident, "column_type": "规划计划"}, encoding='gbk')

# 信息公开 table whose labels are aligned with blanks between their characters (索 引 号,
# 发 文 日 期, 发 布 日 期); the publish date is the 发布日期, not the earlier 发文日期.
f, ident = footer('c', '5329240001', '滇ICP备05000123号', '滇公网安备53292402000001号')
add('real_gkml_spaced_labels', f"""<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312"><title>祥云县人民政府关于公布2022年第一批县级非物质文化遗产名录的通知</title></head><body>
<table width="980" align="center"><tr><td><a href="/">首页</a> &gt; 政府信息公开</td></tr></table>
<table width="980" align="center" class="xxgk" border="1"><tr><td>索 引 号：015280734/2022-00118</td><td>发布机构：祥云县人民政府办公室</td></tr>
<tr><td>发 文 日 期：2022年03月10日</td><td>发 布 日 期：2022年03月14日</td></tr>
<tr><td colspan="2">名　　称：祥云县人民政府关于公布2022年第一批县级非物质文化遗产名录的通知</td></tr></table>
<table width="980" align="center"><tr><td class="zw">{BODY_P}</td></tr></table>{f}</body></html>""",
    {"url": "http://www.yunnanxiangyun.gov.cn/xyxrmzf/xxgkml/202203/t20220310_1180.html", "publish_date": "2022-03-14",
     "is_list_page": False, "identity": ident}, encoding='gbk')

# Info bar "日　　期：" with ideographic spaces inside the label; a static 今天是 bar above it.
f, ident = footer('a', '5329260001', '滇ICP备06001111号', '滇公网安备53292602000001号')
add('real_riqi_spaced_today_bar', f"""<html><head><meta charset="utf-8"><title>南涧县召开2022年第一季度安全生产例会</title></head><body>
<div class="topbar">今天是 2022年04月02日 星期六</div><div class="nav"><a href="/">首页</a></div>
<div class="article"><h2>南涧县召开2022年第一季度安全生产例会</h2>
<p class="info">日　　期：2022-03-16　　来　　源：县应急管理局　　点击数：<span id="clicks">37</span></p>
<div class="text">{BODY_P}</div></div>{f}</body></html>""",
    {"url": "http://www.nanjian.gov.cn/njxrmzf/aqsc/content_3316.html", "publish_date": "2022-03-16",
     "is_list_page": False, "identity": ident})

# gov.cn-style article: a sidebar of newer dated news first in document order, the article's
# own date unlabelled with seconds in its date bar, newer dates in a related list below.
f, ident = footer('d', '5301000002', '滇ICP备05000202号', '滇公网安备53010202000202号')
side = sidebar("要闻动态", [("/c/2022-03-30/4312101.shtml", "昆明市召开一季度经济运行分析会", "2022-03-30"),
                          ("/c/2022-03-29/4312088.shtml", "昆明市部署森林草原防灭火工作", "2022-03-29")], "left-side")
add('real_pages_date_unlabelled_sidebar', f"""<!DOCTYPE html><html><head><meta charset="utf-8"><title>昆明市2022年城市更新工作推进会召开_昆明市人民政府</title></head><body>
<header><a href="/">首页</a></header><div class="wrap">{side}<div class="article"><div class="article-title">昆明市2022年城市更新工作推进会召开</div>
<div class="pages-date">2022-03-21 09:40:12<span class="font">来源：昆明日报</span></div>
<div class="pages_content">{BODY_P}</div>
<div class="related"><h4>相关新闻</h4><ul><li><a href="/c/2022-03-28/4312070.shtml">昆明市城市更新条例征求意见</a><span>2022-03-28</span></li>
<li><a href="/c/2022-03-25/4312051.shtml">昆明市老旧小区改造开工</a><span>2022-03-25</span></li></ul></div></div></div>{f}</body></html>""",
    {"url": "http://www.km.gov.cn/c/2022-03-21/4312040.shtml", "publish_date": "2022-03-21", "is_list_page": False,
     "identity": ident})

# Old GBK list: odd/even striped table rows, page links as ?pageNum=N with text 下一页/尾页.
STRIPE = NEWS[2:8]
rows = ''.join('<tr class="%s"><td><a href="/news/%s" target="_blank">%s</a></td><td align="right">%s</td></tr>\n'
               % ('odd' if k % 2 == 0 else 'even', h, t, d) for k, (h, t, d) in enumerate(STRIPE))
f, ident = footer('c', '5329330001', '滇ICP备05010001号', '滇公网安备53293302000001号', badge=False)
add('real_list_striped_pagenum', f"""<html><head><meta http-equiv="Content-Type" content="text/html; charset=gbk"><title>新闻中心 - 洱源县人民政府</title></head><body>
<table width="980" align="center"><tr><td><a href="/">首页</a></td></tr></table>
<table width="980" align="center" class="newslist">{rows}</table>
<table width="980" align="center"><tr><td align="center">共6页 <a href="/news/list.jsp?lmid=12&amp;pageNum=2">下一页</a> <a href="/news/list.jsp?lmid=12&amp;pageNum=6">尾页</a></td></tr></table>{f}</body></html>""",
    {"url": "http://www.eryuan.gov.cn/news/list.jsp?lmid=12", "publish_date": None, "is_list_page": True,
     "empty_list": False, "items": items_of("http://www.eryuan.gov.cn/news/", STRIPE), "identity": ident,
     "pagination": ["http://www.eryuan.gov.cn/news/list.jsp?lmid=12&pageNum=2",
                    "http://www.eryuan.gov.cn/news/list.jsp?lmid=12&pageNum=6"]}, encoding='gbk')

# List: each entry one link card (集约化 modern templates): heading, summary, date at the end.
CARD = [("content/post_2211.html", "宾川县召开2022年一季度重点项目推进会", "2022-03-29"),
        ("content/post_2204.html", "宾川县启动“河长制”集中巡河行动", "2022-03-23"),
        ("content/post_2196.html", "宾川县开展2022年春季义务植树活动", "2022-03-12"),
        ("content/post_2188.html", "宾川县召开春耕生产暨农业农村工作会", "2022-03-03")]
rows = ''.join('<li><a href="%s" target="_blank"><h3>%s</h3><p>2022年以来，全县上下认真贯彻落实县委、县政府决策部署，扎实推进各项工作，取得了阶段性成效……</p>'
               '<span class="date">%s</span></a></li>\n' % (h, t, d) for h, t, d in CARD)
f, ident = footer('d', '5329250001', '滇ICP备05007777号', '滇公网安备53292502000077号')
add('real_list_card_links', f"""<!DOCTYPE html><html><head><meta charset="utf-8"><title>宾川要闻 - 宾川县人民政府</title></head><body>
<header><a href="/">首页</a></header><div class="main"><ul class="card-list">{rows}</ul></div>{f}</body></html>""",
    {"url": "http://www.binchuan.gov.cn/bcxrmzf/bcyw/index.html", "publish_date": None, "is_list_page": True,
     "empty_list": False, "items": items_of("http://www.binchuan.gov.cn/bcxrmzf/bcyw/", CARD), "identity": ident,
     "column_type": "动态要闻"})

# List: link cards with the split date first (day large, year-month small), then title and summary.
rows = ''.join('<div class="item"><a href="%s"><div class="date"><strong>%s</strong><em>%s</em></div>'
               '<div class="txt"><div class="tit">%s</div><div class="zy">会议强调，要进一步提高政治站位，压实工作责任，确保各项任务按期完成。</div></div></a></div>\n'
               % (h, d[8:], d[:7].replace('-', '/'), t) for h, t, d in CARD)
f, ident = footer('b', '5329250001', '滇ICP备05007777号', '滇公网安备53292502000077号')
add('real_list_card_split_date', f"""<!DOCTYPE html><html><head><meta charset="utf-8"><title>工作动态 - 宾川县人民政府</title></head><body>
<header><a href="/">首页</a></header><div class="main"><div class="lm">工作动态</div><div class="news">{rows}</div></div>{f}</body></html>""",
    {"url": "http://www.binchuan.gov.cn/bcxrmzf/gzdt/index.html", "publish_date": None, "is_list_page": True,
     "empty_list": False, "items": items_of("http://www.binchuan.gov.cn/bcxrmzf/gzdt/", CARD), "identity": ident,
     "column_type": "动态要闻"})

# List: TRS template whose entries write their title link in script (the title shortened by
# script), the date visible next to it.
SCRIPTED = NEWS[:7]
rows = ''.join('<li><span class="date">%s</span><script type="text/javascript">\nvar str = "%s";\n'
               'var s = str.length > 18 ? str.substr(0, 18) + "..." : str;\n'
               "document.write(\"<a href='./%s' target='_blank' title='\" + str + \"'>\" + s + \"</a>\");\n</script></li>\n"
               % (d, t, h) for h, t, d in SCRIPTED)
f, ident = footer('a', '5329300001', '滇ICP备05006789号', '滇公网安备53293002000045号')
add('real_list_trs_script_titles', f"""<html><head><meta charset="utf-8"><title>乡镇动态_洱源县人民政府</title></head><body>
<div class="nav"><a href="/">首页</a></div><div class="list"><ul class="news-list">{rows}</ul>
<div class="page"><script>createPageHTML(2, 0, "index", "html");</script></div></div>{f}</body></html>""",
    {"url": "http://www.eryuan.gov.cn/eyxrmzf/xzdt/index.html", "publish_date": None, "is_list_page": True,
     "empty_list": False, "items": items_of("http://www.eryuan.gov.cn/eyxrmzf/xzdt/", SCRIPTED), "identity": ident,
     "pagination": ["http://www.eryuan.gov.cn/eyxrmzf/xzdt/index_1.html"], "column_type": "动态要闻"})

# List: one column split under year headings, each year its own list of MM-DD items.
f, ident = footer('b', '5329250001', '滇ICP备05007777号', '滇公网安备53292502000077号')
add('real_list_year_groups', f"""<html><head><meta charset="utf-8"><title>公示公告 - 宾川县人民政府</title></head><body>
<div class="nav"><a href="/">首页</a></div><div class="main"><div class="lm-title">公示公告</div>
<div class="year"><h3>2022年</h3><ul class="list">{yr_rows(YEARLY)}</ul></div>
<div class="year"><h3>2021年</h3><ul class="list">{yr_rows(YEARLY_OLD)}</ul></div></div>{f}</body></html>""",
    {"url": "http://www.binchuan.gov.cn/bcxrmzf/gsgg/index.jhtml", "publish_date": None, "is_list_page": True,
     "empty_list": False, "items": items_of("http://www.binchuan.gov.cn/bcxrmzf/gsgg/", YEARLY + YEARLY_OLD),
     "identity": ident})


def main():
    write_pages(HERE, PAGES)


if __name__ == '__main__':
    main()
