#!/usr/bin/env python3
"""Writes the blind extraction set: tests/data/extract/blind/<name>.html and manifest.json.

A held-out set, written before reading the extractor and never tuned against: pages in the
style of the CMSs Chinese government sites run on (TRS WCM / 海云, 大汉 hanweb, 开普云, 拓尔思
政府信息公开 pages, 集约化 templates, hand-made table layouts in GBK), with their traps (sidebars
of 热点新闻 with their own dates, today-bars, copyright years, 成文日期 before 发布日期, 更新时间,
置顶 items, dates only in URLs, [03-05] dates). Every expected value is what a person reading the
page in a browser would answer. Same manifest format as ../corpus, plus two optional keys:
  "undated": true   the page has no date of its own; publish_date null is then scored too
  "meta": {...}     <meta> names and contents the extractor must report
Re-run after editing:  python3 tests/data/extract/blind/generate.py
"""
import os
import sys
from functools import partial
from urllib.parse import urljoin

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from corpus_writer import add_page, write_pages  # noqa: E402

HERE = os.path.dirname(os.path.abspath(__file__))
PAGES = []

CONAC_SCRIPT = ('<script type="text/javascript">document.write(unescape("%%3Cspan id=\'_ideConac\' %%3E%%3C/span%%3E'
                '%%3Cscript src=\'https://dcs.conac.cn/js/25/000/0000/%s/CA25000000%s0001.js\' type=\'text/javascript\''
                '%%3E%%3C/script%%3E"));</script>')


def footer(variant, code, icp, psb, badge=True, jiucuo=True, host='县人民政府办公室', phone='0871-63112345'):
    """Returns (html, expected identity) for one of several footer shapes."""
    digits = psb[psb.index('备') + 1:-1].strip()
    prov = psb[:psb.index('公网安备')]
    conac_link = ('<a href="https://bszs.conac.cn/sitename?method=show&id=%s" target="_blank">'
                  '<img src="/images/dzjg.png" alt="党政机关" border="0"></a>' % code)
    jiucuo_script = ('<script id="_jiucuo_" sitecode=\'%s\' src=\'https://zfwzgl.www.gov.cn/exposure/jiucuo.js\'>'
                     '</script>' % code)
    if variant == 'trs':  # TRS 海云 template: spans separated by ideographic spaces, scripts for badges
        html = ('<div class="footer"><div class="footer-c"><div class="fl">%s</div><div class="fm">'
                '<p>主办：%s　承办：%s信息中心　联系电话：%s</p>'
                '<p>网站标识码：%s　<a href="https://beian.miit.gov.cn" target="_blank">%s</a>　'
                '<a href="http://www.beian.gov.cn/portal/registerSystemInfo?recordcode=%s" target="_blank">'
                '<img src="/images/gongan.png">%s</a></p><p>版权所有 © 2024 %s</p></div><div class="fr">%s</div></div></div>'
                % (CONAC_SCRIPT % (digits[:8], digits[:6]) if badge else '', host, host[:2], phone, code, icp,
                   digits, psb, host, jiucuo_script if jiucuo else ''))
    elif variant == 'hanweb':  # 大汉: table footer, labels with half-width colons, badge as link
        html = ('<table width="1200" border="0" align="center" cellpadding="0" cellspacing="0" class="bt-foot">'
                '<tr><td width="130" align="center">%s</td><td style="line-height:28px;color:#333">'
                '主办单位:%s &nbsp;&nbsp;地址:人民路12号 &nbsp;&nbsp;邮编:650000<br>'
                'ICP备案号:<a href="https://beian.miit.gov.cn/">%s</a> &nbsp;&nbsp;网站标识码:%s&nbsp;&nbsp;'
                '<img src="/picture/0/ga.png" align="absmiddle">%s<br>联系电话:%s</td>'
                '<td width="130" align="center">%s</td></tr></table>'
                % (conac_link if badge else '', host, icp, code, psb, phone,
                   '<a href="https://zfwzgl.www.gov.cn/exposure/jiucuo.html?site_code=%s&url=x" target="_blank">'
                   '<img src="/picture/0/jiucuo.png" alt="政府网站找错"></a>' % code if jiucuo else ''))
    elif variant == 'ucap':  # 开普云: footer element, each fact its own <span>, 找错 as a text link
        html = ('<footer><div class="foot-links"><a href="/wzdt/">网站地图</a>|<a href="/lxwm/">联系我们</a>|'
                '<a href="/mzsm/">免责声明</a></div><div class="foot-info">'
                '<span>主办单位：%s</span><span>承办单位：%s大数据中心</span><br>'
                '<span>网站标识码：%s</span><span><a href="https://beian.miit.gov.cn/#/Integrated/index">%s</a></span>'
                '<span><img src="/images/beian.png" style="vertical-align:middle">%s公网安备 %s号</span>'
                '<br><span>Copyright©2019-2024 All Rights Reserved</span></div>%s%s</footer>'
                % (host, host[:2], code, icp, prov, digits, conac_link if badge else '',
                   '<a href="/jiucuo/index.html" class="jc">我为政府网站找错</a>' if jiucuo else ''))
    elif variant == 'old':  # hand-made site: <FONT>, uppercase tags, no labels on the ICP number
        html = ('<TABLE width=980 align=center bgColor=#f0f0f0><TR><TD align=center height=90><FONT color=#555555>'
                '版权所有：%s&nbsp;&nbsp;技术支持：某某网络公司<BR>网站标识码 %s&nbsp;&nbsp;%s&nbsp;&nbsp;%s'
                '<BR>电话：%s&nbsp; 最佳浏览分辨率1366×768</FONT></TD><TD width=100>%s</TD><TD width=100>%s</TD></TR></TABLE>'
                % (host, code, icp, psb, phone, conac_link if badge else '',
                   '<A href="https://zfwzgl.www.gov.cn/exposure/jiucuo.html?site_code=%s">'
                   '<IMG src="/img/zc.png" alt="我为政府网站找错"></A>' % code if jiucuo else ''))
    else:
        raise ValueError(variant)
    return html, {"site_code": code, "icp": icp, "psb": psb, "party_badge": badge, "error_report_entry": jiucuo}


add = partial(add_page, PAGES)  # add(name, html, expected, encoding='utf-8')


NAV = ('<div class="nav"><ul><li><a href="/">首页</a></li><li><a href="/zwgk/">政务公开</a><ul>'
       '<li><a href="/zwgk/zcwj/">政策文件</a></li><li><a href="/zwgk/zcjd/">政策解读</a></li>'
       '<li><a href="/zwgk/tzgg/">通知公告</a></li><li><a href="/zwgk/rsxx/">人事信息</a></li>'
       '<li><a href="/zwgk/ghjh/">规划计划</a></li><li><a href="/zwgk/czyjs/">财政预决算</a></li></ul></li>'
       '<li><a href="/zwfw/">政务服务</a><ul><li><a href="/zwfw/bszn/">办事指南</a></li>'
       '<li><a href="/zwfw/xzzx/">表格下载</a></li></ul></li><li><a href="/hdjl/">互动交流</a><ul>'
       '<li><a href="/hdjl/xzxx/">县长信箱</a></li><li><a href="/hdjl/zxft/">在线访谈</a></li>'
       '<li><a href="/hdjl/dczj/">调查征集</a></li></ul></li><li><a href="/zjxq/">走进县情</a></li></ul></div>')

BODY = ('<p>为深入贯彻落实省委、省政府关于优化营商环境的决策部署，进一步提升政务服务效能，结合我县实际，现将有关事项通知如下。</p>'
        '<p>一、工作目标。到年底，政务服务事项网上可办率达到百分之九十五以上，高频事项实现“一件事一次办”。</p>'
        '<p>二、主要任务。各乡镇、各部门要对照清单逐项梳理办事指南，确保申请材料、办理时限、收费标准等要素准确完整。</p>'
        '<p>三、保障措施。县政务服务管理局要加强统筹协调，定期通报工作进展，对推进不力的单位进行督办。</p>')

NEWS = ('<p>会议强调，要坚持以人民为中心的发展思想，扎实做好春耕生产、安全生产和森林防火等各项工作，'
        '确保全县经济社会发展开好局、起好步。</p><p>会议要求，各级各部门要进一步压实责任，层层抓好落实，'
        '以实干实绩推动各项决策部署落地见效。</p><p>县人大常委会、县政协有关负责同志列席会议。</p>')


def hot(heading, rows, cls="hot"):
    lis = ''.join('<li><a href="%s" title="%s">%s</a><span class="date">%s</span></li>' % (u, t, t, d)
                  for u, t, d in rows)
    return '<div class="%s"><h3>%s</h3><ul>%s</ul></div>' % (cls, heading, lis)


HOT = [("/xwzx/jryw/202403/t20240318_551201.html", "县委常委会召开会议传达学习全国两会精神", "2024-03-18"),
       ("/xwzx/jryw/202403/t20240317_551188.html", "我县召开春季森林草原防灭火工作会议", "2024-03-17"),
       ("/xwzx/bmdt/202403/t20240316_551150.html", "县人社局开展春风行动招聘会", "2024-03-16")]


def items_of(base, rows):
    """Expected items: `base` is the list page's URL (or its origin) that the hrefs resolve against."""
    return [{"url": urljoin(base, u), "title": t, "date": d} for u, t, d in rows]


def list_page(url, origin, rows, ident, **extra):
    """Expected facts of a column list page whose items are `rows` resolved against `origin`."""
    expected = {"url": url, "publish_date": None, "is_list_page": True, "empty_list": False,
                "items": items_of(origin, rows)}
    expected.update(extra)
    expected["identity"] = ident
    return expected


# ============================================================================== articles ==

# TRS 海云: PubDate meta, info bar with 来源 and 字号, right 热点新闻 with newer dates.
f, ident = footer('trs', '5301000001', '滇ICP备05001234号-1', '滇公网安备 53010202000123号', host='昆明市人民政府办公室')
add('trs_hy_infobar_hot', f'''<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8"><meta http-equiv="X-UA-Compatible" content="IE=edge">
<meta name="SiteName" content="昆明市人民政府"><meta name="SiteDomain" content="www.km.gov.cn">
<meta name="SiteIDCode" content="5301000001"><meta name="ColumnName" content="部门动态">
<meta name="ColumnType" content="部门动态"><meta name="ArticleTitle" content="市发展改革委召开一季度重点项目推进会">
<meta name="PubDate" content="2024-03-05 10:21"><meta name="ContentSource" content="市发展改革委">
<title>市发展改革委召开一季度重点项目推进会_部门动态_昆明市人民政府</title>
<link rel="stylesheet" href="/images/2024/css/common.css"></head><body>
<div class="head"><div class="logo"><img src="/images/logo.png"></div>{NAV}</div>
<div class="crumb">当前位置：<a href="/">首页</a> &gt; <a href="/xwzx/">新闻中心</a> &gt; <a href="./">部门动态</a></div>
<div class="container"><div class="main-l"><div class="article">
<h1 class="art-title">市发展改革委召开一季度重点项目推进会</h1>
<div class="art-info"><span>发布时间：2024-03-05 10:21</span><span>来源：市发展改革委</span>
<span class="font">【字体：<a href="javascript:doZoom(18)">大</a> <a href="javascript:doZoom(16)">中</a> <a href="javascript:doZoom(14)">小</a>】</span>
<span><a href="javascript:window.print()">打印</a></span></div>
<div class="TRS_Editor"><div class="TRS_UEDITOR"><p>3月4日，市发展改革委召开一季度重点项目推进会，通报1至2月全市重点项目建设进展情况。</p>{NEWS}</div></div>
</div></div><div class="main-r">{hot("热点新闻", HOT)}{hot("图片新闻", [("/xwzx/tpxw/202403/t20240319_551300.html", "滇池湖畔春意浓", "2024-03-19")])}</div></div>
{f}</body></html>''',
    {"url": "http://www.km.gov.cn/c/xwzx/bmdt/202403/t20240305_551020.html", "publish_date": "2024-03-05",
     "is_list_page": False, "identity": ident, "column_type": "动态要闻",
     "meta": {"SiteIDCode": "5301000001", "ColumnName": "部门动态", "PubDate": "2024-03-05 10:21",
              "ContentSource": "市发展改革委"}})

