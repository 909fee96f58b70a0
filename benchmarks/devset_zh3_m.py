# ruff: noqa: E501, RUF001  (hand-written prose, full-width punctuation is the point)
"""Part m of the third Chinese dev set (see `devset_zh3.py`): news-wire prose.

Written on 2026-12-03 for this file, before any fix was made for it, from general knowledge:
no news corpus, no NER data set (no MSRA, People's Daily, Weibo or CLUENER file opened), no
generator's lists. Public figures' names in the politics, economy, sports and culture rows
are as any newspaper prints them (a news NER corpus tags them as persons too) or made-up
variants of such names; the private people (villagers, defendants, reporters, volunteers)
are invented; places, organisations, teams, idioms and
historical allusions are real (they are the near-misses). Same markup and scoring as
`devset_zh3_data.py`.

Genres: datelines (新华社…电（记者…）, 本报讯, 中央社記者…專電, 〔記者…／台北報導〕), politics and
diplomacy, economy and company news, sports results, court reports, culture and obituaries,
local news, international news with transliterated names with and without the interpunct,
Japanese and Korean names, names with titles and roles before and after (记者, 教练, 院长,
总经理, 主席), lists joined by 、 and 和, quoted speech (…说 / 表示 / 指出), names followed by
等人 / 一行, a given name alone after first mention; Simplified and Traditional; benign
sentences whose words look like names (places, organisations, idioms, 如何平衡-style traps).

Before any fix (146 rows, 159 names; `python benchmarks/devset_zh3.py --part m`): names fully
masked 0.950 (cn 0.971, tw 0.909), PII characters leaked 4.10% (cn 1.73%, tw 8.79%), benign
over-mask 3.09% (two road names alone as STREET_ADDRESS, 柯南迷, 向陽). After its fixes:
names fully masked 0.981 (tw 0.964), leaked 1.86% (tw 5.49%), over-mask 2.51% (the two road
names, 向陽). Left: 上川陽介 and 清宮幸太 (Japanese family names outside our table), 陳姓
(a surname alone before 姓).
"""

