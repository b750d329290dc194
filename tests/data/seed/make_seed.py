#!/usr/bin/env python3
"""Writes the seed fixture (临沧市 2022Q1 notice, spec/example-notice-2022Q1.txt) as govwatch import CSVs.

Deterministic: no randomness. Re-run after editing; the CSVs are committed. The figures it must give
are in expected.json (read by tests/verdict/seed_fixture_test.cpp).
"""
import csv, datetime, json, os

HERE = os.path.dirname(os.path.abspath(__file__))
CITY = "临沧市人民政府"
COUNTIES = [  # unit, site name, host, messages received in the quarter
    ("临翔区人民政府", "临翔区人民政府门户网站", "www.ynlx.gov.cn", 21),
    ("云县人民政府", "云县人民政府门户网站", "www.ynyx.gov.cn", 1),
    ("凤庆县人民政府", "凤庆县人民政府门户网站", "www.ynfq.gov.cn", 7),
    ("永德县人民政府", "永德县人民政府门户网站", "www.ynyd.gov.cn", 10),
    ("镇康县人民政府", "镇康县人民政府门户网站", "www.ynzk.gov.cn", 28),
    ("耿马自治县人民政府", "耿马县人民政府门户网站", "www.gengma.gov.cn", 1),
    ("沧源自治县人民政府", "沧源自治县人民政府门户网站", "www.cangyuan.gov.cn", 14),
    ("双江自治县人民政府", "双江自治县人民政府门户网站", "www.shuangjiang.gov.cn", 3),
]
# Departments with a 信息公开专栏 on the city portal, in registry order; * marks the seed's 12 failures.
DEPARTMENTS = [
    "发展和改革委员会", "*民政局", "教育体育局", "*科技局", "公安局", "司法局", "*退役军人事务局",
    "人力资源和社会保障局", "*住房和城乡建设局", "自然资源和规划局", "交通运输局", "*政务服务管理局", "水务局",
    "*统计局", "农业农村局", "*工业和信息化局", "商务局", "*审计局", "文化和旅游局", "*林业和草原局",
    "卫生健康委员会", "*财政局", "应急管理局", "*市场监督管理局", "国有资产监督管理委员会", "*生态环境局",
    "医疗保障局", "能源局", "外事办公室", "民族宗教事务委员会", "乡村振兴局", "地方志办公室", "人民防空办公室",
    "投资促进局", "信访局", "机关事务管理局", "档案局", "住房公积金管理中心",
]
assert len(DEPARTMENTS) == 38 and sum(d.startswith("*") for d in DEPARTMENTS) == 12
OTHER_DEPARTMENTS = ["临沧市工业园区管委会", "临沧市广播电视局"]
SUB_UNITS = [  # unit, kind, parent
    ("临翔区南美拉祜族乡人民政府", "乡镇", "临翔区人民政府"),
    ("临翔区博尚镇人民政府", "乡镇", "临翔区人民政府"),
    ("耿马傣族佤族自治县教育体育局", "其他", "耿马自治县人民政府"),
    ("凤庆县融媒体中心", "其他", "凤庆县人民政府"),
    ("沧源佤族自治县勐董镇人民政府", "乡镇", "沧源自治县人民政府"),
]