# TRS: the only own date is the URL; the page shows a today-bar and a hot list.
f, ident = footer('trs', '5303000003', '滇ICP备05012345号', '滇公网安备 53030202000321号', host='曲靖市人民政府办公室')
add('trs_url_only_today_bar', f'''<html><head><meta charset="utf-8"><title>曲靖市2024年春运工作方案_通知公告_曲靖市人民政府</title></head><body>
<div class="topbar"><span class="today">今天是：2024年3月20日 星期三</span><a href="/wza/">无障碍</a> <a href="/en/">English</a></div>
{NAV}<div class="wrap"><div class="lcon"><div class="tit">曲靖市2024年春运工作方案</div>
<div class="share">分享到：<a href="#">微信</a> <a href="#">微博</a></div>
<div class="txt">{BODY}</div></div><div class="rcon">{hot("热点新闻", HOT)}</div></div>{f}</body></html>''',
    {"url": "http://www.qj.gov.cn/html/2024/tzgg/t20240119_1120334.html", "publish_date": "2024-01-19",
     "is_list_page": False, "identity": ident, "column_type": "通知公告"})

# 大汉 hanweb: art_ URL, <span>发布日期：2024年3月5日</span>, 信息来源, hit counter script.
f, ident = footer('hanweb', '5325000002', '滇ICP备08002345号', '滇公网安备53250202000045号', host='红河州人民政府办公室')
add('hanweb_art_span_cn', f'''<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<meta name="ArticleTitle" content="红河州召开2024年全州农业农村工作会议"><meta name="PubDate" content="2024-03-05 16:40">
<meta name="ContentSource" content="州农业农村局"><meta name="ColumnName" content="州内要闻">
<title>红河州召开2024年全州农业农村工作会议 </title></head><body>
{NAV}<table width="1000" align="center" cellpadding="0" cellspacing="0"><tr><td>
<div class="bt_link">当前位置：<a href="/">首页</a> &gt;&gt; <a href="/col/col7701/index.html">州内要闻</a></div>
<!--<$[标题名称]>begin--><div class="title">红河州召开2024年全州农业农村工作会议</div><!--<$[标题名称]>end-->
<div class="info"><span>发布日期：2024年3月5日</span>&nbsp;&nbsp;<span>信息来源：州农业农村局</span>&nbsp;&nbsp;
<span>浏览次数：<script language="javascript" src="/module/visitcount/articlehits.jsp?colid=7701&artid=987654"></script></span></div>
<!--<$[信息内容]>begin--><div id="zoom"><p>3月4日，2024年全州农业农村工作会议召开。</p>{NEWS}</div><!--<$[信息内容]>end-->
<table width="100%" class="xgxx"><tr><td>相关信息：<a href="/art/2024/2/28/art_7701_987500.html">全州春耕备耕工作推进会召开</a> 2024-02-28</td></tr></table>
</td></tr></table>{f}</body></html>''',
    {"url": "http://www.hh.gov.cn/art/2024/3/5/art_7701_987654.html", "publish_date": "2024-03-05",
     "is_list_page": False, "identity": ident, "column_type": "动态要闻"})

# hanweb page saved as GBK, uppercase tags, table layout, date in a <TD> with 日期：.
f, ident = footer('old', '5326000001', '滇ICP备05006611号', '滇公网安备53260102000066号', host='文山州人民政府')
add('hanweb_gbk_upper', f'''<HTML><HEAD><META http-equiv=Content-Type content="text/html; charset=gb2312">
<TITLE>文山州人民政府关于调整部分行政许可事项的决定</TITLE></HEAD>
<BODY leftMargin=0 topMargin=0><TABLE width=980 align=center border=0><TR><TD><IMG src="/images/banner.jpg"></TD></TR></TABLE>
<TABLE width=980 align=center border=0 cellPadding=0 cellSpacing=0><TR>
<TD width=220 vAlign=top><TABLE width="100%"><TR><TD class=lm>最新公告</TD></TR>
<TR><TD><A href="/art/2024/3/12/art_55_9001.html">关于开展2024年安全生产月活动的通知</A><BR><FONT color=#999999>2024-03-12</FONT></TD></TR>
<TR><TD><A href="/art/2024/3/11/art_55_8999.html">文山州2024年度人才引进公告</A><BR><FONT color=#999999>2024-03-11</FONT></TD></TR></TABLE></TD>
<TD vAlign=top><TABLE width="100%" border=0><TR><TD align=center height=60><FONT style="FONT-SIZE: 20px; COLOR: #c00"><B>文山州人民政府关于调整部分行政许可事项的决定</B></FONT></TD></TR>
<TR><TD align=center bgColor=#f5f5f5>日期：2024-02-27 &nbsp;&nbsp;来源：州司法局 &nbsp;&nbsp;【<A href="javascript:window.close()">关闭窗口</A>】</TD></TR>
<TR><TD class=bt_content><P>经州人民政府研究，决定对部分行政许可事项进行调整，现予公布。</P>{BODY}
<P align=right>文山州人民政府<BR>2024年2月26日</P></TD></TR></TABLE></TD></TR></TABLE>
{f}</BODY></HTML>''',
    {"url": "http://www.ynws.gov.cn/art/2024/2/27/art_56_8870.html", "publish_date": "2024-02-27",
     "is_list_page": False, "identity": ident}, encoding='gbk')

# 开普云: post_ URL, <span class="date">时间：2024-03-07</span>, 浏览次数, 上一篇/下一篇 with dates.
f, ident = footer('ucap', '4401000108', '粤ICP备05017201号', '粤公网安备44010402000208号', host='广州市天河区人民政府')
add('ucap_post_prevnext', f'''<!doctype html><html><head><meta charset="utf-8">
<meta name="SiteName" content="广州市天河区人民政府门户网站"><meta name="SiteDomain" content="www.thnet.gov.cn">
<meta name="SiteIDCode" content="4401000108"><meta name="ColumnName" content="通知公告"><meta name="ColumnType" content="通知公告">
<meta name="ArticleTitle" content="天河区2024年春季义务教育阶段学校招生工作公告"><meta name="PubDate" content="2024-03-07 09:00:00">
<title>天河区2024年春季义务教育阶段学校招生工作公告 - 广州市天河区人民政府门户网站</title></head><body>
<header>{NAV}</header><main class="content-wrap"><div class="breadcrumb"><a href="/">首页</a>&gt;<a href="/gkmlpt/">通知公告</a></div>
<article><h2 class="article-title">天河区2024年春季义务教育阶段学校招生工作公告</h2>
<div class="article-meta"><span class="date">时间：2024-03-07</span><span class="source">来源：天河区教育局</span><span>浏览次数：<em id="hits">1563</em></span></div>
<div class="article-content">{BODY}<p>报名时间：2024年4月1日至4月10日。</p></div>
<div class="prev-next"><p>上一篇：<a href="./post_9012001.html">天河区2024年防汛工作部署会召开</a><span>2024-03-06</span></p>
<p>下一篇：<a href="./post_9012088.html">天河区开展学雷锋志愿服务活动</a><span>2024-03-08</span></p></div>
</article></main>{f}</body></html>''',
    {"url": "http://www.thnet.gov.cn/gkmlpt/content/9/9012045/post_9012045.html", "publish_date": "2024-03-07",
     "is_list_page": False, "identity": ident, "column_type": "通知公告",
     "meta": {"SiteName": "广州市天河区人民政府门户网站", "SiteDomain": "www.thnet.gov.cn", "ColumnType": "通知公告",
              "ArticleTitle": "天河区2024年春季义务教育阶段学校招生工作公告"}})

# 拓尔思 政府信息公开: table with 索引号/发文机关/成文日期/发布日期; 成文日期 first.
f, ident = footer('trs', '5304000002', '滇ICP备06000555号', '滇公网安备 53040202000555号', host='玉溪市人民政府办公室')
add('gkml_table_cwrq_fbrq', f'''<html><head><meta charset="utf-8"><title>玉溪市人民政府关于印发玉溪市城市更新行动实施方案的通知</title></head><body>
{NAV}<div class="xxgk-main"><table class="xxgk-table" cellspacing="0" cellpadding="0" border="1">
<tr><th>索&nbsp;引&nbsp;号：</th><td>11530400015183345X/2024-00032</td><th>主题分类：</th><td>城乡建设、环境保护</td></tr>
<tr><th>发文机关：</th><td>玉溪市人民政府</td><th>成文日期：</th><td>2024年02月23日</td></tr>
<tr><th>标　　题：</th><td colspan="3">玉溪市人民政府关于印发玉溪市城市更新行动实施方案的通知</td></tr>
<tr><th>发文字号：</th><td>玉政发〔2024〕5号</td><th>发布日期：</th><td>2024年03月01日</td></tr>
<tr><th>有&nbsp;效&nbsp;性：</th><td>有效</td><th>主&nbsp;题&nbsp;词：</th><td></td></tr></table>
<div class="xxgk-title">玉溪市人民政府关于印发玉溪市城市更新行动实施方案的通知</div>
<div class="xxgk-wh">玉政发〔2024〕5号</div><div class="xxgk-content">{BODY}
<p style="text-align:right">玉溪市人民政府<br>2024年2月23日</p><p>（此件公开发布）</p></div>
<div class="xxgk-jd">相关解读：<a href="/xxgk/zcjd/202403/t20240304_1100230.html">图解：玉溪市城市更新行动实施方案</a></div></div>
{f}</body></html>''',
    {"url": "http://www.yuxi.gov.cn/yxszf/xxgkml/202403/t20240301_1100201.html", "publish_date": "2024-03-01",
     "is_list_page": False, "identity": ident, "column_type": "政策文件"})

# 信息公开 table where 发布日期 comes before 成文日期 and both use the hyphen form.
f, ident = footer('hanweb', '5308000001', '滇ICP备05008181号', '滇公网安备53080202000181号', host='普洱市人民政府办公室')
add('gkml_fbrq_before_cwrq', f'''<html><head><meta charset="utf-8"><title>普洱市人民政府办公室关于印发普洱市防汛抗旱应急预案的通知</title></head><body>
{NAV}<div class="gk-box"><table width="100%" class="gk-tb">
<tr><td class="lab">索引号</td><td>000014349/2024-00118</td><td class="lab">信息分类</td><td>应急管理</td></tr>
<tr><td class="lab">发布机构</td><td>普洱市人民政府办公室</td><td class="lab">发布日期</td><td>2024-03-11</td></tr>
<tr><td class="lab">文号</td><td>普政办发〔2024〕12号</td><td class="lab">成文日期</td><td>2024-03-06</td></tr>
<tr><td class="lab">名称</td><td colspan="3">普洱市人民政府办公室关于印发普洱市防汛抗旱应急预案的通知</td></tr></table>
<h1>普洱市人民政府办公室关于印发普洱市防汛抗旱应急预案的通知</h1><div class="zw">{BODY}
<p align="right">普洱市人民政府办公室<br>2024年3月6日</p></div></div>{f}</body></html>''',
    {"url": "http://www.puershi.gov.cn/info/1041/233610.htm", "publish_date": "2024-03-11",
     "is_list_page": False, "identity": ident})

