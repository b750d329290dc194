#!/usr/bin/env python3
"""Writes the blind4 set and its manifest.json: eight pages written AFTER the extraction code
had been read (session of blind3's fixes), kept apart from blind3 so that blind3's first run
stays an honest estimate; their first run is a weaker one.
    python3 tests/data/extract/blind4/generate.py
"""
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
PAGES = []


def page(file, html, want, encoding=None):
    want = dict(want)
    want["file"] = file
    if encoding:
        want["encoding"] = encoding
    with open(os.path.join(HERE, file), "wb") as f:
        f.write(html.encode(encoding or "utf-8"))
    PAGES.append(want)


def ident(code, icp, psb, party=True, jiucuo=True):
    return {"site_code": code, "icp": icp, "psb": psb, "party_badge": party, "error_report_entry": jiucuo}


def foot(code, icp, psb):
    return (f'<div class="footer"><a href="https://bszs.conac.cn/sitename?method=show&id={code}"><img src="/images/dzjg.png" alt="党政机关"></a>'
            f'<p>网站标识码：{code}　<a href="https://beian.miit.gov.cn/">{icp}</a>　<img src="/images/ga.png">{psb}</p>'
            f'<script id="_jiucuo_" sitecode=\'{code}\' src=\'https://zfwzgl.www.gov.cn/exposure/jiucuo.js\'></script></div>')


NAV = ('<div class="nav"><a href="/">首页</a><a href="/zwgk/">政务公开</a><a href="/zwfw/">政务服务</a>'
       '<a href="/hdjl/">互动交流</a></div>')

# 1. Info bar as a table: label cell, value cell.
page("info_table_label_value_cells.html", f"""<!DOCTYPE html><html><head><meta charset="utf-8"><title>县政府召开安全生产工作会议</title></head>
<body>{NAV}
<h1>县政府召开安全生产工作会议</h1>
<table class="info"><tr><td>发布时间</td><td>2024-04-09</td><td>信息来源</td><td>县应急局</td><td>浏览次数</td><td>312</td></tr></table>
<div class="con"><p>4月8日，县政府召开安全生产工作会议，通报2024年第一季度安全生产形势。</p></div>
{foot("4408230001", "粤ICP备05008811号", "粤公网安备 44082302000081号")}
</body></html>""", {
    "url": "http://www.suixi.gov.cn/zwgk/gzdt/content/post_1889012.html",
    "publish_date": "2024-04-09", "is_list_page": False,
    "identity": ident("4408230001", "粤ICP备05008811号", "粤公网安备 44082302000081号"),
    "column_type": "动态要闻",
})

# 2. Labelled date in Chinese numerals.
page("labelled_cn_numeral_date.html", f"""<!DOCTYPE html><html><head><meta charset="utf-8"><title>关于印发某某县2024年防汛抗旱工作方案的通知</title></head>
<body>{NAV}
<div class="crumb">当前位置：<a href="/">首页</a> &gt; <a href="/zwgk/">政务公开</a> &gt; <a href="/zwgk/xzfwj/">县政府文件</a></div>
<h1>关于印发某某县2024年防汛抗旱工作方案的通知</h1>
<div class="sub">发布日期：二〇二四年四月十二日</div>
<div class="con"><p>各乡镇人民政府，县直各单位：现将《某某县2024年防汛抗旱工作方案》印发给你们，请认真贯彻执行。</p></div>
{foot("3623290001", "赣ICP备05002929号", "赣公网安备 36232902000292号")}
</body></html>""", {
    "url": "http://www.yg.gov.cn/zwgk/xzfwj/202404/t20240412_5512.html",
    "publish_date": "2024-04-12", "is_list_page": False,
    "identity": ident("3623290001", "赣ICP备05002929号", "赣公网安备 36232902000292号"),
    "column_type": "政策文件",
})

# 3. Table list: header row 标题 | 发布时间, dates as 2024年4月3日 in the second column.
rows = [("/hdjl/zjdc/202404/t20240403_301.html", "关于《某某市城市绿化条例（征求意见稿）》公开征求意见的公告", "2024-04-03"),
        ("/hdjl/zjdc/202403/t20240321_298.html", "2024年民生实事项目网上征集", "2024-03-21"),
        ("/hdjl/zjdc/202403/t20240305_295.html", "关于公共交通线网优化方案的意见征集", "2024-03-05")]
