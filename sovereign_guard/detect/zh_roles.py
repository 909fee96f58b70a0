"""Chinese person names the word models miss, found by what stands around them.

- after a role word (`里長巫明德說`, `立法委員韓國輝`, `老翁湯國樑`): news writes a person's
  role right before the name, and LAC glues the two together (`里長巫明德` f) or reads the
  name as a place (`湯國樑` LOC);
- a given name alone as the speaker of 說 at the start of a clause (`翔安說`, `建军说`),
  which LAC reads as a place (翔安 is also a district) and jieba as a word (建军);
- a given name alone after a verb or phrase that takes a person (`我跟怡萱約了`,
  `謝謝佳慧`), where jieba does not know the pair at all;
- the other names of a list one of whose names was found (`梅以德、卓素娥與向榮光`).

Each rule returns (start, end, score) for `names_zh.ChineseNameRecognizer` to merge.
"""

from __future__ import annotations

from collections.abc import Iterator

from .common import CJK, compiled, words
from .zh_lac import Token, simplified

Span = tuple[int, int, float]

# Roles, occupations and person nouns written right before a name in news and records
# (Traditional and Simplified), longest first where one is the end of another.
ROLES = (
    "立法委員|立法委员|委員|委员|立委|議員|议员|發言人|发言人|董事長|董事长|總經理|总经理|"
    "執行長|执行长|總裁|总裁|副主席|主席|副總統|副总统|總統|总统|首相|總理|总理|部長|部长|市長|市长|"
    "縣長|县长|里長|里长|村長|村长|鄉長|乡长|鎮長|镇长|院長|院长|局長|局长|校長|校长|教授|"
    "主教練|主教练|教練|教练|導演|导演|歌手|演員|演员|作家|律師|律师|法官|檢察官|检察官|醫師|医师|"
    "醫生|医生|護理師|护理师|記者|记者|主播|員工|员工|經理|经理|主任|處長|处长|科長|科长|組長|组长|"
    "村民|居民|市民|民眾|民众|網友|网友|嫌犯|嫌疑人|被告人|被告|原告|證人|证人|死者|傷者|伤者|"
    "患者|病患|老翁|老婦|老妇|男子|女子|少年|少女|男童|女童|志願者|志愿者|志工|義工|义工|選手|选手|"
    "球員|球员|隊長|队长|船長|船长|機長|机长|店長|店长|老闆|老板|創辦人|创办人|負責人|负责人|"
    "審判員|审判员|書記員|书记员|法定代表人|代表人|代理人|辯護人|辩护人|當事人|当事人|申請人|申请人|"
    "上訴人|上诉人|第三人|看護|看护|保姆|董事|監事|监事|總監|总监|廳長|厅长|州長|州长|"
    "議長|议长|學生|学生|同學|同学|老師|老师|太太|丈夫|妻子|兒子|儿子|女兒|女儿|母親|母亲|父親|父亲|"
    "主委|次長|次长|秘書長|秘书长|書記官|书记官|書記|书记|省長|省长|區長|区长|會長|会长|社長|社长|"
    "院士|譯者|译者|經紀人|经纪人|球星|女星|男星|影星|投手|捕手|前鋒|前锋|中鋒|中锋|後衛|后卫|"
    "審判長|审判长|護士|护士|家屬|家属|病人|被害人|受害人|房東|房东|房客|租客|屋主|業主|业主|"
    "承辦人|承办人|聯絡人|联系人|收件人|寄件人|取件人|推薦人|推荐人|面試官|面试官|應徵者|应聘者|"
    "主持人|藝人|艺人|偶像|主唱|團員|团员|成員|成员|網紅|网红|模特兒|模特|諧星|谐星|舞者|"
    "受送達人|受送达人|債務人|债务人|債權人|债权人|聲請人|声请人|被執行人|被执行人|監察人|监察人|"
    "主帥|主帅|外援|洋將|洋将|新秀|天后|天王|歌王|歌后|影帝|影后|國務卿|国务卿|外長|外长|特使|"
    "總幹事|总干事|大使|"
    # Japanese cabinet posts as Chinese news names them (外相上川陽子, 防卫相, 官房长官)
    "外相|防衛相|防卫相|財相|财相|經產相|经产相|官房長官|官房长官|知事|"
    # sports reporting's player nouns (洋投羅伯森, 名將林冠均, 門將顏俊傑, 終結者佛南德斯)
    "名將|名将|好手|老將|老将|小將|小将|主將|主将|悍將|悍将|猛將|猛将|泳將|泳将|洋投|強打|强打|"
    "終結者|终结者|門將|门将|國腳|国脚|國手|国手|游擊手|游击手|外野手|內野手|内野手|壘手|垒手|"
    "打者|中場|中场|邊鋒|边锋|騎師|骑师|車手|车手|拳手|棋手|球后|"
    # show business (視后方妤潔, 當家花旦葛雨霏) and rural news (農民游進財)
    "視后|视后|視帝|视帝|花旦|編劇|编剧|製作人|制作人|農民|农民|漁民|渔民|村幹部|村干部"
)
# Roles of show business, after which a stage name of the 小X/阿X/大X shape is a person
# (藝人小薰, 主持人大飛) whatever its characters.
_STAGE_ROLE = compiled(
    r"(?:歌手|藝人|艺人|主持人|演員|演员|偶像|主唱|團員|团员|成員|成员|網紅|网红|諧星|谐星|舞者|"
    rf"模特兒|模特|DJ|饒舌歌手|说唱歌手)(?P<name>[小阿大][{CJK}])")