# 信息公开 page as a definition list with 生成日期 / 公开日期 labels.
f, ident = footer('ucap', '5305000001', '滇ICP备05003355号-2', '滇公网安备53050202000335号', host='保山市人民政府办公室')
add('gkml_dl_gkrq', f'''<html><head><meta charset="utf-8"><title>保山市2023年政府信息公开工作年度报告</title></head><body>
{NAV}<div class="detail"><dl class="gk-attr"><dt>索引号：</dt><dd>53050000-2024-000031</dd><dt>发布机构：</dt><dd>保山市人民政府办公室</dd>
<dt>生成日期：</dt><dd>2024-01-18</dd><dt>公开日期：</dt><dd>2024-01-22</dd><dt>公开方式：</dt><dd>主动公开</dd></dl>
<h2>保山市2023年政府信息公开工作年度报告</h2><div class="view">
<p>本报告根据《中华人民共和国政府信息公开条例》要求编制。报告中所列数据的统计期限自2023年1月1日起至2023年12月31日止。</p>
<p>一、总体情况。2023年，我市认真贯彻落实政府信息公开工作要求，全年主动公开政府信息12345条。</p></div></div>{f}</body></html>''',
    {"url": "http://www.baoshan.gov.cn/info/egovinfo/1001/xxgk_content/53050000-2024-000031.htm",
     "publish_date": "2024-01-22", "is_list_page": False, "identity": ident})

# 政策解读: publish date in the info bar; the related document's own date appears first in text.
f, ident = footer('trs', '5323000001', '滇ICP备05009988号', '滇公网安备 53230102000998号', host='楚雄州人民政府办公室')
add('zcjd_related_doc_date', f'''<html><head><meta charset="utf-8"><meta name="ColumnName" content="政策解读">
<title>《楚雄州促进民营经济高质量发展若干措施》政策解读</title></head><body>{NAV}
<div class="w1200"><div class="pos">当前位置：首页 &gt; 政务公开 &gt; 政策解读</div>
<h1>《楚雄州促进民营经济高质量发展若干措施》政策解读</h1>
<div class="relate-doc">相关文件：<a href="/zwgk/zcwj/202402/t20240220_900112.html">楚雄州人民政府关于印发促进民营经济高质量发展若干措施的通知</a>（2024-02-20）</div>
<div class="infos">发布时间：2024-03-12 15:30　　来源：州发展改革委　　【<a href="javascript:;">打印</a>】【<a href="javascript:;">关闭</a>】</div>
<div class="cont"><p>一、出台背景。2024年2月20日，州人民政府印发了《楚雄州促进民营经济高质量发展若干措施》。</p>
<p>二、主要内容。《措施》共5个方面20条，从市场准入、要素保障、融资支持等方面提出具体举措。</p></div></div>{f}</body></html>''',
    {"url": "http://www.cxz.gov.cn/zwgk/zcjd/202403/t20240312_900340.html", "publish_date": "2024-03-12",
     "is_list_page": False, "identity": ident, "column_type": "政策解读"})

# Government document page whose only date is the 落款 in Chinese numerals; a today-bar on top.
f, ident = footer('old', '5331000001', '滇ICP备06003030号', '滇公网安备53310202000303号', host='德宏州人民政府')
add('luokuan_cn_numerals_only', f'''<html><head><meta charset="utf-8"><title>德宏州人民政府关于公布第五批州级非物质文化遗产代表性项目名录的通知</title></head><body>
<div class="date-bar">2024年3月25日 星期一 &nbsp; 农历二月十六</div>{NAV}
<div class="content"><div class="bt">德宏州人民政府关于公布第五批州级非物质文化遗产代表性项目名录的通知</div>
<div class="wh">德政发〔2024〕3号</div><div class="zw"><p>各县、市人民政府，州直各委、办、局：</p>
<p>州人民政府同意州文化和旅游局确定的第五批州级非物质文化遗产代表性项目名录，现予公布。</p>
<p>附件：第五批州级非物质文化遗产代表性项目名录</p>
<p style="text-align:right">德宏州人民政府</p><p style="text-align:right">二〇二四年三月五日</p></div></div>{f}</body></html>''',
    {"url": "http://www.dh.gov.cn/Web/_F0_0_28D07PB1BCX0L0XYZ1A4C6D6E.htm", "publish_date": "2024-03-05",
     "is_list_page": False, "identity": ident})

# Page with no date of its own: only copyright years and a site-wide 最后更新 line.
f, ident = footer('ucap', '5329000001', '滇ICP备05000880号', '滇公网安备53290102000088号', host='大理州人民政府')
add('static_copyright_only', f'''<html><head><meta charset="utf-8"><title>机构职能 - 大理州人民政府</title></head><body>{NAV}
<div class="main"><h1>机构职能</h1><div class="text"><p>大理州人民政府办公室是州人民政府的办事机构，主要职责是：</p>
<p>（一）负责州人民政府会议的准备工作，协助州人民政府领导同志组织会议决定事项的实施。</p>
<p>（二）协助州人民政府领导同志组织起草或审核以州人民政府、州人民政府办公室名义发布的公文。</p>
<p>（三）督促检查州人民政府各部门和各县市人民政府对州人民政府公文、会议决定事项的执行和落实情况。</p></div></div>
<div class="copy">© 2024 大理白族自治州人民政府 版权所有 · 建议使用1920×1080分辨率</div>{f}</body></html>''',
    {"url": "http://www.dali.gov.cn/dlzrmzf/c100380/jgzn.shtml", "publish_date": None, "undated": True,
     "is_list_page": False, "identity": ident})

# 发布时间 written after the body (older templates); sidebars with dates come earlier in the page.
f, ident = footer('hanweb', '5327000001', '滇ICP备05004477号', '滇公网安备53270202000447号', host='临沧市人民政府办公室')
add('date_after_body_sidebar_first', f'''<html><head><meta charset="utf-8"><title>临沧市召开2024年优化营商环境工作推进会</title></head><body>{NAV}
<div class="box"><div class="left">{hot("热点新闻", HOT)}{hot("专题专栏", [("/ztzl/2024/lh/index.html", "聚焦2024全国两会", "2024-03-04")])}</div>
<div class="right"><h2 class="title">临沧市召开2024年优化营商环境工作推进会</h2><div class="detail">{NEWS}</div>
<div class="detail-foot">发布时间：2024-03-08 17:05 &nbsp; 来源：市营商办 &nbsp; 责任编辑：张丽</div></div></div>{f}</body></html>''',
    {"url": "http://www.lincang.gov.cn/lcszf/xwzx/lcyw/content_76321.html", "publish_date": "2024-03-08",
     "is_list_page": False, "identity": ident, "column_type": "动态要闻"})

# 更新时间 later than 发布时间, both in the info bar, 更新时间 first.
f, ident = footer('trs', '5309000002', '滇ICP备05006464号', '滇公网安备 53090202000646号', host='丽江市人民政府办公室')
add('update_before_publish', f'''<html><head><meta charset="utf-8"><title>丽江市2024年城乡居民基本医疗保险参保缴费公告</title></head><body>{NAV}
<div class="art"><h1>丽江市2024年城乡居民基本医疗保险参保缴费公告</h1>
<div class="art-attr">更新时间：2024-03-15 08:40　发布时间：2024-03-09 11:02　来源：市医疗保障局　浏览量：2301</div>
<div class="art-con">{BODY}</div></div>{f}</body></html>''',
    {"url": "http://www.lijiang.gov.cn/ljsrmzf/c101632/202403/3c1f0a9d5e2b4b8a9f7d.shtml", "publish_date": "2024-03-09",
     "is_list_page": False, "identity": ident})

# Slash date 2024/3/11 with 日期 label, inline styles.
f, ident = footer('ucap', '3301080001', '浙ICP备05003355号', '浙公网安备33010802000335号', host='杭州市滨江区人民政府')
add('slash_date_inline_style', f'''<html><head><meta charset="utf-8"><title>滨江区举办2024年春风行动专场招聘会</title></head><body>{NAV}
<div style="width:1100px;margin:0 auto"><div style="font-size:24px;font-weight:bold;text-align:center;padding:20px 0">滨江区举办2024年春风行动专场招聘会</div>
<div style="text-align:center;color:#888;border-bottom:1px dashed #ccc">日期：2024/3/11&nbsp;&nbsp;&nbsp;来源：区人力社保局&nbsp;&nbsp;&nbsp;字号：<a href="#">大</a> <a href="#">中</a> <a href="#">小</a></div>
<div style="line-height:2em;font-size:16px">{NEWS}</div></div>{f}</body></html>''',
    {"url": "http://www.hhtz.gov.cn/art/2024/3/11/art_1229163_59100455.html", "publish_date": "2024-03-11",
     "is_list_page": False, "identity": ident})

# Dotted date 2024.03.13 and a 发表时间 label; the title carries an event date.
f, ident = footer('trs', '5306000001', '滇ICP备05001717号', '滇公网安备 53060202000171号', host='昭通市人民政府办公室')
add('dotted_date_event_title', f'''<html><head><meta charset="utf-8"><title>关于2024年3月25日至27日城区部分路段临时停水的通知</title></head><body>{NAV}
<div class="article"><h1>关于2024年3月25日至27日城区部分路段临时停水的通知</h1>
<p class="meta">发表时间：2024.03.13　　作者：市水务局　　阅读：<span id="read">856</span></p>
<div class="body"><p>因供水管网改造施工需要，2024年3月25日8:00至3月27日20:00，城区以下路段将临时停水，请广大市民提前做好储水准备。</p>
<p>停水范围：昭阳大道、海楼路、学院路。</p></div></div>{f}</body></html>''',
    {"url": "http://www.zt.gov.cn/zwgk/tzgg/content_210553.html", "publish_date": "2024-03-13",
     "is_list_page": False, "identity": ident, "column_type": "通知公告"})

# Unlabelled date with seconds next to 来源, body starting "3月14日" with no year.
f, ident = footer('hanweb', '5328000001', '滇ICP备05002662号', '滇公网安备53280102000266号', host='西双版纳州人民政府')
add('unlabelled_seconds_source', f'''<html><head><meta charset="utf-8"><title>州政府召开第十次常务会议-西双版纳州人民政府</title></head><body>{NAV}
<div class="detail_box"><div class="detail_title">州政府召开第十次常务会议</div>
<div class="detail_sub">2024-03-15 09:32:08&nbsp;&nbsp;&nbsp;来源：州政府办公室</div>
<div class="detail_con"><p>3月14日，州长主持召开州政府第十次常务会议，研究部署近期重点工作。</p>{NEWS}</div></div>{f}</body></html>''',
    {"url": "http://www.xsbn.gov.cn/88.news.detail.dhtml?news_id=3090123", "publish_date": "2024-03-15",
     "is_list_page": False, "identity": ident, "column_type": "动态要闻"})

