#!/usr/bin/env python3
"""Writes the second held-out blind set (blind3) and its manifest.json.

The pages were modelled on real Chinese government sites (TRS WCM, 大汉 JCMS/Hanweb, 南威,
集约化平台 templates, old table-layout sites) and the answers filled in by reading each page as a
person would, before the extraction code was read. Run from anywhere:
    python3 tests/data/extract/blind3/generate.py
"""
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
PAGES = []


def page(file, html, want, encoding=None):
    want = dict(want)
    want["file"] = file
    data = html.encode(encoding) if encoding else html.encode("utf-8")
    if encoding:
        want["encoding"] = encoding
    with open(os.path.join(HERE, file), "wb") as f:
        f.write(data)
    PAGES.append(want)


def ident(code, icp, psb, party=True, jiucuo=True):
    return {"site_code": code, "icp": icp, "psb": psb, "party_badge": party, "error_report_entry": jiucuo}


NAV = ('<div class="nav"><ul><li><a href="/">首页</a></li><li><a href="/xwzx/">新闻中心</a></li>'
       '<li><a href="/zwgk/">政务公开</a><ul><li><a href="/zwgk/zcwj/">政策文件</a></li><li><a href="/zwgk/zcjd/">政策解读</a></li>'
       '<li><a href="/zwgk/tzgg/">通知公告</a></li><li><a href="/zwgk/rsxx/">人事信息</a></li></ul></li>'
       '<li><a href="/zwfw/">政务服务</a></li><li><a href="/hdjl/">互动交流</a></li><li><a href="/zjxq/">走进本地</a></li></ul></div>')


def footer_trs(code, icp, psb_text, psb_num, unit):
    return ('<div class="footer"><div class="w1200">'
            '<div class="dzjg"><script type="text/javascript">document.write(unescape("%3Cspan id=\'_ideConac\' %3E%3C/span%3E%3Cscript src=\'https://dcs.conac.cn/js/23/000/0000/60000000/CA230000000600000001.js\' type=\'text/javascript\'%3E%3C/script%3E"));</script></div>'
            f'<div class="txt"><p>主办单位：{unit}　承办单位：{unit}信息中心</p>'
            f'<p>网站标识码：{code}　<a href="https://beian.miit.gov.cn/" target="_blank">{icp}</a>　'
            f'<a href="http://www.beian.gov.cn/portal/registerSystemInfo?recordcode={psb_num}" target="_blank"><img src="/images/ga.png">{psb_text}</a></p>'
            '<p>建议使用1920×1080分辨率 IE9及以上版本浏览器</p></div>'
            f'<div class="jc"><script id="_jiucuo_" sitecode=\'{code}\' src=\'https://zfwzgl.www.gov.cn/exposure/jiucuo.js\'></script></div>'
            '</div></div>')


def footer_table(code, icp, psb_text, unit, party=True, jiucuo=True):
    badge = (f'<td width="120"><a href="https://bszs.conac.cn/sitename?method=show&id={code}" target="_blank">'
             '<img src="/images/dzjg.png" alt="党政机关" border="0"></a></td>') if party else '<td width="120"></td>'
    jc = (f'<td width="120"><a href="https://zfwzgl.www.gov.cn/exposure/jiucuo.html?site_code={code}&url=http%3A%2F%2Fwww.example.gov.cn%2F" target="_blank">'
          '<img src="/images/jiucuo.png" alt="政府网站找错"></a></td>') if jiucuo else ''
    return ('<table width="1000" border="0" align="center" cellpadding="0" cellspacing="0" class="foot"><tr>' + badge +
            f'<td align="center">主办：{unit}　技术支持：某某信息技术有限公司<br>'
            f'网站标识码：{code}　ICP备案号：<a href="https://beian.miit.gov.cn/">{icp}</a>　{psb_text}</td>' + jc + '</tr></table>')


def hot(items, title="热点推荐"):
    lis = "".join(f'<li><a href="{u}" target="_blank" title="{t}">{t}</a><span>{d}</span></li>' for u, t, d in items)
    return f'<div class="side-box"><div class="side-tit">{title}</div><ul class="side-list">{lis}</ul></div>'


def items_json(base, rows):
    return [{"url": base + u if not u.startswith("http") else u, "title": t, "date": d} for u, t, d in rows]


# --------------------------------------------------------------------------------------------
# Articles
# --------------------------------------------------------------------------------------------

# 1. TRS WCM article: meta tags, 信息内容 comments, 发布时间 with seconds, 浏览次数, later-dated hot list.
page("trs_seconds_views_hot.html", f"""<!DOCTYPE html>
<html><head><meta charset="utf-8">
<meta name="SiteName" content="成都市人民政府">
<meta name="SiteDomain" content="www.chengdu.gov.cn">
<meta name="SiteIDCode" content="5101000048">
<meta name="ColumnName" content="部门动态">
<meta name="ColumnType" content="部门动态">
<meta name="ArticleTitle" content="市经信局召开2024年全市工业经济运行调度会">
<meta name="PubDate" content="2024-03-05 10:21:33">
<meta name="ContentSource" content="市经信局">
<meta name="Keywords" content="工业经济,运行调度">
<title>市经信局召开2024年全市工业经济运行调度会-成都市人民政府门户网站</title>
<link rel="stylesheet" href="../../../images/common.css"></head>
<body>
<div class="header"><img src="/images/logo.png" alt="成都市人民政府">{NAV}</div>
<div class="position">您当前的位置：<a href="../../../" target="_self" title="首页" class="CurrChnlCls">首页</a>&gt;<a href="../../" title="新闻中心" class="CurrChnlCls">新闻中心</a>&gt;<a href="../" title="部门动态" class="CurrChnlCls">部门动态</a></div>
<div class="main">
<div class="left">
<div class="detail">
<h2 class="detail-title">市经信局召开2024年全市工业经济运行调度会</h2>
<div class="detail-info">
<span>发布时间：2024-03-05 10:21:33</span>&nbsp;&nbsp;<span>来源：市经信局</span>&nbsp;&nbsp;<span>浏览次数：<script language="javascript" src="/TRS_Visit/count.jsp?docid=4812207"></script></span>
<span class="fr">【<a href="javascript:void(0)" onclick="fontZoom(16)">大</a> <a href="javascript:void(0)" onclick="fontZoom(14)">中</a> <a href="javascript:void(0)" onclick="fontZoom(12)">小</a>】</span>
</div>
<div class="detail-content">
<!--<$[信息内容]>begin--><div class=TRS_Editor><p style="text-indent: 2em;">3月4日，市经信局召开2024年全市工业经济运行调度会，分析1—2月全市工业经济运行情况，安排部署下一阶段重点工作。</p><p style="text-indent: 2em;">会议指出，2023年全市规模以上工业增加值同比增长5.2%，工业经济总体保持平稳增长态势。</p><p style="text-indent: 2em;">会议要求，各区（市）县要紧盯3月底前的季度目标，加强重点企业服务，确保一季度实现“开门红”。</p></div><!--<$[信息内容]>end-->
</div>
<div class="detail-foot"><a href="javascript:window.print()">【打印本页】</a> <a href="javascript:window.close()">【关闭窗口】</a></div>
</div>
</div>
<div class="right">
{hot([("/xwzx/bmdt/202403/t20240318_4830011.html", "市商务局部署一季度消费促进活动", "2024-03-18"),
      ("/xwzx/bmdt/202403/t20240316_4829102.html", "市交通运输局召开春运总结会", "2024-03-16"),
      ("/xwzx/jryw/202403/t20240315_4828870.html", "全市优化营商环境大会召开", "2024-03-15")])}
</div>
</div>
{footer_trs("5101000048", "蜀ICP备05003547号", "川公网安备 51010402000507号", "51010402000507", "成都市人民政府办公厅")}
</body></html>""", {
    "url": "http://www.chengdu.gov.cn/gkml/bmdt/202403/t20240305_4812207.html",
    "publish_date": "2024-03-05", "is_list_page": False,
    "identity": ident("5101000048", "蜀ICP备05003547号", "川公网安备 51010402000507号"),
    "column_type": "动态要闻",
    "meta": {"ArticleTitle": "市经信局召开2024年全市工业经济运行调度会", "PubDate": "2024-03-05 10:21:33",
             "ContentSource": "市经信局", "ColumnName": "部门动态", "SiteIDCode": "5101000048"},
})

# 2. 信息公开 article with the index table: 成文日期 2024-02-26 differs from 发布日期 2024-03-01.
page("gkml_table_cwrq_0226_fbrq_0301.html", f"""<!DOCTYPE html>
<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<meta name="ArticleTitle" content="长沙市人民政府办公厅关于印发《长沙市2024年城市更新行动方案》的通知">
<meta name="PubDate" content="2024-03-01 16:30">
<title>长沙市人民政府办公厅关于印发《长沙市2024年城市更新行动方案》的通知</title></head>
<body>
<div class="top">{NAV}</div>
<div class="crumb">当前位置：<a href="/">首页</a> &gt; <a href="/zfxxgk/">政府信息公开</a> &gt; <a href="/zfxxgk/zfwj/">政府文件</a> &gt; <a href="./">市政府办文件</a></div>
<div class="xxgk-box">
<table class="xxgk-table" width="100%" cellspacing="0" cellpadding="0">
<tr><th>索 引 号：</th><td>000014349/2024-00187</td><th>分　　类：</th><td>城乡建设、环境保护\\通知</td></tr>
<tr><th>发布机构：</th><td>长沙市人民政府办公厅</td><th>成文日期：</th><td>2024-02-26</td></tr>
<tr><th>名　　称：</th><td colspan="3">长沙市人民政府办公厅关于印发《长沙市2024年城市更新行动方案》的通知</td></tr>
<tr><th>文　　号：</th><td>长政办发〔2024〕5号</td><th>发布日期：</th><td>2024-03-01</td></tr>
<tr><th>有 效 性：</th><td>有效</td><th>主 题 词：</th><td></td></tr>
</table>
<div class="xxgk-content">
<h1 class="title">长沙市人民政府办公厅关于印发《长沙市2024年城市更新行动方案》的通知</h1>
<p class="wh">长政办发〔2024〕5号</p>
<!--<$[信息内容]>begin--><div class="TRS_Editor">
<p>各区县（市）人民政府，市直机关各单位：</p>
<p>《长沙市2024年城市更新行动方案》已经市人民政府同意，现印发给你们，请认真组织实施。</p>
<p style="text-align:right">长沙市人民政府办公厅</p>
<p style="text-align:right">2024年2月26日</p>
<p>（此件公开发布）</p>
</div><!--<$[信息内容]>end-->
<div class="fj">附件：<a href="./P020240301563712345678.pdf">长沙市2024年城市更新行动方案.pdf</a></div>
</div></div>
{footer_trs("4301000010", "湘ICP备05003166号", "湘公网安备 43010202000166号", "43010202000166", "长沙市人民政府办公厅")}
</body></html>""", {
    "url": "http://www.changsha.gov.cn/zfxxgk/zfwj/szfbgtwj/202403/t20240301_11389012.html",
    "publish_date": "2024-03-01", "is_list_page": False,
    "identity": ident("4301000010", "湘ICP备05003166号", "湘公网安备 43010202000166号"),
    "column_type": "政策文件",
    "meta": {"PubDate": "2024-03-01 16:30"},
})

# 3. 大汉 JCMS article with 日期/来源/浏览次数 in one td row.
page("jcms_art_td_riqi.html", """<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml"><head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<title>湖州市召开2024年乡村振兴工作推进会 </title>
<meta name="ArticleTitle" content="湖州市召开2024年乡村振兴工作推进会">
<meta name="pubdate" content="2024-03-07">
<meta name="ColumnName" content="湖州要闻">
<script type="text/javascript" src="/script/jquery.js"></script>
</head>
<body>
<div id="head"><img src="/picture/0/logo.png" /></div>
<table width="1000" border="0" align="center" cellpadding="0" cellspacing="0"><tr><td class="bt_link">您当前的位置：<a href="/" class="bt_link">首页</a>&nbsp;&gt;&nbsp;<a href="/col/col1229208253/index.html" class="bt_link">新闻中心</a>&nbsp;&gt;&nbsp;<a href="/col/col1229208256/index.html" class="bt_link">湖州要闻</a></td></tr></table>
<table width="1000" border="0" align="center" cellpadding="0" cellspacing="0" class="bt_content">
<tr><td align="center" class="title">湖州市召开2024年乡村振兴工作推进会</td></tr>
<tr><td align="center" class="bt_time">日期：2024-03-07&nbsp;&nbsp;&nbsp;&nbsp;来源：湖州日报&nbsp;&nbsp;&nbsp;&nbsp;浏览次数：<script language="javascript" src="/module/visitcount/articlehits.jsp?colid=1229208256&artid=59123456"></script>&nbsp;&nbsp;&nbsp;&nbsp;字体：[<a href="javascript:doZoom(16)">大</a> <a href="javascript:doZoom(14)">中</a> <a href="javascript:doZoom(12)">小</a>]</td></tr>
<tr><td id="zoom" class="bt_content">
<!--ZJEG_RSS.content.begin--><meta name="ContentStart"><p>3月6日，全市2024年乡村振兴工作推进会召开。会议总结2023年全市“三农”工作，部署2024年重点任务。</p><p>会议强调，要锚定农业农村现代化目标，深入实施“千万工程”，在3月底前完成春耕备耕各项准备。</p><meta name="ContentEnd"><!--ZJEG_RSS.content.end-->
</td></tr>
<tr><td align="right"><a href="javascript:window.print()">【打印本页】</a><a href="javascript:window.close()">【关闭窗口】</a></td></tr>
</table>
<div id="footer" style="text-align:center"><a href="https://bszs.conac.cn/sitename?method=show&id=33050000000001" target="_blank"><img src="/picture/0/red.png" alt="党政机关" /></a>
<p>主办：湖州市人民政府办公室　承办：湖州市大数据发展管理局</p>
<p>网站标识码：3305000001　<a href="https://beian.miit.gov.cn">浙ICP备05001125号-3</a>　<a href="http://www.beian.gov.cn/portal/registerSystemInfo?recordcode=33050202000202"><img src="/picture/0/ga.png" />浙公网安备 33050202000202号</a></p>
<script id="_jiucuo_" sitecode='3305000001' src='https://zfwzgl.www.gov.cn/exposure/jiucuo.js'></script></div>
</body></html>""", {
    "url": "http://www.huzhou.gov.cn/art/2024/3/7/art_1229208256_59123456.html",
    "publish_date": "2024-03-07", "is_list_page": False,
    "identity": ident("3305000001", "浙ICP备05001125号-3", "浙公网安备 33050202000202号"),
    "column_type": "动态要闻",
    "meta": {"ArticleTitle": "湖州市召开2024年乡村振兴工作推进会", "pubdate": "2024-03-07", "ColumnName": "湖州要闻"},
})