def write(name, header, rows):
    with open(os.path.join(HERE, name), "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(header)
        w.writerows(rows)


def dept(d):
    return "临沧市" + d.lstrip("*")


# Units: Chinese headers, a county listed before its parent would be fine too (same file).
units = [(CITY, "其他", "")]
units += [(u, "县区政府", CITY) for u, _, _, _ in COUNTIES]
units += [(dept(d), "市直部门", CITY) for d in DEPARTMENTS]
units += [(u, "市直部门", CITY) for u in OTHER_DEPARTMENTS]
units += SUB_UNITS
write("units.csv", ["单位名称", "单位类型", "上级单位"], units)

# Sites: 9 running, plus a closed old portal that must not count; an extra column real exports carry.
sites = [("临沧市人民政府门户网站", "5309000001", "https://www.lincang.gov.cn/", CITY, "门户", "运行", "是", "是", "")]
for i, (u, name, host, _) in enumerate(COUNTIES):
    sites.append((name, f"53090{i + 2}0001", f"https://{host}/", u, "门户", "运行", "是", "是", ""))
sites.append(("临沧市旧版政务网", "5309000099", "http://old.lincang.gov.cn/", CITY, "门户", "关停", "否", "否",
              "2021年已关停"))
write("sites.csv", ["网站名称", "网站标识码", "首页网址", "主办单位", "网站类型", "运行状态", "对外服务职能", "留言平台",
                    "备注"], sites)

# Columns: the 38 disclosure columns and two ordinary portal columns that are not objects of their own.
columns = []
for i, d in enumerate(DEPARTMENTS):
    columns.append((dept(d) + "信息公开专栏", "5309000001", dept(d),
                    f"https://www.lincang.gov.cn/zfxxgk/bmxxgk/d{i + 1:02d}/", "其他", "", "是"))
columns.append(("政策文件", "5309000001", CITY, "https://www.lincang.gov.cn/zfxxgk/zcwj/", "政策文件", "", "否"))
columns.append(("政策解读", "临沧市人民政府门户网站", CITY, "https://www.lincang.gov.cn/zfxxgk/zcjd/", "政策解读", "", ""))
write("columns.csv", ["栏目名称", "所属网站", "主办单位", "栏目网址", "栏目类型", "上级栏目", "信息公开专栏"], columns)

# Accounts: 230 running at the end of the quarter = 220 opened before it + 10 opened in it; 2 more were
# closed in the quarter (one of them failed a check before closing: it must not count).
PLATFORMS = ["微信公众号", "抖音", "微博", "今日头条", "快手"]
owners = [CITY] + [u for u, _, _, _ in COUNTIES] + [dept(d) for d in DEPARTMENTS] + [u for u, _, _ in SUB_UNITS]
failing = [  # the seed's annex 2, in its order
    ("临沧工业园区  临沧高新区", "微信公众号", "临沧市工业园区管委会"),
    ("临沧广电", "微信公众号", "临沧市广播电视局"),
    ("耿马傣族佤族自治县教育体育局", "微信公众号", "耿马傣族佤族自治县教育体育局"),
    ("临韵博尚", "微信公众号", "临翔区博尚镇人民政府"),
    ("“抖”南美", "抖音", "临翔区南美拉祜族乡人民政府"),
]
accounts = []
n = 0


def add_account(name, platform, unit, status="运行", opened="2019-06-01", closed=""):
    global n
    n += 1
    accounts.append((name, platform, unit, f"gh_{n:05d}" if platform == "微信公众号" else f"{n:08d}", "", status,
                     opened, closed))


for k in range(220):
    if k in (3, 40, 77, 120, 199):
        add_account(*failing[[3, 40, 77, 120, 199].index(k)])
        continue
    owner = owners[k % len(owners)]
    platform = PLATFORMS[k % len(PLATFORMS)]
    short = owner.replace("人民政府", "").replace("临沧市", "临沧")
    add_account(f"{short}{platform}{k // len(owners) + 1}号", platform, owner,
                opened=f"20{17 + k % 5}/{k % 12 + 1}/{k % 27 + 1}" if k % 3 else "")
for k in range(10):  # opened in the quarter
    d = datetime.date(2022, 1, 10) + datetime.timedelta(days=7 * k)
    add_account(f"临沧新开账号{k + 1}", PLATFORMS[k % 5], owners[(k * 7) % len(owners)], opened=d.isoformat())
add_account("临沧市旧版发布", "微博", CITY, status="关停", opened="2016-03-01", closed="2022-02-15")
add_account("凤庆融媒旧号", "今日头条", "凤庆县融媒体中心", status="关停", opened="2018-05-01", closed="2022/3/1 10:00")
write("accounts.csv", ["账号名称", "平台", "主办单位", "账号ID", "数据源", "运行状态", "开通日期", "关停日期"], accounts)

# Messages: received in the quarter per board; all answered within the limit except 5 of 镇康县's,
# received early in March and unanswered at 3月31日 (one answered only on 4月6日). Extra ugly rows: an
# unanswered one received on 3月29日 (still within 5 working days), one answered late but answered,
# one from December 2021 (outside the quarter).
messages = []
boards = [("5309000001", CITY, 29)] + [(f"53090{i + 2}0001", u, c) for i, (u, _, _, c) in enumerate(COUNTIES)]
mid = 0
for code, unit, count in boards:
    for k in range(count):
        mid += 1
        received = datetime.datetime(2022, 1, 28, 9, 0) + datetime.timedelta(hours=(k * 37 + mid * 5) % (60 * 24))
        replied = received + datetime.timedelta(days=1, hours=2)
        replied_text = replied.strftime("%Y-%m-%d %H:%M")
        if unit == "镇康县人民政府" and k < 5:
            received = datetime.datetime(2022, 3, 1 + 2 * k, 10, 15)
            replied_text = "2022-04-06 09:00" if k == 4 else ""
        elif unit == "镇康县人民政府" and k == 5:
            received = datetime.datetime(2022, 3, 29, 16, 40)
            replied_text = ""
        elif unit == "镇康县人民政府" and k == 6:
            received = datetime.datetime(2022, 3, 1, 8, 0)
            replied_text = "2022/3/20 17:30"
        messages.append((f"LY2022{mid:04d}", code, unit if k % 2 else "", received.strftime("%Y-%m-%d %H:%M"),
                         replied_text, ["简单咨询", "咨询", "建议", "投诉"][k % 4], f"关于{unit}事项的留言{k + 1}"))
messages.append(("LY2021-1220", "5309020001", "", "2021-12-20 10:00", "2021-12-22 10:00", "咨询", "去年的留言"))
write("messages.csv", ["留言编号", "所属网站", "受理单位", "留言时间", "答复时间", "留言类型", "标题"], messages)

# External findings: the province's and the city's checks.
external = [("耿马县人民政府门户网站", "网站", "严重表述错误", "省", "2022-03-15",
             "省政府办公厅通报：首页要闻将领导职务表述错误")]
external.append(("耿马县人民政府门户网站", "网站", "严重表述错误", "市", "2022-03-20", "市级监测复核仍存在"))
for d in DEPARTMENTS:
    if d.startswith("*"):
        external.append((dept(d) + "信息公开专栏", "栏目", "严重表述错误", "市", "2022-03-25",
                         "信息公开专栏文章中领导姓名/职务表述错误"))
for name, platform, unit in failing:
    checker = "省" if platform == "抖音" else "市"
    external.append((name, "新媒体", "内容不更新", checker, "2022-03-28", "监测期内超过2周未更新"))
external.append(("临沧市旧版发布", "新媒体", "内容不更新", "市", "2022-02-10", "关停前已长期未更新"))
write("external_findings.csv", ["对象名称", "对象类型", "问题", "检查单位", "检查日期", "证据"], external)

by_unit = {CITY: 29}
by_unit.update({u: c for u, _, _, c in COUNTIES})
expected = {
    "period": "2022Q1", "at": "2022-03-31",
    "sites": {"total": 9, "failed": 1, "pass_rate": "88.89",
              "failures": [{"name": "耿马县人民政府门户网站", "group": "耿马自治县人民政府", "problems": ["严重表述错误"]}]},
    "columns": {"total": 38, "failed": 12, "pass_rate": "68.42",
                "failures": [{"name": dept(d) + "信息公开专栏", "group": dept(d), "problems": ["严重表述错误"]}
                             for d in DEPARTMENTS if d.startswith("*")]},
    "accounts": {"total": 230, "failed": 5, "pass_rate": "97.83", "opened": 10, "closed": 2,
                 "failures": [{"name": "临沧工业园区  临沧高新区", "group": "临沧市工业园区管委会", "platform": "微信公众号"},
                              {"name": "临沧广电", "group": "临沧市广播电视局", "platform": "微信公众号"},
                              {"name": "耿马傣族佤族自治县教育体育局", "group": "耿马自治县人民政府", "platform": "微信公众号"},
                              {"name": "临韵博尚", "group": "临翔区人民政府", "platform": "微信公众号"},
                              {"name": "“抖”南美", "group": "临翔区人民政府", "platform": "抖音"}]},
    "messages": {"received": 114, "overdue_unfinished": 5, "resolution_rate": "95.61",
                 "by_unit": {u: {"received": c, "overdue_unfinished": 5 if u == "镇康县人民政府" else 0}
                             for u, c in by_unit.items() if c > 0}},
}
for f in expected["accounts"]["failures"]:
    f["problems"] = ["内容不更新"]
with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as f:
    json.dump(expected, f, ensure_ascii=False, indent=2)
    f.write("\n")
print(f"units {len(units)} sites {len(sites)} columns {len(columns)} accounts {len(accounts)} messages {len(messages)}"
      f" external {len(external)}")