_ROLE_NAME = compiled(rf"(?:{ROLES})(?=[{CJK}])")
# Conjunctions that are also surnames (和, 同): after a role they join two roles (經理和財務長);
_CONJ_SURNAMES = frozenset("和與与及同跟由向於于")  # and prepositions: 部長由羅德里戈接任
# Verbs of saying after a speaker.
_SPEECH = compiled(r"(?:說|说|笑說|笑说|笑著說|笑着说|問道|问道|回答說|回答说)")
# Verbs of stating that companies and governments use too (鴻海表示, 國泰指出): a speaker
# before them is a person only when jieba does not call the pair a company or a place.
_STATEMENT = compiled(r"(?:表示|指出|強調|强调|認為|认为|透露|坦言|提到|回應|回应)")
_BUSINESS_TAGS = frozenset(("nz", "nt", "ns", "nrt"))
_CLAUSE_START = compiled(rf"(?:^|(?<=[，。！？；：、「」『』“”\"'（）()\s]))[{CJK}]{{2}}")
# Verbs and phrases whose object or partner is a person (not a company: 和/與/跟 alone take
# companies too, 我跟 seldom does).
_PERSON_CUE_NAME = compiled(
    r"(?:我跟|我和|你跟|你和|他跟|他和|她跟|她和|跟我|和我|叫|問|问|陪|告訴|告诉|謝謝|谢谢|轉告|转告|"
    r"拜託|拜托|通知|恭喜|想念|帶|带)"
    rf"(?P<name>[{CJK}]{{2}})"
)
# LAC's tags that say the word is not a person (verbs, adjectives, adverbs, numbers,
# organisations, times, function words).
_NOT_PERSON = frozenset(("v", "vd", "vn", "a", "ad", "an", "d", "p", "c", "u", "r", "m", "q",
                         "f", "xc", "w", "ORG", "nt", "TIME", "t"))
_FAMILIAR_WORDS = frozenset(("老翁", "老莊", "老庄"))


def _chars():
    """`names_zh` (its surname and given-name tables), imported late: it imports us."""
    from . import names_zh

    return names_zh


def _lac_tag(lac: tuple[Token, ...], start: int, end: int) -> str | None:
    """LAC's tag of a word that is exactly text[start:end], or of one that covers it."""
    for tok in lac:
        if tok.start > start:
            break
        if tok.start <= start and end <= tok.end:
            return tok.tag
    return None


def _starts_verb(lac: tuple[Token, ...], start: int) -> bool:
    """LAC cuts a verb word starting at `start` (來|台, 來台: v); a verb LAC glued the role
    into (投手古林睿煬主投 v) says nothing of the name."""
    return any(tok.start == start and tok.tag in ("v", "vd") for tok in lac)


