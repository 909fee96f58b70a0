"""Chinese person names: jieba segmentation and part-of-speech dictionary, checked against
the common surnames and given-name characters.

jieba's POS tagger with its HMM costs ~30 ms per 200 characters of Traditional Chinese
(its unknown-word Viterbi runs over every POS state), more than the whole spaCy pass. So
only jieba's segmenter runs (0.3 ms, HMM on, so unseen names come out as one new word), and
the POS comes from jieba's dictionary: a word tagged `nr` there is a person name; a new
word (not in the dictionary) is one when it starts with a surname and what follows reads
as a given name. Surnames that also begin everyday words (高, 文, 方, 時, 任...) and jieba's
high-frequency `nr` words (谢谢) need a cue: an honorific after (先生, 經理) or a verb or
label before (回覆, 聯絡, 姓名：).

The jieba findings are merged with those of `zh_person`: LAC's PER tags (two-character
names, a given name alone), surname + title, transliterated and Latin-script names.
"""

from __future__ import annotations

import logging
import threading
from types import SimpleNamespace

from presidio_analyzer import EntityRecognizer, RecognizerResult

from .common import CJK, compiled, has_cjk, result, words
from .zh_lac import Token, lac_tokens, simplified
from .zh_not_names import Vetoes
from .zh_person import _PLACES, _ROLE_BEFORE, extra_names, word_not_name
from .zh_roles import (
    ROLES,
    cued_given_names,
    distinctive_given_names,
    japanese_names,
    list_names,
    role_names,
    speech_given_names,
    stage_names,
    vocative_given_names,
)

ENTITY = "PERSON"

_COMPOUND = words(
    "歐陽 欧阳 司馬 司马 上官 諸葛 诸葛 東方 东方 皇甫 尉遲 尉迟 公孫 公孙 慕容 "
    "長孫 长孙 宇文 司徒 夏侯 軒轅 轩辕 令狐 端木 張簡 范姜 南宮 南宫 澹臺 澹台 "
    "申屠 太史 獨孤 独孤 呼延 鍾離 钟离"
)
# Surnames rarely found at the start of an everyday word.
_STRONG = set(
    "王李張张劉刘陳陈楊杨黃黄趙赵吳吴徐孫孙胡郭林何羅罗鄭郑梁謝谢宋唐許许韓韩馮冯鄧邓曹彭曾"
    "蕭萧蔡潘袁蔣蒋余杜葉叶魏呂吕丁沈姚盧卢姜崔鍾钟譚谭汪范廖賈贾韋韦付鄒邹孟熊邱尹薛閻阎段侯"
    "龔龚邵賴赖覃戴莫孔湯汤溫温施倪莊庄聶聂魯鲁岳翟殷詹申耿俞柯阮紀纪梅童凌畢毕裴霍涂苗翁冉駱"
    "骆游辛靳柴蒙鮑鲍喻祁蒲滕饒饶牟艾尤穆卓繆缪簡简項项褚婁娄竇窦戚岑晏席衛卫臧閔闵苟鄔邬卞姬"
    "仇欒栾隋刁巫寇郎甄虞敖鞏巩佘鄺邝匡鞠荊荆冀郁胥鄢諶谌奚粟冼藺蔺郜闞阚屠扈晁芮邸雍辜逯"
    "茹嵇湛戎勾茅揭尉冶昝蕭粘傅蘇苏柳洪顏颜郝鄭朱周章費费邢凃塗甯鐘杭欒"
)
# Surnames that also begin common words: they need a cue.
_AMBIGUOUS = set(
    "高文方白石江金安和明成向常易路時时連连馬马史田原平信包管祝雷黎錢钱嚴严龐庞歐欧任程夏"
    "關关萬万全齊齐花華华司國国董谷車车陸陆顧顾尚古毛甘秦孫符解應应利展元幸宣計计相初門门"
    "容來来敬都普那於于查商單单仲冷邊边師师談谈樂乐位伍龍龙牛賀贺蘭兰鄧景季左宮宫米柏宗"
    "桂全佟沙榮荣桑甘羊母裘修海印危玉銀银公居但束衣展幸奉富由於康區区"
)
_SURNAMES = _STRONG | _AMBIGUOUS