# GBK page declared by <meta charset=gb2312>, 发布日期 in Chinese, 打印 / 关闭 bar.
f, ident = footer('old', '5328230001', '滇ICP备06007070号', '滇公网安备53282302000707号', host='勐腊县人民政府')
add('gbk_meta_charset_cn', f'''<!DOCTYPE html><html><head><meta charset=gb2312><title>勐腊县2024年春季学期学生资助政策宣传</title></head><body>{NAV}
<div class=main><h3 class=title>勐腊县2024年春季学期学生资助政策宣传</h3>
<div class=sub>发布日期：2024年3月18日　　信息来源：县教育体育局　　【<a href="javascript:window.print()">打印本页</a>】【<a href="javascript:window.close()">关闭窗口</a>】</div>
<div class=zoom><p>为确保学生资助政策落实到位，县教育体育局在全县各中小学开展学生资助政策宣传活动。</p>
<p>资助政策包括：学前教育资助、义务教育家庭经济困难学生生活补助、普通高中国家助学金等。</p></div></div>{f}</body></html>''',
    {"url": "http://www.ml.gov.cn/mlxrmzf/c108/202403/t20240318_72011.html", "publish_date": "2024-03-18",
     "is_list_page": False, "identity": ident}, encoding='gbk')

# Split label and value spans, a 分享 widget, and prev/next with newer dates.
f, ident = footer('ucap', '4403000044', '粤ICP备05014546号', '粤公网安备44030402000454号', host='深圳市南山区人民政府')
add('split_label_value', f'''<html><head><meta charset="utf-8"><title>南山区召开2024年安全生产工作会议</title></head><body>{NAV}
<div class="detail"><div class="tit"><h1>南山区召开2024年安全生产工作会议</h1></div>
<div class="msg"><span class="lab">发布时间：</span><span class="val">2024-03-23</span><span class="lab">信息来源：</span><span class="val">区应急管理局</span>
<div class="bdsharebuttonbox"><a class="bds_weixin"></a><a class="bds_tsina"></a></div></div>
<div class="news_cont_d_wrap">{NEWS}</div><ul class="updown"><li>上一篇：<a href="./post_11200210.html">南山区开展三月学雷锋活动</a> 2024-03-22</li>
<li>下一篇：<a href="./post_11200300.html">南山区召开春季防火会议</a> 2024-03-26</li></ul></div>{f}</body></html>''',
    {"url": "http://www.szns.gov.cn/xxgk/qzfxxgkml/qzfgzdt/content/post_11200251.html", "publish_date": "2024-03-23",
     "is_list_page": False, "identity": ident, "column_type": "动态要闻"})

# 时间 label with a time and 字号 [大 中 小] on one line.
f, ident = footer('trs', '5301020001', '滇ICP备05010202号', '滇公网安备 53010202001020号', host='昆明市五华区人民政府')
add('shijian_label_zihao', f'''<html><head><meta charset="utf-8"><title>五华区开展2024年“安全生产月”宣传咨询日活动</title></head><body>{NAV}
<div class="ny_con"><div class="ny_tit">五华区开展2024年“安全生产月”宣传咨询日活动</div>
<div class="ny_sj">时间：2024-03-24 11:12 &nbsp; 字号：[ <a href="#">大</a> <a href="#">中</a> <a href="#">小</a> ] &nbsp; 点击：<span>312</span></div>
<div class="ny_nr">{NEWS}</div></div>{f}</body></html>''',
    {"url": "http://www.kmwh.gov.cn/c/2024-03-24/6790123.shtml", "publish_date": "2024-03-24",
     "is_list_page": False, "identity": ident})

# gov.cn-style table page: 发布时间 in a cell with Chinese date and time; 来源 in another cell.
f, ident = footer('hanweb', '5300000001', '滇ICP备05000001号', '滇公网安备53010202000001号', host='云南省人民政府办公厅')
add('govcn_style_cells', f'''<html><head><meta charset="utf-8"><title>云南省人民政府办公厅关于进一步做好稳就业工作的通知_省政府办公厅文件_云南省人民政府</title></head><body>{NAV}
<table width="1000" align="center" class="pages_content"><tr><td class="pages-title" colspan="2">云南省人民政府办公厅关于进一步做好稳就业工作的通知</td></tr>
<tr><td class="pages-date">2024年03月21日 16:00　来源：省政府办公厅</td><td align="right"><span class="font">【字体：<a>大</a> <a>中</a> <a>小</a>】</span></td></tr>
<tr><td colspan="2" id="UCAP-CONTENT">{BODY}<p style="text-align:right">云南省人民政府办公厅<br>2024年3月19日</p></td></tr></table>{f}</body></html>''',
    {"url": "http://www.yn.gov.cn/zwgk/zcwj/szfbgtwj/202403/t20240321_296001.html", "publish_date": "2024-03-21",
     "is_list_page": False, "identity": ident, "column_type": "政策文件"})

# Unlabelled date in a <span id="pubtime">, author and view counts; related news below with newer dates.
f, ident = footer('ucap', '5325230001', '滇ICP备05004848号', '滇公网安备53252302000484号', host='个旧市人民政府')
add('pubtime_span_related_below', f'''<html><head><meta charset="utf-8"><title>个旧市召开锡产业高质量发展推进会</title></head><body>{NAV}
<div class="article"><h1 id="title">个旧市召开锡产业高质量发展推进会</h1>
<div class="info"><span id="pubtime">2024-03-22</span> <span id="source">个旧市融媒体中心</span> <span>阅读次数：<b>98</b></span></div>
<div id="content">{NEWS}</div><div class="related"><h4>相关新闻</h4><ul>
<li><a href="/xwzx/gjyw/202403/t20240328_1.html">个旧市锡产业链招商推介会举行</a><span>2024-03-28</span></li>
<li><a href="/xwzx/gjyw/202403/t20240326_2.html">个旧市召开工业经济运行调度会</a><span>2024-03-26</span></li></ul></div></div>{f}</body></html>''',
    {"url": "http://www.gejiu.gov.cn/xwzx/gjyw/202403/t20240322_31011.html", "publish_date": "2024-03-22",
     "is_list_page": False, "identity": ident, "column_type": "动态要闻"})

# Bracketed date [2024-03-26] after the title in a legacy ASP page; unclosed <p> and <td>.
f, ident = footer('old', '5325240001', '滇ICP备07001212号', '滇公网安备53252402000121号', host='开远市人民政府')
add('bracket_date_unclosed', f'''<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"><title>开远市2024年农业保险工作实施方案</title></head><body>
<table width=980 align=center><tr><td width=200 valign=top>
<table><tr><td><b>热门文章</b><tr><td><a href="show.asp?id=2101">开远市开展植树活动</a> [2024-03-27]
<tr><td><a href="show.asp?id=2099">开远市召开禁毒工作会议</a> [2024-03-25]</table>
<td valign=top><p align=center><font size=5><b>开远市2024年农业保险工作实施方案</b></font>
<p align=center><font color=gray>[2024-03-26] 作者：市农业农村局 点击数：77</font>
<p>为进一步发挥农业保险保障作用，结合我市实际，制定本方案。
<p>一、保险品种。中央财政补贴险种包括水稻、玉米、能繁母猪等。
<p>二、保费补贴。各级财政按规定比例给予保费补贴。
</table>{f}</body></html>''',
    {"url": "http://www.ky.gov.cn/news/show.asp?id=2100", "publish_date": "2024-03-26",
     "is_list_page": False, "identity": ident}, encoding='utf-8')

# META http-equiv GB2312 with a 录入时间 label (old 动易 CMS), 发布人.
f, ident = footer('old', '5329270001', '滇ICP备05009191号', '滇公网安备53292702000919号', host='巍山县人民政府')
add('gbk_dongyi_luru', f'''<HTML><HEAD><META http-equiv=Content-Type content="text/html; charset=gb2312"><TITLE>巍山县2024年第一季度重点项目集中开工</TITLE></HEAD><BODY>
<TABLE width=960 align=center><TR><TD class=title align=center>巍山县2024年第一季度重点项目集中开工</TD></TR>
<TR><TD align=center>文章来源：县发展改革局&nbsp;&nbsp;发布人：admin&nbsp;&nbsp;录入时间：2024-3-28&nbsp;&nbsp;点击数：<SCRIPT src="/counter.asp?id=6677"></SCRIPT></TD></TR>
<TR><TD class=content>{NEWS}</TD></TR></TABLE>
<TABLE width=960 align=center><TR><TD>上一篇文章：<A href="/Article/ShowArticle.asp?ArticleID=6676">巍山县召开春耕生产现场会</A><BR>
下一篇文章：<A href="/Article/ShowArticle.asp?ArticleID=6678">巍山县开展森林防火宣传</A></TD></TR></TABLE>{f}</BODY></HTML>''',
    {"url": "http://www.weishan.gov.cn/Article/ShowArticle.asp?ArticleID=6677", "publish_date": "2024-03-28",
     "is_list_page": False, "identity": ident}, encoding='gbk')

# Vue-era div page: date in <time datetime>, breadcrumbs and a big mega-menu with dated teasers.
f, ident = footer('ucap', '3100000015', '沪ICP备05009998号', '沪公网安备31010102000999号', host='上海市某区人民政府')
add('time_element_megamenu', f'''<!DOCTYPE html><html><head><meta charset="utf-8"><meta name="viewport" content="width=device-width">
<title>区政府召开2024年第3次常务会议</title></head><body>
<nav class="mega"><div class="col"><h4>最新动态</h4><a href="/zwdt/20240329/a1.html">区委召开理论学习中心组会议<small>03-29</small></a>
<a href="/zwdt/20240328/a2.html">区长带队检查防汛工作<small>03-28</small></a></div>{NAV}</nav>
<main><article><header><h1>区政府召开2024年第3次常务会议</h1><p class="byline">来源：区政府办公室 <time datetime="2024-03-27T15:00">2024年3月27日</time></p></header>
<section class="article-body">{NEWS}</section></article></main>{f}</body></html>''',
    {"url": "http://www.shxx.gov.cn/zwdt/20240327/8f9e0d1c.html", "publish_date": "2024-03-27",
     "is_list_page": False, "identity": ident, "column_type": "动态要闻"})

# Article whose info bar uses 发布于 and full-width digits.
f, ident = footer('trs', '5329320001', '滇ICP备05007777号-3', '滇公网安备 53293202000777号', host='剑川县人民政府')
add('fullwidth_fabuyu', f'''<html><head><meta charset="utf-8"><title>剑川县2024年春季征兵公告</title></head><body>{NAV}
<div class="artbox"><h1>剑川县2024年春季征兵公告</h1><div class="artmeta">发布于 ２０２４－０３－２９　|　县人武部</div>
<div class="artcon">{BODY}</div></div>{f}</body></html>''',
    {"url": "http://www.jianchuan.gov.cn/jcxrmzf/c102990/202403/abf01c2d.shtml", "publish_date": "2024-03-29",
     "is_list_page": False, "identity": ident})

# 人事 article: 任免 notice, date line "2024年04月01日 10:05 来源:" without a label.
f, ident = footer('hanweb', '5329310001', '滇ICP备05004321号', '滇公网安备53293102000078号', host='鹤庆县人民政府')
add('renshi_unlabelled_cn', f'''<html><head><meta charset="utf-8"><meta name="ColumnName" content="人事信息"><title>鹤庆县人民政府关于张某某等同志职务任免的通知</title></head><body>{NAV}
<div class="main"><div class="wz_title">鹤庆县人民政府关于张某某等同志职务任免的通知</div>
<div class="wz_date">2024年04月01日 10:05　来源:县人力资源和社会保障局</div>
<div class="wz_text"><p>各乡镇人民政府，县直各部门：</p><p>经县人民政府研究决定：任命张某某为县人力资源和社会保障局副局长，试用期一年。</p></div></div>{f}</body></html>''',
    {"url": "http://www.heqing.gov.cn/hqxrmzf/rsxx/202404/t20240401_701200.html", "publish_date": "2024-04-01",
     "is_list_page": False, "identity": ident, "column_type": "人事"})