# 4. Chinese-format date label, 信息来源 before it, year-end date in the body text.
page("cn_date_source_first.html", f"""<!DOCTYPE html>
<html lang="zh"><head><meta charset="UTF-8"><title>关于做好2024年春节期间安全生产工作的通知_通知公告_南昌市人民政府</title></head>
<body>
<header>{NAV}</header>
<div class="bread">当前位置：<a href="/">首页</a> » <a href="/zwgk/">政务公开</a> » <a href="/zwgk/tzgg/">通知公告</a></div>
<div class="article">
<h1>关于做好2024年春节期间安全生产工作的通知</h1>
<div class="meta"><span class="source">信息来源：市应急管理局</span><span class="pub">发布时间：2024年1月29日</span><span class="hits">阅读次数：1268</span></div>
<div class="content">
<p>各县区人民政府，市直各有关单位：</p>
<p>2024年春节假期为2月10日至2月17日。为切实做好节日期间安全生产工作，现将有关事项通知如下。</p>
<p>一、各地要在2月5日前完成节前安全检查，对2023年12月以来发生的事故进行再梳理。</p>
<p style="text-align:right">南昌市安全生产委员会办公室<br>2024年1月26日</p>
</div></div>
<aside>{hot([("/xwzx/jryw/202402/t20240220_5102233.html", "市政府召开第32次常务会议", "2024-02-20"),
             ("/xwzx/jryw/202402/t20240219_5102101.html", "全市高质量发展大会召开", "2024-02-19")], "今日关注")}</aside>
<div class="foot" style="text-align:center">
<p><a href="https://bszs.conac.cn/sitename?method=show&id=3601000011"><img src="/images/dzjg.png" alt="党政机关"></a></p>
<p>南昌市人民政府办公室主办　网站标识码：3601000011</p>
<p>ＩＣＰ备案：<a href="https://beian.miit.gov.cn">赣ＩＣＰ备05004406号－1</a>　<img src="/images/ga.png"><a href="http://www.beian.gov.cn/portal/registerSystemInfo?recordcode=36010202000103">赣公网安备　36010202000103号</a></p>
<p><a href="https://zfwzgl.www.gov.cn/exposure/jiucuo.html?site_code=3601000011&url=http%3A%2F%2Fwww.nc.gov.cn%2F">我要纠错</a></p>
</div></body></html>""", {
    "url": "http://www.nc.gov.cn/ncszf/tzgg/202401/0b2f4c1e9a3d4e7b8c6f5a2d1e0b9c87.shtml",
    "publish_date": "2024-01-29", "is_list_page": False,
    "identity": ident("3601000011", "赣ICP备05004406号-1", "赣公网安备36010202000103号"),
    "column_type": "通知公告",
})

# 5. Slash date with time, labelled 时间 (no 发布), weekday-free, noisy related list below.
page("slash_datetime_related_below.html", f"""<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>我区2023年度重点民生实事项目全部完成</title>
<meta name="keywords" content="民生实事"><meta name="description" content="我区2023年度重点民生实事项目全部完成"></head>
<body><div class="wrap">{NAV}
<div class="location">位置：<a href="/">首页</a> &gt; <a href="/xwzx/">新闻中心</a> &gt; <a href="/xwzx/qnyw/">区内要闻</a></div>
<div class="con-title">我区2023年度重点民生实事项目全部完成</div>
<div class="con-sub">时间：2024/1/8 9:30:00　作者：区融媒体中心　来源：区政府办</div>
<div class="con-text"><p>记者从区政府办获悉，2023年我区确定的12件重点民生实事项目已于12月底全部完成。</p><p>据统计，全年新增学位2400个，改造老旧小区36个。</p></div>
<div class="related"><h4>相关新闻</h4><ul>
<li><a href="/xwzx/qnyw/202401/t20240112_2200301.html">区政府召开2024年第一次常务会议</a> <em>2024/1/12</em></li>
<li><a href="/xwzx/qnyw/202401/t20240110_2200265.html">我区部署冬春季森林防火工作</a> <em>2024/1/10</em></li>
<li><a href="/xwzx/qnyw/202312/t20231229_2199870.html">区十八届人大常委会第十六次会议召开</a> <em>2023/12/29</em></li>
</ul></div></div>
{footer_trs("3701020001", "鲁ICP备05027753号", "鲁公网安备 37010202000711号", "37010202000711", "济南市历下区人民政府办公室")}
</body></html>""", {
    "url": "http://www.lixia.gov.cn/xwzx/qnyw/202401/t20240108_2199950.html",
    "publish_date": "2024-01-08", "is_list_page": False,
    "identity": ident("3701020001", "鲁ICP备05027753号", "鲁公网安备 37010202000711号"),
    "column_type": "动态要闻",
    "meta": {"keywords": "民生实事"},
})

# 6. Dotted date with no label under the title; sidebar of dated 图片新闻.
page("dotted_unlabelled_under_title.html", f"""<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>石家庄市召开全市春季植树造林动员会</title></head>
<body>
<div class="header">{NAV}</div>
<div class="container">
<div class="sidebar">{hot([("/col/1509/202403/t20240321_88123.html", "滹沱河畔春光好", "2024.03.21"),
                            ("/col/1509/202403/t20240320_88100.html", "市民游园赏花", "2024.03.20")], "图片新闻")}</div>
<div class="content-main">
<div class="crumbs"><a href="/">首页</a> / <a href="/col/1505/">工作动态</a></div>
<h3 class="ctitle">石家庄市召开全市春季植树造林动员会</h3>
<div class="cinfo"><span class="time">2024.03.12</span><span class="ly">石家庄日报</span></div>
<div class="ctext"><p>3月11日，全市春季植树造林动员会召开。会议提出，今年春季全市计划完成造林绿化12万亩。</p></div>
</div></div>
{footer_trs("1301000002", "冀ICP备05003001号", "冀公网安备 13010202000301号", "13010202000301", "石家庄市人民政府办公室")}
</body></html>""", {
    "url": "http://www.sjz.gov.cn/col/1505/202403/t20240312_88011.html",
    "publish_date": "2024-03-12", "is_list_page": False,
    "identity": ident("1301000002", "冀ICP备05003001号", "冀公网安备 13010202000301号"),
    "column_type": "动态要闻",
})

# 7. Date only in the URL (TRS path), hot list with newer dates on the page.
page("url_only_date_hot_newer.html", f"""<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>关于2023年度市级财政专项资金项目申报的通知</title></head>
<body>
{NAV}
<div class="pos">当前位置：<a href="/">首页</a> &gt; <a href="/zwgk/">政务公开</a> &gt; <a href="/zwgk/tzgg/">通知公告</a></div>
<div class="main"><div class="art">
<h1>关于2023年度市级财政专项资金项目申报的通知</h1>
<div class="tools">【<a href="javascript:doZoom(16)">大</a> <a href="javascript:doZoom(14)">中</a> <a href="javascript:doZoom(12)">小</a>】 <a href="javascript:window.print()">打印</a></div>
<div class="TRS_Editor"><p>各有关单位：</p><p>根据《市级财政专项资金管理办法》，现组织开展2023年度市级财政专项资金项目申报工作，申报截止时间为2023年11月30日。</p><p>联系电话：0851-87985432</p></div>
</div>
<div class="aside">{hot([("/zwgk/tzgg/202312/t20231205_83001122.html", "关于开展冬季安全生产大检查的通知", "2023-12-05"),
                          ("/zwgk/tzgg/202311/t20231128_83000987.html", "关于2024年元旦放假安排的通知", "2023-11-28")], "最新通知")}</div></div>
{footer_trs("5201000018", "黔ICP备05002102号", "贵公网安备 52010202000231号", "52010202000231", "贵阳市人民政府办公厅")}
</body></html>""", {
    "url": "http://www.guiyang.gov.cn/zwgk/tzgg/202311/t20231108_82998812.html",
    "publish_date": "2023-11-08", "is_list_page": False,
    "identity": ident("5201000018", "黔ICP备05002102号", "贵公网安备 52010202000231号"),
    "column_type": "通知公告",
})

# 8. 落款 date in Chinese numerals only; month and day need 十 handling.
page("luokuan_cn_numerals_dec26.html", """<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>关于公布2023年度区级非物质文化遗产代表性项目名录的通知</title></head>
<body>
<div class="head"><a href="/">合肥市蜀山区人民政府</a></div>
<div class="loc">您的位置：<a href="/">首页</a> &gt; <a href="/xxgk/">信息公开</a> &gt; <a href="/xxgk/tzgg/">通知公告</a></div>
<div class="wz">
<h1>关于公布2023年度区级非物质文化遗产代表性项目名录的通知</h1>
<div class="wz_con">
<p>各镇人民政府、街道办事处，区直各单位：</p>
<p>经专家评审、社会公示，区政府同意公布第六批区级非物质文化遗产代表性项目名录（共8项），现予公布。</p>
<p>附件：第六批区级非物质文化遗产代表性项目名录</p>
<p align="right">合肥市蜀山区人民政府</p>
<p align="right">二〇二三年十二月二十六日</p>
</div></div>
<div class="foot"><p>主办单位：合肥市蜀山区人民政府办公室　网站标识码：3401040001</p>
<p><a href="https://beian.miit.gov.cn">皖ICP备05000617号</a>　公安机关备案号：<a href="http://www.beian.gov.cn/portal/registerSystemInfo?recordcode=34010402000617">皖公网安备34010402000617号</a></p>
<p><script type="text/javascript">document.write(unescape("%3Cspan id='_ideConac' %3E%3C/span%3E%3Cscript src='https://dcs.conac.cn/js/12/000/0000/60387514/CA120000000603875140001.js' type='text/javascript'%3E%3C/script%3E"));</script>
<script id="_jiucuo_" sitecode='3401040001' src='https://zfwzgl.www.gov.cn/exposure/jiucuo.js'></script></p></div>
</body></html>""", {
    "url": "http://www.shushan.gov.cn/xxgk/tzgg/content_9921.html",
    "publish_date": "2023-12-26", "is_list_page": False,
    "identity": ident("3401040001", "皖ICP备05000617号", "皖公网安备34010402000617号"),
    "column_type": "通知公告",
})

# 9. GB2312 page, uppercase table layout, unquoted attributes, 发布日期 in a font tag.
page("gb2312_upper_table_font.html", """<HTML>
<HEAD>
<META http-equiv=Content-Type content="text/html; charset=gb2312">
<TITLE>县农业农村局开展春季农资打假专项行动</TITLE>
<LINK href=/css/style.css type=text/css rel=stylesheet>
</HEAD>
<BODY leftMargin=0 topMargin=0>
<TABLE width=980 align=center border=0 cellPadding=0 cellSpacing=0>
<TR><TD><IMG src=/images/top.jpg width=980 height=150></TD></TR>
<TR><TD height=30 class=dh>&nbsp;当前位置：<A href=/>首页</A> &gt;&gt; <A href=/news/>工作动态</A></TD></TR>
</TABLE>
<TABLE width=980 align=center border=0 cellPadding=0 cellSpacing=0>
<TR><TD width=240 vAlign=top>
<TABLE width=100%><TR><TD class=lmtit>最新动态</TD></TR>
<TR><TD>・<A href=/news/2022/0901/1288.html>县政府召开秋季森林防火会议</A> <FONT color=#999999>09-01</FONT></TD></TR>
<TR><TD>・<A href=/news/2022/0830/1285.html>全县秋粮收购工作有序开展</A> <FONT color=#999999>08-30</FONT></TD></TR>
</TABLE></TD>
<TD width=20>&nbsp;</TD>
<TD vAlign=top>
<TABLE width=100% border=0>
<TR><TD align=center height=50><FONT style="FONT-SIZE: 20px; COLOR: #c00000"><B>县农业农村局开展春季农资打假专项行动</B></FONT></TD></TR>
<TR><TD align=center bgColor=#f0f0f0 height=26><FONT color=#666666>发布日期：2022-03-16&nbsp;&nbsp;&nbsp;&nbsp;作者：农业局&nbsp;&nbsp;&nbsp;&nbsp;点击数：<FONT color=red>356</FONT></FONT></TD></TR>
<TR><TD class=content style="LINE-HEIGHT: 28px">
<P>　　为保障春耕生产用种用肥安全，县农业农村局于3月上旬起在全县开展春季农资打假专项行动。</P>
<P>　　截至3月15日，共出动执法人员86人次，检查农资经营门店112家。</P>
</TD></TR>
</TABLE>
</TD></TR></TABLE>
<TABLE width=980 align=center border=0 cellPadding=0 cellSpacing=0 bgColor=#e8e8e8>
<TR><TD align=center height=80>版权所有：XX县人民政府 &nbsp; 网站标识码：6205230001 &nbsp; <A href=https://beian.miit.gov.cn target=_blank>陇ICP备05000211号</A><BR>
<IMG src=/images/ga.png>甘公网安备 62052302000011号 &nbsp; 技术支持：县融媒体中心</TD></TR>
</TABLE>
</BODY>
</HTML>""", {
    "url": "http://www.gangu.gov.cn/news/2022/0316/1203.html",
    "publish_date": "2022-03-16", "is_list_page": False,
    "identity": ident("6205230001", "陇ICP备05000211号", "甘公网安备 62052302000011号", party=False, jiucuo=False),
    "column_type": "动态要闻",
}, encoding="gb2312")

