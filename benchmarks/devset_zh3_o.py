# ruff: noqa: E501, RUF001  (hand-written prose, full-width punctuation is the point)
"""Part o of the third Chinese dev set (see `devset_zh3.py`): wire copy in the manner of the
People's Daily / MSRA news corpora and of Taiwan's CNA, names and street addresses in it.

Written on 2026-12-04 for this file, before any fix was made for it, typed from general
knowledge: no news corpus, no NER or address data set, no generator's lists, no file on this
machine. The private people, house numbers, companies and cases are invented; the roads,
districts, counties, organisations, dynasties, products and idioms are real (they are the
near-misses, and the places an address is made of). Same markup and scoring as
`devset_zh3_data.py`.

Why: issue 13's held-out Chinese news corpus has person names fully masked 46% / 41% and
street-level addresses 2 of 85. Earlier parts guessed news prose as forum and local news; this
part guesses it as official wire copy: long sentences with many names in a row (、-lists,
和/与/及/暨), names between job titles (国务院副总理…, 董事長…表示), names followed by verbs of
saying (说, 表示, 指出, 强调, 認為), two-character names (surname + one character), four-character
names (double surnames, a married woman's two surnames, Tibetan and Mongolian names),
minority and transliterated names with and without the interpunct, names after
记者/通讯员/摄影/編譯, names in parentheses and quotes, sports results, obituaries, court
reports; street addresses in news sentences (位於…路…號, 在…街…号附近, …巷…弄, …大道,
县/乡/镇/村 addresses, 地址：…). Near-misses (45 rows): organisations, places, dynasties,
products, idioms, road names alone without a number, titles without a name, surname
characters starting ordinary words.

Historical figures: they count as names here (style `hist`, 5 rows). A news NER corpus tags
every person PER, dead or alive, public or private, and the guard cannot tell a historical
figure from a private person by shape; masking 孫中山 costs a reader little. What is named
after them is not a person and stays benign: 中山大学, 中山路, 逸仙路, idioms such as
毛遂自荐 and 司马昭之心, dynasties, temples.

    python benchmarks/devset_zh3.py --part o [--misses]

Before any fix (178 rows: 147 names, 35 addresses, 45 benign; code at commit 0f7dfd0;
`python benchmarks/devset_zh3.py --part o`): names fully masked 0.952 (cn 0.930, tw 1.000;
two-character 0.923, four+ 0.750, foreign 0.875), street addresses 1.000, PII characters
leaked 1.51% (cn 2.44%, tw 0.00%), benign over-mask 2.31%. Misses: minority names with no
cue the role table knows (古丽娜尔·阿不都热依木 opening a sentence, 格桑旺堆 after 牧民,
其木格 opening a sentence, 次仁央宗 after 藏族姑娘), a transliterated name after 前锋
(罗德里戈斯), the historical figures 郑和 and 鲁迅; over-masks: the bare road names 淮海中路
and 光復南路和忠孝東路口 as STREET_ADDRESS, 豪雨特(報) as PERSON.

After its fixes (commit 202ed12: zh_minority's Tibetan/Mongolian name words and Uyghur
characters in dotted names, a transliteration stopping before an idiom, 豪雨|特報, 迅):
names 0.993 (cn 0.990, tw 1.000), addresses 1.000, PII characters leaked 0.20%, benign
over-mask 1.90%. Left: 郑和 (LAC reads 郑和七下西洋 as one place); 淮海中路两旁 and the crossing
光復南路和忠孝東路口, which zh_addresses masks by design (a bare road with a word of place,
a crossing: part n's gold counts the crossing as an address; this part's gold does not).
"""