# Interpretation page (图解) whose URL, meta and info bar agree but the image caption has an older date.
f, ident = footer('ucap', '5301250001', '滇ICP备05001255号', '滇公网安备53012502000125号', host='宜良县人民政府')
add('tujie_caption_date', f'''<html><head><meta charset="utf-8"><meta name="PubDate" content="2024-04-02"><title>图解：宜良县2024年政府工作报告</title></head><body>{NAV}
<div class="detail"><h1>图解：宜良县2024年政府工作报告</h1><div class="sj">发布时间：2024-04-02　来源：县政府办</div>
<div class="tj"><p><img src="./W020240402.jpg" alt="图解"></p><p class="caption">（2024年1月8日宜良县第十八届人民代表大会第四次会议通过）</p>
<p>相关文件：<a href="/ylxrmzf/zfgzbg/202401/t20240115_1.html">2024年宜良县人民政府工作报告</a></p></div></div>{f}</body></html>''',
    {"url": "http://www.kmyl.gov.cn/ylxrmzf/zcjd/202404/t20240402_883211.html", "publish_date": "2024-04-02",
     "is_list_page": False, "identity": ident, "column_type": "政策解读"})

# 政策文件 with 有效性 and 施行日期 later than the publish date; 发布日期 in a <td> pair.
f, ident = footer('hanweb', '5329010001', '滇ICP备05001234号-2', '滇公网安备53290102000124号', host='大理市人民政府办公室')
add('policy_effective_later', f'''<html><head><meta charset="utf-8"><title>大理市城市道路挖掘管理办法</title></head><body>{NAV}
<div class="zw-box"><table class="zw-attr" width="100%"><tr><td>发文字号：</td><td>大市政规〔2024〕2号</td><td>有效性：</td><td>有效</td></tr>
<tr><td>发布日期：</td><td>2024-03-10</td><td>施行日期：</td><td>2024-04-10</td></tr></table>
<h1>大理市城市道路挖掘管理办法</h1><div class="zw">{BODY}<p>第二十条　本办法自2024年4月10日起施行，有效期5年。</p>
<p style="text-align:right">大理市人民政府<br>2024年3月8日</p></div></div>{f}</body></html>''',
    {"url": "http://www.yndali.gov.cn/dlsrmzf/zcwj/202403/t20240310_613300.html", "publish_date": "2024-03-10",
     "is_list_page": False, "identity": ident, "column_type": "政策文件"})

# ================================================================================= lists ==

TRS_ROWS = [("./202403/t20240328_561201.html", "市政府召开第二十九次常务会议", "2024-03-28"),
            ("./202403/t20240327_561150.html", "全市春季农业生产现场推进会召开", "2024-03-27"),
            ("./202403/t20240325_561088.html", "市领导调研重点项目建设情况", "2024-03-25"),
            ("./202403/t20240322_560990.html", "我市召开优化营商环境工作会议", "2024-03-22"),
            ("./202403/t20240320_560911.html", "市政府与省交投集团签署战略合作协议", "2024-03-20"),
            ("./202403/t20240318_560850.html", "全市安全生产工作会议召开", "2024-03-18"),
            ("./202403/t20240315_560777.html", "我市开展3·15国际消费者权益日宣传活动", "2024-03-15"),
            ("./202403/t20240312_560701.html", "市四套班子领导参加义务植树活动", "2024-03-12")]

# TRS ul/li list with span dates and createPageHTML(10, 0, …) pagination; hot news on the side.
f, ident = footer('trs', '5301000001', '滇ICP备05001234号-1', '滇公网安备 53010202000123号', host='昆明市人民政府办公室')
lis = ''.join('<li><a href="%s" target="_blank" title="%s">%s</a><span>%s</span></li>\n' % (u, t, t, d) for u, t, d in TRS_ROWS)
add('list_trs_ul_createpage10', f'''<html><head><meta charset="utf-8"><meta name="ColumnName" content="昆明要闻"><meta name="ColumnType" content="工作动态">
<title>昆明要闻_昆明市人民政府</title></head><body>{NAV}<div class="crumb">当前位置：<a href="/">首页</a> &gt; 昆明要闻</div>
<div class="container"><div class="list-l"><div class="list-title">昆明要闻</div><ul class="list">
{lis}</ul><div class="page"><script language="JavaScript">createPageHTML(10, 0, "index", "html");</script></div></div>
<div class="list-r">{hot("热点新闻", [("/c/xwzx/rdxw/202404/t20240402_1.html", "清明假期全市文旅市场平稳有序", "2024-04-02")])}</div></div>{f}</body></html>''',
    list_page("http://www.km.gov.cn/c/xwzx/kmyw/index.html", "http://www.km.gov.cn/c/xwzx/kmyw/", TRS_ROWS, ident, pagination=["http://www.km.gov.cn/c/xwzx/kmyw/index_%d.html" % i for i in range(1, 10)], column_type="动态要闻"))

# Table list: title | date with 2024/3/5 dates, 共5页 pager with page links.
TABLE_ROWS = [("/qjszf/tzgg/202403/c0a1b2.shtml", "关于2024年清明节期间加强森林防火工作的通告", "2024-03-29"),
              ("/qjszf/tzgg/202403/c0a1b1.shtml", "曲靖市2024年度市级科技计划项目申报指南", "2024-03-21"),
              ("/qjszf/tzgg/202403/c0a1b0.shtml", "关于公布2024年第一批行政规范性文件清理结果的公告", "2024-03-14"),
              ("/qjszf/tzgg/202403/c0a1af.shtml", "曲靖市城区集中供热价格听证会公告", "2024-03-05"),
              ("/qjszf/tzgg/202402/c0a1ae.shtml", "关于春节后企业复工复产安全检查的通知", "2024-02-19")]
f, ident = footer('hanweb', '5303000003', '滇ICP备05012345号', '滇公网安备53030202000321号', host='曲靖市人民政府办公室')
trs = ''.join('<tr><td class="bt"><img src="/images/dot.gif"> <a href="%s" target="_blank">%s</a></td><td class="rq" width="100">%s</td></tr>\n'
              % (u, t, d.replace('-0', '/').replace('-', '/')) for u, t, d in TABLE_ROWS)
add('list_table_slash_dates_pager', f'''<html><head><meta charset="utf-8"><title>通知公告 - 曲靖市人民政府</title></head><body>{NAV}
<table width="1000" align="center"><tr><td width="240" valign="top">{hot("热点新闻", HOT, "left-hot")}</td><td valign="top">
<div class="lm_name">通知公告</div><table width="100%" class="list_tb">{trs}</table>
<div class="fenye">共5页 &nbsp; 当前第1页 &nbsp; <a href="/qjszf/tzgg/list.shtml">首页</a> <a href="/qjszf/tzgg/list_2.shtml">下一页</a> <a href="/qjszf/tzgg/list_5.shtml">尾页</a></div>
</td></tr></table>{f}</body></html>''',
    list_page("http://www.qj.gov.cn/qjszf/tzgg/list.shtml", "http://www.qj.gov.cn", TABLE_ROWS, ident, pagination=["http://www.qj.gov.cn/qjszf/tzgg/list_2.shtml", "http://www.qj.gov.cn/qjszf/tzgg/list_5.shtml"], column_type="通知公告"))

# dl/dt/dd list with dotted dates.
DL_ROWS = [("/lcszf/zcjd/202403/1a2b3c.html", "《临沧市养老服务体系建设规划》解读", "2024-03-26"),
           ("/lcszf/zcjd/202403/1a2b3b.html", "一图读懂临沧市2024年政府工作报告", "2024-03-11"),
           ("/lcszf/zcjd/202402/1a2b3a.html", "《临沧市耕地保护实施办法》政策解读", "2024-02-27"),
           ("/lcszf/zcjd/202401/1a2b39.html", "《临沧市城乡居民医保实施细则》答记者问", "2024-01-30")]
f, ident = footer('ucap', '5309000001', '滇ICP备05004477号-1', '滇公网安备53090202000447号', host='临沧市人民政府办公室')
dls = ''.join('<dl><dt><a href="%s">%s</a></dt><dd>%s</dd></dl>\n' % (u, t, d.replace('-', '.')) for u, t, d in DL_ROWS)
add('list_dl_dotted', f'''<html><head><meta charset="utf-8"><title>政策解读 - 临沧市人民政府</title></head><body>{NAV}
<div class="main"><div class="side">{hot("热点新闻", HOT)}</div><div class="list-box"><h2 class="lm">政策解读</h2><div class="dl-list">{dls}</div></div></div>{f}</body></html>''',
    list_page("http://www.lincang.gov.cn/lcszf/zcjd/index.html", "http://www.lincang.gov.cn", DL_ROWS, ident, column_type="政策解读"))

# [03-05] dates without a year: the year comes from the item URLs (t2024MMDD).
MMDD_ROWS = [("./202403/t20240329_7712.html", "县人民政府关于2024年度征兵工作的通告", "2024-03-29"),
             ("./202403/t20240319_7701.html", "关于开展2024年全国科技活动周的通知", "2024-03-19"),
             ("./202403/t20240308_7688.html", "县市场监管局2024年第一期食品安全抽检信息公告", "2024-03-08"),
             ("./202402/t20240226_7650.html", "关于做好2024年春季学期开学工作的通知", "2024-02-26"),
             ("./202401/t20240115_7601.html", "关于2024年元旦春节期间值班安排的通知", "2024-01-15")]
f, ident = footer('trs', '5329230001', '滇ICP备05009393号', '滇公网安备 53292302000939号', host='祥云县人民政府')
lis = ''.join('<li><span class="date">[%s]</span><a href="%s" target="_blank">%s</a></li>' % (d[5:], u, t) for u, t, d in MMDD_ROWS)
add('list_mmdd_brackets_url_year', f'''<html><head><meta charset="utf-8"><title>通知公告_祥云县人民政府</title></head><body>{NAV}
<div class="wrap"><div class="lb"><div class="lb-tit"><span>通知公告</span></div><ul class="lb-list">{lis}</ul>
<div class="page"><script>createPageHTML(3, 0, "index", "shtml");</script></div></div></div>{f}</body></html>''',
    list_page("http://www.yunnanxiangyun.gov.cn/xyxrmzf/tzgg/index.shtml", "http://www.yunnanxiangyun.gov.cn/xyxrmzf/tzgg/", MMDD_ROWS, ident, pagination=["http://www.yunnanxiangyun.gov.cn/xyxrmzf/tzgg/index_1.shtml", "http://www.yunnanxiangyun.gov.cn/xyxrmzf/tzgg/index_2.shtml"], column_type="通知公告"))

# 年月日 dates in a list whose first two items are 置顶 (older, out of date order).
PIN_ROWS = [("/bszn/202311/t20231108_50011.html", "个人所得税综合所得汇算清缴办事指南", "2023-11-08"),
            ("/bszn/202309/t20230901_49980.html", "企业开办“一窗通办”服务指南", "2023-09-01"),
            ("/bszn/202403/t20240327_51020.html", "城乡居民养老保险参保登记办事指南", "2024-03-27"),
            ("/bszn/202403/t20240321_51002.html", "不动产登记资料查询办事指南", "2024-03-21"),
            ("/bszn/202403/t20240314_50987.html", "残疾人两项补贴申领办事指南", "2024-03-14"),
            ("/bszn/202402/t20240228_50950.html", "新生儿“出生一件事”联办指南", "2024-02-28")]