# Characters common in given names (Traditional and Simplified).
_NAME_CHARS = set(
    "明華华偉伟志建國国文德玉美麗丽淑惠芳秀英雅婷怡君家豪宇翔冠廷宗翰俊賢贤承恩宏雄榮荣昌雲云"
    "珍琴卿蓉芬玲萍娟娜敏靜静莉紅红梅蘭兰霞燕鳳凤桂香月秋春冬雪瑩莹穎颖欣佳嘉琪琳瑤瑶璇萱慧潔洁"
    "倩薇晶晴婉妍妤筠涵詩诗雨思宜蓁庭珊瑜瑋玮暉晖輝辉軍军勇強强剛刚峰鋒锋磊鑫濤涛斌彬杰傑浩然"
    "博超帆凱凯龍龙鵬鹏飛飞平安康健泰福祥瑞吉順顺利興兴旺發发財财富貴贵寶宝金銀银新立正清誠诚"
    "信義义仁禮礼智忠孝良善民生東东西南北中天海山水林森松柏樹树長长永世光亮耀陽阳星晨曉晓昊旭"
    "日子之一二三小大士仕武成功達达逸遠远進进駿骏彥彦凡亞亚卓奕峻崇嵐岚巧希廣广弘彤彩心恒恆悅悦"
    "愛爱慶庆政敬斐旻昀昕昭晉晋景暄書书朋柔柳桐棟栋楓枫沛沁河泓波洋洪淳添渝源溪漢汉潤润澤泽灝炎"
    "炳煒炜燁烨珉珏珮琦琬瑄瑾璋璐甫男益盛真睿秉程穗竹章笑筑紫維维綺绮翊翠翼聖圣聰聪舒芝芸芷苑若"
    "茂茹荷莎菁萌葳蓓蕙蕾藝艺虹蝶衛卫裕詠咏語语豐丰賓宾軒轩辰道邦郁銘铭鈞钧錦锦鎮镇閔闵雁雯震霖"
    "露青靖韋韵韻頌颂頤颐馨騰腾鴻鸿麟黛齊齐樺桦毅勳勋勤劍剑力虎豹鶴鹤鵑鹃倫伦傳传佩依俐修儀仪元"
    "兆先克全冰凌初勝胜卉友可同名和品哲喜園园均坤培堂奇好如妙姍姗姿娥婕媛嫻娴孟季學学宛定宣容宸"
    "寧宁尚岩巍常幸庚延御忻念惟意愉慈懷怀振揚扬效敦方昆昇易昱晏晟晗暢畅曼朗望朝木本杭析柱栩格"
    "桓梓梁棋植楠楷榕欽钦歆毓汝沐治泉津洲浚淇淵渊湘湧涌溢滔澄澈瀚燦灿熙玄玥珂珩琛瑛璟璞瓊琼甜田"
    "由申皓盈相眉碧祖祺禎祯禧秦穆童端笛筱米素絲丝繼继綠绿緣缘羚羽翎耕聆育臻舟航艷艳芙芮芯花苗茜"
    "草菊萬万蒂蓮莲蔚蘊蕴蘋苹蜜衍裴親亲觀观詳详誼谊諾诺謙谦讚贊赞資资赫起躍跃輔辅農农迪通連连逢"
    "遙遥郎醇采釗钊鈺钰鋼钢錚铮鏡镜鐵铁開开闊阔陵隆集雍雙双霏霓韜韬音頡颉領领風风飄飘馥駒驹騏骐"
    "高魁鳴鸣麒鼎齡龄丹歡欢帥帅貞贞珠素兵宏慶旭宁晶杉柔岑琇琮瑋瑗璿璇甄秀筠綾绫茵菲萃蓁蓉蕊薰"
    "詠誠豪貞賢輝銓铨鋒錡锜鍾钟霆靈灵韓韩順頎颀馳驰鳳黎儒冀凝嬌娇嬋婵宓岳崙崑嶽怡恬慕憲宪"
    "昶晃暐曜棠榆樑檜欐涓淑渟湄湉滢瀅灃炫焜煌熠燊玫玟琍琤瑀瑤璘甯皎盺禕祎稜竣笙箴綸纶緯纬縈"
    "翌耘聿肇芃芊芬芳苡茗荃莘萱葦苇蓮蔓蕎荞薔蔷蘅襄譽誉豫賜赐贇赟蹇軍逵郡鈴铃銳锐鍇锴鑫閎闳"
    "雋隽雯霈靜韶頴骞驥骥鴛鸳麗冬梅枝鴻鸿佑宥祐紹绍緒绪煜丞仲伶侑允勁劭吟啟启喬乔垣堅坚壽寿"
    "夫妮姵媚嫣寬宽崴憶忆群鶯莺滿满桃杏妹嬌娇"
)
# 迅 ("swift") as a given name's second character (周迅, 李迅, 魯迅): jieba's dictionary
# holds such names as words, and a second character outside the table made them words.
_NAME_CHARS |= set("迅")
# Characters that end a name rather than continue it (particles, verbs, pronouns).
_NOT_NAME = set(
    "的了是在和與与也都就要會会說说到去來来把被給给對对從从向讓让請请嗎吗呢吧啊這这那們们個个以"
    "及或而但並并等於于為为上下不沒没有很再又還还已經经將将著着過过得地所其此些你我他她它您"
)
_STOP = words(
    "謝謝 谢谢 陳述 陈述 陳列 陈列 張開 张开 張貼 张贴 張力 张力 許多 许多 許可 "
    "许可 許願 许愿 鄭重 郑重 葉子 叶子 章節 章节 董事 歐洲 欧洲 歐元 欧元 歐美 "
    "欧美 黎明 錢包 钱包 龐大 庞大 嚴重 严重 嚴格 严格 楊柳 杨柳 徐徐 孫子 孙子 "
    "蘇醒 苏醒 蕭條 萧条 羅列 罗列 羅馬 罗马 沈默 沈澱 盧布 卢布 杜絕 杜绝 鍾愛 "
    "钟爱 周末 周圍 周围 周年 周期 周到 任何 任務 任务 程式 程序 關於 关于 關係 "
    "关系 方法 方面 高興 高兴 高度 文件 文化 時間 时间 明天 明年 安全 成功 和平 "
    "平台 信用 包括 原因 路上 馬上 马上 黃金 黄金 江湖 石油 金融 顧客 顾客 顧問 "
    "顾问 胡說 胡说 夏天 陸續 陆续 應該 应该 解決 解决 符合 相關 相关 都是 那個 "
    "那个 查詢 查询 單位 单位 容易 來自 来自 普通 常常 萬一 万一 全部 華人 华人 "
    "國家 国家 司機 司机 車子 车子 邊界 边界 師傅 师傅 談判 谈判 樂觀 乐观 位置 "
    "曾經 曾经 連續 连续 史上 雷達 雷达 田野 洪水 祝福 白天 向前 易於 何時 何时 "
    "何必 林業 林业 秦朝 宋朝 唐朝 元朝 明朝 吳語 吴语 劉海 刘海 梁柱 趙國 赵国 "
    "韓國 韩国 魏國 魏国 岳父 岳母 毛利 海外 花費 花费 管理 王國 王国 王子 王牌 "
    "李子 朱紅 朱红 戴上 潘朵拉 蔡英文 施工 施行 游戲 游戏 游泳 余額 余额 孫子兵法 孙子兵法 王道"
)
# Matched at a position (`match(text, end)`): no `^`, which would only match at 0.
_HONORIFIC = compiled(
    r"(?:先生|小姐|女士|太太|老師|老师|經理|经理|醫師|医师|醫生|医生|律師|律师|教授|博士|同學|同学|"
    r"主任|總監|总监|董事長|董事长|總經理|总经理|副總|副总|課長|科長|科长|處長|处长|組長|组长|主管|"
    r"工程師|工程师|護理師|护理师|校長|校长|院長|院长|會計|会计|助理|專員|专员|副理|協理|协理|"
    r"同事|阿姨|伯伯|叔叔|大哥|姐|哥|君|氏|等人|[,，、]?(?:您好|你好))"
)
_CUE_BEFORE = compiled(
    r"(?:回覆|回复|聯絡|联络|聯繫|联系|通知|告訴|告诉|寄給|寄给|轉給|转给|轉交|转交|抄送|詢問|询问|問|问|"
    r"找|叫|請|请|給|给|和|跟|與|与|及|姓名|名字|聯絡人|联系人|客戶|客户|員工|员工|同事|患者|病人|"
    r"收件人|寄件人|申請人|申请人|負責人|负责人|承辦人|承办人|經辦|经办|代表|由|來電者|来电者|"
    r"持卡人|當事人|当事人|訂購人|订购人|代理人|經手人|经手人|窗口|cc|CC|Dear|dear|"
    r"[:：])(?:是|為|为)?\s{0,2}$"
)
# The cues that are labels of a person (not a conjunction or a verb): after one, even a
# dictionary word can be a name (聯絡人：施文章).
_LABEL_BEFORE = compiled(
    r"(?:姓名|名字|聯絡人|联系人|收件人|寄件人|申請人|申请人|負責人|负责人|承辦人|承办人|持卡人|"
    r"當事人|当事人|訂購人|订购人|來電者|来电者|客戶|客户|員工|员工|同事|患者|病人|代理人|經手人|"
    r"经手人|窗口|[:：])(?:是|為|为)?\s{0,2}$"
)
_ROLE_WORD = compiled(rf"(?:{ROLES})")
# Prepositions and verbs jieba's HMM glues in front of a name.
_LEAD = frozenset("由人給给和與与跟向請请問问叫找是的把被讓让對对從从為为同及或等將将")
_WINDOW, _OVERLAP = 200, 8
_CONJ = compiled("([和與与跟及、])")
_CJK_RUN = compiled(f"[{CJK}]{{2,}}")