# 10. 政策解读 page: own 发布时间 plus the interpreted document's earlier dates.
page("zcjd_doc_dates_earlier.html", f"""<!DOCTYPE html>
<html><head><meta charset="utf-8">
<meta name="ArticleTitle" content="一图读懂《南宁市促进民营经济高质量发展若干措施》">
<meta name="ColumnName" content="政策解读">
<title>一图读懂《南宁市促进民营经济高质量发展若干措施》</title></head>
<body>{NAV}
<div class="crumb">当前位置：<a href="/">首页</a> &gt; <a href="/zwgk/">政务公开</a> &gt; <a href="/zwgk/zcjd/">政策解读</a></div>
<div class="article">
<h1>一图读懂《南宁市促进民营经济高质量发展若干措施》</h1>
<div class="info">发布时间：2024-03-15 17:02　来源：市发展改革委　解读类型：图文解读</div>
<div class="related-doc">相关文件：<a href="/zwgk/zcwj/202403/t20240301_5812233.html">南宁市人民政府关于印发南宁市促进民营经济高质量发展若干措施的通知</a>（2024-03-01）</div>
<div class="TRS_Editor"><p><img src="./W020240315512301234567.jpg" alt="一图读懂"></p>
<p>2024年2月27日，市人民政府第45次常务会议审议通过《若干措施》，自2024年3月1日起施行。</p></div>
</div>
<div class="foot">
<p>网站标识码：4501000034　<a href="https://beian.miit.gov.cn">桂ICP备05000316号</a>　<a href="http://www.beian.gov.cn/portal/registerSystemInfo?recordcode=45010302000316">桂公网安备　45010302000316号</a></p>
<a href="https://bszs.conac.cn/sitename?method=show&id=4501000034"><img src="/images/red.png" alt="党政机关"></a>
<script id="_jiucuo_" sitecode='4501000034' src='https://zfwzgl.www.gov.cn/exposure/jiucuo.js'></script></div>
</body></html>""", {
    "url": "http://www.nanning.gov.cn/zwgk/zcjd/202403/t20240315_5830041.html",
    "publish_date": "2024-03-15", "is_list_page": False,
    "identity": ident("4501000034", "桂ICP备05000316号", "桂公网安备45010302000316号"),
    "column_type": "政策解读",
    "meta": {"ColumnName": "政策解读"},
})

# 11. 领导信息 page: biography years and a 1970年 birth date; no publish date of its own.
page("leader_profile_undated.html", f"""<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>领导信息_常德市人民政府</title></head>
<body>{NAV}
<div class="crumb">当前位置：<a href="/">首页</a> &gt; <a href="/zwgk/">政务公开</a> &gt; <a href="/zwgk/ldxx/">领导信息</a></div>
<div class="leader">
<div class="photo"><img src="/images/leader/sz.jpg" alt="市长"></div>
<div class="intro">
<h2>张某某</h2>
<p><b>职务：</b>市委副书记、市长</p>
<p><b>简历：</b>张某某，男，汉族，1970年5月生，湖南桃源人，1992年7月参加工作，1991年6月加入中国共产党，研究生学历，管理学博士。</p>
<p>2016年9月任某某县委书记；2020年12月任常德市副市长；2021年9月任常德市委副书记、市长。</p>
<p><b>工作分工：</b>主持市政府全面工作。负责审计方面工作。</p>
</div></div>
{footer_trs("4307000001", "湘ICP备05008823号", "湘公网安备 43070202000088号", "43070202000088", "常德市人民政府办公室")}
</body></html>""", {
    "url": "http://www.changde.gov.cn/zwgk/ldxx/szf/content_900021.html",
    "publish_date": None, "undated": True, "is_list_page": False,
    "identity": ident("4307000001", "湘ICP备05008823号", "湘公网安备 43070202000088号"),
})

# 12. 机构职能 page: only a copyright year range and a 2019 reform mention; undated.
page("jgzn_copyright_range.html", """<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>机构职能 - 洛阳市自然资源和规划局</title></head>
<body>
<div class="top"><img src="/img/banner.jpg" alt="洛阳市自然资源和规划局"></div>
<div class="menu"><a href="/">首页</a><a href="/jgzn/">机构职能</a><a href="/zwgk/">政务公开</a><a href="/hdjl/">互动交流</a></div>
<div class="box"><h2>机构职能</h2>
<h4>主要职责</h4>
<p>（一）履行全民所有土地、矿产、森林、草原、湿地、水等自然资源资产所有者职责和所有国土空间用途管制职责。</p>
<p>（二）负责自然资源调查监测评价。根据2019年机构改革方案组建，为市政府工作部门。</p>
<h4>内设机构</h4><p>办公室、政策法规科、自然资源调查监测科、国土空间规划科……</p>
<h4>联系方式</h4><p>地址：洛阳市开元大道218号　电话：0379-63901234　办公时间：周一至周五 8:00-12:00 15:00-18:00</p>
</div>
<div class="footer">
<p>Copyright © 2019-2024 洛阳市自然资源和规划局 版权所有</p>
<p>网站标识码：4103000025 | <a href="https://beian.miit.gov.cn/">豫ICP备05016133号-2</a> | <a href="http://www.beian.gov.cn/portal/registerSystemInfo?recordcode=41030202000133">豫公网安备 41030202000133号</a></p>
<p><a href="https://bszs.conac.cn/sitename?method=show&id=4103000025"><img src="/img/dzjg.png" alt="党政机关"></a> <a href="https://zfwzgl.www.gov.cn/exposure/jiucuo.html?site_code=4103000025&url=http%3A%2F%2Fzrzyj.ly.gov.cn%2F"><img src="/img/jiucuo.png" alt="政府网站找错"></a></p>
</div></body></html>""", {
    "url": "http://zrzyj.ly.gov.cn/jgzn/index.html",
    "publish_date": None, "undated": True, "is_list_page": False,
    "identity": ident("4103000025", "豫ICP备05016133号-2", "豫公网安备 41030202000133号"),
})

# 13. 集约化平台 template: firstpublishedtime meta, 发布时间 without seconds, 信息来源 label.
page("jiyue_firstpublished_meta.html", f"""<!DOCTYPE html>
<html><head><meta charset="utf-8">
<meta name="firstpublishedtime" content="2024-02-22 15:40:12">
<meta name="lastmodifiedtime" content="2024-02-23 09:01:55">
<meta name="catalogs" content="c100126">
<meta name="contentid" content="2c8f9e1a8d7b6c5d4e3f">
<meta name="publishedtype" content="1">
<meta name="ColumnName" content="工作动态">
<title>省人社厅部署2024年“春风行动”</title></head>
<body>
<div id="header">{NAV}</div>
<div class="dqwz">当前位置：<a href="/">首页</a>><a href="/c100124/list.shtml">新闻动态</a>><a href="/c100126/list.shtml">工作动态</a></div>
<div class="detail_box">
<div class="detail_title">省人社厅部署2024年“春风行动”</div>
<div class="detail_extend"><div class="fl">发布时间：2024-02-22 15:40</div><div class="fl">信息来源：就业处</div><div class="fr">【字号：<a href="javascript:;">大</a> <a href="javascript:;">中</a> <a href="javascript:;">小</a>】</div></div>
<div class="detail_content" id="zoom"><p>近日，省人社厅印发通知，部署2024年“春风行动”，活动时间为2月至4月。</p><p>活动期间，全省计划举办各类招聘活动1200场以上。</p></div>
<div class="detail_extend2">分享到：<a href="javascript:;">微信</a> <a href="javascript:;">微博</a></div>
</div>
<div class="footer"><p>主办：黑龙江省人力资源和社会保障厅</p>
<p>网站标识码：2300000023　<a href="https://beian.miit.gov.cn/">黑ICP备05002817号</a>　<a href="http://www.beian.gov.cn/portal/registerSystemInfo?recordcode=23010302000217">黑公网安备 23010302000217号</a></p>
<p><script type="text/javascript">document.write(unescape("%3Cspan id='_ideConac' %3E%3C/span%3E%3Cscript src='https://dcs.conac.cn/js/10/000/0000/60451234/CA100000000604512340001.js' type='text/javascript'%3E%3C/script%3E"));</script>
<span id="_span_jiucuo"></span><script id="_jiucuo_" sitecode='2300000023' src='https://zfwzgl.www.gov.cn/exposure/jiucuo.js'></script></p></div>
</body></html>""", {
    "url": "http://hrss.hlj.gov.cn/hrss/c100126/202402/c00_31712345.shtml",
    "publish_date": "2024-02-22", "is_list_page": False,
    "identity": ident("2300000023", "黑ICP备05002817号", "黑公网安备 23010302000217号"),
    "column_type": "动态要闻",
    "meta": {"firstpublishedtime": "2024-02-22 15:40:12", "catalogs": "c100126"},
})

# 14. 南威 style: 发布日期 and a later 更新日期; site code only in a script var, jiucuo written by script.
page("nanwei_update_later_sitecode_var.html", f"""<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>关于2024年度城乡居民基本医疗保险集中参保缴费的公告</title>
<script type="text/javascript">var siteCode = "3502000009"; var siteName = "厦门市人民政府";</script></head>
<body>
<div class="header">{NAV}</div>
<div class="breadcrumb">当前位置：<a href="/">首页</a> - <a href="/xmszf/zwgk/">政务公开</a> - <a href="/xmszf/zwgk/tzgg/">通知公告</a></div>
<div class="xl-main">
<h2 class="xl-tit">关于2024年度城乡居民基本医疗保险集中参保缴费的公告</h2>
<div class="xl-sx"><span>发布日期：2023-10-09</span><span>更新日期：2023-11-02</span><span>来源：市医保局</span><span>【<a href="javascript:;" class="big">大</a> <a href="javascript:;" class="mid">中</a> <a href="javascript:;" class="sml">小</a>】</span></div>
<div class="xl-nr"><p>2024年度城乡居民基本医疗保险集中参保缴费期为2023年10月10日至12月31日。</p><p>特此公告。</p>
<p style="text-align: right;">厦门市医疗保障局</p><p style="text-align: right;">2023年10月8日</p></div>
</div>
<div class="footer"><div class="foot-c">
<p>主办：厦门市人民政府办公厅　承办：厦门市信息中心</p>
<p><a href="https://beian.miit.gov.cn">闽ICP备05004162号</a>　<a href="http://www.beian.gov.cn/portal/registerSystemInfo?recordcode=35020302000101">闽公网安备 35020302000101号</a></p>
<script type="text/javascript">document.write('<script id="_jiucuo_" sitecode="' + siteCode + '" src="https://zfwzgl.www.gov.cn/exposure/jiucuo.js"><\\/script>');</script>
<script type="text/javascript">document.write(unescape("%3Cspan id='_ideConac' %3E%3C/span%3E%3Cscript src='https://dcs.conac.cn/js/14/000/0000/60399999/CA140000000603999990001.js' type='text/javascript'%3E%3C/script%3E"));</script>
</div></div>
</body></html>""", {
    "url": "http://www.xm.gov.cn/xmszf/zwgk/tzgg/202310/t20231009_2788431.htm",
    "publish_date": "2023-10-09", "is_list_page": False,
    "identity": ident("3502000009", "闽ICP备05004162号", "闽公网安备 35020302000101号"),
    "column_type": "通知公告",
})

# 15. 在线访谈 page: 访谈时间 (the event) differs from 发布时间.
page("zxft_event_time_before_pub.html", f"""<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>在线访谈：解读2024年全市民生实事</title></head>
<body>{NAV}
<div class="crumb">当前位置：<a href="/">首页</a> &gt; <a href="/hdjl/">互动交流</a> &gt; <a href="/hdjl/zxft/">在线访谈</a></div>
<div class="ft-box">
<h1>在线访谈：解读2024年全市民生实事</h1>
<table class="ft-info"><tr><td>访谈时间：2024年3月14日 15:00</td><td>访谈嘉宾：市发展改革委主任 李某某</td></tr>
<tr><td>访谈地点：市政府新闻发布厅</td><td>主持人：王某</td></tr></table>
<div class="ft-pub">发布时间：2024-03-15　浏览：862</div>
<div class="ft-text"><p><b>主持人：</b>各位网友大家好，今天是2024年3月14日……</p><p><b>李某某：</b>今年我们确定了10件民生实事……</p></div>
</div>
{footer_trs("4403000009", "粤ICP备05023441号", "粤公网安备 44030402000123号", "44030402000123", "深圳市人民政府办公厅")}
</body></html>""", {
    "url": "http://www.sz.gov.cn/hdjl/zxft/content/post_11198765.html",
    "publish_date": "2024-03-15", "is_list_page": False,
    "identity": ident("4403000009", "粤ICP备05023441号", "粤公网安备 44030402000123号"),
    "column_type": "互动",
})