ROWS_M: tuple[tuple[str, str, str], ...] = (
    # --- datelines and bylines -------------------------------------------------------------
    ("dateline", "cn", "新华社北京3月5日电（记者[[P|张晓峰]]、[[P|刘佳琪]]）十四届全国人大二次会议今天上午开幕。"),
    ("dateline", "cn", "本报讯（记者 [[P|王莉]] 通讯员 [[P|陈刚]]）昨日，市交通局发布了春运出行提示。"),
    ("dateline", "cn", "（本报记者[[P|侯建军]] 实习生[[P|苗雨桐]]）"),
    ("dateline", "tw", "（中央社記者[[P|陳家豪]]東京5日專電）日本政府今天宣布提高最低工資。"),
    ("dateline", "tw", "〔記者[[P|林宜君]]／台北報導〕立法院今天三讀通過修正案。"),
    ("dateline", "tw", "（中央社記者[[P|黃雅詩]]、[[P|蘇龍麒]]台北20日電）颱風逐漸遠離。"),
    ("dateline", "cn", "中新网上海6月18日电 (记者 [[P|缪璐]])上海今年首个高温日比常年偏早。"),
    ("dateline", "tw", "【記者[[P|吳政峰]]／綜合報導】"),
    ("dateline", "cn", "责任编辑：[[P|史明月]]"),
    ("dateline", "tw", "編輯：[[P|郭靜怡]]　校對：[[P|薛志偉]]"),
    # --- politics and diplomacy ------------------------------------------------------------
    ("politics", "cn", "国务院副总理[[P|韩立群]]今天在人民大会堂会见了来访的新加坡外长[[P|拉贾·古马兰]]。"),
    ("politics", "cn", "省委书记[[P|郝振国]]主持召开省委常委会会议，省长[[P|钟敏]]出席。"),
    ("politics", "cn", "外交部发言人[[P|汪文涛]]在例行记者会上说，中方对此表示严重关切。"),
    ("politics", "cn", "市长[[P|邵宏伟]]、副市长[[P|田静]]一行深入企业调研。"),
    ("politics", "tw", "行政院長[[P|卓宏達]]今天主持院會，要求各部會加速落實政策。"),
    ("politics", "tw", "總統府發言人[[P|林佳蓉]]表示，總統將於下週出訪友邦。"),
    ("politics", "tw", "立委[[P|洪孟楷]]質詢時指出，預算編列明顯不足。"),
    ("politics", "tw", "國民黨主席[[P|朱正倫]]與民眾黨主席[[P|柯宗哲]]今天會面。"),
    ("politics", "cn", "全国政协委员[[P|雷鸣远]]建议，进一步降低中小企业融资成本。"),
    ("politics", "cn", "会议由县委副书记[[P|聂海涛]]主持，县人大常委会主任[[P|包丽珍]]等出席。"),
    # --- international news, transliterated names --------------------------------------
    ("intl", "cn", "法国总统[[P|马雷克龙]]当天在爱丽舍宫发表电视讲话。"),
    ("intl", "cn", "德国总理[[P|舒尔滕]]表示，德方愿与中方加强绿色能源合作。"),
    ("intl", "cn", "美国国务卿[[P|布林克曼]]与俄罗斯外长[[P|拉夫罗金]]在日内瓦举行会谈。"),
    ("intl", "cn", "联合国秘书长[[P|安东尼·古特里斯]]呼吁各方保持克制。"),
    ("intl", "cn", "巴西总统[[P|卢拉西尔瓦]]抵达北京，开始对中国进行国事访问。"),
    ("intl", "cn", "英国首相[[P|基思·斯塔梅尔]]在唐宁街10号会见了[[P|约翰逊]]一行。"),
    ("intl", "tw", "美國總統[[P|拜爾登]]今天簽署行政命令。"),
    ("intl", "tw", "烏克蘭總統[[P|澤倫斯基]]呼籲西方國家提供更多援助。"),
    ("intl", "tw", "歐盟執委會主席[[P|范德萊茵]]警告，能源危機恐將延續。"),
    ("intl", "tw", "以色列總理[[P|納坦雅胡]]的發言人[[P|艾薩克‧列維]]說，談判仍在進行。"),
    ("intl", "cn", "印度总理[[P|莫迪拉]]和巴基斯坦总理[[P|谢里夫汗]]均未出席峰会。"),
    ("intl", "cn", "据路透社报道，沙特能源大臣[[P|阿卜杜勒·阿齐兹]]说，欧佩克将维持减产。"),
    # --- Japanese and Korean names -----------------------------------------------------------
    ("jpkr", "cn", "日本首相[[P|岸本雄一]]在国会答辩时表示，将推进防卫费增加计划。"),
    ("jpkr", "cn", "日本经济产业大臣[[P|西村康太]]与韩国产业通商资源部长官[[P|李昌洙]]举行会谈。"),
    ("jpkr", "tw", "日本外相[[P|上川陽介]]抵達台北。"),
    ("jpkr", "tw", "南韓總統[[P|尹正浩]]今天宣布內閣改組，任命[[P|韓德壽]]為國務總理。"),
    ("jpkr", "cn", "韩国演员[[P|朴智敏]]和[[P|金秀贤]]主演的新剧收视率破纪录。"),
    ("jpkr", "cn", "日本作家[[P|村上春美]]的新作在中国出版。"),
    ("jpkr", "tw", "日職火腿鬥士的[[P|清宮幸太]]擊出再見安打。"),
    ("jpkr", "cn", "朝鲜最高领导人[[P|金正元]]视察了导弹试射。"),
    # --- economy and company news ------------------------------------------------------------
    ("econ", "cn", "华为轮值董事长[[P|徐志军]]在发布会上说，公司研发投入将继续增加。"),
    ("econ", "cn", "公司总经理[[P|许国平]]介绍，今年一季度营收同比增长12%。"),
    ("econ", "cn", "央行行长[[P|潘功成]]表示，将保持流动性合理充裕。"),
    ("econ", "cn", "国家统计局新闻发言人[[P|付凌辉]]指出，消费市场持续恢复。"),
    ("econ", "tw", "台積電董事長[[P|魏哲嘉]]在股東會上表示，今年營收可望成長兩成。"),
    ("econ", "tw", "鴻海集團創辦人[[P|郭台明]]宣布捐款十億元。"),
    ("econ", "cn", "阿里巴巴集团CEO[[P|吴泳明]]发布全员信。"),
    ("econ", "cn", "特斯拉首席执行官[[P|埃隆·马斯科]]宣布将在上海扩建工厂。"),
    ("econ", "tw", "經濟部長[[P|王美花]]說，電價調整方案下週公布。"),
    ("econ", "cn", "小米集团创始人[[P|雷君]]在年度演讲中回顾了创业历程。"),
    ("econ", "cn", "英伟达创始人[[P|黄仁勋]]身穿皮衣登台演讲。"),
    ("econ", "en", "苹果公司CEO [[P|Tim Cooke]] 今天访问了郑州的工厂。"),
    # --- sports results -------------------------------------------------------------------------
    ("sport", "cn", "男单决赛中，[[P|马腾]]以4比2战胜[[P|范志宇]]，夺得冠军。"),
    ("sport", "cn", "中国女排主教练[[P|蔡斌]]赛后表示，队员们发挥了应有水平。"),
    ("sport", "cn", "[[P|谷爱玲]]在自由式滑雪大跳台比赛中摘得金牌。"),
    ("sport", "cn", "上半场，[[P|武磊]]接[[P|张玉宁]]传中头球破门。"),
    ("sport", "tw", "中華隊投手[[P|古林睿揚]]先發五局無失分。"),
    ("sport", "tw", "羽球名將[[P|戴資穎]]以直落二擊敗[[P|山口茜]]。"),
    ("sport", "tw", "主帥[[P|曾豪駒]]賽後說：「球員們今天打得很好。」"),
    ("sport", "cn", "湖人队[[P|詹姆斯]]砍下30分，[[P|戴维斯]]贡献15个篮板。"),
    ("sport", "cn", "女子100米决赛，[[P|葛曼琪]]以11秒05的成绩夺冠，[[P|韦永丽]]获得亚军。"),
    ("sport", "cn", "本场比赛，梅西助攻[[P|苏亚雷兹]]破门。"),
    ("sport", "tw", "[[P|周天成]]、[[P|王齊麟]]、[[P|李洋]]等人將代表台灣出賽。"),
    ("sport", "cn", "教练[[P|孙海平]]说，[[G|翔子]]的状态正在恢复。"),
    # --- court reports -----------------------------------------------------------------------------
    ("court", "cn", "法院审理查明，被告人[[P|孙某某]]于2022年3月以虚构投资项目为由骗取他人钱款。"),
    ("court", "cn", "被告人[[P|刘建华]]犯受贿罪，被判处有期徒刑十年。"),
    ("court", "cn", "审判长[[P|陆文静]]宣读判决书后，[[P|刘建华]]表示不上诉。"),
    ("court", "tw", "台北地院審理後，依詐欺罪判處[[P|陳姓]]男子有期徒刑一年。"),
    ("court", "tw", "被告[[P|張志明]]辯稱不知情，法官[[P|李佩珊]]不採信。"),
    ("court", "tw", "檢察官[[P|蔡麗清]]起訴前董事長[[P|黃振邦]]涉嫌背信。"),
    ("court", "cn", "原告[[P|赵秀英]]诉被告[[P|钱卫东]]民间借贷纠纷一案，本院已审理终结。"),
    ("court", "cn", "公诉机关指控，2021年以来，[[P|罗某]]伙同[[P|韦某]]等人非法采矿。"),
    # --- culture and obituaries --------------------------------------------------------------
    ("culture", "cn", "著名作家[[P|林清远]]因病医治无效，于2023年10月8日在北京逝世，享年89岁。"),
    ("culture", "cn", "[[P|林清远]]同志的遗体告别仪式将于15日举行。"),
    ("culture", "tw", "資深演員[[P|常楓華]]昨晚辭世，享壽九十二歲，家屬[[P|常玉芬]]表示後事從簡。"),
    ("culture", "tw", "金馬獎最佳導演由[[P|鍾孟宏]]獲得，[[P|桂綸鎂]]獲最佳女主角。"),
    ("culture", "cn", "画家[[P|吴冠英]]的作品展在中国美术馆开幕。"),
    ("culture", "cn", "导演[[P|张一谋]]携新片亮相电影节，主演[[P|周冬宇]]、[[P|易洋千玺]]到场。"),
    ("culture", "cn", "本书作者[[P|余秋水]]说：“写作是我与自己对话的方式。”"),
    ("culture", "tw", "歌手[[P|江蕙芳]]宣布封麥，歌迷不捨。"),
    ("culture", "cn", "在院长[[P|周文华]]的带领下，医院完成了首例机器人手术。"),
    ("culture", "tw", "故宮博物院院長[[P|蕭宗煌]]出席開幕典禮。"),
    # --- local news ------------------------------------------------------------------------------
    ("local", "cn", "“我们这个村以前很穷，”村支书[[P|李德贵]]说，“现在家家户户都盖了新房。”"),
    ("local", "cn", "今年68岁的[[P|王秀兰]]是社区的志愿者。[[G|秀兰]]阿姨说，她每天都很充实。"),
    ("local", "cn", "环卫工人[[P|老杨]]每天凌晨四点就开始清扫街道。"),
    ("local", "tw", "里長[[P|黃金龍]]說，這條路已經坑坑洞洞好幾年了。"),
    ("local", "tw", "八旬老翁[[P|陳火旺]]每天騎腳踏車到市場賣菜。"),
    ("local", "cn", "群众[[P|张大爷]]告诉记者，社区食堂饭菜便宜又好吃。"),
    ("local", "tw", "消防局長[[P|李明峰]]指出，火勢在半小時內撲滅，無人傷亡。"),
    ("local", "cn", "见义勇为的外卖小哥[[P|彭清林]]受到市政府表彰。"),
    ("local", "cn", "[[P|陈晓梅]]大学毕业后回到家乡创业。“家乡需要年轻人，”[[G|晓梅]]说。"),
    ("local", "tw", "民眾[[P|吳小姐]]抱怨，公車常常誤點。"),
    # --- lists, 等人, 一行 -----------------------------------------------------------------------
    ("list", "cn", "获奖者名单：[[P|王建国]]、[[P|李红]]、[[P|张伟]]、[[P|欧阳明]]。"),
    ("list", "cn", "[[P|刘洋]]、[[P|王亚平]]和[[P|叶光富]]三名航天员顺利返回地面。"),
    ("list", "tw", "出席者包括[[P|蔡英杰]]、[[P|賴清華]]、[[P|蕭美琴]]等人。"),
    ("list", "cn", "[[P|胡春华]]等人陪同考察。"),
    ("list", "cn", "代表团成员有[[P|司马南]]、[[P|诸葛亮平]]、[[P|上官婉儿]]。"),
    ("list", "tw", "入圍名單：[[P|許光漢]]、[[P|柯震東]]、[[P|林柏宏]]。"),
    ("list", "cn", "[[P|杨振宁]]和[[P|李政道]]因发现宇称不守恒获诺贝尔奖。"),
    ("list", "cn", "本届奖项授予[[P|屠呦呦]]、[[P|袁隆平]]等科学家。"),
    # --- quoted speech --------------------------------------------------------------------------
    ("quote", "cn", "“经济增长的基础依然稳固，”[[P|刘志强]]说。"),
    ("quote", "cn", "[[P|高翔]]表示：“我们将全力以赴。”"),
    ("quote", "tw", "「這是歷史性的一刻，」[[P|蔡明亮]]說。"),
    ("quote", "tw", "[[P|王建民]]受訪時指出：「年輕球員需要更多機會。」"),
    ("quote", "cn", "专家[[P|马光远]]认为，房地产市场仍需时间企稳。"),
    ("quote", "cn", "“不要放弃，”[[P|莫言]]对年轻作者说。"),
    # --- Latin-script names in Chinese text ------------------------------------------------
    ("latin", "cn", "微软亚洲研究院院长[[P|Peter Lane]]在大会上发言。"),
    ("latin", "tw", "NBA球星[[P|Stephen Curry]]今年夏天將訪台。"),
    ("latin", "cn", "据BBC记者[[P|John Sudworth]]报道，伦敦今天大雨。"),
    ("latin", "cn", "[[P|Sam Altman]]在接受采访时说，OpenAI将发布新模型。"),
    # --- benign: places, organisations, idioms, traps -----------------------------------------
    ("benign", "cn", "政府如何平衡发展与保护，是一个长期课题。"),
    ("benign", "cn", "王府井大街人潮涌动，节日气氛浓厚。"),
    ("benign", "cn", "黄山风景区今年接待游客超过三百万人次。"),
    ("benign", "cn", "张家界国家森林公园迎来旅游旺季。"),
    ("benign", "cn", "武汉大学樱花节吸引了大批游客。"),
    ("benign", "cn", "中国人民银行今天下调存款准备金率。"),
    ("benign", "cn", "新华社北京3月5日电 十四届全国人大二次会议今天开幕。"),
    ("benign", "cn", "司马昭之心，路人皆知。"),
    ("benign", "cn", "他毛遂自荐，担任了项目负责人。"),
    ("benign", "cn", "孟母三迁的故事家喻户晓。"),
    ("benign", "cn", "叶公好龙式的支持没有意义。"),
    ("benign", "cn", "周一至周五，地铁早高峰客流量很大。"),
    ("benign", "cn", "万一出了问题，后果不堪设想。"),
    ("benign", "cn", "市委高度重视安全生产工作。"),
    ("benign", "cn", "温和的政策有利于市场稳定。"),
    ("benign", "cn", "任重道远，我们仍需努力。"),
    ("benign", "cn", "余下的比赛将在广州举行。"),
    ("benign", "cn", "他向记者介绍了白云机场的扩建情况。"),
    ("benign", "cn", "高明区的工业园区发展迅速。"),
    ("benign", "cn", "石家庄今天的空气质量为优。"),
    ("benign", "cn", "马上就要过年了，火车站人山人海。"),
    ("benign", "cn", "金融风险总体可控。"),
    ("benign", "tw", "總統府前的凱達格蘭大道擠滿了人潮。"),
    ("benign", "tw", "台積電第三季營收創下新高。"),
    ("benign", "tw", "中華隊以五比三擊敗日本隊。"),
    ("benign", "tw", "陽明山國家公園的海芋季開跑。"),
    ("benign", "tw", "高雄捷運紅線延伸段即將通車。"),
    ("benign", "tw", "如何平衡工作與家庭，是許多人的難題。"),
    ("benign", "tw", "中央氣象署發布大雨特報。"),
    ("benign", "tw", "林口長庚醫院新增一座停車場。"),
    ("benign", "tw", "黃金價格持續走高。"),
    ("benign", "tw", "高鐵台中站今天湧入大批返鄉旅客。"),
    ("benign", "tw", "柯南迷期待新一季動畫。"),
    ("benign", "tw", "文化部宣布補助本土電影。"),
    ("benign", "tw", "明天白天各地天氣晴朗。"),
    ("benign", "tw", "向陽的房子冬天比較溫暖。"),
)