# Japanese family names of two characters as Chinese news writes them (Traditional and
# Simplified), written out by us; after a role word (球星大谷翔平, 首相石破茂) they take a
# given name of one or two characters.
_JAPANESE_SURNAMES = words(
    "佐藤 鈴木 铃木 高橋 高桥 田中 渡邊 渡边 伊藤 山本 中村 加藤 吉田 山田 山口 松本 "
    "井上 木村 清水 山崎 阿部 池田 橋本 桥本 山下 石川 中島 中岛 前田 藤田 小川 後藤 "
    "后藤 岡田 冈田 村上 近藤 石井 齊藤 齐藤 斎藤 坂本 遠藤 远藤 青木 藤井 西村 福田 "
    "太田 三浦 岡本 冈本 松田 中川 中野 原田 小野 田村 竹內 竹内 金子 和田 藤原 石田 "
    "森田 柴田 酒井 工藤 宮崎 宫崎 宮本 宫本 內田 内田 高木 安藤 谷口 大野 丸山 今井 "
    "藤本 武田 村田 杉山 大塚 松井 岩崎 櫻井 樱井 野口 松尾 野村 木下 菊地 佐野 大西 "
    "杉本 新井 濱田 滨田 菅原 市川 水野 小松 島田 岛田 古川 西田 菊池 北村 安田 川口 "
    "平田 川崎 飯田 饭田 吉川 本田 服部 樋口 福島 福岛 川上 永井 松岡 松冈 田口 森本 "
    "土屋 矢野 秋山 石原 松下 大橋 大桥 吉岡 吉冈 小池 浅野 荒木 野田 小澤 小泽 星野 "
    "黑田 尾崎 望月 永田 熊谷 內藤 内藤 松村 大谷 平井 岸田 石破 安倍 高市 小泉 河野 "
    "茂木 羽生 錦織 锦织 宮澤 宫泽 宇多田 長谷川 长谷川 佐佐木 五十嵐 五十岚 大久保"
)


# Verbs of a sports result, whose object is the opponent (擊敗山口茜, 不敌伊藤美诚): a
# Japanese family name of the table there takes its given name as after a role word.
_OPPONENT = compiled(
    r"(?:擊敗|击败|戰勝|战胜|不敵|不敌|輸給|输给|負於|负于|淘汰|力克|逆轉|逆转|橫掃|横扫|對陣|对阵|"
    r"迎戰|迎战|對上|对上)")


# Most Japanese family names are two place-name elements (上川: above + river, 清宮: pure +
# shrine, 大谷, 松井, 中村): a first element of the left set and a second of the right one.
# The pair alone is often a Chinese word or a Chinese surname and a given name (高山, 石林),
# so a pair outside the table counts only before a Japanese given name of two characters
# ending in a typical given-name final (陽介, 幸太, 一郎, 和也, 直樹, 恵子).
_JP_FIRST = frozenset(
    "上下中大小山川田石松高藤村木井野森宮宫清吉長长岡冈西東东北南前後后今古新平福本原竹池"
    "浅淺桜櫻柴杉横橫菅早若岩荒金青黒黑白赤細细堀宇秋春內内河水島岛星神永安久望熊鈴铃佐"
    "齊齐斎伊加近遠远坂阪片窪洼桑梅菊桃柳稲稻豊丰鶴鹤亀龟鳥鸟矢三五八千真寺谷沢澤泽浜濱滨")
_JP_SECOND = frozenset(
    "川田山本村野井木島岛嶋崎原口宮宫藤谷沢澤泽橋桥岡冈部內内林瀬濑浦屋尾森江池坂阪塚倉仓"
    "松場场城地岸間间根浜濱滨畑淵渊辺邊边越津沼葉叶方見见垣戶户沖冲端")
_JP_GIVEN_FINAL = frozenset(
    "介太郎朗雄夫彦彥輔辅助也哉樹树斗翔司治吾造蔵藏之平士久次吉男兵衛卫"
    "子奈惠恵乃菜代枝絵绘穂穗")


def _japanese_surname(text: str, start: int) -> tuple[int, bool]:
    """Length of the Japanese family name at `start` (0 if none) and whether it is one of
    the table's (else the two-element shape before a Japanese given name)."""
    for length in (3, 2):
        if text[start : start + length] in _JAPANESE_SURNAMES:
            return length, True
    if (text[start : start + 1] in _JP_FIRST and text[start + 1 : start + 2] in _JP_SECOND
            and "\u4e00" <= text[start + 2 : start + 3] <= "\u9fff"
            and text[start + 3 : start + 4] in _JP_GIVEN_FINAL):
        return 2, False
    return 0, False