# 16. Notice whose title names an event date; 发布时间 label and value in separate spans.
page("title_event_dates_split_label.html", f"""<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>关于2024年3月20日至22日城区部分路段临时交通管制的通告</title></head>
<body>{NAV}
<div class="crumb">当前位置：<a href="/">首页</a> &gt; <a href="/zwgk/tzgg/">通知公告</a></div>
<div class="art">
<h1>关于2024年3月20日至22日城区部分路段临时交通管制的通告</h1>
<div class="art-attr"><span class="lbl">发布时间：</span><span class="val">2024-03-12</span><span class="lbl">来源：</span><span class="val">市公安局交警支队</span></div>
<div class="art-body"><p>因举办2024年全市春季马拉松比赛，2024年3月20日至22日对城区部分路段实施临时交通管制。</p></div>
</div>
{footer_trs("2102000001", "辽ICP备05016622号", "辽公网安备 21020302000156号", "21020302000156", "大连市人民政府办公室")}
</body></html>""", {
    "url": "http://www.dl.gov.cn/art/2024/3/12/art_8032_2098123.html",
    "publish_date": "2024-03-12", "is_list_page": False,
    "identity": ident("2102000001", "辽ICP备05016622号", "辽公网安备 21020302000156号"),
    "column_type": "通知公告",
})

# 17. Content in an iframe; the shell shows the 发布时间 bracketed after the title.
page("iframe_body_bracket_date.html", """<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>2023年全区国民经济和社会发展统计公报</title></head>
<body>
<div class="head"><a href="/">包头市昆都仑区人民政府</a></div>
<div class="pos">首页 > 数据发布 > 统计公报</div>
<div class="tit">2023年全区国民经济和社会发展统计公报</div>
<div class="sub">[发布时间：2024-04-02]　[来源：区统计局]</div>
<iframe src="/attach/2024/04/02/tjgb2023.html" width="100%" height="1800" frameborder="0" scrolling="no"></iframe>
<div class="foot"><p>昆都仑区人民政府办公室　网站标识码：1502030001　<a href="https://beian.miit.gov.cn">蒙ICP备05001903号-1</a></p>
<p><img src="/images/ga.png"> <a href="http://www.beian.gov.cn/portal/registerSystemInfo?recordcode=15020302000119">蒙公网安备 15020302000119号</a></p>
<p><a href="https://bszs.conac.cn/sitename?method=show&id=1502030001"><img src="/images/dzjg.png" alt="党政机关"></a></p></div>
</body></html>""", {
    "url": "http://www.kdl.gov.cn/sjfb/tjgb/202404/t20240402_455612.html",
    "publish_date": "2024-04-02", "is_list_page": False,
    "identity": ident("1502030001", "蒙ICP备05001903号-1", "蒙公网安备 15020302000119号", jiucuo=False),
})

# 18. 人事任免 page; 发布时间 in a <p> under the title, 任职 dates in the body are earlier.
page("rsrm_body_dates_earlier.html", f"""<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>市人民政府关于李某某等同志职务任免的通知</title>
<meta name="ColumnName" content="人事任免"></head>
<body>{NAV}
<div class="crumb">当前位置：<a href="/">首页</a> &gt; <a href="/zwgk/">政务公开</a> &gt; <a href="/zwgk/rsrm/">人事任免</a></div>
<div class="article"><h1>市人民政府关于李某某等同志职务任免的通知</h1>
<p class="date">发布时间：2023-12-29 11:20</p>
<div class="TRS_Editor"><p>各县（区）人民政府，市政府各部门：</p>
<p>经2023年12月22日市人民政府第38次常务会议研究决定：</p><p>任命李某某为市教育局副局长；</p><p>免去王某某的市交通运输局副局长职务。</p>
<p style="text-align:right">2023年12月25日</p></div></div>
{footer_trs("6201000013", "陇ICP备05000631号", "甘公网安备 62010202000401号", "62010202000401", "兰州市人民政府办公室")}
</body></html>""", {
    "url": "http://www.lanzhou.gov.cn/art/2023/12/29/art_4381_1298210.html",
    "publish_date": "2023-12-29", "is_list_page": False,
    "identity": ident("6201000013", "陇ICP备05000631号", "甘公网安备 62010202000401号"),
    "column_type": "人事",
    "meta": {"ColumnName": "人事任免"},
})

# 19. Old site: single-digit month/day with 年月日, 更新时间 label only, unclosed <td> and <p>.
page("old_unclosed_gengxin.html", """<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<title>镇政府组织开展防汛应急演练</title>
</head>
<body>
<table width=960 align=center>
<tr><td><img src=/images/banner.jpg>
<tr><td class=nav><a href=/>首页</a> | <a href=/zwdt/>政务动态</a> | <a href=/zwgk/>政务公开</a>
</table>
<table width=960 align=center>
<tr><td class=title align=center><b>镇政府组织开展防汛应急演练</b>
<tr><td align=center class=info>更新时间：2021年6月8日 &nbsp; 阅读：<span id=hits>1034</span>
<tr><td class=text>
<p>　　6月7日上午，镇政府在河道开展2021年防汛应急演练，镇村干部及应急队员60余人参加。
<p>　　演练模拟了汛期强降雨导致河水暴涨的险情。
</table>
<table width=960 align=center><tr><td align=center>版权所有：某某镇人民政府 网站标识码：4211820012 <a href=https://beian.miit.gov.cn>鄂ICP备05001482号</a>
</table>
</body></html>""", {
    "url": "http://www.xxz.gov.cn/zwdt/2021-06/08/content_30211.html",
    "publish_date": "2021-06-08", "is_list_page": False,
    "identity": {"site_code": "4211820012", "icp": "鄂ICP备05001482号", "party_badge": False, "error_report_entry": False},
})

# 20. Article whose visible date is a 2019 one with a 今日 date bar in the header.
page("today_bar_2019_article.html", f"""<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>我市召开2019年扶贫开发工作会议</title></head>
<body>
<div class="topbar"><span id="today">今天是：2024年3月28日 星期四</span> <a href="/">设为首页</a></div>
{NAV}
<div class="crumb">当前位置：<a href="/">首页</a> &gt; <a href="/xwzx/">新闻中心</a> &gt; <a href="/xwzx/jryw/">今日要闻</a></div>
<div class="article"><h1>我市召开2019年扶贫开发工作会议</h1>
<div class="info">来源：市扶贫办　　发布时间：2019-02-21　　【<a href="javascript:window.print()">打印</a>】</div>
<div class="content"><p>2月20日，全市2019年扶贫开发工作会议召开。</p></div></div>
{footer_trs("5224000001", "黔ICP备05000828号", "贵公网安备 52240202000012号", "52240202000012", "毕节市人民政府办公室")}
</body></html>""", {
    "url": "http://www.bijie.gov.cn/xwzx/jryw/201902/t20190221_11011.html",
    "publish_date": "2019-02-21", "is_list_page": False,
    "identity": ident("5224000001", "黔ICP备05000828号", "贵公网安备 52240202000012号"),
    "column_type": "动态要闻",
})

# 21. Hanweb article, 2025: date in <span class="time"> as 2025年01月06日 with 来源 before it; 2026 mention.
page("hanweb_2025_cn_padded.html", f"""<!DOCTYPE html>
<html><head><meta charset="utf-8"><meta name="ArticleTitle" content="市政府召开2025年第1次常务会议"><meta name="PubDate" content="2025-01-06 18:10">
<title>市政府召开2025年第1次常务会议</title></head>
<body>{NAV}
<div class="crumb">当前位置：<a href="/">首页</a> &gt; <a href="/col/col1001/index.html">政务要闻</a></div>
<div class="main_article"><div class="article_title">市政府召开2025年第1次常务会议</div>
<div class="article_sub"><span class="source">来源：市政府办公室</span> <span class="time">2025年01月06日</span> <span>【<a href="javascript:void(0)">打印</a>】</span></div>
<div class="article_con" id="zoom"><p>1月6日，市政府召开2025年第1次常务会议，研究部署2025年至2026年重点工作。</p></div></div>
{footer_trs("3210000003", "苏ICP备05002766号", "苏公网安备 32100202010345号", "32100202010345", "扬州市人民政府办公室")}
</body></html>""", {
    "url": "http://www.yangzhou.gov.cn/art/2025/1/6/art_1001_3321987.html",
    "publish_date": "2025-01-06", "is_list_page": False,
    "identity": ident("3210000003", "苏ICP备05002766号", "苏公网安备 32100202010345号"),
    "column_type": "动态要闻",
    "meta": {"ArticleTitle": "市政府召开2025年第1次常务会议", "PubDate": "2025-01-06 18:10"},
})

# 22. gkml article with <dl> pairs where 发布日期 comes after 成文日期 and 生效日期 is later.
page("gkml_dl_cwrq_sxrq.html", f"""<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>关于印发《绵阳市城市生活垃圾分类管理办法》的通知</title></head>
<body>{NAV}
<div class="crumb">当前位置：<a href="/">首页</a> &gt; <a href="/zwgk/">政府信息公开</a> &gt; <a href="/zwgk/zcwj/">政策文件</a></div>
<div class="gk-head"><dl><dt>索引号：</dt><dd>008336458/2024-00021</dd></dl>
<dl><dt>发文机关：</dt><dd>绵阳市人民政府</dd></dl><dl><dt>发文字号：</dt><dd>绵府发〔2024〕3号</dd></dl>
<dl><dt>成文日期：</dt><dd>2024年01月18日</dd></dl><dl><dt>发布日期：</dt><dd>2024年01月23日</dd></dl>
<dl><dt>生效日期：</dt><dd>2024年03月01日</dd></dl></div>
<div class="gk-body"><h1>绵阳市人民政府关于印发《绵阳市城市生活垃圾分类管理办法》的通知</h1>
<p>本办法自2024年3月1日起施行，有效期5年。</p><p style="text-align:right">绵阳市人民政府<br>2024年1月18日</p></div>
{footer_trs("5107000028", "蜀ICP备05009214号", "川公网安备 51070302000214号", "51070302000214", "绵阳市人民政府办公室")}
</body></html>""", {
    "url": "http://www.my.gov.cn/zwgk/zcwj/202401/t20240123_3081123.html",
    "publish_date": "2024-01-23", "is_list_page": False,
    "identity": ident("5107000028", "蜀ICP备05009214号", "川公网安备 51070302000214号"),
    "column_type": "政策文件",
})


# --------------------------------------------------------------------------------------------
# List pages
# --------------------------------------------------------------------------------------------

def li_rows(rows, fmt):
    return "\n".join(fmt(u, t, d) for u, t, d in rows)


# L1. TRS list: ul/li with span dates, createPageHTML(7, 0, "index", "html"), hot sidebar with newer dates.
rows = [("./202403/t20240329_4830512.html", "市卫健委召开2024年爱国卫生运动工作会", "2024-03-29"),
        ("./202403/t20240328_4830430.html", "市住建局开展建筑施工安全专项检查", "2024-03-28"),
        ("./202403/t20240326_4830211.html", "市教育局部署春季学期校园安全工作", "2024-03-26"),
        ("./202403/t20240325_4830109.html", "市民政局召开养老服务体系建设推进会", "2024-03-25"),
        ("./202403/t20240322_4829877.html", "市生态环境局通报2月空气质量情况", "2024-03-22"),
        ("./202403/t20240321_4829770.html", "市文广旅局推出春季文旅消费季活动", "2024-03-21"),
        ("./202403/t20240319_4829500.html", "市水务局启动城区排水管网改造工程", "2024-03-19"),
        ("./202403/t20240318_4829412.html", "市市场监管局开展3·15消费维权宣传", "2024-03-18")]
page("list_trs_createpage7_hot.html", f"""<!DOCTYPE html>
<html><head><meta charset="utf-8"><meta name="ColumnName" content="部门动态"><meta name="ColumnType" content="部门动态">
<title>部门动态-成都市人民政府门户网站</title></head>
<body>
<div class="header">{NAV}</div>
<div class="position">您当前的位置：<a href="../../">首页</a>&gt;<a href="../">新闻中心</a>&gt;<a href="./">部门动态</a></div>
<div class="main"><div class="left"><div class="list-tit">部门动态</div>
<ul class="news-list">
{li_rows(rows, lambda u, t, d: f'<li><a href="{u}" target="_blank" title="{t}">{t}</a><span class="date">{d}</span></li>')}
</ul>
<div class="page"><script language="JavaScript">
var currentPage = 0;//所在页从0开始
var prevPage = currentPage-1//上一页
var nextPage = currentPage+1//下一页
var countPage = 7//共多少页
createPageHTML(7, 0, "index", "html");
</script></div>
</div>
<div class="right">{hot([("/xwzx/jryw/202404/t20240402_4831010.html", "全市清明节祭扫工作平稳有序", "2024-04-02"),
                           ("/xwzx/jryw/202404/t20240401_4830988.html", "市委常委会召开会议", "2024-04-01")])}</div></div>
{footer_trs("5101000048", "蜀ICP备05003547号", "川公网安备 51010402000507号", "51010402000507", "成都市人民政府办公厅")}
</body></html>""", {
    "url": "http://www.chengdu.gov.cn/gkml/bmdt/index.html",
    "publish_date": None, "is_list_page": True, "empty_list": False,
    "items": items_json("http://www.chengdu.gov.cn/gkml/bmdt/", [(u[2:], t, d) for u, t, d in rows]),
    "newest_item": "2024-03-29",
    "pagination": [f"http://www.chengdu.gov.cn/gkml/bmdt/index_{i}.html" for i in range(1, 7)],
    "column_type": "动态要闻",
    "identity": ident("5101000048", "蜀ICP备05003547号", "川公网安备 51010402000507号"),
    "meta": {"ColumnName": "部门动态"},
})