trs = "".join(f'<tr><td><a href="{u}">{t}</a></td><td>{int(d[:4])}年{int(d[5:7])}月{int(d[8:])}日</td></tr>' for u, t, d in rows)
page("list_table_header_cn_dates.html", f"""<!DOCTYPE html><html><head><meta charset="utf-8"><title>征集调查</title></head>
<body>{NAV}
<div class="crumb">当前位置：<a href="/">首页</a> &gt; <a href="/hdjl/">互动交流</a> &gt; 征集调查</div>
<table class="lb"><tr><th>标题</th><th>发布时间</th></tr>{trs}</table>
{foot("3707000002", "鲁ICP备05007712号", "鲁公网安备 37070202000771号")}
</body></html>""", {
    "url": "http://www.weifang.gov.cn/hdjl/zjdc/index.html",
    "publish_date": None, "is_list_page": True, "empty_list": False,
    "items": [{"url": "http://www.weifang.gov.cn" + u, "title": t, "date": d} for u, t, d in rows],
    "newest_item": "2024-04-03", "column_type": "互动",
    "identity": ident("3707000002", "鲁ICP备05007712号", "鲁公网安备 37070202000771号"),
})

# 4. Empty column: 暂无相关信息！ and a 共0条 pager.
page("empty_zanwu_xiangguan_gong0.html", f"""<!DOCTYPE html><html><head><meta charset="utf-8"><title>财政资金直达基层</title></head>
<body>{NAV}
<div class="crumb">当前位置：<a href="/">首页</a> &gt; <a href="/zwgk/">政务公开</a> &gt; 财政资金直达基层</div>
<div class="list"><div class="none">暂无相关信息！</div><div class="pager">共0条 第1/1页</div></div>
{foot("3707000002", "鲁ICP备05007712号", "鲁公网安备 37070202000771号")}
</body></html>""", {
    "url": "http://www.weifang.gov.cn/zwgk/czzjzd/index.html",
    "publish_date": None, "is_list_page": True, "empty_list": True, "items": [], "newest_item": None,
    "pagination": [],
    "identity": ident("3707000002", "鲁ICP备05007712号", "鲁公网安备 37070202000771号"),
})

# 5. GBK list (charset=GBK uppercase), bracketed dates after titles, 下一页 link.
rows = [("/Article/ShowArticle.asp?ArticleID=8812", "乡政府开展春季植树活动", "2023-11-02"),
        ("/Article/ShowArticle.asp?ArticleID=8801", "全乡秋冬季农业生产现场会召开", "2023-10-27"),
        ("/Article/ShowArticle.asp?ArticleID=8790", "乡党委召开主题教育专题民主生活会", "2023-10-19"),
        ("/Article/ShowArticle.asp?ArticleID=8777", "我乡开展森林防火宣传进村入户活动", "2023-10-11")]
page("list_gbk_upper_charset_brackets.html", """<html><head><meta http-equiv="Content-Type" content="text/html; charset=GBK"><title>工作动态</title></head>
<body><table width=900><tr><td>您现在的位置：<a href=/>首页</a> >> <a href=/Article/List.asp?ClassID=2>工作动态</a></td></tr></table>
<table width=900>""" + "".join(f'<tr><td><a href="{u}">{t}</a></td><td>[{d}]</td></tr>' for u, t, d in rows) + """</table>
<div align=center>共 24 篇 首页 上一页 <a href="List.asp?ClassID=2&page=2">下一页</a> <a href="List.asp?ClassID=2&page=6">尾页</a></div>
<div align=center>网站标识码：4306260017 <a href=https://beian.miit.gov.cn>湘ICP备05006262号</a></div>
</body></html>""", {
    "url": "http://www.xx.pingjiang.gov.cn/Article/List.asp?ClassID=2",
    "publish_date": None, "is_list_page": True, "empty_list": False,
    "items": [{"url": "http://www.xx.pingjiang.gov.cn" + u, "title": t, "date": d} for u, t, d in rows],
    "newest_item": "2023-11-02",
    "pagination": ["http://www.xx.pingjiang.gov.cn/Article/List.asp?ClassID=2&page=2",
                   "http://www.xx.pingjiang.gov.cn/Article/List.asp?ClassID=2&page=6"],
    "column_type": "动态要闻",
    "identity": {"site_code": "4306260017", "icp": "湘ICP备05006262号", "party_badge": False, "error_report_entry": False},
}, encoding="gbk")

