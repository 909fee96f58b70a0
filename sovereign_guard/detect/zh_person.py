"""Chinese-text person names beyond jieba: LAC's PER tags and four pattern rules.

- LAC (see `zh_lac`): person names as a sequence model sees them, two-character names and a
  given name alone (`美玲說`) included; Latin names LAC tags PER are widened over the
  capitalised words around them (`David` PER, `Lee` xc).
- surname + title: `張先生`, `王經理`, `歐陽醫師`.
- transliterated foreign names: transliteration characters joined by an interpunct
  (`約翰·史密斯`, `安娜‧卡列尼娜`, `瑪麗•居禮`).
- Latin-script names inside Chinese text (`請聯絡John Smith處理`): capitalised words with a
  cue before (聯絡, 請, 跟, 抄送...) or a title after (先生, 經理...).

Each rule returns (start, end, score); `names_zh.ChineseNameRecognizer` merges them with
its jieba findings.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence

from .common import CJK, compiled, words
from .zh_lac import Token, lac_tokens, simplified
from .zh_minority import MINORITY_DOTTED, minority_names
from .zh_not_names import FAN_SUFFIX
from .zh_roles import _CONJ_SURNAMES, ROLES, familiar_word

Span = tuple[int, int, float]

# Titles and kinship terms that follow a surname alone (王經理, 陳太太).
TITLES = (
    "先生|小姐|女士|太太|夫人|老師|老师|經理|经理|副理|協理|协理|襄理|醫師|医师|醫生|医生|律師|律师|"
    "教授|博士|主任|總監|总监|董事長|董事长|總經理|总经理|總裁|总裁|副總|副总|執行長|执行长|課長|"
    "科長|科长|處長|处长|組長|组长|部長|部长|局長|局长|廳長|厅长|市長|市长|縣長|县长|校長|校长|"
    "院長|院长|所長|所长|主管|工程師|工程师|護理師|护理师|會計師|会计师|建築師|建筑师|秘書|秘书|"
    "專員|专员|警官|法官|檢察官|检察官|委員|委员|議員|议员|同學|同学|阿姨|伯伯|叔叔|老闆|老板|"
    "師傅|师傅|姐姐|哥哥|大哥|大姐|小弟|老爺|老爷|奶奶|爺爺|爷爷|會計|会计|出納|出纳|里長|里长|"
    "村長|村长|鄉長|乡长|鎮長|镇长|議長|议长|主席|總統|总统|立委|董事|監事|监事|老先生|老太太|"
    "大爺|大爷|大媽|大妈|大娘|大嬸|大婶|阿伯|阿嬤|阿嬷|阿婆|婆婆|護士|护士|護理長|护士长|藥師|药师|"
    "技師|技师|姐|姊|哥|嫂|總|总"
)
# 總 after a surname is a title (陳總) unless it starts a word with what follows (黃總部).
_BARE_TITLES = frozenset("總总姐姊哥嫂工")
# 工 after a surname is how PRC workplaces address an engineer (李工, 唐工): a title only
# where the pair is no word of jieba's (施工, 童工, 金工) and 工 starts none (王工作).
_ENGINEER = "工"
# Surnames that take a title with no further evidence: the strong ones of `names_zh` and
# the ambiguous ones that are seldom anything but a surname before a title.
_STRONG_SURNAMES = (
    "王李張张劉刘陳陈楊杨黃黄趙赵吳吴徐孫孙胡郭林何羅罗鄭郑梁謝谢宋唐許许韓韩馮冯鄧邓曹彭曾"
    "蕭萧蔡潘袁蔣蒋余杜葉叶魏呂吕丁沈姚盧卢姜崔鍾钟譚谭汪范廖賈贾韋韦付鄒邹孟熊邱尹薛閻阎段侯"
    "龔龚邵賴赖覃戴莫孔湯汤溫温施倪莊庄聶聂魯鲁岳翟殷詹申耿俞柯阮紀纪梅童凌畢毕裴霍涂苗翁冉駱"
    "骆游辛靳柴蒙鮑鲍喻祁蒲滕饒饶牟艾尤穆卓繆缪簡简項项褚婁娄竇窦戚岑晏席衛卫臧閔闵苟鄔邬卞姬"
    "傅蘇苏柳洪顏颜郝朱周章費费邢甯鐘杭"
)
_TITLE_SURNAMES = _STRONG_SURNAMES + (
    "高文方白石江金安馬马史田錢钱嚴严龐庞任程夏關关董顧顾秦毛陸陆季左宮宫宗桂牛賀贺龍龙伍談谈"
    "康車车萬万齊齐雷黎祝包管連连"
)
_COMPOUND = (
    "歐陽|欧阳|司馬|司马|上官|諸葛|诸葛|東方|东方|皇甫|尉遲|尉迟|公孫|公孙|慕容|長孫|长孙|宇文|"
    "司徒|夏侯|令狐|端木|張簡|张简|范姜|南宮|南宫|澹臺|澹台|申屠|獨孤|独孤|呼延|鍾離|钟离"
)
# A counter or demonstrative before the "surname" makes it a word: 各位先生, 這位小姐.
_NOT_BEFORE = "各這这那每哪該该此一二两兩三四五六七幾几諸诸眾众某本貴贵令尊您其"


def _counter_before(text: str, start: int, freq: dict) -> bool:
    """A character of `_NOT_BEFORE` right before `start`, unless it ends a word of jieba's
    dictionary with the character before it: 群眾|張大爺, 民众|王先生, 尤其|李經理 (the
    word is done, the surname starts afresh); 眾|王, 這|張 stay counters."""
    if not start or text[start - 1] not in _NOT_BEFORE:
        return False
    return start < 2 or freq.get(simplified(text[start - 2 : start]), 0) < 100


# 小陳, 老王, 阿明's surname form: 小/老/阿 + a surname that seldom starts a word.
_FAMILIAR = compiled(rf"[小老阿][{_TITLE_SURNAMES}]|大[{_STRONG_SURNAMES}]")
_TITLED = compiled(
    rf"(?:{_COMPOUND}|[{_TITLE_SURNAMES}])(?:{TITLES}|{_ENGINEER})"
)

# Characters of the standard transliteration tables for foreign names (Xinhua's and
# Taiwan's usage), written out by us.
_TRANSLIT = set(
    "阿埃艾愛爱安昂奧奥澳巴拜班邦保鮑鲍貝贝倍本比彼畢毕別别波伯勃博布查察徹彻達达戴丹當当道"
    "德得登迪蒂典丁東东杜敦多厄恩爾尔法范菲斐費费芬芙弗伏福富蓋盖甘岡冈戈格葛根貢贡古瓜圭哈"
    "海漢汉豪赫黑亨洪胡華华懷怀霍基吉加迦嘉賈贾簡简傑杰捷金津久喀卡凱凯坎康柯科克肯庫库寬宽"
    "拉萊莱來来蘭兰朗勞劳勒雷蕾黎李里理力利莉麗丽連连良列林琳玲凌留柳隆盧卢魯鲁路倫伦羅罗洛"
    "瑪玛馬马麥麦曼梅美門门蒙孟米密摩莫默姆穆納纳娜奈南內内尼妮涅寧宁紐纽諾诺歐欧帕派潘佩"
    "彭皮普奇齊齐喬乔琴欽钦丘裘瓊琼薩萨賽赛塞瑟森沙莎山尚舍申什史士世斯松蘇苏索塔泰坦湯汤唐"
    "陶特提廷圖图托瓦萬万威薇韋韦維维溫温文沃烏乌伍武西希茜席夏謝谢辛休許许雅亞亚揚扬楊杨姚"
    "耶伊依宜因英尤于約约詹珍貞贞芝茲兹朱卓祖佐澤泽科蓮莲霍奎利娃婭娅卡琪絲丝黛蒂珊娥翰遜逊"
    "爾斐羅羅頓顿賓宾維芭娣婕琦璐蕾露麗若略茨夫龍龙"
)
# Characters of Thai names' usual transliterations (差猜·汶纳, 颂萨·坤差, 帕蓬·素旺奇): they
# count as transliteration characters in a name written with the interpunct only.
_THAI = set("頌颂坤差猜汶他訕讪蓬素旺詩诗披乍功空邁迈通育乃攀春實实信巴英拉堪蒲努叻仑侖")
_DOTS = "·‧•・･"
# 讓/让 (Jean), 烈 (安德烈) and 呂/吕 (Luc) are the table's, but also everyday characters (the
# verb "let", 激烈, a common surname): only inside a dotted name (讓-雅克·盧梭, 安德烈·伊萬諾夫,
# 让-吕克·贝松).
# Uyghur, Kazakh and Tibetan names' characters (古丽娜尔·阿不都热依木, 阿沛·阿旺晋美): the
# same, inside a dotted name only (`zh_minority`).
_DOTTED = _TRANSLIT | _THAI | set("讓让烈呂吕") | MINORITY_DOTTED
# A part may be hyphenated, as French and other double given names are kept (尚-皮耶·莫羅).
_HYPHENS = "-－‐"
_PART = rf"[{CJK}]{{1,8}}(?:[{_HYPHENS}][{CJK}]{{1,8}})?"
_TRANSLIT_NAME = compiled(
    rf"[{CJK}]{{1,6}}(?:[{_HYPHENS}][{CJK}]{{1,6}})?(?:[{_DOTS}]{_PART}){{1,3}}")

_LATIN_NAME = compiled(r"(?<![A-Za-z.])[A-Z][a-z]{1,14}(?:[ -][A-Z][a-z]{1,14}){0,2}(?![A-Za-z])")
_LATIN_CUE_BEFORE = compiled(
    r"(?:聯絡|联络|聯繫|联系|請|请|跟|和|與|与|及|問|问|給|给|找|叫|抄送|寄給|寄给|交給|交给|通知|"
    r"回覆|回复|告訴|告诉|由|同事|客戶|客户|員工|员工|經理|经理|主管|負責人|负责人|聯絡人|联系人|"
    rf"姓名|名字|{ROLES}|[:：、])\s{{0,2}}$"
)
# Romanised Chinese surnames (pinyin, Wade-Giles, Taiwanese and Cantonese spellings): a
# capitalised pair with one of them glued to Chinese text is a name (`Kevin Liu的病歷`).
_ROMAN_SURNAMES = words(
    "Wang Li Lee Zhang Chang Cheung Liu Lau Chen Chan Chan Lin Lam Huang Hwang Wong Wu Ng Zhao "
    "Chao Zhou Chou Chow Xu Hsu Tsui Sun Ma Zhu Chu Hu Guo Kuo He Ho Gao Kao Luo Lo Zheng Cheng "
    "Liang Leung Xie Hsieh Tse Song Sung Tang Han Feng Fung Deng Teng Cao Tsao Peng Zeng Tseng "
    "Tsang Xiao Hsiao Siu Cai Tsai Choi Pan Poon Yuan Jiang Chiang Yang Yeung Ye Yeh Yip Lu Lo "
    "Wei Du Tu Ding Ting Shen Shum Yao Yiu Lu Lui Cui Tsui Zhong Chung Tan Tam Wang Fan Liao "
    "Lai Lei Chiu Qiu Yin Xue Hsueh Duan Hou Shao Mo Kong Kung Tang Wen Shi Shih Ke Ko Jian "
    "Chien Su Soo Hong Hung Yu Yue Ou Au Hsiung Xiong Jin Kim Fu Fong Kwan Guan Kuan Lam Pang"
)
_TITLE_AFTER = compiled(rf"\s{{0,2}}(?:{TITLES})")
# Capitalised words that are products, places or weekdays rather than people.
_LATIN_STOP = words(
    "Google Microsoft Apple Amazon Azure Excel Word Teams Outlook Windows Linux Python Java "
    "Docker Slack Zoom Line Facebook Github GitHub Office Visual Studio Code Chrome Safari "
    "Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March April "
    "May June July August September October November December Taipei Taiwan China Beijing "
    "Shanghai Hong Kong The This Please Dear Hi Hello Thanks Email Mail Project Team Dept "
    "Manager Director Sales Support Server Cloud Data Report Meeting Invoice Order"
)
# Last words that make a capitalised pair an organisation or a place (Contoso Health).
_LATIN_NOT_LAST = words(
    "Health Traders Trading Ridge Bank Group Inc Ltd Corp Co Systems Labs Technologies Tech "
    "Capital Partners Holdings Foods Airlines Motors Energy Solutions Services Hospital Clinic "
    "University College School Park Center Centre Valley Hills Lake River Bay Island Street "
    "Road Avenue Tower Plaza Mall Studio Studios Works Network Networks Media Pharma Medical "
    "Insurance Logistics Software Cloud Hotel Resort Airport Station Project Program Platform"
)


def lac_names(text: str, stop: frozenset[str], freq: dict, tags: dict,
              nlp_artifacts=None, dictionary_words: Sequence[tuple[int, int, str]] = ()
              ) -> Iterator[Span]:
    """LAC's PER words, adjacent parts joined (`John`+` `+`Smith`), Latin ones widened over
    the capitalised words next to them, everyday words LAC mistags (王國裡) dropped, and
    checked against the dictionary words jieba cut the same text into
    (`dictionary_words`: start, end, jieba's tag): see `_against_jieba`."""
    tokens = lac_tokens(text, nlp_artifacts)
    i = 0
    while i < len(tokens):
        tok = tokens[i]
        if tok.tag != "PER":
            i += 1
            continue
        start, end = tok.start, tok.end
        j = i + 1
        while (j + 1 < len(tokens) and tokens[j + 1].tag == "PER"
               and text[tokens[j].start : tokens[j].end] in (" ", *_DOTS)):
            end = tokens[j + 1].end
            j += 2
        if i and _verb_surname(text, tokens[i - 1], start, end, freq):
            start = tokens[i - 1].start  # 戴|于婕: LAC reads the surname as a verb (to wear)
        i = j
        value = text[start:end]
        if value.isascii():
            span = _widen_latin(text, start, end)
            if span is not None:
                yield span
            continue
        start, end = _against_jieba(text, start, end, dictionary_words)
        end = _before_time_word(start, end, dictionary_words)
        end = _before_cantonese(text, start, end)
        value = text[start:end]
        if value[:1] in _CANTONESE or value[1:2] in _CANTONESE:
            continue  # 喺旺角: a Cantonese preposition LAC read as a surname
        if len(value) < 2 or len(value) > 12 or any(c.isdigit() for c in value):
            continue
        if value in stop or value[:3] in stop:
            continue
        if len(value) >= 3 and value[-1] in FAN_SUFFIX:
            continue  # 柯南迷, 周杰倫粉: the fans of someone (LAC tags the noun PER), no person
        if value[:2] in stop and not (len(value) == 3 and _third_given(value, freq)):
            continue  # 謝謝你, 許多人; not 韓國輝 (a surname, a word, a given-name character)
        plain = simplified(value)
        if plain in _PLACES and not _TITLE_AFTER.match(text, end):
            continue
        if tags.get(plain) not in (None, "nr", "nrt", "nrfg") and freq.get(plain, 0) >= 500:
            continue  # an everyday word in jieba's dictionary (LAC tags 白雪 PER)
        if word_not_name(text, start, end, plain, freq):
            continue
        if _straddles_words(text, start, end, freq, tags):
            continue
        if (tags.get(plain) == "ns" and freq.get(plain, 0) >= 50
                and not _TITLE_AFTER.match(text, end) and value[0] not in _TITLE_SURNAMES
                and value[:2] not in _COMPOUND_SET
                and not _ROLE_BEFORE.search(text, max(0, start - 6), start)):
            continue  # a place jieba knows, no surname first, no role before (黃山的雲海:
            # LAC 雲海 PER; but 總統普京: jieba calls 普京 a place too)
        yield start, end, 0.75


def _straddles_words(text: str, start: int, end: int, freq: dict, tags: dict) -> bool:
    """A three-character PER guess that is two dictionary words' pieces, no surname first:
    a noun and the first character of the next word (豪雨|特報 weather warnings: LAC reads
    豪雨特 as a name). A name's surname first keeps it (王建|国 is no such case)."""
    from .names_zh import _SURNAMES

    if end - start != 3 or text[start] in _SURNAMES or end >= len(text):
        return False
    head = simplified(text[start : start + 2])
    if not freq.get(head, 0) or tags.get(head) in (*_PERSON_TAGS, "ns"):
        return False
    return bool(freq.get(simplified(text[end - 1 : end + 1]), 0))


# Cantonese pronouns, particles and verbs, written with characters of their own: none is in a
# name, and LAC (trained on Mandarin) glues them to the name before them (阿強佢哋喺).
_CANTONESE = frozenset("佢哋喺嘅咗唔冇嚟啲喇咁嗰噉囉嘢嘞咩啱攞畀諗睇揾搵")


def _before_cantonese(text: str, start: int, end: int) -> int:
    """`end` cut at the first Cantonese function character after the name's first two."""
    for k in range(start + 2, end):
        if text[k] in _CANTONESE:
            return k
    return end


def word_not_name(text: str, start: int, end: int, plain: str, freq: dict) -> bool:
    """A two-character word of jieba's dictionary whose second character no given name uses,
    with no title after it and no role before it: the word itself, whatever jieba's tag
    (its dictionary tags 杜撰 and 陈年 nr; LAC reads both PER)."""
    from .names_zh import _NAME_CHARS

    if end - start != 2 or not freq.get(plain, 0) or text[start + 1] in _NAME_CHARS \
            or text[start] == text[start + 1] or text[start] in "小老阿大":
        return False  # 豆豆, 小胖, 阿肥: a pet name's doubling, a familiar name's prefix
    return not (_TITLE_AFTER.match(text, end) or _SPEAKS.match(text, end)
                or _ROLE_BEFORE.search(text, max(0, start - 6), start)
                or _quoted_speaker(text, start, end))


_SPEAKS = compiled(r"(?:說|说|問|问|笑|表示|告訴|告诉)")  # a speaker: 方圆说她下周要去上海
# News puts the speaker right after the closing quote, the verb of saying a few words on
# (“不要放弃，”莫言对年轻作者说): the word there is the speaker, a word or not.
_CLOSING_QUOTE = frozenset("”」』")
_SAYS_LATER = compiled(r"[^，。！？；：,.!?;:\n「“]{0,8}?(?:說|说|表示|指出|問|问|道)")


def _quoted_speaker(text: str, start: int, end: int) -> bool:
    """`start` right after a closing quote and a verb of saying within the clause after."""
    return (start > 0 and text[start - 1] in _CLOSING_QUOTE
            and _SAYS_LATER.match(text, end) is not None)


_PERSON_TAGS = frozenset(("nr", "nrt", "nrfg"))
# LAC's tags for a one-character word that is a surname it misread (戴 v, 游 v, 卓 a).
_MISREAD_SURNAME_TAGS = frozenset(("v", "vd", "a", "ad", "d"))


def _verb_surname(text: str, prev: Token, start: int, end: int, freq: dict) -> bool:
    """The one-character word before a two-character PER is its surname: a strong surname
    LAC tagged a verb or an adjective, that makes no word with the name's first character
    (戴|于婕 is 戴于婕; 叫|美玲 and 給|佳慧 start with no surname)."""
    if prev.end != start or prev.end - prev.start != 1 or end - start != 2:
        return False
    if prev.tag not in _MISREAD_SURNAME_TAGS or text[prev.start] not in _STRONG_SURNAMES:
        return False
    return not freq.get(simplified(text[prev.start : start + 1]), 0)


_ROLE_BEFORE = compiled(rf"(?:{ROLES})$")
_COMPOUND_SET = frozenset(_COMPOUND.split("|"))


def _third_given(value: str, freq: dict) -> bool:
    """A three-character LAC name whose first two are a word (韓國|輝): a name when the
    third is a given-name character and the three are no word of jieba's."""
    from .names_zh import _NAME_CHARS

    return value[2] in _NAME_CHARS and not freq.get(simplified(value), 0)
# Taiwan's counties and cities and the PRC's provinces, written out by us (Simplified, as
# compared): names LAC reads as a person in some sentences (前往花蓮視察: 花蓮 PER) and
# jieba's dictionary also tags nr (花莲 nr).
_PLACES = words(
    "台北 台湾 新北 桃园 台中 台南 高雄 基隆 新竹 苗栗 彰化 南投 云林 嘉义 屏东 宜兰 花莲 台东 "
    "澎湖 金门 马祖 连江 河北 山西 辽宁 吉林 黑龙江 江苏 浙江 安徽 福建 江西 山东 河南 湖北 湖南 "
    "广东 海南 四川 贵州 云南 陕西 甘肃 青海 内蒙古 广西 西藏 宁夏 新疆 香港 澳门 重庆 天津"
)


def _against_jieba(text: str, start: int, end: int,
                   dictionary_words: Sequence[tuple[int, int, str]]) -> tuple[int, int]:
    """LAC's PER word trimmed where a dictionary word jieba cut runs into its start (主教|练蒂特:
    jieba has 主教练|蒂特), when two characters or more are left (跟|莊恩 stays: jieba's
    跟庄 would leave one). jieba's tags do not veto a name: its dictionary calls 江安 a
    place and 花莲 a person."""
    for w_start, w_end, tag in dictionary_words:
        if w_start >= end:
            break
        if tag not in _PERSON_TAGS and w_start < start < w_end <= end - 2:
            start = w_end
    return start, end


def _before_time_word(start: int, end: int,
                      dictionary_words: Sequence[tuple[int, int, str]]) -> int:
    """LAC's PER word cut where a time word jieba cut starts inside it (小陳|明天會去: LAC
    reads 小陳明天 as one name), when two characters or more are left."""
    for w_start, w_end, tag in dictionary_words:
        if w_start >= end:
            break
        if tag == "t" and start + 2 <= w_start < end <= w_end:
            return w_start
    return end


def _not_a_person(value: str) -> bool:
    parts = value.split()
    return value in _LATIN_STOP or parts[0] in _LATIN_STOP or parts[-1] in _LATIN_NOT_LAST


def _widen_latin(text: str, start: int, end: int) -> Span | None:
    """A Latin name LAC tagged (in part): the run of capitalised words around it."""
    for m in _LATIN_NAME.finditer(text, max(0, start - 16), min(len(text), end + 32)):
        if m.start() <= start < m.end() or start <= m.start() < end:
            if _not_a_person(m.group(0)):
                return None
            return m.start(), m.end(), 0.7
    return None


def titled_names(text: str, freq: dict, nlp_artifacts=None) -> Iterator[Span]:
    """Surname + title: 張先生, 王經理 (the title is part of the span: it says who)."""
    places = None
    for m in _TITLED.finditer(text):
        start = m.start()
        if _counter_before(text, start, freq):
            continue
        if start and freq.get(simplified(text[start - 1 : start + 1]), 0) >= 100:
            continue  # 公司經理, 擔任工程師: the "surname" ends a word here
        if places is None:
            places = [(t.start, t.end) for t in lac_tokens(text, nlp_artifacts)
                      if t.tag in ("LOC", "ns")]
        if any(s < start < e for s, e in places):
            continue  # 烏魯木齊縣長壽街: the "surname" ends a place name
        title = text[m.end() - 1]
        if m.end() - start == 2 and title in _BARE_TITLES and freq.get(
                simplified(text[m.end() - 1 : m.end() + 1]), 0) >= 100:
            continue  # 總部, 總是, 哥們: the one-character title starts a word
        if title == _ENGINEER and (simplified(m.group(0)) in freq
                                   or freq.get(simplified(text[m.end() - 1 : m.end() + 1]), 0)):
            continue  # 施工, 金工 are words; 工人, 工地 start with the "title"
        yield start, m.end(), 0.8


def familiar_names(text: str, freq: dict, tags: dict) -> Iterator[Span]:
    """小陳, 老王: a familiar prefix and a surname, unless the prefix ends a word (最小, 古老),
    the three characters are one (小王子) or the surname starts one (小周末). jieba's
    dictionary calls 小张 a noun: the pair itself is not looked up."""
    for m in _FAMILIAR.finditer(text):
        start, end = m.span()
        if familiar_word(m.group(0)):
            continue
        if m.group(0)[0] == "大" and freq.get(simplified(m.group(0)), 0):
            continue  # 大 + a surname only where jieba knows no such word (大王, 大張旗鼓)
        if m.group(0)[1] not in _STRONG_SURNAMES and freq.get(simplified(m.group(0)), 0):
            continue  # a surname that starts words, in a pair jieba knows: 小錢, 老馬, 小高
        if start and freq.get(simplified(text[start - 1 : end - 1]), 0) >= 100:
            continue
        if freq.get(simplified(text[start : end + 1]), 0) >= 20:
            continue
        nxt = simplified(text[start + 1 : end + 1])
        if tags.get(nxt) not in (None, *_PERSON_TAGS) and freq.get(nxt, 0) >= 300:
            continue  # the surname starts a word: 小周末
        yield start, end, 0.7


# A name a judgment or a news report masks itself (王某某, 李○○, 陳○婷, 胡某甲): a surname and
# the masking characters, then a given-name character or an ordinal (甲乙丙) if any.
_MASKS = "○〇◯Ｏ＊*×Ｘ"
_ANONYMISED = compiled(
    rf"(?:{_COMPOUND}|[{_TITLE_SURNAMES}])"
    rf"(?:某某|某(?![些個个種种])|[{_MASKS}]{{1,2}})(?P<rest>[甲乙丙丁戊{CJK}])?")
_ORDINALS = "甲乙丙丁戊"


def anonymised_names(text: str, freq: dict) -> Iterator[Span]:
    """王某某, 李○○, 林○宏: what is left of a name is still the person's (a surname and a
    given-name character identify in a small town). The "surname" must not end a word
    (擔任某職, 提高某些)."""
    if "某" not in text and not any(c in text for c in _MASKS):
        return
    from .names_zh import _NAME_CHARS, _NOT_NAME

    for m in _ANONYMISED.finditer(text):
        start, end = m.span()
        if _counter_before(text, start, freq):
            continue
        if start and freq.get(simplified(text[start - 1 : start + 1]), 0) >= 100:
            continue
        rest = m.group("rest")
        if rest is not None:
            # one masked character and one left (林○宏); two masked hide the whole given name
            single = text[end - 2] in _MASKS and text[end - 3] not in _MASKS
            keep = rest in _ORDINALS or (single and rest in _NAME_CHARS and rest not in _NOT_NAME)
            if not keep:
                end -= 1
        yield start, end, 0.8


def transliterated_names(text: str, freq: dict) -> Iterator[Span]:
    """約翰·史密斯: parts joined by an interpunct, of transliteration characters; the outer
    parts are trimmed to them (`和約翰·史密斯說` gives `約翰·史密斯`)."""
    if not any(d in text for d in _DOTS):
        return
    for m in _TRANSLIT_NAME.finditer(text):
        start, end = m.span()
        first_dot = min(k for k in (text.find(d, start, end) for d in _DOTS) if k >= 0)
        k = _part_start(text, first_dot, m.start())
        if k == first_dot:  # the first part holds one other character (奧拉夫): from the
            while start < end and text[start] not in _DOTTED:  # first one of the table
                start += 1
            k = _part_start(text, start, m.start())
        start = k  # the first part: the transliteration characters before the first dot
        # (特使|奧斯卡·林德貝里: a role's last character may be one of them too)
        while first_dot - start > 2 and start and freq.get(
                simplified(text[start - 1 : start + 1]), 0) >= 1000:
            start += 1  # the first character ends the word before it: 總理|他信·巴育
        last_dot = max(text.rfind(d, start, end) for d in _DOTS)
        k = last_dot + 1
        while k < end and (text[k] in _DOTTED or (text[k] in _HYPHENS and k > last_dot + 1
                                                   and k + 1 < end and text[k + 1] in _DOTTED)):
            k += 1
        end = k
        while end > last_dot + 2 and freq.get(simplified(text[end - 1 : end + 1]), 0) >= 1000:
            end -= 1  # the last character begins the next word: 史密斯|明天
        if end <= last_dot + 1 or text[start] in _DOTS:
            continue
        inner = [c for c in text[start:end] if c not in _DOTS and c not in _HYPHENS]
        others = [c for c in inner if c not in _DOTTED]
        # a conjunction between two parts joins two names (哈桑和玛丽亚·洛佩斯), which the
        # other rules find one by one
        if len(others) <= 1 and not set(others) & _CONJ_SURNAMES:
            yield start, end, 0.8


def _part_start(text: str, k: int, floor: int) -> int:
    """Where the transliterated part ending at `k` starts: back over the table's characters,
    and over a hyphen between two of them (尚-皮耶)."""
    while k > floor and (text[k - 1] in _DOTTED or (
            text[k - 1] in _HYPHENS and k - 2 >= floor and text[k - 2] in _DOTTED
            and k < len(text) and text[k] in _DOTTED)):
        k -= 1
    return k


# A greeting before a given name (Hi David，附件是…): the regex takes the pair as one name.
_GREETINGS = words("Hi Hello Dear Thanks Thx Hey")
# What a Chinese message says right after a person's given name at the start of a clause
# (Steven 說, Amanda，明天, Vivian下週請假, Jason你那邊, Grace 那邊).
_PERSON_AFTER = compiled(
    r"\s{0,2}(?:[，,]|說|说|你|妳|他|她|那邊|那边|這邊|这边|下週|下周|明天|今天|剛|刚|已經|已经|"
    r"會|会|要|在|請|请|表示|覺得|觉得|問|问)")
_CLAUSE_BEFORE = compiled(r"(?:^|[，。！？；、,!?;:：\n（(「“]\s{0,2}|\s)$")
# A familiar suffix glued to an English given name, as Hong Kong and Taiwan speech forms a
# nickname (May姐, Ken仔, Ben哥, Peter叔).
_FAMILIAR_SUFFIX = compiled(r"(?:姐|姊|仔|哥|叔|嫂|姨|伯)")
# A chat export's or a transcript's speaker at the start of a line, after a time stamp if
# any: `Amy：…`, `[09:13] Kevin: …`.
_LINE_START = compiled(r"(?:^|\n)(?:\[?[0-9]{1,2}:[0-9]{2}(?::[0-9]{2})?\]?[ \t]*)?$")
_SPEAKER_COLON = compiled(r"[ \t]?(?:：|:[ \t])")
# Capitalised words of the stop list that are English given names too (May姐, June仔).
_MONTH_NAMES = words("May June April August")


def latin_names(text: str) -> Iterator[Span]:
    """Latin-script names glued into Chinese text after a cue or before a title; a given
    name of the licensed list alone after a greeting, or opening a clause before what
    Chinese says of a person."""
    for m in _LATIN_NAME.finditer(text):
        start, value = m.start(), m.group(0)
        parts = value.split()
        greeted = len(parts) > 1 and parts[0] in _GREETINGS
        if greeted:
            start += len(parts[0]) + 1
            value, parts = value[len(parts[0]) + 1 :], parts[1:]
        suffixed = (len(parts) == 1 and _FAMILIAR_SUFFIX.match(text, m.end()) is not None
                    and (value not in _LATIN_STOP or value in _MONTH_NAMES) and _given_name(value))
        if suffixed:  # the suffix is kept in the span: it is part of what the person is called
            yield start, m.end() + 1, 0.7
            continue
        if _not_a_person(value):
            continue
        before = text[max(0, start - 6) : start]
        titled = _TITLE_AFTER.match(text, m.end()) is not None
        romanised = len(parts) == 2 and (parts[1] in _ROMAN_SURNAMES or parts[0] in _ROMAN_SURNAMES)
        cued = greeted or _LATIN_CUE_BEFORE.search(before) is not None
        # one word after a cue (請 Emily 回覆) when the licensed given-name list has it
        speaker = (_LINE_START.search(text, max(0, start - 12), start) is not None
                   and _SPEAKER_COLON.match(text, m.end()) is not None)
        given = len(parts) == 1 and (cued or speaker or (
            _CLAUSE_BEFORE.search(text, max(0, start - 3), start) is not None
            and _PERSON_AFTER.match(text, m.end()) is not None)) and _given_name(value)
        if not titled and not romanised and not given and (len(parts) < 2 or not cued):
            continue
        if not any("\u3400" <= c <= "\u9fff" for c in before + text[m.end() : m.end() + 3]):
            continue  # English prose is the English recognizers' business
        yield start, m.end(), 0.7


def _given_name(value: str) -> bool:
    from .name_lists import name_frequency  # the licensed list of the English recognizers

    return name_frequency().get(value.lower(), 0) >= 3


# A passport-style romanised name in capitals: HUANG, CHIH-MING / CHEN MEI-HUI.
_CAPS_NAME = compiled(r"(?<![A-Za-z])(?P<family>[A-Z]{1,10}),?[ ]"
                      r"(?P<given>[A-Z]{2,10}(?:[- ][A-Z]{2,10})?)(?![A-Za-z-])")
_CAPS_LABEL = compiled(r"(?:拼音|英文姓名|英文名|護照|护照|姓名|Name)[^\n]{0,8}$")


def caps_romanised_names(text: str) -> Iterator[Span]:
    """Romanised names in capitals, family name first, as passports and forms write them:
    the family name a romanised surname and the given name hyphenated (Wade-Giles and
    Taiwan's usage), or a name label before it."""
    for m in _CAPS_NAME.finditer(text):
        if m.group("family").capitalize() not in _ROMAN_SURNAMES:
            continue
        if "-" in m.group("given") or _CAPS_LABEL.search(text, max(0, m.start() - 12), m.start()):
            yield m.start(), m.end(), 0.75


def _common_word(word: str, freq: dict, tags: dict, floor: int = 1000) -> bool:
    """An everyday word of jieba's dictionary (not a person's or a place's name)."""
    plain = simplified(word)
    return freq.get(plain, 0) >= floor and tags.get(plain) not in (*_PERSON_TAGS, "ns")


def _transliteration(text: str, start: int, longest: int, freq: dict, tags: dict) -> int:
    """The end of a transliterated name at `start` (start itself when there is none): a run
    of characters of the transliteration table, one other character allowed inside (朔尔茨曼:
    朔), cut where an everyday word begins (瓜迪奥尔斯|表示, 默克尔|宣布)."""
    from .names_zh import _NOT_NAME

    end, others = start, 0
    while end < len(text) and end - start < longest:
        ch = text[end]
        if end > start and _common_word(text[end : end + 2], freq, tags, 300):
            break
        if end - start >= 3 and freq.get(simplified(text[end : end + 4]), 0):
            break  # a four-character idiom begins here (罗德里戈斯|梅开二度)
        if ch in _NOT_NAME or ch == "某" or ch in _MASKS:
            break  # a particle (于, 的) or a court's mask (马某) ends it, in the table or not
        if ch not in _TRANSLIT:
            if others or not "\u4e00" <= ch <= "\u9fff":
                break
            others += 1
        end += 1
    while end > start and text[end - 1] not in _TRANSLIT:
        end -= 1  # the one other character may not end the name (朔尔茨曼|通)
    return end


def role_transliterations(text: str, freq: dict, tags: dict) -> Iterator[Span]:
    """A transliterated foreign name without an interpunct right after a role word: news
    writes 曼城主帅瓜迪奥尔斯表示, 德国总理朔尔茨曼通电话. Three characters at least, and
    not an everyday word at its start (总统特别顾问)."""
    from .zh_roles import _CONJ_SURNAMES, _ROLE_NAME

    for m in _ROLE_NAME.finditer(text):
        start = m.end()
        if text[start] in _CONJ_SURNAMES or _ROLE_NAME.match(text, start):
            continue  # a preposition or a second role after it (部長|由, 秘書長|特使)
        if _common_word(text[start : start + 2], freq, tags, 500):
            continue
        end = _transliteration(text, start, 8, freq, tags)
        if end - start >= 3:
            yield start, end, 0.7


# A Latin initial glued to a transliterated name, as sports pages shorten one (C罗, J罗娜).
_INITIAL = compiled(rf"(?<![A-Za-z0-9])[A-Z](?=[{''.join(sorted(_TRANSLIT))}])")
# What may follow a one-character name after an initial (C罗在, C罗说, C罗的): not a noun
# that makes the pair a term (K金首饰).
_AFTER_INITIAL = compiled(rf"(?:[^{CJK}]|[在說说的和與与及也都是被將将把對对跟向等]|$)")


def initial_names(text: str, freq: dict, tags: dict) -> Iterator[Span]:
    """C罗, C罗娜尔: one capital letter and a transliterated name of one to four
    characters; a one-character one only before a particle, a verb of saying or
    punctuation (C罗在, not K金首饰, A股)."""
    for m in _INITIAL.finditer(text):
        start = m.end()
        end = _transliteration(text, start, 4, freq, tags)
        if end == start or (end - start > 1 and _common_word(text[start:end], freq, tags, 500)):
            continue
        if end - start == 1 and not _AFTER_INITIAL.match(text, end):
            continue
        yield m.start(), end, 0.7


# Titles news writes after a full name (許家瑋教練, 黃志誠總統, 鄭雅惠記者).
_NEWS_TITLES = (
    "總教練|总教练|教練|教练|總統|总统|副總統|副总统|總理|总理|首相|部長|部长|局長|局长|處長|处长|"
    "記者|记者|主播|委員|委员|議員|议员|立委|院士|隊長|队长|總裁|总裁|董事長|董事长|總經理|总经理|"
    "法官|檢察官|检察官|市長|市长|縣長|县长|院長|院长|校長|校长|書記|书记|主席|主委|大使|議長|议长|"
    "導演|导演|選手|选手|教授|醫師|医师|律師|律师|老師|老师|經理|经理|博士|先生|女士|小姐|主任|"
    "鄉長|乡长|鎮長|镇长|村長|村长|里長|里长|區長|区长|省長|省长|廳長|厅长"
)
_NAME_BEFORE_TITLE = compiled(
    rf"(?:{_COMPOUND}|[{_STRONG_SURNAMES}])[{CJK}]{{1,2}}(?={_NEWS_TITLES})")
# Surnames that also start everyday words (古, 高, 文, 方...): before a news title only with a
# two-character given name (古明城鄉長); one character would make too many words (高雄市長).
_NAME_BEFORE_TITLE_WEAK = rf"[{{surnames}}][{CJK}]{{{{2}}}}(?={_NEWS_TITLES})"


def name_before_title(text: str, freq: dict, tags: dict,
                      nlp_artifacts=None) -> Iterator[Span]:
    """A surname, a given name of one or two given-name characters and a news title right
    after (許家瑋教練, 刘振华院士): jieba may cut the name into a word (许家|玮). Not when the
    "surname" ends a word before it (洪水局長: 洪水), or the name part is an everyday word or
    a place (韓國總統, 烏魯木齊縣長)."""
    from .names_zh import _NAME_CHARS, _NOT_NAME, _STOP

    places = None
    for m in _title_candidates(text):
        start, end = m.span()
        if _counter_before(text, start, freq):
            continue
        value = m.group(0)
        surname = 2 if value[:2] in _COMPOUND_SET else 1
        given = value[surname:]
        if not given or any(c not in _NAME_CHARS or c in _NOT_NAME for c in given):
            continue
        if value in _STOP or simplified(value) in _PLACES:
            continue
        if start and freq.get(simplified(text[start - 1 : start + 1]), 0) >= 100:
            continue  # the "surname" ends a word: 洪水局長's 洪 after 防
        if len(given) == 1 and (freq.get(simplified(value), 0) >= 100
                                or tags.get(simplified(value)) == "ns"):
            continue  # 韓國總統, 洪水局長: the pair is a word
        if len(given) == 2 and _common_word(given, freq, tags):
            continue
        if places is None:
            places = [(t.start, t.end, t.tag) for t in lac_tokens(text, nlp_artifacts)
                      if t.tag in ("LOC", "ns", "ORG", "nt")]
        if any(s < start < e for s, e, tag in places if tag in ("LOC", "ns")):
            continue  # 烏魯木齊縣長: the "surname" is inside a place
        if m.re is _weak_title_re() and (
                freq.get(simplified(value), 0) or freq.get(simplified(value[:2]), 0) >= 100
                or any(s <= start < e for s, e, _ in places)):
            continue  # 文化局長, 國安局長: a word, a place or an organisation, no name
        yield start, end, 0.75


_WEAK_TITLE_RE = []


def _weak_title_re():
    """`_NAME_BEFORE_TITLE_WEAK` with names_zh's ambiguous surnames (built once: names_zh
    imports this module)."""
    if not _WEAK_TITLE_RE:
        from .names_zh import _AMBIGUOUS

        surnames = "".join(sorted(_AMBIGUOUS - set(_STRONG_SURNAMES)))
        _WEAK_TITLE_RE.append(compiled(_NAME_BEFORE_TITLE_WEAK.format(surnames=surnames)))
    return _WEAK_TITLE_RE[0]


def _title_candidates(text: str):
    yield from _NAME_BEFORE_TITLE.finditer(text, overlapped=True)
    yield from _weak_title_re().finditer(text, overlapped=True)


# An English honorific before a Chinese surname (Mr. 黃, Ms 林佳): the honorific is kept in
# the span, as with Latin names (Ms. Chang).
_LATIN_HONORIFIC_CJK = compiled(
    rf"(?<![A-Za-z])(?:Mr|Mrs|Ms|Miss|Mx|Dr|Prof|Madam|Mdm)\.?[ ]?"
    rf"(?:{_COMPOUND}|[{_TITLE_SURNAMES}])")


# An English honorific before a romanised Chinese surname (Mrs. Leung, Mr Cheung) inside
# Chinese text: the surname of the table is enough, as with Mr. 黃.
_LATIN_HONORIFIC_ROMAN = compiled(
    r"(?<![A-Za-z])(?:Mr|Mrs|Ms|Miss|Mdm|Madam|Dr|Prof)\.?[ ](?P<surname>[A-Z][a-z]{1,7})"
    r"(?![A-Za-z])")


def honorific_roman_names(text: str) -> Iterator[Span]:
    """Mrs. Leung, Dr Tsai: an English honorific and a romanised surname of the table."""
    for m in _LATIN_HONORIFIC_ROMAN.finditer(text):
        if m.group("surname") in _ROMAN_SURNAMES:
            yield m.start(), m.end(), 0.7


def honorific_cjk_names(text: str) -> Iterator[Span]:
    """Mr. 黃, Dr 陳志明: an English honorific and a Chinese surname, with the given name of
    up to two given-name characters after it."""
    from .names_zh import _NAME_CHARS, _NOT_NAME

    for m in _LATIN_HONORIFIC_CJK.finditer(text):
        end = m.end()
        while end - m.end() < 2 and end < len(text) and text[end] in _NAME_CHARS and (
                text[end] not in _NOT_NAME):
            end += 1
        yield m.start(), end, 0.75


def extra_names(text: str, stop: frozenset[str], freq: dict, tags: dict,
                nlp_artifacts=None, dictionary_words: Sequence[tuple[int, int, str]] = ()
                ) -> list[Span]:
    """Every rule's names; `stop` holds words that start like names, `freq` and `tags` are
    jieba's dictionary, `dictionary_words` the words of it jieba cut `text` into."""
    spans = list(lac_names(text, stop, freq, tags, nlp_artifacts, dictionary_words))
    spans.extend(titled_names(text, freq, nlp_artifacts))
    spans.extend(familiar_names(text, freq, tags))
    spans.extend(transliterated_names(text, freq))
    spans.extend(anonymised_names(text, freq))
    spans.extend(role_transliterations(text, freq, tags))
    spans.extend(minority_names(text, freq))
    spans.extend(name_before_title(text, freq, tags, nlp_artifacts))
    if any("A" <= c <= "Z" for c in text):
        spans.extend(latin_names(text))
        spans.extend(caps_romanised_names(text))
        spans.extend(initial_names(text, freq, tags))
        spans.extend(honorific_cjk_names(text))
        spans.extend(honorific_roman_names(text))
    return spans