_jieba = None
_jieba_lock = threading.Lock()


def _segmenter():
    """jieba with its dictionary loaded once per process, quietly."""
    global _jieba
    if _jieba is None:
        with _jieba_lock:
            if _jieba is None:
                import jieba
                import jieba.posseg

                jieba.setLogLevel(logging.WARNING)
                jieba.initialize()
                _jieba = (jieba.dt, jieba.posseg.dt.word_tag_tab)
    return _jieba


def cut(text: str, memo: dict[str, list[str]]) -> list[str]:
    """jieba's words of `text` (HMM on), as `seg.cut(text)` gives them. jieba cuts each run
    of its word characters alone, so a run is cut once per analysis: LAC's clause filter
    (`Lac.worth_tagging`) and the name rules cut the same runs, and `memo` (one dict per
    analysis, in its NLP artifacts; never kept across requests) holds them."""
    import jieba

    seg = _segmenter()[0]
    words: list[str] = []
    for block in jieba.re_han_default.split(text):
        if not block:
            continue
        done = memo.get(block)
        if done is None:
            done = memo[block] = list(seg.cut(block, HMM=True))
        words.extend(done)
    return words


def words_memo(nlp_artifacts) -> dict[str, list[str]]:
    """The analysis' memo for `cut` (a fresh one when there are no NLP artifacts)."""
    memo = getattr(nlp_artifacts, "_sovereign_words", None)
    if memo is None:
        memo = {}
        if nlp_artifacts is not None:
            nlp_artifacts._sovereign_words = memo
    return memo