# 6. 南威 gkml metadata in <ul><li>: 成文日期 first, then 公开日期.
page("gkml_ul_cwrq_gkrq.html", f"""<!DOCTYPE html><html><head><meta charset="utf-8"><title>关于调整最低工资标准的通知</title></head>
<body>{NAV}
<ul class="gk-meta"><li><span>索引号：</span>11350200M00001234X/2024-00088</li><li><span>发布机构：</span>厦门市人力资源和社会保障局</li>
<li><span>成文日期：</span>2024-03-29</li><li><span>公开日期：</span>2024-04-02</li><li><span>文号：</span>厦人社〔2024〕51号</li></ul>
<h1>关于调整最低工资标准的通知</h1>
<div class="con"><p>经市政府同意，自2024年5月1日起调整我市最低工资标准。</p><p style="text-align:right">2024年3月29日</p></div>
{foot("3502000009", "闽ICP备05004162号", "闽公网安备 35020302000101号")}
</body></html>""", {
    "url": "http://hrss.xm.gov.cn/xxgk/zfxxgkml/202404/t20240402_2791122.htm",
    "publish_date": "2024-04-02", "is_list_page": False,
    "identity": ident("3502000009", "闽ICP备05004162号", "闽公网安备 35020302000101号"),
})

# 7. Meta PubDate with slashes; visible date only as 2024/04/15 under the title.
page("meta_slash_pubdate.html", f"""<!DOCTYPE html><html><head><meta charset="utf-8"><meta name="PubDate" content="2024/04/15 08:30">
<title>市政府党组召开专题会议</title></head>
<body>{NAV}<h1>市政府党组召开专题会议</h1><div class="date">2024/04/15</div>
<div class="con"><p>4月14日，市政府党组召开专题会议，传达学习有关会议精神。</p></div>
{foot("6105000001", "陕ICP备05005522号", "陕公网安备 61050202000552号")}
</body></html>""", {
    "url": "http://www.weinan.gov.cn/news/zwyw/1001122.htm",
    "publish_date": "2024-04-15", "is_list_page": False,
    "identity": ident("6105000001", "陕ICP备05005522号", "陕公网安备 61050202000552号"),
    "column_type": "动态要闻",
    "meta": {"PubDate": "2024/04/15 08:30"},
})

# 8. 领导信息 list: leaders' names and posts, no dates; pages in the column folder.
rows = [("/zwgk/ldxx/content_101.html", "张某某"), ("/zwgk/ldxx/content_102.html", "李某某"),
        ("/zwgk/ldxx/content_103.html", "王某某"), ("/zwgk/ldxx/content_104.html", "赵某某")]
page("list_leaders_undated.html", f"""<!DOCTYPE html><html><head><meta charset="utf-8"><title>领导信息</title></head>
<body>{NAV}
<div class="crumb">当前位置：<a href="/">首页</a> &gt; <a href="/zwgk/">政务公开</a> &gt; 领导信息</div>
<ul class="ld">""" + "".join(f'<li><img src="/images/ld/{i}.jpg"><a href="{u}">{n}</a><p>副市长</p></li>' for i, (u, n) in enumerate(rows)) + f"""</ul>
{foot("6105000001", "陕ICP备05005522号", "陕公网安备 61050202000552号")}
</body></html>""", {
    "url": "http://www.weinan.gov.cn/zwgk/ldxx/index.html",
    "publish_date": None, "is_list_page": True, "empty_list": False,
    "items": [{"url": "http://www.weinan.gov.cn" + u, "title": n, "date": None} for u, n in rows],
    "newest_item": None,
    "identity": ident("6105000001", "陕ICP备05005522号", "陕公网安备 61050202000552号"),
})

with open(os.path.join(HERE, "manifest.json"), "w", encoding="utf-8") as f:
    json.dump({"pages": PAGES}, f, ensure_ascii=False, indent=1)
    f.write("\n")
print(f"{len(PAGES)} pages")