f, ident = footer('hanweb', '5329280001', '滇ICP备05005151号', '滇公网安备53292802000515号', host='永平县人民政府')
lis = ''.join('<li>%s<a href="%s">%s</a><em>%s</em></li>' % ('<span class="zd">[置顶]</span>' if d < '2024' else '', u, t,
              "%s年%d月%d日" % (d[:4], int(d[5:7]), int(d[8:]))) for u, t, d in PIN_ROWS)
add('list_pinned_cn_dates', f'''<html><head><meta charset="utf-8"><title>办事指南-永平县人民政府</title></head><body>{NAV}
<div class="main"><div class="column-name">办事指南</div><ul class="news-list">{lis}</ul>
<div class="pages">第1页/共4页 <a href="?page=2">下一页</a> <a href="?page=4">末页</a></div></div>{f}</body></html>''',
    list_page("http://www.ypx.gov.cn/bszn/index.html", "http://www.ypx.gov.cn", PIN_ROWS, ident, newest_item="2024-03-27", pagination=["http://www.ypx.gov.cn/bszn/index.html?page=2", "http://www.ypx.gov.cn/bszn/index.html?page=4"], column_type="服务"))

# Items dated only by their URLs (no date text in the list).
URL_ROWS = [("./202403/t20240326_88102.html", "县委理论学习中心组2024年第三次集体学习", "2024-03-26"),
            ("./202403/t20240319_88065.html", "县长接待日活动解决群众诉求12件", "2024-03-19"),
            ("./202403/t20240305_88011.html", "全县乡村振兴重点工作推进会召开", "2024-03-05"),
            ("./202402/t20240223_87960.html", "县领导走访慰问困难群众", "2024-02-23")]
f, ident = footer('trs', '5329240001', '滇ICP备05008080号', '滇公网安备 53292402000808号', host='宾川县人民政府')
lis = ''.join('<li><i class="dot"></i><a href="%s" target="_blank">%s</a></li>' % (u, t) for u, t, d in URL_ROWS)
add('list_url_dates_only', f'''<html><head><meta charset="utf-8"><title>宾川要闻 宾川县人民政府</title></head><body>{NAV}
<div class="content"><h2>宾川要闻</h2><ul class="newslist">{lis}</ul></div>{f}</body></html>''',
    list_page("http://www.binchuan.gov.cn/bcxrmzf/bcyw/index.html", "http://www.binchuan.gov.cn/bcxrmzf/bcyw/", URL_ROWS, ident, column_type="动态要闻"))

# Empty columns of three kinds, each with a dated hot-news sidebar.
for name, marker, url, heading, ctype, variant, code in [
        ('empty_zanwu_xinxi', '<div class="no-data">暂无信息</div>', "http://www.mile.gov.cn/mlsrmzf/ghjh/index.html", "规划计划", "规划计划", 'trs', '5325260001'),
        ('empty_zanwu_shuju', '<table class="list"><tr><td colspan="2" align="center" style="color:#999">暂无数据</td></tr></table>', "http://www.luxi.gov.cn/lxxrmzf/rsxx/index.html", "人事信息", "人事", 'hanweb', '5325270001'),
        ('empty_benlanmu', '<ul class="list"></ul><p class="empty">本栏目暂无内容</p>', "http://www.jinping.gov.cn/jpxrmzf/xzxx/index.html", "县长信箱", "互动", 'ucap', '5325300001')]:
    f, ident = footer(variant, code, '滇ICP备0500%s号' % code[-4:], '滇公网安备53252602%s号' % code[-6:], host='某县人民政府')
    add(name, f'''<html><head><meta charset="utf-8"><title>{heading}_某县人民政府</title></head><body>{NAV}
<div class="main"><div class="l">{hot("热点新闻", HOT)}</div><div class="r"><div class="lm-tit">{heading}</div>{marker}</div></div>{f}</body></html>''',
        {"url": url, "publish_date": None, "is_list_page": True, "empty_list": True, "items": [], "newest_item": None,
         "column_type": ctype, "identity": ident})

# hanweb datastore list: records in CDATA, each record a table row.
HW_ROWS = [("/art/2024/3/28/art_1229_880120.html", "红河州2024年第一季度安全生产形势分析会召开", "2024-03-28"),
           ("/art/2024/3/20/art_1229_880077.html", "全州卫生健康工作会议召开", "2024-03-20"),
           ("/art/2024/3/8/art_1229_880010.html", "州妇联举办纪念“三八”国际妇女节活动", "2024-03-08"),
           ("/art/2024/2/29/art_1229_879988.html", "红河州召开2024年全州教育工作会议", "2024-02-29")]
f, ident = footer('hanweb', '5325000002', '滇ICP备08002345号', '滇公网安备53250202000045号', host='红河州人民政府办公室')
recs = ''.join('<record><![CDATA[<table width="100%%"><tr><td><a href="%s" target="_blank" title="%s">%s</a></td><td width="90">%s</td></tr></table>]]></record>\n'
               % (u, t, t, d) for u, t, d in HW_ROWS)
add('list_hanweb_datastore_tables', f'''<html><head><meta charset="utf-8"><title>州内要闻 红河州人民政府</title></head><body>{NAV}
<div class="lm">州内要闻</div><div id="7701"><script type="text/xml"><datastore><nextgroup><![CDATA[<a href="/module/web/jpage/dataproxy.jsp?page=1&webid=1&path=http://www.hh.gov.cn/&columnid=7701&unitid=44001&webname=红河州人民政府&permissiontype=0"></a>]]></nextgroup>
<recordset>
{recs}</recordset></datastore></script></div>
<script type="text/javascript">var pagetotal=12;</script>{f}</body></html>''',
    list_page("http://www.hh.gov.cn/col/col7701/index.html", "http://www.hh.gov.cn", HW_ROWS, ident, column_type="动态要闻"))

# 信息公开目录 list: 索引号 | 名称 | 文号 | 成文日期 | 发布日期 columns; item date is 发布日期.
GK_ROWS = [("/xxgk/zcwj/202403/t20240325_1.html", "玉溪市人民政府关于印发玉溪市国土空间总体规划实施意见的通知", "玉政发〔2024〕8号", "2024-03-18", "2024-03-25"),
           ("/xxgk/zcwj/202403/t20240312_2.html", "玉溪市人民政府办公室关于加强城市管理工作的通知", "玉政办发〔2024〕6号", "2024-03-07", "2024-03-12"),
           ("/xxgk/zcwj/202402/t20240229_3.html", "玉溪市人民政府关于公布市级权责清单的决定", "玉政发〔2024〕4号", "2024-02-20", "2024-02-29")]
f, ident = footer('trs', '5304000002', '滇ICP备06000555号', '滇公网安备 53040202000555号', host='玉溪市人民政府办公室')
trs = ''.join('<tr><td>11530400015183345X/2024-%05d</td><td class="mc"><a href="%s">%s</a></td><td>%s</td><td>%s</td><td>%s</td></tr>'
              % (i + 20, u, t, wh, cw, fb) for i, (u, t, wh, cw, fb) in enumerate(GK_ROWS))
add('list_gkml_cwrq_fbrq_cols', f'''<html><head><meta charset="utf-8"><title>政策文件 - 玉溪市人民政府信息公开</title></head><body>{NAV}
<div class="gkml"><table class="gk-list" width="100%"><thead><tr><th>索引号</th><th>名称</th><th>文号</th><th>成文日期</th><th>发布日期</th></tr></thead>
<tbody>{trs}</tbody></table></div>{f}</body></html>''',
    {"url": "http://www.yuxi.gov.cn/xxgk/zcwj/index.html", "publish_date": None, "is_list_page": True, "empty_list": False,
     "items": [{"url": "http://www.yuxi.gov.cn" + u, "title": t, "date": fb} for u, t, wh, cw, fb in GK_ROWS],
     "column_type": "政策文件", "identity": ident})

# Date first in each row, then the link; uppercase, unclosed <LI>.
DF_ROWS = [("content_9921.html", "市医保局开展打击欺诈骗保专项行动", "2024-03-30"),
           ("content_9904.html", "市医保局召开2024年全市医疗保障工作会议", "2024-03-21"),
           ("content_9887.html", "城乡居民医保集中缴费期延长至4月30日", "2024-03-13"),
           ("content_9850.html", "市医保局开展医保政策进企业宣传活动", "2024-03-01")]
f, ident = footer('old', '5306000001', '滇ICP备05001717号', '滇公网安备53060202000171号', host='昭通市医疗保障局')
lis = ''.join('<LI><SPAN>%s</SPAN><A href="%s" target=_blank>%s</A>' % (d, u, t) for u, t, d in DF_ROWS)
add('list_date_first_upper_unclosed', f'''<HTML><HEAD><META charset=utf-8><TITLE>工作动态</TITLE></HEAD><BODY>{NAV}
<DIV class=main><DIV class=tit>工作动态</DIV><UL class=list>{lis}</UL></DIV>{f}</BODY></HTML>''',
    list_page("http://ybj.zt.gov.cn/gzdt/index.html", "http://ybj.zt.gov.cn/gzdt/", DF_ROWS, ident, column_type="动态要闻"))

# Titles truncated with … in the link text; the full title in the title attribute.
TR_ROWS = [("./202403/t20240327_11.html", "关于印发《西双版纳州2024年深化“放管服”改革优化营商环境工作要点》的通知", "2024-03-27"),
           ("./202403/t20240315_10.html", "西双版纳州人民政府办公室关于进一步加强森林草原防灭火工作的通知", "2024-03-15"),
           ("./202403/t20240301_09.html", "西双版纳州人民政府关于调整州人民政府领导同志工作分工的通知", "2024-03-01")]
f, ident = footer('trs', '5328000001', '滇ICP备05002662号', '滇公网安备 53280102000266号', host='西双版纳州人民政府')
lis = ''.join('<li><a href="%s" title="%s">%s…</a><span>%s</span></li>' % (u, t, t[:18], d) for u, t, d in TR_ROWS)
add('list_truncated_titles', f'''<html><head><meta charset="utf-8"><title>州政府办文件_西双版纳州人民政府</title></head><body>{NAV}
<div class="main"><h3>州政府办文件</h3><ul class="list">{lis}</ul></div>{f}</body></html>''',
    list_page("http://www.xsbn.gov.cn/zfxxgk/zfbwj/index.html", "http://www.xsbn.gov.cn/zfxxgk/zfbwj/", TR_ROWS, ident, column_type="政策文件"))

# Dates in parentheses after the title inside the link's <li>; GBK table layout; 共X页 with a form.
GBK_ROWS = [("/news/show.aspx?id=3310", "县农业农村局开展春耕备耕技术培训", "2024-03-25"),
            ("/news/show.aspx?id=3306", "县自然资源局部署耕地保护工作", "2024-03-18"),
            ("/news/show.aspx?id=3301", "县林草局开展森林防火宣传进村入户", "2024-03-09"),
            ("/news/show.aspx?id=3290", "县水务局召开防汛抗旱工作会议", "2024-02-28")]