def _surname(word: str) -> str:
    if word[:2] in _COMPOUND:
        return word[:2]
    return word[0] if word[0] in _SURNAMES else ""


def _given(chars: str) -> str:
    """The given-name part at the start of `chars`: one or two name characters, none if an
    honorific follows the surname directly (王先生)."""
    if _HONORIFIC.match(chars):
        return ""
    given = ""
    for i, ch in enumerate(chars[:2]):
        if ch in _NOT_NAME or (i == 1 and (ch not in _NAME_CHARS or _HONORIFIC.match(chars, 1))):
            break
        given += ch
    if given and given[0] not in _NAME_CHARS and (len(given) < 2 or given[1] not in _NAME_CHARS):
        return ""
    return given


class ChineseNameRecognizer(EntityRecognizer):
    """PERSON in Chinese text; a no-op (one regex scan) on text without CJK characters."""

    def __init__(self, supported_language: str = "en", name: str | None = None):
        super().__init__(
            supported_entities=[ENTITY], supported_language=supported_language,
            name=name or "ChineseNameRecognizer",
        )

    def load(self) -> None:
        pass

    def analyze(self, text, entities, nlp_artifacts=None) -> list[RecognizerResult]:
        if not has_cjk(text):
            return []
        seg, tags = _segmenter()
        if nlp_artifacts is None:  # called alone (tests): LAC's tokens still shared by the rules
            nlp_artifacts = SimpleNamespace()
        lac = lac_tokens(text, nlp_artifacts)
        memo = words_memo(nlp_artifacts)
        found = []
        seen: set[tuple[int, int]] = set()
        dictionary_words: list[tuple[int, int, str]] = []  # jieba's, for checking LAC's
        for run_start, chunk in _chunks(text):
            tokens = []
            pos = run_start
            # jieba's dictionary is Simplified: Traditional text is cut in its Simplified
            # form (same length, LAC's one-to-one table), or every Traditional word is new
            # to it (修正 would read as surname 修 + given name 正).
            for tok in cut(simplified(chunk), memo):
                # jieba's HMM merges coordinated new names: 連俊佑和黃淑玲 is one word to it.
                parts = _CONJ.split(tok) if tags.get(tok) is None and len(tok) >= 5 else [tok]
                for part in parts:
                    if part:
                        tokens.append((pos, part))
                        if len(part) >= 2 and tags.get(part) is not None:
                            dictionary_words.append((pos, pos + len(part), tags[part]))
                        pos += len(part)
            skip_to = 0
            for i, (start, tok) in enumerate(tokens):
                if start < skip_to:
                    continue
                start, tok = _unglue(start, tok, tags)
                before = text[max(0, start - 6) : start]
                cued = _CUE_BEFORE.search(before) is not None
                following = "".join(t for _, t in tokens[i + 1 : i + 3])
                nxt = tokens[i + 1][1] if i + 1 < len(tokens) else ""
                # a next word from the dictionary (王芳|明天) lends no character to a given
                # name jieba split off (王明|宗)
                borrow = len(nxt) < 2 or tags.get(nxt) is None
                labelled = cued and _LABEL_BEFORE.search(before) is not None
                if labelled and _colon_only(before) and len(tok) >= 3 and tags.get(
                        tok) not in (None, "nr"):
                    # a colon alone does not make a longer dictionary word a name
                    # (问题：路由器); a label word before it does (聯絡人：施文章)
                    labelled = cued = False
                candidate = _candidate(tok, following, cued, seg.FREQ, tags, labelled, borrow)
                if candidate is None:
                    continue
                name, score = candidate
                end = start + len(name)
                titled = _HONORIFIC.match(text, end) is not None
                if simplified(name) in _PLACES and not titled:
                    continue  # 金門, 馬祖: jieba's dictionary tags them nr
                if not cued and word_not_name(text, start, end, simplified(name), seg.FREQ):
                    continue  # 杜撰, 陳年: words jieba's dictionary tags nr
                if cued or titled:
                    score += 0.3
                # a word label before a name of jieba's dictionary (客户温雅, 员工高翔) says
                # person whatever LAC reads (温雅 a); a colon alone does not (结论：杜撰)
                named = (labelled and tags.get(simplified(name)) == "nr"
                         and before.rstrip()[-1:] not in ":：")
                if score >= 0.35 and (start, end) not in seen and (named or not _vetoed(
                        text, start, end, lac)):
                    seen.add((start, end))
                    found.append((start, end, min(score, 1.0)))
                    skip_to = end
        found.extend(_cued_given_names(text, lac, seg.FREQ))
        found.extend(role_names(text, seg.FREQ, tags, lac))
        found.extend(japanese_names(text, seg.FREQ))
        found.extend(stage_names(text, seg.FREQ))
        found.extend(speech_given_names(text, seg.FREQ, tags, lac))
        found.extend(cued_given_names(text, seg.FREQ, lac))
        found.extend(vocative_given_names(text, seg.FREQ, lac))
        found.extend(distinctive_given_names(text, seg.FREQ, lac))
        found.extend(extra_names(text, _STOP, seg.FREQ, tags, nlp_artifacts, dictionary_words))
        vetoes = Vetoes(text, dictionary_words, lac)
        found = [f for f in found if not vetoes.vetoed(f[0], f[1], _person_cue(text, f[0], f[1]))]
        found.extend(list_names(text, [f for f in found if f[2] >= 0.6]))
        return [result(self, ENTITY, s, e, score) for s, e, score in _merge(found)]