def _japanese_name(text: str, start: int, freq: dict) -> Span | None:
    """A Japanese family name at `start` and one or two given-name characters after it: the
    second stays unless it starts a word with what follows (石破茂|今天)."""
    nz = _chars()
    length, listed = _japanese_surname(text, start)
    if not length:
        return None
    k = start + length
    if not listed:  # the shape's given name is its two characters (上川陽介)
        if any(c in nz._NOT_NAME for c in text[k : k + 2]):
            return None
        return start, k + 2, 0.7
    given = 0
    for i in range(2):
        ch = text[k + i : k + i + 1]
        if not ch or not "\u4e00" <= ch <= "\u9fff" or ch in nz._NOT_NAME:
            break
        after = text[k + i + 1 : k + i + 2]
        if i and freq.get(simplified(text[k + i : k + i + 2]), 0) >= 100 and (
                not after or after not in nz._NOT_NAME):
            break  # not a word with a particle (村上春美|的: 美的 is a brand, 的 a particle)
        given += 1
    return (start, k + given, 0.7) if given else None


# Text about Japan (日本, 日職, 日籍, 旅日): a Japanese name there needs no role word before it
# (日職火腿鬥士的清宮幸太擊出再見安打).
_JAPAN_CUE = compiled(r"日本|日職|日职|日籍|旅日|日媒|日相|東京|东京|大阪")
# Where a name may start in running text: after punctuation, a space, 的, a conjunction.
_JP_NAME_START = compiled(rf"(?:^|(?<=[^{CJK}]|[的與与和及、]))[{CJK}]{{4}}")


def japanese_names(text: str, freq: dict) -> Iterator[Span]:
    """A Japanese name of the two-element family-name shape and a typical Japanese given
    name (see `_JP_FIRST`), at a word's start in text about Japan; not a word of jieba's."""
    if _JAPAN_CUE.search(text) is None:
        return
    for m in _JP_NAME_START.finditer(text):
        start = m.start()
        length, listed = _japanese_surname(text, start)
        if not length or listed or freq.get(simplified(m.group()), 0):
            continue
        found = _japanese_name(text, start, freq)
        if found is not None:
            yield found


def role_names(text: str, freq: dict, tags: dict,
               lac: tuple[Token, ...] = ()) -> Iterator[Span]:
    """A surname and a given name right after a role word: 里長巫明德, 嫌犯賀志明. The given
    name takes a third character unless it is a particle or starts a word of its own
    (記者林宏|報導). A Japanese family name takes one or two (球星大谷翔平)."""
    nz = _chars()
    for m in _OPPONENT.finditer(text):
        japanese = _japanese_name(text, m.end(), freq)
        if japanese is not None:  # 擊敗山口茜: LAC reads a Japanese name as a company
            yield japanese
    for m in _ROLE_NAME.finditer(text):
        start = m.end()
        japanese = _japanese_name(text, start, freq)
        if japanese is not None:
            yield japanese
            continue
        surname = nz._surname(text[start : start + 3])
        if not surname or surname in _CONJ_SURNAMES:
            continue
        k = start + len(surname)
        given = nz._given(text[k : k + 2])
        if not given:
            continue
        name = surname + given
        if name in nz._STOP or (
                surname not in nz._STRONG and len(surname) == 1
                and tags.get(simplified(text[start : start + 2])) not in (None, "nr")
                and freq.get(simplified(text[start : start + 2]), 0) >= 200):
            continue  # 病患安全: the "surname" starts an everyday word
        if surname not in nz._STRONG and _starts_verb(lac, start):
            continue  # 老師來台開課: the "surname" starts a verb (來台, 返台, 訪台)
        end = k + len(given)
        if len(given) == 1 and end < len(text):
            nxt = text[end]
            if ("\u4e00" <= nxt <= "\u9fff" and nxt not in nz._NOT_NAME
                    and freq.get(simplified(text[end : end + 2]), 0) < 100):
                end += 1  # a rarer third character: 董事長張忠謀表示
        yield start, end, 0.7