# L2. 大汉 JCMS column page: list records inside <script type="text/xml"> datastore CDATA.
rows = [("/art/2024/3/27/art_1229208256_59130011.html", "市政府与浙江大学签署新一轮战略合作协议", "2024-03-27"),
        ("/art/2024/3/26/art_1229208256_59129870.html", "湖州市召开一季度经济运行分析会", "2024-03-26"),
        ("/art/2024/3/22/art_1229208256_59129502.html", "全市数字化改革推进会召开", "2024-03-22"),
        ("/art/2024/3/20/art_1229208256_59129210.html", "市领导督查春季森林消防工作", "2024-03-20"),
        ("/art/2024/3/18/art_1229208256_59128899.html", "我市举行重大项目集中开工活动", "2024-03-18"),
        ("/art/2024/3/15/art_1229208256_59128555.html", "湖州市“两会”精神宣讲活动启动", "2024-03-15")]
recs = "\n".join(f'<record><![CDATA[\n<li><a href="{u}" target="_blank" title="{t}">{t}</a><span class="bt_time">{d}</span></li>\n]]></record>' for u, t, d in rows)
page("list_jcms_datastore_cdata.html", f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml"><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<title>湖州要闻</title><meta name="ColumnName" content="湖州要闻"></head>
<body>
<div id="head"><img src="/picture/0/logo.png" /></div>
<table width="1000" align="center"><tr><td>您当前的位置：<a href="/">首页</a>&nbsp;&gt;&nbsp;<a href="/col/col1229208253/index.html">新闻中心</a>&nbsp;&gt;&nbsp;<a href="/col/col1229208256/index.html">湖州要闻</a></td></tr></table>
<table width="1000" align="center"><tr><td width="220" valign="top"><div class="lm"><a href="/col/col1229208256/index.html">湖州要闻</a><a href="/col/col1229208257/index.html">部门动态</a><a href="/col/col1229208258/index.html">区县动态</a></div></td>
<td valign="top"><div class="lm_tit">湖州要闻</div>
<div id="29012"><script type="text/xml"><datastore>
<nextgroup><![CDATA[<a href="/module/web/jpage/dataproxy.jsp?page=1&webid=1&path=http://www.huzhou.gov.cn/&columnid=1229208256&unitid=29012&webname=湖州市人民政府&permissiontype=0"></a>]]></nextgroup>
<recordset>
{recs}
</recordset></datastore></script></div>
<script language="javascript" src="/module/jslib/jquery/jpage/jquery.jpage.js"></script>
<script>$(document).ready(function(){{$("#29012").jpage({{dataStore:[],perPage:15,totalRecord:1892,proxyUrl:"/module/web/jpage/dataproxy.jsp"}});}});</script>
</td></tr></table>
<div id="footer" style="text-align:center"><a href="https://bszs.conac.cn/sitename?method=show&id=33050000000001" target="_blank"><img src="/picture/0/red.png" alt="党政机关" /></a>
<p>网站标识码：3305000001　<a href="https://beian.miit.gov.cn">浙ICP备05001125号-3</a>　<a href="http://www.beian.gov.cn/portal/registerSystemInfo?recordcode=33050202000202">浙公网安备 33050202000202号</a></p>
<script id="_jiucuo_" sitecode='3305000001' src='https://zfwzgl.www.gov.cn/exposure/jiucuo.js'></script></div>
</body></html>""", {
    "url": "http://www.huzhou.gov.cn/col/col1229208256/index.html",
    "publish_date": None, "is_list_page": True, "empty_list": False,
    "items": items_json("http://www.huzhou.gov.cn", rows),
    "newest_item": "2024-03-27",
    "column_type": "动态要闻",
    "identity": ident("3305000001", "浙ICP备05001125号-3", "浙公网安备 33050202000202号"),
})

# L3. Dates before titles in spans; 下一页/尾页 links (list_2.html … list_15.html).
rows = [("/zwgk/tzgg/202403/t20240328_1209931.html", "关于2024年清明节期间森林防火的通告", "2024-03-28"),
        ("/zwgk/tzgg/202403/t20240325_1209822.html", "关于公开招聘社区专职工作者的公告", "2024-03-25"),
        ("/zwgk/tzgg/202403/t20240320_1209700.html", "关于开展2024年度住房公积金缴存基数调整工作的通知", "2024-03-20"),
        ("/zwgk/tzgg/202403/t20240314_1209560.html", "关于城区部分区域停水的通知", "2024-03-14"),
        ("/zwgk/tzgg/202403/t20240308_1209422.html", "关于征集2024年民生实事项目建议的公告", "2024-03-08"),
        ("/zwgk/tzgg/202402/t20240229_1209111.html", "关于2023年度行政执法统计数据的公示", "2024-02-29")]
page("list_date_first_xiayiye.html", f"""<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>通知公告_株洲市人民政府</title></head>
<body>{NAV}
<div class="crumb">当前位置：<a href="/">首页</a> &gt; <a href="/zwgk/">政务公开</a> &gt; 通知公告</div>
<div class="list-box"><h3>通知公告</h3><ul class="list">
{li_rows(rows, lambda u, t, d: f'<li><span class="time">{d}</span><a href="{u}" title="{t}">{t}</a></li>')}
</ul>
<div class="pagination">共15页 当前第1页 <span>首页</span> <span>上一页</span> <a href="list_2.html">下一页</a> <a href="list_15.html">尾页</a></div>
</div>
{footer_trs("4302000003", "湘ICP备05006016号", "湘公网安备 43020302000116号", "43020302000116", "株洲市人民政府办公室")}
</body></html>""", {
    "url": "http://www.zhuzhou.gov.cn/zwgk/tzgg/list.html",
    "publish_date": None, "is_list_page": True, "empty_list": False,
    "items": items_json("http://www.zhuzhou.gov.cn", rows),
    "newest_item": "2024-03-28",
    "pagination": ["http://www.zhuzhou.gov.cn/zwgk/tzgg/list_2.html", "http://www.zhuzhou.gov.cn/zwgk/tzgg/list_15.html"],
    "column_type": "通知公告",
    "identity": ident("4302000003", "湘ICP备05006016号", "湘公网安备 43020302000116号"),
})

# L4. 信息公开 table list: 序号 / 标题 / 发文字号 / 成文日期 / 发布日期 columns.
rows = [("./202403/t20240322_11402211.html", "长沙市人民政府关于调整城市规划区范围的通知", "长政发〔2024〕4号", "2024-03-15", "2024-03-22"),
        ("./202403/t20240301_11389012.html", "长沙市人民政府办公厅关于印发《长沙市2024年城市更新行动方案》的通知", "长政办发〔2024〕5号", "2024-02-26", "2024-03-01"),
        ("./202402/t20240219_11377701.html", "长沙市人民政府关于2023年度市长质量奖的决定", "长政发〔2024〕2号", "2024-02-05", "2024-02-19"),
        ("./202401/t20240130_11361120.html", "长沙市人民政府办公厅关于做好2024年春节期间有关工作的通知", "长政办函〔2024〕9号", "2024-01-26", "2024-01-30")]
trs = "\n".join(f'<tr><td>{i + 1}</td><td class="tl"><a href="{u}" target="_blank" title="{t}">{t}</a></td><td>{n}</td><td>{c}</td><td>{p}</td></tr>'
                for i, (u, t, n, c, p) in enumerate(rows))
page("list_gkml_table_cwrq_fbrq.html", f"""<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>市政府文件-长沙市人民政府</title></head>
<body>{NAV}
<div class="crumb">当前位置：<a href="/">首页</a> &gt; <a href="/zfxxgk/">政府信息公开</a> &gt; 市政府文件</div>
<table class="gk-list" width="100%">
<thead><tr><th width="50">序号</th><th>标题</th><th width="140">发文字号</th><th width="100">成文日期</th><th width="100">发布日期</th></tr></thead>
<tbody>
{trs}
</tbody></table>
<div class="page"><script>createPageHTML(12, 0, "index", "html");</script></div>
{footer_trs("4301000010", "湘ICP备05003166号", "湘公网安备 43010202000166号", "43010202000166", "长沙市人民政府办公厅")}
</body></html>""", {
    "url": "http://www.changsha.gov.cn/zfxxgk/zfwj/szfwj/index.html",
    "publish_date": None, "is_list_page": True, "empty_list": False,
    "items": items_json("http://www.changsha.gov.cn/zfxxgk/zfwj/szfwj/", [(u[2:], t, p) for u, t, n, c, p in rows]),
    "newest_item": "2024-03-22",
    "pagination": [f"http://www.changsha.gov.cn/zfxxgk/zfwj/szfwj/index_{i}.html" for i in range(1, 12)],
    "column_type": "政策文件",
    "identity": ident("4301000010", "湘ICP备05003166号", "湘公网安备 43010202000166号"),
})

# L5. 置顶 items first with older dates; newest item is further down.
rows = [("/bsfw/bszn/202301/t20230105_700011.html", "【置顶】不动产登记办事指南（2023版）", "2023-01-05"),
        ("/bsfw/bszn/202206/t20220610_690212.html", "【置顶】企业开办“一网通办”操作指引", "2022-06-10"),
        ("/bsfw/bszn/202403/t20240319_712201.html", "个体工商户年报办理指南", "2024-03-19"),
        ("/bsfw/bszn/202403/t20240311_712003.html", "灵活就业人员参保登记指南", "2024-03-11"),
        ("/bsfw/bszn/202402/t20240226_711780.html", "新生儿“出生一件事”联办指南", "2024-02-26"),
        ("/bsfw/bszn/202401/t20240116_711102.html", "公积金提取业务办理指南", "2024-01-16")]
def pinned_li(u, t, d):
    if t.startswith("【置顶】"):
        return f'<li class="top"><em class="zd">置顶</em><a href="{u}">{t[4:]}</a><span>{d}</span></li>'
    return f'<li><a href="{u}">{t}</a><span>{d}</span></li>'
page("list_pinned_zhiding_older.html", f"""<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>办事指南_镇江市人民政府</title></head>
<body>{NAV}
<div class="crumb">当前位置：<a href="/">首页</a> &gt; <a href="/bsfw/">便民服务</a> &gt; 办事指南</div>
<div class="list"><ul>
{li_rows(rows, pinned_li)}
</ul><div class="pages"><a href="index_1.html">2</a> <a href="index_2.html">3</a> <a href="index_1.html">下一页</a></div></div>
{footer_trs("3211000014", "苏ICP备05001130号", "苏公网安备 32110202000131号", "32110202000131", "镇江市人民政府办公室")}
</body></html>""", {
    "url": "http://www.zhenjiang.gov.cn/bsfw/bszn/index.html",
    "publish_date": None, "is_list_page": True, "empty_list": False,
    "items": items_json("http://www.zhenjiang.gov.cn", [(u, t[4:] if t.startswith("【置顶】") else t, d) for u, t, d in rows]),
    "newest_item": "2024-03-19",
    "pagination": ["http://www.zhenjiang.gov.cn/bsfw/bszn/index_1.html", "http://www.zhenjiang.gov.cn/bsfw/bszn/index_2.html"],
    "column_type": "服务",
    "identity": ident("3211000014", "苏ICP备05001130号", "苏公网安备 32110202000131号"),
})

# L6. [mm-dd] dates crossing a year end; the year only in the URLs.
rows = [("./202401/t20240108_3312201.html", "县政府召开2024年第一次常务会议", "2024-01-08"),
        ("./202401/t20240103_3312100.html", "县领导新年首日督导安全生产工作", "2024-01-03"),
        ("./202312/t20231229_3311987.html", "全县经济工作会议召开", "2023-12-29"),
        ("./202312/t20231226_3311870.html", "县人大常委会召开第十五次会议", "2023-12-26"),
        ("./202312/t20231220_3311702.html", "我县开展冬季供暖保障专项检查", "2023-12-20")]
page("list_mmdd_brackets_year_boundary.html", f"""<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>本地要闻</title></head>
<body>{NAV}
<div class="crumb">当前位置：<a href="/">首页</a> &gt; <a href="/xwzx/">新闻中心</a> &gt; 本地要闻</div>
<div class="news"><ul>
{li_rows(rows, lambda u, t, d: f'<li>·<a href="{u}" target="_blank">{t}</a> <font class="date">[{d[5:]}]</font></li>')}
</ul></div>
<div class="pg"><a href="index_1.html">下一页</a></div>
{footer_table("2301240001", "黑ICP备05002901号", "黑公网安备 23012402000290号", "依兰县人民政府")}
</body></html>""", {
    "url": "http://www.yilan.gov.cn/xwzx/bdyw/index.html",
    "publish_date": None, "is_list_page": True, "empty_list": False,
    "items": items_json("http://www.yilan.gov.cn/xwzx/bdyw/", [(u[2:], t, d) for u, t, d in rows]),
    "newest_item": "2024-01-08",
    "pagination": ["http://www.yilan.gov.cn/xwzx/bdyw/index_1.html"],
    "column_type": "动态要闻",
    "identity": ident("2301240001", "黑ICP备05002901号", "黑公网安备 23012402000290号"),
})

# L7. Empty TRS column: 暂无信息 inside the list container, single-page createPageHTML.
page("empty_trs_zanwu_createpage1.html", f"""<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>规划计划-绵阳市人民政府</title></head>
<body>{NAV}
<div class="crumb">当前位置：<a href="/">首页</a> &gt; <a href="/zwgk/">政府信息公开</a> &gt; 规划计划</div>
<div class="main"><div class="left"><ul class="list"><li class="none">暂无信息</li></ul>
<div class="page"><script>createPageHTML(1, 0, "index", "html");</script></div></div>
<div class="right">{hot([("/zwgk/zcwj/202403/t20240320_3099011.html", "绵阳市人民政府关于印发2024年政府工作报告重点工作分解方案的通知", "2024-03-20"),
                           ("/zwgk/tzgg/202403/t20240318_3098871.html", "关于2024年清明节放假的通知", "2024-03-18")], "最新信息")}</div></div>
{footer_trs("5107000028", "蜀ICP备05009214号", "川公网安备 51070302000214号", "51070302000214", "绵阳市人民政府办公室")}
</body></html>""", {
    "url": "http://www.my.gov.cn/zwgk/ghjh/index.html",
    "publish_date": None, "is_list_page": True, "empty_list": True, "items": [], "newest_item": None,
    "pagination": [],
    "column_type": "规划计划",
    "identity": ident("5107000028", "蜀ICP备05009214号", "川公网安备 51070302000214号"),
})

# L8. Empty column 本栏目暂无内容 on a 人事 column, with a dated 热点 sidebar.
page("empty_benlanmu_zanwu_neirong_hot.html", f"""<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>人事信息_南宁市人民政府</title></head>
<body>{NAV}
<div class="crumb">当前位置：<a href="/">首页</a> &gt; <a href="/zwgk/">政务公开</a> &gt; 人事信息</div>
<div class="wrap"><div class="col-l"><div class="col-tit">人事信息</div><div class="col-list"><p class="empty">本栏目暂无内容</p></div></div>
<div class="col-r">{hot([("/xwzx/nnyw/202403/t20240327_5830911.html", "南宁市召开优化营商环境大会", "2024-03-27"),
                          ("/xwzx/nnyw/202403/t20240326_5830870.html", "南宁至崇左城际铁路开通运营", "2024-03-26"),
                          ("/xwzx/nnyw/202403/t20240325_5830811.html", "市政府常务会议研究部署一季度工作", "2024-03-25")], "热点推荐")}</div></div>
<div class="foot">
<p>网站标识码：4501000034　<a href="https://beian.miit.gov.cn">桂ICP备05000316号</a>　<a href="http://www.beian.gov.cn/portal/registerSystemInfo?recordcode=45010302000316">桂公网安备　45010302000316号</a></p>
<a href="https://bszs.conac.cn/sitename?method=show&id=4501000034"><img src="/images/red.png" alt="党政机关"></a>
<script id="_jiucuo_" sitecode='4501000034' src='https://zfwzgl.www.gov.cn/exposure/jiucuo.js'></script></div>
</body></html>""", {
    "url": "http://www.nanning.gov.cn/zwgk/rsxx/index.html",
    "publish_date": None, "is_list_page": True, "empty_list": True, "items": [], "newest_item": None,
    "column_type": "人事",
    "identity": ident("4501000034", "桂ICP备05000316号", "桂公网安备45010302000316号"),
})

# L9. Empty Hanweb column 该栏目正在建设中 in a table cell.
page("empty_jianshe_zhong_table.html", """<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>财政预决算</title></head>
<body>
<table width="1000" align="center"><tr><td>您当前的位置：<a href="/">首页</a>&nbsp;&gt;&nbsp;<a href="/col/col5501/index.html">政府信息公开</a>&nbsp;&gt;&nbsp;<a href="/col/col5588/index.html">财政预决算</a></td></tr></table>
<table width="1000" align="center"><tr><td width="220" valign="top"><a href="/col/col5588/index.html">财政预决算</a><br><a href="/col/col5589/index.html">部门预决算</a></td>
<td valign="top" class="list_td"><table width="100%"><tr><td align="center" height="200" style="color:#999">该栏目正在建设中……</td></tr></table></td></tr></table>
<div id="footer" style="text-align:center"><p>主办：舟山市定海区人民政府办公室　网站标识码：3309020001</p>
<p><a href="https://beian.miit.gov.cn">浙ICP备05007031号</a>　<a href="http://www.beian.gov.cn/portal/registerSystemInfo?recordcode=33090202000101">浙公网安备 33090202000101号</a></p>
<a href="https://bszs.conac.cn/sitename?method=show&id=3309020001"><img src="/picture/0/red.png" alt="党政机关" /></a>
<script id="_jiucuo_" sitecode='3309020001' src='https://zfwzgl.www.gov.cn/exposure/jiucuo.js'></script></div>
</body></html>""", {
    "url": "http://www.dinghai.gov.cn/col/col5588/index.html",
    "publish_date": None, "is_list_page": True, "empty_list": True, "items": [], "newest_item": None,
    "identity": ident("3309020001", "浙ICP备05007031号", "浙公网安备 33090202000101号"),
})

# L10. GBK old list: uppercase table rows, unpadded dates, font tags, 共N页 form pager links.
rows = [("/news/2022/0705/1371.html", "县委召开党史学习教育总结会议", "2022-07-05"),
        ("/news/2022/0701/1366.html", "全县庆祝建党101周年座谈会召开", "2022-07-01"),
        ("/news/2022/0628/1360.html", "县政府召开防汛抗旱工作部署会", "2022-06-28"),
        ("/news/2022/0616/1349.html", "县领导调研乡村振兴示范点建设", "2022-06-16"),
        ("/news/2022/0609/1340.html", "我县举办第二届农民丰收节筹备会", "2022-06-09")]
trs = "\n".join(f'<TR><TD height=26>·<A href={u} target=_blank>{t}</A></TD><TD width=90 align=right><FONT color=#999999>{int(d[:4])}-{int(d[5:7])}-{int(d[8:])}</FONT></TD></TR>' for u, t, d in rows)
page("list_gbk_upper_unpadded.html", f"""<HTML><HEAD>
<META http-equiv=Content-Type content="text/html; charset=gbk">
<TITLE>工作动态--甘谷县人民政府</TITLE></HEAD>
<BODY>
<TABLE width=980 align=center><TR><TD><IMG src=/images/top.jpg></TD></TR>
<TR><TD>当前位置：<A href=/>首页</A> &gt;&gt; 工作动态</TD></TR></TABLE>
<TABLE width=980 align=center><TR><TD width=240 vAlign=top class=left>
<TABLE width=100%><TR><TD class=lmtit>栏目导航</TD></TR><TR><TD><A href=/news/>工作动态</A></TD></TR><TR><TD><A href=/tzgg/>通知公告</A></TD></TR></TABLE>
</TD><TD vAlign=top>
<TABLE width=100% class=list>
{trs}
</TABLE>
<TABLE width=100%><TR><TD align=center>共 38 页 当前第 1 页 首页 上一页 <A href=/news/index_2.html>下一页</A> <A href=/news/index_38.html>尾页</A></TD></TR></TABLE>
</TD></TR></TABLE>
<TABLE width=980 align=center bgColor=#e8e8e8><TR><TD align=center height=80>版权所有：甘谷县人民政府 &nbsp; 网站标识码：6205230001 &nbsp; <A href=https://beian.miit.gov.cn target=_blank>陇ICP备05000211号</A><BR>
<IMG src=/images/ga.png>甘公网安备 62052302000011号</TD></TR></TABLE>
</BODY></HTML>""", {
    "url": "http://www.gangu.gov.cn/news/index.html",
    "publish_date": None, "is_list_page": True, "empty_list": False,
    "items": items_json("http://www.gangu.gov.cn", rows),
    "newest_item": "2022-07-05",
    "pagination": ["http://www.gangu.gov.cn/news/index_2.html", "http://www.gangu.gov.cn/news/index_38.html"],
    "column_type": "动态要闻",
    "identity": ident("6205230001", "陇ICP备05000211号", "甘公网安备 62052302000011号", party=False, jiucuo=False),
}, encoding="gbk")

# L11. Chinese dates 2024年03月05日 in spans right of titles; query-string pager.
rows = [("/content.jsp?id=44120", "关于2024年度高层次人才引进的公告", "2024-03-27"),
        ("/content.jsp?id=44101", "关于开展“双随机、一公开”抽查的通知", "2024-03-21"),
        ("/content.jsp?id=44087", "关于公布第一批市级数字乡村试点名单的通知", "2024-03-13"),
        ("/content.jsp?id=44060", "关于开展2024年安全生产月活动的通知", "2024-03-04")]
page("list_cn_padded_dates_query_pager.html", f"""<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>通知公告 - 九江市人民政府</title></head>
<body>{NAV}
<div class="crumb">当前位置：<a href="/">首页</a> &gt; 通知公告</div>
<div class="list"><ul>
{li_rows(rows, lambda u, t, d: f'<li><a href="{u}">{t}</a><span class="r">{d[:4]}年{d[5:7]}月{d[8:]}日</span></li>')}
</ul>
<div class="fy">共 86 条 <a href="list.jsp?cid=12&page=2">下一页</a> <a href="list.jsp?cid=12&page=22">末页</a></div></div>
{footer_table("3604000001", "赣ICP备05006109号", "赣公网安备 36040202000219号", "九江市人民政府办公室")}
</body></html>""", {
    "url": "http://www.jiujiang.gov.cn/list.jsp?cid=12",
    "publish_date": None, "is_list_page": True, "empty_list": False,
    "items": items_json("http://www.jiujiang.gov.cn", rows),
    "newest_item": "2024-03-27",
    "pagination": ["http://www.jiujiang.gov.cn/list.jsp?cid=12&page=2", "http://www.jiujiang.gov.cn/list.jsp?cid=12&page=22"],
    "column_type": "通知公告",
    "identity": ident("3604000001", "赣ICP备05006109号", "赣公网安备 36040202000219号"),
})

# L12. News list with thumbnails, summaries and full date-times in a <p class="info">.
rows = [("./202403/t20240328_2211234.html", "区委书记主持召开区委常委会会议", "2024-03-28 18:32:10"),
        ("./202403/t20240327_2211102.html", "我区召开科技创新大会", "2024-03-27 09:15:44"),
        ("./202403/t20240325_2210987.html", "区政府与山东大学签署合作协议", "2024-03-25 16:02:01"),
        ("./202403/t20240322_2210811.html", "全区城市管理工作会议召开", "2024-03-22 11:47:30")]
def summary_li(u, t, d):
    return (f'<li><div class="pic"><a href="{u}"><img src="{u[:-5]}.jpg"></a></div><div class="txt"><h4><a href="{u}">{t}</a></h4>'
            f'<p class="sum">{t}。会议强调，要坚定信心、真抓实干，确保各项目标任务圆满完成……</p><p class="info">{d}　来源：区融媒体中心</p></div></li>')
page("list_summaries_datetime_info.html", f"""<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>区内要闻</title></head>
<body>{NAV}
<div class="crumb">当前位置：<a href="/">首页</a> &gt; <a href="/xwzx/">新闻中心</a> &gt; 区内要闻</div>
<ul class="pic-list">
{li_rows(rows, summary_li)}
</ul>
<div class="page"><script>createPageHTML(3, 0, "index", "html");</script></div>
{footer_trs("3701020001", "鲁ICP备05027753号", "鲁公网安备 37010202000711号", "37010202000711", "济南市历下区人民政府办公室")}
</body></html>""", {
    "url": "http://www.lixia.gov.cn/xwzx/qnyw/index.html",
    "publish_date": None, "is_list_page": True, "empty_list": False,
    "items": items_json("http://www.lixia.gov.cn/xwzx/qnyw/", [(u[2:], t, d[:10]) for u, t, d in rows]),
    "newest_item": "2024-03-28",
    "pagination": ["http://www.lixia.gov.cn/xwzx/qnyw/index_1.html", "http://www.lixia.gov.cn/xwzx/qnyw/index_2.html"],
    "column_type": "动态要闻",
    "identity": ident("3701020001", "鲁ICP备05027753号", "鲁公网安备 37010202000711号"),
})

# L13. 政策解读 list: [图解]/[文字] tags before the link, dates in <em>.
rows = [("/zwgk/zcjd/202403/t20240315_5830041.html", "一图读懂《南宁市促进民营经济高质量发展若干措施》", "2024-03-15", "图解"),
        ("/zwgk/zcjd/202403/t20240308_5829811.html", "《南宁市城市更新实施办法》政策解读", "2024-03-08", "文字"),
        ("/zwgk/zcjd/202402/t20240227_5829002.html", "《南宁市2024年稳外贸若干措施》解读", "2024-02-27", "文字"),
        ("/zwgk/zcjd/202402/t20240220_5828711.html", "动漫解读：居民医保参保缴费", "2024-02-20", "动漫")]
page("list_zcjd_type_tags_em.html", f"""<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>政策解读_南宁市人民政府</title></head>
<body>{NAV}
<div class="crumb">当前位置：<a href="/">首页</a> &gt; <a href="/zwgk/">政务公开</a> &gt; 政策解读</div>
<ul class="jd-list">
{chr(10).join(f'<li><span class="tag">[{k}]</span><a href="{u}" target="_blank">{t}</a><em>{d}</em></li>' for u, t, d, k in rows)}
</ul>
<div class="foot">
<p>网站标识码：4501000034　<a href="https://beian.miit.gov.cn">桂ICP备05000316号</a>　<a href="http://www.beian.gov.cn/portal/registerSystemInfo?recordcode=45010302000316">桂公网安备　45010302000316号</a></p>
<a href="https://bszs.conac.cn/sitename?method=show&id=4501000034"><img src="/images/red.png" alt="党政机关"></a>
<script id="_jiucuo_" sitecode='4501000034' src='https://zfwzgl.www.gov.cn/exposure/jiucuo.js'></script></div>
</body></html>""", {
    "url": "http://www.nanning.gov.cn/zwgk/zcjd/index.html",
    "publish_date": None, "is_list_page": True, "empty_list": False,
    "items": items_json("http://www.nanning.gov.cn", [(u, t, d) for u, t, d, k in rows]),
    "newest_item": "2024-03-15",
    "column_type": "政策解读",
    "identity": ident("4501000034", "桂ICP备05000316号", "桂公网安备45010302000316号"),
})

# L14. 县长信箱 list: table with 信件标题 / 来信时间 columns (one date per row) and a 状态 column.
rows = [("/hdjl/xzxx/view.aspx?id=20240327001", "关于农村饮水安全的问题", "2024-03-27"),
        ("/hdjl/xzxx/view.aspx?id=20240325004", "咨询高龄补贴申领条件", "2024-03-25"),
        ("/hdjl/xzxx/view.aspx?id=20240319002", "建议增设城区公交线路", "2024-03-19"),
        ("/hdjl/xzxx/view.aspx?id=20240312006", "反映小区噪音扰民问题", "2024-03-12")]
trs = "\n".join(f'<tr><td class="t"><a href="{u}" target="_blank">{t}</a></td><td>{d}</td><td>已回复</td></tr>' for u, t, d in rows)
page("list_mailbox_laixin_status.html", f"""<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>县长信箱</title></head>
<body>{NAV}
<div class="crumb">当前位置：<a href="/">首页</a> &gt; <a href="/hdjl/">互动交流</a> &gt; 县长信箱</div>
<div class="xx-btn"><a href="/hdjl/xzxx/write.aspx">我要写信</a> <a href="/hdjl/xzxx/search.aspx">信件查询</a></div>
<table class="xx-list" width="100%"><tr><th>信件标题</th><th width="120">来信时间</th><th width="80">状态</th></tr>
{trs}
</table>
{footer_table("6103230001", "陕ICP备05003223号", "陕公网安备 61032302000032号", "岐山县人民政府")}
</body></html>""", {
    "url": "http://www.qishan.gov.cn/hdjl/xzxx/list.aspx",
    "publish_date": None, "is_list_page": True, "empty_list": False,
    "items": items_json("http://www.qishan.gov.cn", rows),
    "newest_item": "2024-03-27",
    "column_type": "互动",
    "identity": ident("6103230001", "陕ICP备05003223号", "陕公网安备 61032302000032号"),
})

# L15. Service list without dates: items have no date, so there is no newest item.
rows = [("/zwfw/bszn/content_5501.html", "居民身份证申领", None),
        ("/zwfw/bszn/content_5502.html", "户口迁移登记", None),
        ("/zwfw/bszn/content_5503.html", "机动车驾驶证换证", None),
        ("/zwfw/bszn/content_5504.html", "社会保障卡补换", None),
        ("/zwfw/bszn/content_5505.html", "城乡居民养老保险参保登记", None),
        ("/zwfw/bszn/content_5506.html", "不动产权证书补发", None)]
page("list_service_undated.html", f"""<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>办事指南</title></head>
<body>{NAV}
<div class="crumb">当前位置：<a href="/">首页</a> &gt; <a href="/zwfw/">政务服务</a> &gt; 办事指南</div>
<div class="bs-list"><ul>
{li_rows(rows, lambda u, t, d: f'<li><a href="{u}">{t}</a><a class="btn" href="https://zwfw.example.gov.cn/">在线办理</a></li>')}
</ul></div>
{footer_trs("3402000004", "皖ICP备05007921号", "皖公网安备 34020202000792号", "34020202000792", "芜湖市人民政府办公室")}
</body></html>""", {
    "url": "http://www.wuhu.gov.cn/zwfw/bszn/index.html",
    "publish_date": None, "is_list_page": True, "empty_list": False,
    "items": items_json("http://www.wuhu.gov.cn", rows),
    "newest_item": None,
    "column_type": "服务",
    "identity": ident("3402000004", "皖ICP备05007921号", "皖公网安备 34020202000792号"),
})

# L16. Parenthesised dates, uppercase unclosed <LI>, attributes without quotes.
rows = [("/xxgk/tzgg/202403/t20240326_9911.html", "关于召开全镇春季动物防疫工作会议的通知", "2024-03-26"),
        ("/xxgk/tzgg/202403/t20240318_9902.html", "关于开展农村人居环境整治“回头看”的通知", "2024-03-18"),
        ("/xxgk/tzgg/202403/t20240305_9887.html", "关于做好春耕生产农资保障工作的通知", "2024-03-05"),
        ("/xxgk/tzgg/202402/t20240223_9860.html", "关于调整镇防汛指挥部成员的通知", "2024-02-23")]
page("list_upper_unclosed_li_parens.html", f"""<HTML><HEAD><META charset=utf-8><TITLE>通知公告-某某镇人民政府</TITLE></HEAD>
<BODY>
<DIV class=top><A href=/>某某镇人民政府</A></DIV>
<DIV class=weizhi>当前位置：<A href=/>首页</A> &gt; <A href=/xxgk/>信息公开</A> &gt; 通知公告</DIV>
<DIV class=lb><UL>
{li_rows(rows, lambda u, t, d: f'<LI><A href={u} target=_blank>{t}</A>({d})')}
</UL></DIV>
<DIV class=foot>版权所有：某某镇人民政府 网站标识码：1303220003 <A href=https://beian.miit.gov.cn>冀ICP备05004188号-2</A> 冀公网安备 13032202000418号</DIV>
</BODY></HTML>""", {
    "url": "http://www.xxz.qhd.gov.cn/xxgk/tzgg/index.html",
    "publish_date": None, "is_list_page": True, "empty_list": False,
    "items": items_json("http://www.xxz.qhd.gov.cn", rows),
    "newest_item": "2024-03-26",
    "column_type": "通知公告",
    "identity": ident("1303220003", "冀ICP备05004188号-2", "冀公网安备 13032202000418号", party=False, jiucuo=False),
})

# L17. <dl> list: each item a <dt> title and <dd> date; few items spread over years.
rows = [("./202403/t20240322_6612034.html", "洛阳市2024年国土空间生态修复规划", "2024-03-22"),
        ("./202312/t20231215_6598812.html", "洛阳市“十四五”自然资源保护和利用规划中期评估报告", "2023-12-15"),
        ("./202107/t20210709_6502211.html", "洛阳市“十四五”自然资源保护和利用规划", "2021-07-09")]
page("list_dl_dt_dd_planning.html", f"""<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>规划计划 - 洛阳市自然资源和规划局</title></head>
<body>
<div class="top"><img src="/img/banner.jpg" alt="洛阳市自然资源和规划局"></div>
<div class="menu"><a href="/">首页</a><a href="/jgzn/">机构职能</a><a href="/zwgk/">政务公开</a><a href="/hdjl/">互动交流</a></div>
<div class="crumb">当前位置：<a href="/">首页</a> &gt; <a href="/zwgk/">政务公开</a> &gt; 规划计划</div>
<div class="gh-list">
{li_rows(rows, lambda u, t, d: f'<dl><dt><a href="{u}" target="_blank">{t}</a></dt><dd>{d}</dd></dl>')}
</div>
<div class="footer">
<p>Copyright © 2019-2024 洛阳市自然资源和规划局 版权所有</p>
<p>网站标识码：4103000025 | <a href="https://beian.miit.gov.cn/">豫ICP备05016133号-2</a> | <a href="http://www.beian.gov.cn/portal/registerSystemInfo?recordcode=41030202000133">豫公网安备 41030202000133号</a></p>
<p><a href="https://bszs.conac.cn/sitename?method=show&id=4103000025"><img src="/img/dzjg.png" alt="党政机关"></a> <a href="https://zfwzgl.www.gov.cn/exposure/jiucuo.html?site_code=4103000025&url=http%3A%2F%2Fzrzyj.ly.gov.cn%2F"><img src="/img/jiucuo.png" alt="政府网站找错"></a></p>
</div></body></html>""", {
    "url": "http://zrzyj.ly.gov.cn/zwgk/ghjh/index.html",
    "publish_date": None, "is_list_page": True, "empty_list": False,
    "items": items_json("http://zrzyj.ly.gov.cn/zwgk/ghjh/", [(u[2:], t, d) for u, t, d in rows]),
    "newest_item": "2024-03-22",
    "column_type": "规划计划",
    "identity": ident("4103000025", "豫ICP备05016133号-2", "豫公网安备 41030202000133号"),
})

# L18. Table list: 序号 column, titles, slash dates in their own cells; numbered pager with ?page=.
rows = [("/info/1061/88231.htm", "关于2024年第一季度“双随机”抽查结果的公示", "2024-03-29"),
        ("/info/1061/88202.htm", "2024年3月份价格监测分析报告", "2024-03-27"),
        ("/info/1061/88190.htm", "关于注销部分食品经营许可证的公告", "2024-03-21"),
        ("/info/1061/88144.htm", "2024年2月份价格监测分析报告", "2024-02-28"),
        ("/info/1061/88101.htm", "关于开展电动自行车质量安全专项整治的通告", "2024-02-19")]
trs = "\n".join(f'<tr class="{"odd" if i % 2 else "even"}"><td align="center">{i + 1}</td><td><a href="{u}" target="_blank">{t}</a></td><td align="center">{d.replace("-", "/")}</td></tr>'
                for i, (u, t, d) in enumerate(rows))
page("list_table_seq_slash_numbered_pager.html", f"""<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>公示公告-市市场监督管理局</title></head>
<body>{NAV}
<div class="crumb">当前位置：<a href="/">首页</a> &gt; <a href="/xxgk/">信息公开</a> &gt; 公示公告</div>
<table class="winstyle" width="100%" cellspacing="0"><tr><th width="50">序号</th><th>标题</th><th width="110">发布日期</th></tr>
{trs}
</table>
<div class="pb"><span class="cur">1</span> <a href="?page=2">2</a> <a href="?page=3">3</a> <a href="?page=2">下页</a> <a href="?page=9">尾页</a></div>
{footer_trs("6101000041", "陕ICP备05000451号", "陕公网安备 61010302000451号", "61010302000451", "西安市市场监督管理局")}
</body></html>""", {
    "url": "http://scjg.xa.gov.cn/xxgk/gsgg/list.htm",
    "publish_date": None, "is_list_page": True, "empty_list": False,
    "items": items_json("http://scjg.xa.gov.cn", rows),
    "newest_item": "2024-03-29",
    "pagination": ["http://scjg.xa.gov.cn/xxgk/gsgg/list.htm?page=2", "http://scjg.xa.gov.cn/xxgk/gsgg/list.htm?page=3",
                   "http://scjg.xa.gov.cn/xxgk/gsgg/list.htm?page=9"],
    "column_type": "通知公告",
    "identity": ident("6101000041", "陕ICP备05000451号", "陕公网安备 61010302000451号"),
})

# L19. Hanweb column: datastore records holding table rows, a newest-first hot box with later dates.
rows = [("/art/2024/3/25/art_5588_401122.html", "定海区2024年部门预算公开", "2024-03-25"),
        ("/art/2024/2/6/art_5588_400871.html", "定海区2024年政府预算草案", "2024-02-06"),
        ("/art/2023/9/20/art_5588_398802.html", "定海区2022年财政决算公开", "2023-09-20")]
recs = "\n".join(f'<record><![CDATA[<table width="100%"><tr><td class="lb_title"><a href="{u}" title="{t}" target="_blank">{t}</a></td><td width="90" class="lb_date">[{d}]</td></tr></table>]]></record>' for u, t, d in rows)
page("list_hanweb_record_tables_bracket.html", f"""<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>财政预决算</title></head>
<body>
<table width="1000" align="center"><tr><td>您当前的位置：<a href="/">首页</a>&nbsp;&gt;&nbsp;<a href="/col/col5501/index.html">政府信息公开</a>&nbsp;&gt;&nbsp;<a href="/col/col5588/index.html">财政预决算</a></td></tr></table>
<table width="1000" align="center"><tr><td width="220" valign="top">
<div class="hot"><div class="t">最新发布</div><ul><li><a href="/art/2024/3/29/art_5501_401300.html">定海区召开全区安全生产工作会议</a> 2024-03-29</li><li><a href="/art/2024/3/28/art_5501_401280.html">区政府第23次常务会议召开</a> 2024-03-28</li></ul></div></td>
<td valign="top"><div id="33012"><script type="text/xml"><datastore><nextgroup><![CDATA[]]></nextgroup><recordset>
{recs}
</recordset></datastore></script></div><script src="/module/jslib/jquery/jpage/jquery.jpage.js"></script></td></tr></table>
<div id="footer" style="text-align:center"><p>主办：舟山市定海区人民政府办公室　网站标识码：3309020001</p>
<p><a href="https://beian.miit.gov.cn">浙ICP备05007031号</a>　<a href="http://www.beian.gov.cn/portal/registerSystemInfo?recordcode=33090202000101">浙公网安备 33090202000101号</a></p>
<a href="https://bszs.conac.cn/sitename?method=show&id=3309020001"><img src="/picture/0/red.png" alt="党政机关" /></a>
<script id="_jiucuo_" sitecode='3309020001' src='https://zfwzgl.www.gov.cn/exposure/jiucuo.js'></script></div>
</body></html>""", {
    "url": "http://www.dinghai.gov.cn/col/col5588/index.html?number=A0101",
    "publish_date": None, "is_list_page": True, "empty_list": False,
    "items": items_json("http://www.dinghai.gov.cn", rows),
    "newest_item": "2024-03-25",
    "identity": ident("3309020001", "浙ICP备05007031号", "浙公网安备 33090202000101号"),
})

# L20. Truncated anchor texts with full titles in title attributes; dates like 2024-3-5.
rows = [("./202403/t20240305_1001.html", "关于印发《泉州市加快推进新型工业化实施方案（2024—2026年）》的通知", "2024-03-05"),
        ("./202402/t20240229_1000.html", "泉州市人民政府关于公布2024年市级重点项目名单的通知", "2024-02-29"),
        ("./202402/t20240207_0998.html", "泉州市人民政府办公室关于进一步加强城市燃气安全管理工作的通知", "2024-02-07")]
def trunc_li(u, t, d):
    shown = t if len(t) <= 24 else t[:23] + "…"
    return f'<li><a href="{u}" title="{t}" target="_blank">{shown}</a><span>{int(d[:4])}-{int(d[5:7])}-{int(d[8:])}</span></li>'
page("list_truncated_unpadded_dates.html", f"""<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>市政府文件</title></head>
<body>{NAV}
<div class="crumb">当前位置：<a href="/">首页</a> &gt; <a href="/zfxxgk/">政府信息公开</a> &gt; 市政府文件</div>
<ul class="list-ul">
{li_rows(rows, trunc_li)}
</ul>
{footer_trs("3505000016", "闽ICP备05004111号", "闽公网安备 35050302000211号", "35050302000211", "泉州市人民政府办公室")}
</body></html>""", {
    "url": "http://www.quanzhou.gov.cn/zfb/xxgk/zfxxgkzl/zfxxgkml/szfwj/index.htm",
    "publish_date": None, "is_list_page": True, "empty_list": False,
    "items": items_json("http://www.quanzhou.gov.cn/zfb/xxgk/zfxxgkzl/zfxxgkml/szfwj/", [(u[2:], t, d) for u, t, d in rows]),
    "newest_item": "2024-03-05",
    "column_type": "政策文件",
    "identity": ident("3505000016", "闽ICP备05004111号", "闽公网安备 35050302000211号"),
})

# L21. 人事任免 list: dates in a separate <span class="date"> on the left, 2023–2024.
rows = [("/zwgk/rsrm/202403/t20240301_1301101.html", "市人民政府关于王某某等同志职务任免的通知", "2024-03-01"),
        ("/zwgk/rsrm/202312/t20231229_1298210.html", "市人民政府关于李某某等同志职务任免的通知", "2023-12-29"),
        ("/zwgk/rsrm/202310/t20231017_1290001.html", "市人民政府关于赵某某同志职务任免的通知", "2023-10-17")]
page("list_rsrm_date_span_left.html", f"""<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>人事任免 - 兰州市人民政府</title></head>
<body>{NAV}
<div class="crumb">当前位置：<a href="/">首页</a> &gt; <a href="/zwgk/">政务公开</a> &gt; 人事任免</div>
<div class="rsrm"><ul>
{li_rows(rows, lambda u, t, d: f'<li><span class="date">{d}</span> <span class="dot"></span><a href="{u}" target="_blank">{t}</a></li>')}
</ul></div>
{footer_trs("6201000013", "陇ICP备05000631号", "甘公网安备 62010202000401号", "62010202000401", "兰州市人民政府办公室")}
</body></html>""", {
    "url": "http://www.lanzhou.gov.cn/zwgk/rsrm/index.html",
    "publish_date": None, "is_list_page": True, "empty_list": False,
    "items": items_json("http://www.lanzhou.gov.cn", rows),
    "newest_item": "2024-03-01",
    "column_type": "人事",
    "identity": ident("6201000013", "陇ICP备05000631号", "甘公网安备 62010202000401号"),
})

# L22. Home page: 今天是 date bar, 要闻/通知公告/政策文件 blocks (mm-dd and full dates); newest 04-03.
home = f"""<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>芜湖市人民政府</title>
<meta name="SiteName" content="芜湖市人民政府"><meta name="SiteDomain" content="www.wuhu.gov.cn"><meta name="SiteIDCode" content="3402000004"></head>
<body>
<div class="topbar"><span>今天是2024年4月8日 星期一</span> <a href="/wza/">无障碍</a> <a href="/en/">English</a></div>
<div class="header"><img src="/images/logo.png" alt="芜湖市人民政府">{NAV}</div>
<div class="banner"><a href="/zt/2024lh/"><img src="/images/lh.jpg" alt="聚焦2024全国两会"></a></div>
<div class="row">
<div class="block"><div class="bt"><span>芜湖要闻</span><a href="/xwzx/whyw/">更多</a></div><ul>
<li><a href="/xwzx/whyw/202404/t20240403_7012201.html">市委常委会召开会议</a><span>04-03</span></li>
<li><a href="/xwzx/whyw/202404/t20240402_7012100.html">全市一季度经济形势分析会召开</a><span>04-02</span></li>
<li><a href="/xwzx/whyw/202403/t20240329_7011880.html">我市召开优化营商环境推进会</a><span>03-29</span></li></ul></div>
<div class="block"><div class="bt"><span>通知公告</span><a href="/zwgk/tzgg/">更多</a></div><ul>
<li><a href="/zwgk/tzgg/202404/t20240401_7012050.html">关于2024年清明节期间城区交通管制的通告</a><span>2024-04-01</span></li>
<li><a href="/zwgk/tzgg/202403/t20240328_7011801.html">关于公开招聘编外人员的公告</a><span>2024-03-28</span></li></ul></div>
<div class="block"><div class="bt"><span>政策文件</span><a href="/zwgk/zcwj/">更多</a></div><ul>
<li><a href="/zwgk/zcwj/202403/t20240326_7011702.html">芜湖市人民政府关于印发2024年重点工作任务的通知</a><span>2024-03-26</span></li></ul></div>
</div>
{footer_trs("3402000004", "皖ICP备05007921号", "皖公网安备 34020202000792号", "34020202000792", "芜湖市人民政府办公室")}
</body></html>"""
page("home_today_bar_blocks.html", home, {
    "url": "http://www.wuhu.gov.cn/",
    "publish_date": None, "is_list_page": False, "newest_item": "2024-04-03",
    "identity": ident("3402000004", "皖ICP备05007921号", "皖公网安备 34020202000792号"),
    "meta": {"SiteName": "芜湖市人民政府", "SiteIDCode": "3402000004"},
})

# L23. 南威 list: dates as 2024.03.05 in <i>, paged by index_2.html numbered links (page 1 = index.html).
rows = [("/xmszf/zwgk/tzgg/202403/t20240328_2790011.htm", "关于2024年厦门市春季义务植树活动的通告", "2024-03-28"),
        ("/xmszf/zwgk/tzgg/202403/t20240315_2789702.htm", "关于开展2024年度人大代表建议办理工作的通知", "2024-03-15"),
        ("/xmszf/zwgk/tzgg/202402/t20240226_2789100.htm", "关于公布市级行政许可事项清单的通告", "2024-02-26"),
        ("/xmszf/zwgk/tzgg/202310/t20231009_2788431.htm", "关于2024年度城乡居民基本医疗保险集中参保缴费的公告", "2023-10-09")]
page("list_nanwei_dotted_i_numbered.html", f"""<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>通知公告_厦门市人民政府</title>
<script type="text/javascript">var siteCode = "3502000009";</script></head>
<body><div class="header">{NAV}</div>
<div class="breadcrumb">当前位置：<a href="/">首页</a> - <a href="/xmszf/zwgk/">政务公开</a> - 通知公告</div>
<div class="list-main"><ul>
{li_rows(rows, lambda u, t, d: f'<li><a href="{u}" target="_blank">{t}</a><i>{d.replace("-", ".")}</i></li>')}
</ul>
<div class="pagination"><a class="current" href="index.htm">1</a><a href="index_2.htm">2</a><a href="index_3.htm">3</a><a href="index_2.htm">下一页</a></div></div>
<div class="footer"><p><a href="https://beian.miit.gov.cn">闽ICP备05004162号</a>　<a href="http://www.beian.gov.cn/portal/registerSystemInfo?recordcode=35020302000101">闽公网安备 35020302000101号</a></p>
<script type="text/javascript">document.write('<script id="_jiucuo_" sitecode="' + siteCode + '" src="https://zfwzgl.www.gov.cn/exposure/jiucuo.js"><\\/script>');</script>
<script type="text/javascript">document.write(unescape("%3Cspan id='_ideConac' %3E%3C/span%3E%3Cscript src='https://dcs.conac.cn/js/14/000/0000/60399999/CA140000000603999990001.js' type='text/javascript'%3E%3C/script%3E"));</script></div>
</body></html>""", {
    "url": "http://www.xm.gov.cn/xmszf/zwgk/tzgg/index.htm",
    "publish_date": None, "is_list_page": True, "empty_list": False,
    "items": items_json("http://www.xm.gov.cn", rows),
    "newest_item": "2024-03-28",
    "pagination": ["http://www.xm.gov.cn/xmszf/zwgk/tzgg/index_2.htm", "http://www.xm.gov.cn/xmszf/zwgk/tzgg/index_3.htm"],
    "column_type": "通知公告",
    "identity": ident("3502000009", "闽ICP备05004162号", "闽公网安备 35020302000101号"),
})

# L24. 暂无数据 inside an empty <table> list of a gkml column; sidebar column tree; 2026 date bar.
page("empty_gkml_zanwu_shuju_table.html", f"""<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>行政规范性文件</title></head>
<body><div class="topbar">2026年1月12日 星期一</div>{NAV}
<div class="crumb">当前位置：<a href="/">首页</a> &gt; <a href="/zfxxgk/">政府信息公开</a> &gt; 行政规范性文件</div>
<div class="gk-left"><ul><li><a href="/zfxxgk/fdzdgknr/gfxwj/">行政规范性文件</a></li><li><a href="/zfxxgk/fdzdgknr/qtwj/">其他文件</a></li></ul></div>
<div class="gk-right"><table class="gk-list" width="100%"><thead><tr><th>序号</th><th>标题</th><th>文号</th><th>发布日期</th></tr></thead>
<tbody><tr><td colspan="4" align="center">暂无数据</td></tr></tbody></table></div>
{footer_trs("5224000001", "黔ICP备05000828号", "贵公网安备 52240202000012号", "52240202000012", "毕节市人民政府办公室")}
</body></html>""", {
    "url": "http://www.bijie.gov.cn/zfxxgk/fdzdgknr/gfxwj/index.html",
    "publish_date": None, "is_list_page": True, "empty_list": True, "items": [], "newest_item": None,
    "column_type": "政策文件",
    "identity": ident("5224000001", "黔ICP备05000828号", "贵公网安备 52240202000012号"),
})


# A23. <meta charset=gb2312> unquoted; 来源 … 时间 … 浏览次数 line; 2020 page.
page("gb2312_meta_charset_laiyuan_shijian.html", """<!DOCTYPE html>
<html><head><meta charset=gb2312><title>县政府召开2020年秋冬季森林防火工作会议</title></head>
<body>
<div class=head><a href=/>绥阳县人民政府</a></div>
<div class=dqwz>当前位置：<a href=/>首页</a> > <a href=/xwzx/>新闻中心</a> > <a href=/xwzx/zwyw/>政务要闻</a></div>
<div class=nr>
<h2>县政府召开2020年秋冬季森林防火工作会议</h2>
<div class=xx>来源：县政府办　时间：2020-09-18　浏览次数：<span id=viewcount>421</span></div>
<div class=zw><p>9月17日，县政府召开2020年秋冬季森林防火工作会议，安排部署10月1日起进入森林防火期的各项工作。</p></div>
</div>
<div class=foot><p>主办：绥阳县人民政府办公室　网站标识码：5203230001</p>
<p><a href=https://beian.miit.gov.cn>黔ICP备05003231号</a>　<img src=/images/ga.png alt=公安备案>贵公网安备 52032302000023号</p>
<p><a href=https://bszs.conac.cn/sitename?method=show&id=5203230001><img src=/images/dzjg.png alt=党政机关></a>
<script id=_jiucuo_ sitecode=5203230001 src=https://zfwzgl.www.gov.cn/exposure/jiucuo.js></script></p></div>
</body></html>""", {
    "url": "http://www.gzsy.gov.cn/xwzx/zwyw/202009/t20200918_63012345.html",
    "publish_date": "2020-09-18", "is_list_page": False,
    "identity": ident("5203230001", "黔ICP备05003231号", "贵公网安备 52032302000023号"),
    "column_type": "动态要闻",
}, encoding="gb2312")

# A24. 网站标识码 only in an image's alt text; 日期 in square brackets after a 发布者 label.
page("sitecode_img_alt_bracket_date.html", f"""<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>南通市2024年第一季度重大项目集中开工</title></head>
<body>{NAV}
<div class="crumb">当前位置：<a href="/">首页</a> &gt; <a href="/ntsrmzf/">新闻中心</a> &gt; <a href="/ntsrmzf/ntyw/">南通要闻</a></div>
<div class="article"><h1>南通市2024年第一季度重大项目集中开工</h1>
<div class="info">发布者：市政府办公室　日期：[2024-03-19]　【<a href="javascript:window.print()">打印</a>】</div>
<div class="content"><p>3月18日，南通市2024年第一季度重大项目集中开工活动举行，共开工项目86个，总投资812亿元。</p></div></div>
<div class="foot"><div class="l"><a href="https://bszs.conac.cn/sitename?method=show&id=3206000014"><img src="/images/dzjg.png" alt="党政机关"></a>
<img src="/images/bsm.png" alt="网站标识码：3206000014"></div>
<div class="c"><p>主办：南通市人民政府办公室</p><p><a href="https://beian.miit.gov.cn">苏ICP备05009622号-1</a>　<a href="http://www.beian.gov.cn/portal/registerSystemInfo?recordcode=32060202000962"><img src="/images/ga.png">苏公网安备 32060202000962号</a></p></div>
<div class="r"><a href="https://zfwzgl.www.gov.cn/exposure/jiucuo.html?site_code=3206000014&url=http%3A%2F%2Fwww.nantong.gov.cn%2F"><img src="/images/zc.png" alt="政府网站找错"></a></div></div>
</body></html>""", {
    "url": "http://www.nantong.gov.cn/ntsrmzf/ntyw/content/4b8e2c1f-9a3d-4e7b-8c6f-5a2d1e0b9c87.html",
    "publish_date": "2024-03-19", "is_list_page": False,
    "identity": ident("3206000014", "苏ICP备05009622号-1", "苏公网安备 32060202000962号"),
    "column_type": "动态要闻",
})


with open(os.path.join(HERE, "manifest.json"), "w", encoding="utf-8") as f:
    json.dump({"pages": PAGES}, f, ensure_ascii=False, indent=1)
    f.write("\n")
print(f"{len(PAGES)} pages")