def _colon_only(before: str) -> bool:
    """`before` ends in a colon with no person label in front of it (问题：, not 聯絡人：)."""
    stripped = before.rstrip()
    return stripped[-1:] in ":：" and _LABEL_BEFORE.search(stripped[:-1]) is None


def _person_cue(text: str, start: int, end: int) -> bool:
    """A title after the name, or a label or a role before it: 李宁先生, 联系人：李宁."""
    before = text[max(0, start - 6) : start]
    return (_HONORIFIC.match(text, end) is not None or _LABEL_BEFORE.search(before) is not None
            or _ROLE_BEFORE.search(before) is not None)


def _cued_given_names(text: str, lac: tuple[Token, ...],
                      freq: dict) -> list[tuple[int, int, float]]:
    """A given name alone after a cue (給祥君, 客戶忠濤, 我和福宜): a two-character word LAC
    tags as a plain noun, both characters given-name characters, unknown to jieba's
    dictionary (so not an everyday word: 給客戶, 和平), right after a cue word."""
    out = []
    for tok in lac:
        if tok.tag not in ("n", "nz") or tok.end - tok.start != 2:
            continue
        value = text[tok.start : tok.end]
        if value[0] not in _NAME_CHARS or value[1] not in _NAME_CHARS:
            continue
        if freq.get(simplified(value), 0) or not _CUE_BEFORE.search(
                text[max(0, tok.start - 6) : tok.start]):
            continue
        out.append((tok.start, tok.end, 0.65))
    return out