def stage_names(text: str, freq: dict) -> Iterator[Span]:
    """A stage name of the 小X/阿X/大X shape right after a show-business role (主持人大飛與,
    藝人小薰今天): the pair and the three characters from it no word of jieba's."""
    nz = _chars()
    for m in _STAGE_ROLE.finditer(text):
        start, end = m.span("name")
        if text[end - 1] in nz._NOT_NAME or freq.get(simplified(text[start:end]), 0) >= 50:
            continue
        if freq.get(simplified(text[start : end + 1]), 0):
            continue  # 大合唱, 小時候: the shape starts a word
        yield start, end, 0.7


def speech_given_names(text: str, freq: dict, tags: dict,
                       lac: tuple[Token, ...]) -> Iterator[Span]:
    """A two-character given name speaking at the start of a clause: 翔安說, 建军说, and
    before 表示/指出 (建軍指出) unless jieba's dictionary calls the pair a company or a place."""
    if not _SPEECH_GATE.search(text):
        return
    nz = _chars()
    from .zh_person import _PLACES

    for m in _CLAUSE_START.finditer(text):
        start, end = m.span()
        statement = False
        if not _SPEECH.match(text, end):
            if not _STATEMENT.match(text, end):
                continue
            statement = True
        value = m.group(0)
        if value[0] not in nz._NAME_CHARS or value[1] not in nz._NAME_CHARS:
            continue
        plain = simplified(value)
        count = freq.get(plain, 0)
        if count >= 300 or plain in _PLACES or (tags.get(plain) == "ns" and count >= 50):
            continue  # an everyday word or a known place (大家說, 台北說)
        if statement and tags.get(plain) in _BUSINESS_TAGS:
            continue
        if _lac_tag(lac, start, end) in _NOT_PERSON:
            continue
        yield start, end, 0.65


_SPEECH_GATE = compiled(r"說|说|問道|问道|表示|指出|強調|强调|認為|认为|透露|坦言|提到|回應|回应")
# A given name called at the start of a message or sentence: 家豪，幫我…, 雅婷你到了嗎.
_VOCATIVE = compiled(
    rf"(?:^|(?<=[。！？!?\n]))\s*(?P<name>[{CJK}]{{2}})(?=[，,！!～~]|你|妳|您)")


def vocative_given_names(text: str, freq: dict, lac: tuple[Token, ...]) -> Iterator[Span]:
    """A two-character given name a message opens with, called by its name (家豪，幫我跟):
    both characters given-name characters, the pair unknown to jieba's dictionary (so no
    everyday word: 然後，), not a verb or an organisation to LAC."""
    nz = _chars()
    for m in _VOCATIVE.finditer(text):
        start, end = m.span("name")
        value = m.group("name")
        if value[0] not in nz._NAME_CHARS or value[1] not in nz._NAME_CHARS:
            continue
        if freq.get(simplified(value), 0) or _lac_tag(lac, start, end) in _NOT_PERSON:
            continue
        yield start, end, 0.65


def cued_given_names(text: str, freq: dict, lac: tuple[Token, ...]) -> Iterator[Span]:
    """A given name alone after a verb that takes a person (我跟怡萱約了, 謝謝佳慧): both
    characters given-name characters and the pair unknown to jieba's dictionary."""
    nz = _chars()
    for m in _PERSON_CUE_NAME.finditer(text, overlapped=True):
        start, end = m.span("name")
        value = m.group("name")
        if value[0] not in nz._NAME_CHARS or value[1] not in nz._NAME_CHARS:
            continue
        if freq.get(simplified(value), 0) or nz._surname(value) and value[1] in nz._NOT_NAME:
            continue
        if freq.get(simplified(text[start - 1 : start + 1]), 0) >= 50:
            continue  # the cue's last character starts a word with the "name": 帶領大家
        if _lac_tag(lac, start, end) in _NOT_PERSON:
            continue
        yield start, end, 0.65