f, ident = footer('old', '5329290001', '滇ICP备05002929号', '滇公网安备53292902000292号', host='云龙县人民政府')
rows = ''.join('<TR><TD height=26>·<A href="%s">%s</A>（%s）</TD></TR>' % (u, t, d) for u, t, d in GBK_ROWS)
add('list_gbk_paren_dates_form_pager', f'''<HTML><HEAD><META http-equiv=Content-Type content="text/html; charset=gb2312"><TITLE>部门动态</TITLE></HEAD><BODY>
<TABLE width=980 align=center><TR><TD width=230 vAlign=top><TABLE><TR><TD>站内搜索</TD></TR><TR><TD><FORM action=/search.aspx><INPUT name=kw><INPUT type=submit value=搜索></FORM></TD></TR></TABLE></TD>
<TD vAlign=top><TABLE width="100%"><TR><TD class=lm>部门动态</TD></TR>{rows}</TABLE>
<TABLE width="100%"><TR><TD align=center>共4页 第1页 <A href="/news/list.aspx?cid=7&page=2">下一页</A> <A href="/news/list.aspx?cid=7&page=4">尾页</A> 转到<INPUT size=2>页</TD></TR></TABLE></TD></TR></TABLE>{f}</BODY></HTML>''',
    list_page("http://www.ylx.gov.cn/news/list.aspx?cid=7", "http://www.ylx.gov.cn", GBK_ROWS, ident, pagination=["http://www.ylx.gov.cn/news/list.aspx?cid=7&page=2", "http://www.ylx.gov.cn/news/list.aspx?cid=7&page=4"], column_type="动态要闻"), encoding='gbk')

# News list with summaries and date-times; a 图片新闻 carousel with newer dates above it.
SUM_ROWS = [("/xwzx/zwyw/content_10033.html", "市委书记调研乡村振兴工作", "2024-03-29"),
            ("/xwzx/zwyw/content_10021.html", "市人大常委会召开党组会议", "2024-03-26"),
            ("/xwzx/zwyw/content_10008.html", "市政协召开主席会议", "2024-03-22"),
            ("/xwzx/zwyw/content_09990.html", "市政府召开廉政工作会议", "2024-03-19")]
f, ident = footer('ucap', '5307000001', '滇ICP备05000707号', '滇公网安备53070202000070号', host='丽江市人民政府')
items = ''.join('<div class="item"><h4><a href="%s">%s</a></h4><p class="summary">%s近日，相关工作取得积极进展……</p>'
                '<p class="time">%s 10:3%d:00</p></div>' % (u, t, t, d, i) for i, (u, t, d) in enumerate(SUM_ROWS))
add('list_summaries_datetime_carousel', f'''<html><head><meta charset="utf-8"><title>时政要闻-丽江市人民政府</title></head><body>{NAV}
<div class="slider"><ul><li><a href="/xwzx/tpxw/content_10050.html"><img src="/u/1.jpg"><p>玉龙雪山迎来春季旅游高峰</p></a><span>2024-04-01</span></li>
<li><a href="/xwzx/tpxw/content_10049.html"><img src="/u/2.jpg"><p>古城区开展文明祭扫宣传</p></a><span>2024-03-31</span></li></ul></div>
<div class="list"><div class="lm">时政要闻</div>{items}</div>
<div class="pagination"><a class="cur">1</a><a href="/xwzx/zwyw/index_2.html">2</a><a href="/xwzx/zwyw/index_3.html">3</a><a href="/xwzx/zwyw/index_2.html">下一页</a></div>{f}</body></html>''',
    list_page("http://www.lijiang.gov.cn/xwzx/zwyw/index.html", "http://www.lijiang.gov.cn", SUM_ROWS, ident, pagination=["http://www.lijiang.gov.cn/xwzx/zwyw/index_2.html", "http://www.lijiang.gov.cn/xwzx/zwyw/index_3.html"], column_type="动态要闻"))

# List with dates in <em> using 2024/03/05, nested inside <p> rows.
P_ROWS = [("/zwgk/rsxx/202403/t20240328_3.html", "2024年县属事业单位公开招聘工作人员公告", "2024-03-28"),
          ("/zwgk/rsxx/202403/t20240312_2.html", "关于王某某等同志任职前公示", "2024-03-12"),
          ("/zwgk/rsxx/202402/t20240206_1.html", "2024年公益性岗位招聘拟聘用人员公示", "2024-02-06")]
f, ident = footer('hanweb', '5329300001', '滇ICP备05006789号', '滇公网安备53293002000045号', host='洱源县人民政府')
ps = ''.join('<p class="row"><a href="%s">%s</a><em>%s</em></p>' % (u, t, d.replace('-', '/')) for u, t, d in P_ROWS)
add('list_p_rows_slash', f'''<html><head><meta charset="utf-8"><title>人事信息_洱源县人民政府</title></head><body>{NAV}
<div class="c"><div class="lm">人事信息</div><div class="rows">{ps}</div></div>{f}</body></html>''',
    list_page("http://www.eryuan.gov.cn/zwgk/rsxx/index.html", "http://www.eryuan.gov.cn", P_ROWS, ident, column_type="人事"))

# Column with a single item (a column updated rarely) and a sidebar with many dated links.
ONE_ROW = [("/zwgk/ghjh/202401/t20240110_5.html", "盈江县国民经济和社会发展第十四个五年规划中期评估报告", "2024-01-10")]
f, ident = footer('trs', '5331220001', '滇ICP备06001122号', '滇公网安备 53312202000112号', host='盈江县人民政府')
add('list_single_item', f'''<html><head><meta charset="utf-8"><title>规划计划_盈江县人民政府</title></head><body>{NAV}
<div class="main"><div class="left">{hot("热点新闻", HOT)}</div><div class="right"><div class="lm">规划计划</div>
<ul class="list"><li><a href="{ONE_ROW[0][0]}">{ONE_ROW[0][1]}</a><span>{ONE_ROW[0][2]}</span></li></ul></div></div>{f}</body></html>''',
    list_page("http://www.yingjiang.gov.cn/zwgk/ghjh/index.html", "http://www.yingjiang.gov.cn", ONE_ROW, ident, column_type="规划计划"))

# Interaction (县长信箱) list: subject | status | date table.
HD_ROWS = [("/hdjl/xzxx/detail.jsp?id=88120", "关于小区门口路灯不亮的问题", "2024-03-27"),
           ("/hdjl/xzxx/detail.jsp?id=88101", "咨询新生儿医保办理流程", "2024-03-22"),
           ("/hdjl/xzxx/detail.jsp?id=88077", "建议增加城区公交线路", "2024-03-15")]
f, ident = footer('ucap', '5301270001', '滇ICP备05001277号', '滇公网安备53012702000127号', host='石林县人民政府')
trs = ''.join('<tr><td><a href="%s">%s</a></td><td>已回复</td><td>%s</td></tr>' % (u, t, d) for u, t, d in HD_ROWS)
add('list_mailbox_status', f'''<html><head><meta charset="utf-8"><title>县长信箱 石林彝族自治县人民政府</title></head><body>{NAV}
<div class="hd"><h2>县长信箱</h2><a href="/hdjl/xzxx/write.jsp" class="btn">我要写信</a>
<table class="mail" width="100%"><tr><th>信件标题</th><th>办理状态</th><th>来信时间</th></tr>{trs}</table></div>{f}</body></html>''',
    list_page("http://www.ynsl.gov.cn/hdjl/xzxx/list.jsp", "http://www.ynsl.gov.cn", HD_ROWS, ident, column_type="互动"))

# Two-column list: each <li> holds a date block split into day and year-month.
SPLIT_ROWS = [("/zwdt/202403/t20240329_1.html", "县政府召开第四十次常务会议", "2024-03-29"),
              ("/zwdt/202403/t20240318_1.html", "县人大常委会开展执法检查", "2024-03-18"),
              ("/zwdt/202403/t20240307_1.html", "县妇联开展“三八”维权宣传", "2024-03-07")]
f, ident = footer('trs', '5329260002', '滇ICP备05002666号', '滇公网安备 53292602000266号', host='弥渡县人民政府')
lis = ''.join('<li><div class="date"><b>%s</b><span>%s</span></div><div class="txt"><a href="%s">%s</a><p>%s</p></div></li>'
              % (d[8:], d[:7], u, t, t + '……') for u, t, d in SPLIT_ROWS)
add('list_split_day_yearmonth', f'''<html><head><meta charset="utf-8"><title>政务动态_弥渡县人民政府</title></head><body>{NAV}
<div class="m"><div class="lm">政务动态</div><ul class="cards">{lis}</ul></div>{f}</body></html>''',
    list_page("http://www.midu.gov.cn/zwdt/index.html", "http://www.midu.gov.cn", SPLIT_ROWS, ident, column_type="动态要闻"))

# Table list with a 序号 column first and the date last.
SEQ_ROWS = [("/zwgk/czyjs/202403/t20240326_8.html", "县财政局2024年部门预算公开", "2024-03-26"),
            ("/zwgk/czyjs/202403/t20240320_7.html", "县教育体育局2024年部门预算公开", "2024-03-20"),
            ("/zwgk/czyjs/202403/t20240311_6.html", "县卫生健康局2024年部门预算公开", "2024-03-11"),
            ("/zwgk/czyjs/202402/t20240229_5.html", "2024年县级财政预算公开说明", "2024-02-29")]
f, ident = footer('ucap', '5329220001', '滇ICP备05002211号-1', '滇公网安备53292202000012号', host='漾濞县人民政府')
trs = ''.join('<tr><td align="center">%d</td><td><a href="%s" target="_blank">%s</a></td><td align="center">%s</td></tr>'
              % (i + 1, u, t, d) for i, (u, t, d) in enumerate(SEQ_ROWS))
add('list_table_seq_column', f'''<html><head><meta charset="utf-8"><title>财政预决算 漾濞县人民政府</title></head><body>{NAV}
<div class="box"><div class="lm">财政预决算</div><table class="tb" width="100%" border="1"><tr><th>序号</th><th>标题</th><th>发布日期</th></tr>{trs}</table></div>{f}</body></html>''',
    list_page("http://www.yangbi.gov.cn/zwgk/czyjs/index.html", "http://www.yangbi.gov.cn", SEQ_ROWS, ident))

# ============================================================================== homepages ==

f, ident = footer('trs', '5301000001', '滇ICP备05001234号-1', '滇公网安备 53010202000123号', host='昆明市人民政府办公室')
blk = lambda name, rows: ('<div class="blk"><div class="blk-hd"><b>%s</b><a href="#" class="more">更多&gt;&gt;</a></div><ul>%s</ul></div>'
                          % (name, ''.join('<li><a href="%s">%s</a><span>%s</span></li>' % (u, t, d[5:]) for u, t, d in rows)))
HOME_A = [("/c/xwzx/kmyw/202404/t20240403_1.html", "市政府召开清明节假期安全工作部署会", "2024-04-03"),
          ("/c/xwzx/kmyw/202404/t20240401_1.html", "全市一季度经济运行分析会召开", "2024-04-01")]
HOME_B = [("/c/zwgk/tzgg/202403/t20240329_1.html", "关于清明节期间祭扫安排的通告", "2024-03-29"),
          ("/c/zwgk/tzgg/202403/t20240325_1.html", "2024年市级预算公开情况说明", "2024-03-25")]
add('home_blocks_mmdd', f'''<html><head><meta charset="utf-8"><title>昆明市人民政府</title></head><body>
<div class="topbar">今天是2024年4月8日 星期一</div>{NAV}<div class="home">{blk("昆明要闻", HOME_A)}{blk("通知公告", HOME_B)}</div>{f}</body></html>''',
    {"url": "http://www.km.gov.cn/", "publish_date": None, "is_list_page": False, "newest_item": "2024-04-03", "identity": ident})