ROWS_O: tuple[tuple[str, str, str], ...] = (
    # --- wire lists: 、 and 和/与/及/暨 ------------------------------------------------------------
    ("list", "cn", "出席会议的有[[P|郭振邦]]、[[P|闫丽萍]]、[[P|韩冬]]、[[P|戚明远]]、[[P|卜晓军]]等省市负责同志。"),
    ("list", "cn", "中共中央政治局常委[[P|庞建国]]、[[P|滕文海]]、[[P|祁永泰]]参加了座谈。"),
    ("list", "cn", "获奖者[[P|岳红梅]]与[[P|左建]]分别来自甘肃和宁夏。"),
    ("list", "cn", "会见时在座的还有[[P|殷卫东]]、[[P|包晓峰]]及[[P|舒勤]]。"),
    ("list", "cn", "[[P|单国华]]、[[P|柏雪莲]]、[[P|芦鑫]]三人被评为全国劳动模范。"),
    ("list", "cn", "科研团队由[[P|谈立伟]]院士牵头，成员包括[[P|郎悦]]、[[P|井海涛]]和[[P|危春燕]]。"),
    ("list", "tw", "出席典禮的貴賓包括[[P|游錫琛]]、[[P|蘇美玉]]、[[P|賴俊宏]]與[[P|邱淑惠]]。"),
    ("list", "tw", "國民黨籍議員[[P|廖國棟]]、[[P|江麗華]]暨民進黨籍議員[[P|洪志誠]]聯合召開記者會。"),
    ("list", "tw", "入圍最佳男主角的有[[P|莊凱翔]]、[[P|温子傑]]和[[P|沈偉]]。"),
    ("list", "cn", "参加此次调研的专家有[[P|严东升]]、[[P|符琳]]、[[P|甘学义]]、[[P|桑雅琴]]。"),
    ("list", "tw", "董事會選出[[P|陳柏廷]]為董事長，[[P|林芳儀]]、[[P|黃士哲]]為副董事長。"),
    ("list", "cn", "[[P|翟文]]和[[P|鲍秋菊]]夫妇在村里办起了合作社。"),
    # --- job titles before and after --------------------------------------------------------------
    ("title", "cn", "国务院副总理[[P|韦振华]]今天在北京会见了来访的客人。"),
    ("title", "cn", "省委书记[[P|巩宏斌]]、省长[[P|牛家栋]]一同前往灾区。"),
    ("title", "cn", "外交部发言人[[P|凌志坚]]在例行记者会上回答了提问。"),
    ("title", "tw", "行政院長[[P|蔡正綸]]今天前往花蓮視察災情。"),
    ("title", "tw", "台積電董事長[[P|魏振寰]]表示，先進製程需求依然強勁。"),
    ("title", "tw", "台北市長[[P|杜以安]]下午主持市政會議。"),
    ("title", "cn", "华远集团总经理[[P|乔卫星]]说，今年出口增长了两成。"),
    ("title", "cn", "北京大学教授[[P|尚文博]]认为，人才培养要立足长远。"),
    ("title", "tw", "立法委員[[P|簡瑞蓮]]質詢時指出，長照經費明顯不足。"),
    ("title", "cn", "[[P|蒲德林]]副省长在讲话中要求，各地要抓好春耕生产。"),
    ("title", "cn", "[[P|邝志勇]]主任介绍了项目进展情况。"),
    ("title", "tw", "衛福部次長[[P|石銘宏]]說明疫苗採購進度。"),
    ("title", "cn", "全国人大代表、农民企业家[[P|谷满仓]]建议加大对乡村振兴的投入。"),
    # --- verbs of saying ---------------------------------------------------------------------
    ("say", "cn", "[[P|房立新]]说：“我们一定要把这件好事办好。”"),
    ("say", "cn", "“这是一次历史性的突破。”[[P|苗文静]]强调。"),
    ("say", "tw", "[[P|詹雅婷]]表示，她會繼續為偏鄉孩子爭取資源。"),
    ("say", "cn", "[[P|柴东]]指出，基层干部要多听群众意见。"),
    ("say", "tw", "[[P|葉俊榮]]說，政府將在年底前提出具體方案。"),
    ("say", "cn", "[[P|臧海鹰]]坦言，刚开始创业时非常艰难。"),
    ("say", "tw", "[[P|卓欣怡]]認為，年輕人應該多出國看看。"),
    ("say", "cn", "对此，[[P|伍家豪]]回应称，公司将依法维权。"),
    # --- two-character names ---------------------------------------------------------------------
    ("two", "cn", "[[P|汪洁]]今年二十六岁，是村里第一个大学生。"),
    ("two", "cn", "工程师[[P|冯涛]]已经在工地上守了三个月。"),
    ("two", "tw", "[[P|許晴]]從小在台東長大。"),
    ("two", "cn", "据[[P|喻敏]]回忆，那天雨下得很大。"),
    ("two", "tw", "護理師[[P|鍾瑩]]連續值班十六小時。"),
    ("two", "cn", "老党员[[P|焦刚]]把积蓄全部捐给了村小学。"),
    # --- four-character names -----------------------------------------------------------------------
    ("four", "cn", "[[P|欧阳振宇]]在比赛中发挥出色。"),
    ("four", "cn", "本届论坛由[[P|司徒慧琳]]主持。"),
    ("four", "hk", "前布政司[[P|李陳淑儀]]昨日出席慈善晚宴。"),
    ("four", "tw", "[[P|張簡俊傑]]獲選為模範父親。"),
    ("four", "cn", "[[P|诸葛明轩]]、[[P|上官婉清]]两位选手携手晋级决赛。"),
    ("four", "tw", "[[P|范姜雅琪]]老師帶領學生完成社區壁畫。"),
    # --- minority and transliterated names --------------------------------------------------------
    ("ethnic", "cn", "来自新疆喀什的[[P|艾克拜尔·吐尔逊]]是一名乡村医生。"),
    ("ethnic", "cn", "[[P|古丽娜尔·阿不都热依木]]在大会上发言。"),
    ("ethnic", "cn", "牧民[[P|格桑旺堆]]今年承包了两千亩草场。"),
    ("ethnic", "cn", "[[P|其木格]]和丈夫[[P|巴特尔]]经营着一家奶制品厂。"),
    ("ethnic", "cn", "藏族姑娘[[P|次仁央宗]]考上了北京的大学。"),
    ("ethnic", "tw", "排灣族藝術家[[P|達努巴克·撒古]]的作品在台東展出。"),
    ("ethnic", "tw", "阿美族歌手[[P|馬耀·吉洛]]獲得金曲獎提名。"),
    ("translit", "cn", "美国国务卿[[P|安德森·卡特]]抵达北京。"),
    ("translit", "cn", "俄罗斯总统助理[[P|维克多·彼得连科]]表示，双方将加强合作。"),
    ("translit", "cn", "德国总理[[P|克伦德勒]]与法国总统[[P|勒克莱尔]]举行会谈。"),
    ("translit", "tw", "英國首相[[P|哈靈頓]]今天宣布內閣改組。"),
    ("translit", "cn", "联合国秘书长特使[[P|哈米德·奥斯曼]]呼吁各方保持克制。"),
    ("translit", "tw", "法國導演[[P|尚皮耶·馬丁]]的新片在坎城首映。"),
    ("translit", "cn", "日本首相[[P|石田健太郎]]与韩国总统[[P|朴正勋]]通电话。"),
    ("translit", "cn", "巴西前锋[[P|罗德里戈斯]]梅开二度。"),
    # --- bylines: 记者 / 通讯员 / 摄影 / 编译 --------------------------------------------------------
    ("byline", "cn", "本报北京3月5日电（记者[[P|毛雪峰]]、[[P|龙婷婷]]）全国政协十四届五次会议今天开幕。"),
    ("byline", "cn", "新华社记者[[P|晏子豪]]摄"),
    ("byline", "cn", "本报通讯员[[P|屈海军]] 记者[[P|鞠红]]"),
    ("byline", "tw", "（中央社記者[[P|蕭博文]]台北5日電）行政院今天通過明年度總預算案。"),
    ("byline", "tw", "（中央社記者[[P|呂欣]]東京4日專電）日本央行宣布維持利率不變。"),
    ("byline", "cn", "图为游客在景区观赏红叶。[[P|栾晓东]]摄"),
    ("byline", "tw", "（編輯：[[P|翁世航]]）"),
    ("byline", "cn", "（责任编辑：[[P|戴晓玲]]）"),
    ("byline", "tw", "中央社記者[[P|孫仲賢]]攝 115年3月2日"),
    # --- parentheses and quotes --------------------------------------------------------------------
    ("paren", "cn", "一位村民（化名[[P|小周]]）告诉记者，水已经退了。"),
    ("paren", "cn", "该公司法定代表人（[[P|邹建明]]）已被依法传唤。"),
    ("paren", "tw", "受害女童（[[P|小芸]]，化名）目前已無生命危險。"),
    ("paren", "cn", "人称“常大姐”的[[P|常秀兰]]，在社区服务了二十年。"),
    ("paren", "tw", "被稱為「台灣之光」的[[P|施冠宇]]再度奪冠。"),
    # --- sports results -------------------------------------------------------------------------
    ("sport", "cn", "男子100米决赛中，[[P|钱磊]]以9秒97夺冠，[[P|谢安邦]]和[[P|万俊]]分获二、三名。"),
    ("sport", "cn", "女单决赛，[[P|何思琪]]以4比2战胜队友[[P|孔蕾]]，首次获得世界冠军。"),
    ("sport", "tw", "中華隊投手[[P|陳冠廷]]主投七局無失分，[[P|林立翔]]敲出致勝安打。"),
    ("sport", "cn", "第78分钟，[[P|岑浩]]接[[P|麦振东]]传球破门。"),
    ("sport", "tw", "女子舉重49公斤級，[[P|方莉婷]]以總和201公斤摘銀。"),
    ("sport", "cn", "混双比赛中，[[P|蒋天佑]]/[[P|黄雅琦]]2比1逆转日本组合[[P|山本大辉]]/[[P|佐藤美咲]]。"),
    ("sport", "cn", "马拉松男子组冠军由肯尼亚选手[[P|基普罗蒂奇]]获得。"),
    # --- obituaries -----------------------------------------------------------------------------
    ("obit", "cn", "著名作曲家[[P|廉国栋]]同志因病医治无效，于2026年11月8日在上海逝世，享年91岁。"),
    ("obit", "cn", "[[P|景慧芳]]同志遗体告别仪式在八宝山革命公墓举行。"),
    ("obit", "tw", "資深媒體人[[P|柯文彬]]病逝，享壽八十三歲，家屬遵其遺願低調治喪。"),
    ("obit", "tw", "先父[[P|傅清泉]]老先生慟於民國115年10月3日辭世。"),
    ("obit", "cn", "[[P|黎志坚]]教授逝世，学界同仁深表哀悼。"),
    # --- court reports ----------------------------------------------------------------------------
    ("court", "cn", "被告人[[P|鲁志强]]犯故意伤害罪，判处有期徒刑三年。"),
    ("court", "cn", "法院审理查明，[[P|卢某某]]于2025年7月多次盗窃他人财物。"),
    ("court", "tw", "審判長[[P|邵文龍]]、法官[[P|潘以琳]]、[[P|姚家豪]]組成合議庭審理本案。"),
    ("court", "tw", "被告[[P|涂建志]]涉嫌詐欺，台北地院判處有期徒刑一年二月。"),
    ("court", "cn", "公诉机关指控，被告人[[P|殷某]]伙同[[P|闫某]]非法吸收公众存款。"),
    ("court", "cn", "原告[[P|宫秀芝]]诉称，被告[[P|车立平]]拖欠货款二十万元。"),
    ("court", "tw", "辯護律師[[P|胡家瑋]]主張，被告並無犯意。"),
    # --- historical figures (count as names; see docstring) ----------------------------------------
    ("hist", "cn", "[[P|孙中山]]先生领导的辛亥革命推翻了帝制。"),
    ("hist", "cn", "唐代诗人[[P|杜甫]]在成都住了将近四年。"),
    ("hist", "tw", "[[P|鄭成功]]於1661年率軍渡海來台。"),
    ("hist", "cn", "[[P|郑和]]七下西洋，最远到达非洲东岸。"),
    ("hist", "cn", "纪念馆陈列着[[P|鲁迅]]的手稿和书信。"),
    # --- street addresses in news sentences ------------------------------------------------------
    ("addr", "tw", "事發地點位於[[A|新北市三重區重新路四段97號]]的一處倉庫。"),
    ("addr", "tw", "該公司位於[[A|臺中市西屯區臺灣大道三段658號]]15樓。"),
    ("addr", "cn", "昨天下午，[[A|福州市鼓楼区五四路158号]]附近发生一起车辆自燃事故。"),
    ("addr", "cn", "有市民反映，[[A|长春市朝阳区红旗街1255号]]附近路灯不亮。"),
    ("addr", "tw", "警方在[[A|臺南市中西區民族路二段76巷5弄3號]]查獲一處賭場。"),
    ("addr", "tw", "火警發生在[[A|高雄市鳳山區光遠路212巷18弄7號]]，所幸無人傷亡。"),
    ("addr", "cn", "新店开在[[A|武汉市江汉区解放大道690号]]。"),
    ("addr", "cn", "该项目位于[[A|广州市天河区黄埔大道西638号]]，总建筑面积12万平方米。"),
    ("addr", "tw", "位於[[A|南投縣埔里鎮中正路312號]]的老店已有六十年歷史。"),
    ("addr", "tw", "救難人員趕到[[A|屏東縣霧臺鄉好茶村2鄰18號]]時，土石已掩埋半間房屋。"),
    ("addr", "cn", "他出生在[[A|云南省大理州宾川县金牛镇新庄村45号]]。"),
    ("addr", "cn", "记者来到[[A|甘肃省定西市安定区香泉镇中川村三社]]，看到家家户户都装上了自来水。"),
    ("addr", "cn", "活动报名地址：[[A|杭州市拱墅区莫干山路100号耀江国际大厦2楼]]。"),
    ("addr", "tw", "報名地址：[[A|高雄市苓雅區四維三路2號]]，額滿為止。"),
    ("addr", "cn", "捐赠物资可送至[[A|郑州市中原区建设西路187号]]，联系人[[P|宁海波]]。"),
    ("addr", "cn", "嫌疑人租住在[[A|深圳市宝安区西乡街道固戍一路23号]]一间出租屋内。"),
    ("addr", "hk", "警方在[[A|九龍觀塘道388號]]一個單位內檢獲大批毒品。"),
    ("addr", "hk", "火警現場位於[[A|荃灣沙咀道298號]]一幢工廈。"),
    ("addr", "cn", "事发地在[[A|成都市武侯区一环路南三段15号]]门前。"),
    ("addr", "tw", "民眾可至[[A|臺北市萬華區康定路173巷21號]]領取物資。"),
    ("addr", "cn", "[[A|西安市碑林区东大街318号]]的老字号饭庄重新开业。"),
    ("addr", "cn", "该案发生在[[A|南宁市青秀区民族大道136号]]附近的一个停车场。"),
    ("addr", "tw", "死者陳屍於[[A|桃園市中壢區中華路一段450巷2弄16號]]住處。"),
    ("addr", "cn", "工作站设在[[A|江西省赣州市于都县贡江镇长征大道88号]]。"),
    ("addr", "tw", "新址位於[[A|新竹縣竹北市光明六路東一段268號]]。"),
    ("addr", "cn", "地址：[[A|哈尔滨市道里区中央大街120号]]，营业时间为上午9时至晚上9时。"),
    ("addr", "tw", "地址：[[A|宜蘭縣礁溪鄉德陽村溫泉路68號]]"),
    ("addr", "cn", "据悉，涉事店铺位于[[A|合肥市蜀山区长江西路499号]]一楼。"),
    ("addr", "tw", "案發地點在[[A|基隆市仁愛區愛三路35號]]前的騎樓。"),
    ("addr", "cn", "失主[[P|阮丽娟]]家住[[A|太原市小店区亲贤北街66号院]]。"),
    ("addr", "tw", "嫌犯藏身在[[A|彰化縣和美鎮彰美路五段160號]]一處鐵皮屋。"),
    ("addr", "cn", "新馆位于[[A|上海市浦东新区世纪大道2001号]]。"),
    ("addr", "cn", "在[[A|北京市海淀区中关村大街27号]]附近，记者看到排队的人群。"),
    ("addr", "tw", "店址：[[A|臺北市大同區迪化街一段32巷5號]]"),
    ("addr", "cn", "[[A|湖南省衡阳市衡山县开云镇东湖村12组]]村民[[P|匡德顺]]家中失火。"),
    # --- benign near-misses --------------------------------------------------------------------
    ("benign", "cn", "人民日报社与新华通讯社联合举办了新闻论坛。"),
    ("benign", "cn", "中国银行和建设银行均下调了存款利率。"),
    ("benign", "tw", "鴻海與長榮航空今天公布第三季財報。"),
    ("benign", "cn", "国务院常务会议部署了稳就业的措施。"),
    ("benign", "tw", "行政院會今天通過了長照條例修正草案。"),
    ("benign", "cn", "外交部发言人在例行记者会上回答了提问。"),
    ("benign", "tw", "董事長表示，公司明年將擴大投資。"),
    ("benign", "cn", "总理指出，要坚定不移推进改革开放。"),
    ("benign", "cn", "黄山和武夷山都是世界文化与自然双重遗产。"),
    ("benign", "tw", "金門與馬祖的小三通航班恢復正常。"),
    ("benign", "cn", "张家口和石家庄今天都有小雨。"),
    ("benign", "cn", "唐朝和宋朝的服饰风格差异很大。"),
    ("benign", "tw", "明清時期的瓷器在拍賣會上屢創天價。"),
    ("benign", "cn", "中山大学和逸仙路都是为纪念一位先贤而命名的。"),
    ("benign", "cn", "红旗轿车和小米手机都是国产品牌。"),
    ("benign", "cn", "王老吉和康师傅在超市里摆在一起。"),
    ("benign", "cn", "他毛遂自荐，当上了班长。"),
    ("benign", "cn", "这种做法可谓司马昭之心，路人皆知。"),
    ("benign", "tw", "孔融讓梨的故事大家從小就聽過。"),
    ("benign", "cn", "解放大道是武汉最长的城市主干道之一。"),
    ("benign", "tw", "敦化南路的林蔭大道是台北的地標。"),
    ("benign", "cn", "淮海中路两旁的梧桐树开始落叶了。"),
    ("benign", "cn", "黄金价格连续三天上涨。"),
    ("benign", "cn", "高速公路上发生了多车追尾。"),
    ("benign", "tw", "周末的天氣轉涼，請注意保暖。"),
    ("benign", "cn", "林业部门加强了森林防火巡查。"),
    ("benign", "cn", "展厅里陈列着各种钟表。"),
    ("benign", "tw", "何時恢復供水，目前還無法確定。"),
    ("benign", "cn", "温度骤降，严重影响了蔬菜生长。"),
    ("benign", "tw", "中華隊在亞錦賽擊敗韓國隊。"),
    ("benign", "cn", "湖人队客场战胜了勇士队。"),
    ("benign", "cn", "端午节期间，各地举行了龙舟赛。"),
    ("benign", "tw", "記者會結束後，主席匆匆離開。"),
    ("benign", "cn", "本报记者从市教育局获悉，秋季学期将于9月1日开学。"),
    ("benign", "cn", "新华社北京6月12日电 国家统计局今天发布了5月份经济数据。"),
    ("benign", "tw", "中央社台北12日電 氣象署今天發布豪雨特報。"),
    ("benign", "cn", "长江经济带发展战略实施十周年。"),
    ("benign", "cn", "文化路上新开了一家书店。"),
    ("benign", "tw", "光復南路和忠孝東路口發生擦撞。"),
    ("benign", "cn", "该县共有12个乡镇、186个行政村。"),
    ("benign", "cn", "法院审理后认为，被告人的行为已构成犯罪。"),
    ("benign", "tw", "審判長宣判後，被告當庭表示不服。"),
    ("benign", "cn", "少数民族代表在大会上发言。"),
    ("benign", "cn", "比赛结束后，双方队员握手致意。"),
    ("benign", "cn", "马上就要过年了，火车站人山人海。"),
)