# LAC's tags for a word that is not a person whatever jieba's dictionary says (jieba tags 修正
# nr): verbs, adjectives, adverbs, function words, numbers, places, organisations, times.
_NOT_PERSON_TAGS = words("v vd vn a ad an d p c u r m q f s xc w LOC ORG TIME ns nt")


def _vetoed(text: str, start: int, end: int, lac: tuple[Token, ...]) -> bool:
    """jieba's name candidate is a word LAC reads otherwise: a LAC word of a non-person tag
    covers it (請修正: 修正 v; 烏魯木齊: LOC). No honorific or title after it (those say
    person whatever the tagger thinks)."""
    if _HONORIFIC.match(text, end):
        return False
    for tok in lac:
        if tok.start > start:
            break
        if tok.start <= start and end <= tok.end and tok.tag in _NOT_PERSON_TAGS:
            return True
    return False


def _merge(spans: list[tuple[int, int, float]]) -> list[tuple[int, int, float]]:
    """Overlapping findings of the different rules become one name: the union, the best
    score (LAC's 陳美玲 and jieba's 陳美 are one person)."""
    merged: list[list] = []
    for start, end, score in sorted(spans, key=lambda s: (s[0], -s[1])):
        if merged and start < merged[-1][1]:
            last = merged[-1]
            last[1], last[2] = max(last[1], end), max(last[2], score)
        else:
            merged.append([start, end, score])
    return [(s, e, score) for s, e, score in merged]