f, ident = footer('hanweb', '5325000002', '滇ICP备08002345号', '滇公网安备53250202000045号', host='红河州人民政府办公室')
add('home_table_full_dates', f'''<html><head><meta charset="utf-8"><title>红河州人民政府门户网站</title></head><body>{NAV}
<table width="1200" align="center"><tr><td width="50%" valign="top"><table width="100%"><tr><td class="lm">红河要闻</td></tr>
<tr><td><a href="/art/2024/4/2/art_7701_990001.html">红河州召开一季度经济运行调度会</a></td><td>2024-04-02</td></tr>
<tr><td><a href="/art/2024/3/30/art_7701_989900.html">州委常委会召开会议</a></td><td>2024-03-30</td></tr></table></td>
<td valign="top"><table width="100%"><tr><td class="lm">公示公告</td></tr>
<tr><td><a href="/art/2024/3/28/art_7702_989850.html">红河州2024年度考试录用公务员公告</a></td><td>2024-03-28</td></tr></table></td></tr></table>
<div class="links">友情链接：<a href="http://www.yn.gov.cn">云南省人民政府</a></div>{f}</body></html>''',
    {"url": "http://www.hh.gov.cn/", "publish_date": None, "is_list_page": False, "newest_item": "2024-04-02", "identity": ident})


# ====================================================================== second batch (60) ==
# Written after the first fixes, before any further change: scored on its own first (see the
# commit that adds it), then with the rest.

# TRS 海云 list: the newer createPageHTML('page_div', count, current, prefix, ext, total) call,
# whose current page is 1-based (index.html, index_1.html … index_4.html).
HY_ROWS = [("./202403/t20240329_99120.html", "市人民政府关于2024年市级重点建设项目计划的通知", "2024-03-29"),
           ("./202403/t20240322_99087.html", "市人民政府关于同意设立曲靖经济技术开发区的批复", "2024-03-22"),
           ("./202403/t20240315_99051.html", "市人民政府办公室关于印发曲靖市2024年为民办实事工作方案的通知", "2024-03-15")]
f, ident = footer('trs', '5303000003', '滇ICP备05012345号', '滇公网安备 53030202000321号', host='曲靖市人民政府办公室')
lis = ''.join('<li><a href="%s" target="_blank">%s</a><span class="time">%s</span></li>' % (u, t, d) for u, t, d in HY_ROWS)
add('list_hy_createpage_div', f"""<html><head><meta charset="utf-8"><meta name="ColumnName" content="市政府文件"><title>市政府文件-曲靖市人民政府</title></head><body>{NAV}
<div class="list-main"><div class="list-hd">市政府文件</div><ul class="list-ul">{lis}</ul>
<div id="page_div" class="page"></div><script>createPageHTML('page_div',5, 1,'index','shtml',48);</script></div>{f}</body></html>""",
    list_page("http://www.qj.gov.cn/zwgk/szfwj/index.shtml", "http://www.qj.gov.cn/zwgk/szfwj/index.shtml", HY_ROWS, ident, pagination=["http://www.qj.gov.cn/zwgk/szfwj/index_%d.shtml" % i for i in range(1, 5)], column_type="政策文件"))

# Empty columns with wordings not in the first batch.
for name, marker, url, heading, ctype, variant, code in [
        ('empty_zanwu_xiangguan_neirong', '<div class="list-none"><img src="/images/none.png"><p>暂无相关内容</p></div>', "http://www.yxjn.gov.cn/zwgk/zcjd/index.html", "政策解读", "政策解读", 'ucap', '5304210001'),
        ('empty_jianshe_zhong', '<div class="con"><p style="text-align:center;padding:80px 0">该栏目正在建设中，敬请期待！</p></div>', "http://www.tonghai.gov.cn/zwgk/ghjh/index.html", "规划计划", "规划计划", 'trs', '5304230001')]:
    f, ident = footer(variant, code, '滇ICP备0600%s号' % code[-4:], '滇公网安备53042102%s号' % code[-6:], host='某县人民政府')
    add(name, f"""<html><head><meta charset="utf-8"><title>{heading}_某县人民政府</title></head><body>{NAV}
<div class="main"><div class="l">{hot("热点新闻", HOT)}</div><div class="r"><div class="lm-tit">{heading}</div>{marker}</div></div>{f}</body></html>""",
        {"url": url, "publish_date": None, "is_list_page": True, "empty_list": True, "items": [], "newest_item": None,
         "column_type": ctype, "identity": ident})

# Old portal article: the title in <td class="biaoti">, 发布日期 in the next row, a 打印 row.
f, ident = footer('old', '5323010001', '滇ICP备05003131号', '滇公网安备53230102000313号', host='楚雄市人民政府')
add('old_td_biaoti', f"""<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"><title>楚雄市人民政府</title></head><body>
<table width="980" align="center"><tr><td class="biaoti" align="center">楚雄市2024年春季森林草原防灭火工作方案</td></tr>
<tr><td align="center" class="fbrq">发布日期：2024年03月06日　　阅读次数：<span id="count">205</span></td></tr>
<tr><td class="nr">{BODY}</td></tr><tr><td align="right"><a href="javascript:window.print()">【打印】</a><a href="javascript:window.close()">【关闭】</a></td></tr></table>
<table width="980" align="center"><tr><td>{hot("最新更新", HOT)}</td></tr></table>{f}</body></html>""",
    {"url": "http://www.cxs.gov.cn/info/1021/55012.htm", "publish_date": "2024-03-06", "is_list_page": False,
     "identity": ident})

# Article whose info bar sits in a furniture-classed row above the body ("art-top").
f, ident = footer('hanweb', '5304250001', '滇ICP备05004242号', '滇公网安备53042502000424号', host='华宁县人民政府')
add('infobar_top_class', f"""<html><head><meta charset="utf-8"><title>华宁县召开2024年柑橘产业发展推进会</title></head><body>{NAV}
<div class="article"><h1>华宁县召开2024年柑橘产业发展推进会</h1><div class="art-top"><span>发布日期：2024-03-14</span><span>来源：县农业农村局</span></div>
<div class="art-con">{NEWS}</div></div>{f}</body></html>""",
    {"url": "http://www.huaning.gov.cn/hnxrmzf/c101/content_20031.html", "publish_date": "2024-03-14",
     "is_list_page": False, "identity": ident})

# List whose rows carry a labelled date ("发布时间：2024-03-18") and a category link.
CAT_ROWS = [("/zwgk/tzgg/content_88301.html", "关于开展2024年度统计执法检查的公告", "2024-03-18"),
            ("/zwgk/tzgg/content_88290.html", "关于2024年城乡居民医保集中征缴的通告", "2024-03-12"),
            ("/zwgk/tzgg/content_88277.html", "关于做好2024年清明节文明祭扫工作的通知", "2024-03-07")]
f, ident = footer('ucap', '5304220001', '滇ICP备05002222号', '滇公网安备53042202000222号', host='澄江市人民政府')
lis = ''.join('<li><a class="cat" href="/zwgk/tzgg/">[通知公告]</a><a class="t" href="%s">%s</a><p class="meta">发布时间：%s</p></li>' % (u, t, d) for u, t, d in CAT_ROWS)
add('list_labelled_dates_category', f"""<html><head><meta charset="utf-8"><title>通知公告 - 澄江市人民政府</title></head><body>{NAV}
<div class="main"><h2>通知公告</h2><ul class="items">{lis}</ul></div>{f}</body></html>""",
    list_page("http://www.chengjiang.gov.cn/zwgk/tzgg/index.html", "http://www.chengjiang.gov.cn", CAT_ROWS, ident, column_type="通知公告"))

# Column folder named with a unit prefix (xzfgzdt = 县政府工作动态): its type from the folder.
f, ident = footer('trs', '5304260001', '滇ICP备05005656号', '滇公网安备 53042602000565号', host='易门县人民政府')
add('prefixed_folder_article', f"""<html><head><meta charset="utf-8"><title>易门县召开2024年第一季度经济运行分析会</title></head><body>{NAV}
<div class="detail"><h1>易门县召开2024年第一季度经济运行分析会</h1><p class="info">发布时间：2024-04-03 来源：县发展改革局</p>
<div class="con">{NEWS}</div></div>{f}</body></html>""",
    {"url": "http://www.ym.gov.cn/xzfgzdt/202404/t20240403_661020.html", "publish_date": "2024-04-03",
     "is_list_page": False, "identity": ident, "column_type": "动态要闻"})

# GBK list: table rows with [2024-03-05] dates in <font>, more-link rows and a 共X条 pager.
GB_ROWS = [("/Article/ShowArticle.asp?ArticleID=7011", "峨山县开展春季农业技术培训", "2024-03-27"),
           ("/Article/ShowArticle.asp?ArticleID=7002", "峨山县召开防汛抗旱工作会议", "2024-03-20"),
           ("/Article/ShowArticle.asp?ArticleID=6990", "峨山县开展森林防火应急演练", "2024-03-12")]
f, ident = footer('old', '5304270001', '滇ICP备05007272号', '滇公网安备53042702000727号', host='峨山县人民政府')
rows = ''.join('<TR><TD>·<A href="%s" target=_blank>%s</A></TD><TD align=right><FONT color=#999999>[%s]</FONT></TD></TR>' % (u, t, d) for u, t, d in GB_ROWS)
add('list_gbk_font_brackets', f"""<HTML><HEAD><META http-equiv=Content-Type content="text/html; charset=gbk"><TITLE>工作动态</TITLE></HEAD><BODY>
<TABLE width=960 align=center><TR><TD class=lm>工作动态</TD></TR>{rows}
<TR><TD colspan=2 align=center>共3条记录 页次：1/1 每页：20条</TD></TR></TABLE>{f}</BODY></HTML>""",
    list_page("http://www.es.gov.cn/Article/List.asp?ClassID=3", "http://www.es.gov.cn", GB_ROWS, ident, pagination=[]), encoding='gbk')

# 政策文件 in a gkml page with label spacing and 发布日期 in the second of two tables.
f, ident = footer('trs', '5304240001', '滇ICP备05008484号', '滇公网安备 53042402000848号', host='通海县人民政府')
add('gkml_two_tables_spaced', f"""<html><head><meta charset="utf-8"><title>通海县人民政府关于印发通海县2024年国民经济和社会发展计划的通知</title></head><body>{NAV}
<table class="gk1"><tr><td>索 引 号：</td><td>115304230151234567/2024-00012</td><td>发布机构：</td><td>通海县人民政府</td></tr></table>
<table class="gk2"><tr><td>成文日期：</td><td>2024-02-02</td><td>发布日期：</td><td>2024-02-07</td></tr></table>
<div class="bt">通海县人民政府关于印发通海县2024年国民经济和社会发展计划的通知</div><div class="zw">{BODY}</div>{f}</body></html>""",
    {"url": "http://www.tonghai.gov.cn/zwgk/xxgkml/202402/t20240207_551200.html", "publish_date": "2024-02-07",
     "is_list_page": False, "identity": ident})

# An unlabelled date line with the weekday under a title-classed <div>; an event date in the body.
f, ident = footer('ucap', '5304280001', '滇ICP备05001818号', '滇公网安备53042802000181号', host='新平县人民政府')
add('visible_weekday_date', f"""<html><head><meta charset="utf-8"><title>新平县2024年“三月三”民族文化节活动安排</title></head><body>{NAV}
<div class="nr"><div class="title">新平县2024年“三月三”民族文化节活动安排</div>
<div class="sx">2024年04月09日 星期二 &nbsp;来源：县文化和旅游局</div><div class="text">{NEWS}<p>活动时间：2024年4月11日至13日。</p></div></div>{f}</body></html>""",
    {"url": "http://www.xinping.gov.cn/xpxrmzf/c102/content_11831.html", "publish_date": "2024-04-09",
     "is_list_page": False, "identity": ident})


def main():
    write_pages(HERE, PAGES)


if __name__ == '__main__':
    main()