# Given-name characters that seldom make a company's, a place's or a product's name (mostly
# women's: 婷, 萱, 妤): a pair of given-name characters holding one, unknown to jieba, is a
# person's name whatever tag LAC gives it (雅婷的試用期: LAC 雅婷 ORG).
_GIVEN_ONLY = frozenset(
    "婷妤萱涵琪瑜筠雯珊怡娟玲芬淑蓉萍婕嫻娴媛姍姗姿娥倩薇妍婉琳瑤瑶璇瑩莹穎颖潔洁蓁昀昕旻"
    "瑋玮暉晖銘铭鈞钧彥彦筱姵妮娜莉燕鳳凤霞嬌娇")
_WORD_TAGS = frozenset(("ORG", "nt", "LOC", "ns", "n", "nz", "PER"))


def distinctive_given_names(text: str, freq: dict, lac: tuple[Token, ...]) -> Iterator[Span]:
    """A two-character given name alone that LAC cuts as one word of a name-like tag (an
    organisation, a place, a noun), unknown to jieba's dictionary, with a character of
    `_GIVEN_ONLY` in it: 請通知蔡經理，雅婷的試用期考核已經完成."""
    nz = _chars()
    for tok in lac:
        if tok.end - tok.start != 2 or tok.tag not in _WORD_TAGS:
            continue
        value = text[tok.start : tok.end]
        if not (_GIVEN_ONLY & set(value)) or value[0] not in nz._NAME_CHARS or (
                value[1] not in nz._NAME_CHARS):
            continue
        if freq.get(simplified(value), 0):
            continue
        yield tok.start, tok.end, 0.65


_LIST_SEP = "、與与和及跟"
# Characters that never sit inside a given name of a listed person (particles, pronouns).
_NOT_IN_LIST_NAME = frozenset("的了是在和與与及或等們们你我他她它這这那有")


# What follows the last of two names joined as partners (大飛與夏天搭檔): a second name
# that is also a word (夏天) is a person here.
_PARTNERED = compiled(r"搭檔|搭档|同台|合唱|對唱|对唱|共同主持|聯手|联手")


def list_names(text: str, found: list[Span]) -> list[Span]:
    """Names next to a found name in a list (學者有梅以德、卓素娥與向榮光: LAC cut 梅|以德):
    the two or three characters before a separator ahead of a found name, or after one
    following it, when they start with a surname and hold no particle."""
    nz = _chars()
    known = {(s, e) for s, e, _ in found}
    out: list[Span] = []
    new = found
    for _ in range(4):  # a list of names grows one name a round: 王梓涵、李沐阳、高明、林立同学
        new = _next_in_list(nz, text, new, known)
        out.extend(new)
        known.update((s, e) for s, e, _ in new)
        if not new:
            break
    return out


def _next_in_list(nz, text: str, found: list[Span], known: set[tuple[int, int]]) -> list[Span]:
    out = []
    for start, end, _ in found:
        if start >= 2 and text[start - 1] in _LIST_SEP:
            for length in (3, 2):
                s = start - 1 - length
                if s >= 0 and _listed(nz, text[s : start - 1]) and (s, start - 1) not in known:
                    out.append((s, start - 1, 0.65))
                    break
        if end < len(text) - 2 and text[end] in _LIST_SEP:
            for length in (3, 2):
                e = end + 1 + length
                nxt = text[e : e + 1]
                if (end + 1, e) in known or e > len(text):
                    continue
                # a title or a partner's verb after it: a name that is also a word (夏天)
                said = nz._HONORIFIC.match(text, e) or _PARTNERED.match(text, e)
                if _listed(nz, text[end + 1 : e], strict=not said) and (
                        said or not nxt or nxt in _LIST_SEP or not "\u4e00" <= nxt <= "\u9fff"
                        or nxt in "等說说都也"):
                    out.append((end + 1, e, 0.65))
                    break
    return out


def _listed(nz, value: str, strict: bool = True) -> bool:
    surname = nz._surname(value)
    rest = value[len(surname) :]
    return (bool(surname) and 1 <= len(rest) <= 2 and all("\u4e00" <= c <= "\u9fff" for c in rest)
            and not any(c in _NOT_IN_LIST_NAME for c in rest)
            and not (strict and value in nz._STOP))


def familiar_word(value: str) -> bool:
    """小X/老X pairs that are everyday words (老翁: an old man)."""
    return value in _FAMILIAR_WORDS