def _chunks(text: str):
    """CJK runs, long ones in overlapping windows: jieba slows down badly on very long runs
    without punctuation, and a name is never longer than the overlap."""
    for run in _CJK_RUN.finditer(text):
        start, value = run.start(), run.group(0)
        if len(value) <= _WINDOW:
            yield start, value
            continue
        for i in range(0, len(value), _WINDOW - _OVERLAP):
            yield start + i, value[i : i + _WINDOW]
            if i + _WINDOW >= len(value):
                break


def _unglue(start: int, tok: str, tags: dict) -> tuple[int, str]:
    """jieba's HMM glues what precedes a name to it (由羅冠宇, 人陳志遠, 客戶陳俊宏用): start
    the token at the surname when a preposition or a word ending precedes a strong one."""
    if tags.get(tok) is not None or len(tok) < 2:
        return start, tok
    if tok[0] in _LEAD and _surname(tok[1:]):
        return start + 1, tok[1:]
    for k in (1, 2):
        rest = tok[k:]
        if len(rest) >= 3 and rest[0] in _STRONG and tok[0] not in _SURNAMES and _given(rest[1:3]):
            return start + k, rest
    return start, tok


def _candidate(tok: str, following: str, cued: bool, freq: dict,
               tags: dict, labelled: bool = False,
               borrow: bool = True) -> tuple[str, float] | None:
    """(name, score) when `tok` (with the text `following` it) starts with a person name."""
    surname = _surname(tok)
    if not surname or tok in _STOP or _ROLE_WORD.fullmatch(tok):
        return None  # a role is no name even after a label (董事：董事长廖文雄)
    strong = surname in _COMPOUND or surname in _STRONG
    base = 0.6 if strong else 0.3
    tag = tags.get(tok)
    rest = tok[len(surname) :]
    if tag == "nr" and 2 <= len(tok) <= 4:
        # jieba's dictionary names. A two-character one may be the start of a three-character
        # name jieba split (王明|宗討論, 李俊|明).
        if (borrow and len(tok) == 2 and following[:1] in _NAME_CHARS
                and following[:1] not in _NOT_NAME):
            return tok + following[0], base + 0.1
        common = freq.get(tok, 0) >= 2000  # everyday words jieba tags nr
        return tok, (0.4 if common or not strong else 0.7)
    if tag is not None and rest and not (cued and labelled):
        # a dictionary word that is not a name (方法, 文件, 我和平常); after a label that
        # names a person (聯絡人施文章) it is one
        return None
    if rest:
        given = _given(rest)
        if borrow and len(given) == 1 and len(rest) == 1 and following[:1] in _NAME_CHARS:
            given = _given(rest + following[0])  # jieba split the given name: 吳麗|珍, 張素|卿
    else:
        # The surname stands alone: the given name follows (黃|秀|雲, 陳|淑芳), unless what
        # follows is an everyday word (范|文件), which a cue (聯絡人施|文章) overrides.
        nxt_word = following[:2]
        if not cued and freq.get(nxt_word, 0) >= 200 and tags.get(nxt_word) not in (None, "nr"):
            return None
        given = _given(following)
    if not given or (not strong and given[0] in _STRONG):
        return None  # 和|赵敏, 向|王明: the "surname" is a conjunction before a name
    name = surname + given
    return None if name in _STOP else (name, base)
