# ruff: noqa: E501, RUF001  (hand-written prose, full-width punctuation is the point)
"""Part e of the third Chinese dev set (see `devset_zh3.py`): genres parts a-d do not cover.

Written on 2026-12-01 for this file, before any fix was made for it, from general knowledge:
no news corpus, no NER data set (CLUENER2020 in particular never opened), no generator's
lists. Every person, company, building and number is invented here; names of real public
figures are avoided on purpose, brands and places are real (they are the near-misses).
Same markup and scoring as `devset_zh3_data.py`.

Genres: wire copy with many transliterated foreign names (with and without the interpunct),
sports rosters, entertainment (stage names), corporate filings (lists of directors), court
notices, school notices, Taiwan 里/鄰 addresses, Hong Kong addresses with 號/室/樓/座 and
building names, Macau, PRC rural 村/組 addresses, romanised (pinyin, Wade-Giles, Cantonese)
names inside English text, four-character names with a double surname, names that are
also words; and near-misses that must not be masked: companies and brands named after a
person, places alone, dishes, idioms, products.
"""

ROWS_E: tuple[tuple[str, str, str], ...] = (
    # --- wire copy, many foreign names ------------------------------------------------
    ("wire", "tw", "烏克蘭外長[[P|安德烈·莫洛茲]]與波蘭外長[[P|卡齊米日·諾瓦克]]在華沙會面。"),
    ("wire", "tw", "智利總統[[P|費南多·奧雷亞納]]今天宣布內閣改組，財政部長由[[P|羅德里戈·巴斯托斯]]接任。"),
    ("wire", "tw", "聯合國秘書長特使[[P|奧斯卡·林德貝里]]說，停火談判進入最後階段。"),
    ("wire", "tw", "南非反對黨領袖[[P|塔博·恩科西]]批評政府的電力政策。"),
    ("wire", "tw", "[[P|梅爾多夫]]表示，德國將增加對非洲的援助。"),
    ("wire", "tw", "法國外長[[P|巴魯瓦]]與義大利總理[[P|馬里內蒂]]通電話。"),
    ("wire", "cn", "俄罗斯副外长[[P|谢尔盖·博尔季科夫]]会见了中国驻俄大使。"),
    ("wire", "cn", "巴西总统[[P|若昂·卡瓦略]]抵达北京，开始为期三天的国事访问。"),
    ("wire", "cn", "世卫组织总干事[[P|阿巴迪]]呼吁各国加强疫苗合作。"),
    ("wire", "cn", "据报道，肯尼亚总统[[P|基普罗诺]]和埃塞俄比亚总理[[P|特斯法耶]]签署了协议。"),
    ("wire", "cn", "[[P|哈米德·拉希米]]说，阿富汗的人道局势仍然严峻。"),
    ("wire", "cn", "美国参议员[[P|道格拉斯·惠特莫尔]]提出了一项新的对华法案。"),
    ("wire", "cn", "新西兰财长[[P|妮可拉·麦肯齐]]公布了新的预算案。"),
    ("wire", "tw", "泰國總理[[P|頌猜]]視察了曼谷的防洪工程。"),
    # --- sports rosters ---------------------------------------------------------------
    ("sport", "tw", "今晚先發名單：投手[[P|黃子鈞]]，捕手[[P|蘇冠霖]]，一壘手[[P|鄭宇翔]]。"),
    ("sport", "tw", "中華隊十二人名單：[[P|游承睿]]、[[P|曾柏勳]]、[[P|賴俊凱]]、[[P|歐陽昱廷]]、[[P|簡志豪]]。"),
    ("sport", "tw", "第三局[[P|范子謙]]擊出二壘安打，送回[[P|馬立言]]得分。"),
    ("sport", "cn", "首发阵容：门将[[P|卢一鸣]]，后卫[[P|段文博]]、[[P|蒋子豪]]、[[P|郁海峰]]，前锋[[P|白振宇]]。"),
    ("sport", "cn", "女排集训名单：[[P|袁诗琪]]、[[P|钱雨菲]]、[[P|司马佳怡]]、[[P|葛梦瑶]]。"),
    ("sport", "cn", "第78分钟，[[P|韦家乐]]替换[[P|邓志成]]登场。"),
    ("sport", "cn", "跳水决赛中，[[P|全晓彤]]以总分438分夺冠，[[P|明思雨]]获得亚军。"),
    ("sport", "tw", "羽球女單[[P|戴于婕]]直落二擊敗對手，晉級四強。"),
    ("sport", "en", "Starting five: [[P|Chen Jun-Wei]], [[P|Lin Po-Han]], [[P|Wu Tsung-Hsien]], [[P|Hsu Kuan-Ting]] and [[P|Chou Yi-Lun]]."),
    # --- entertainment, stage names ---------------------------------------------------
    ("ent", "tw", "歌手[[P|阿霖]]睽違五年發行新專輯，主打歌由[[P|周承翰]]作曲。"),
    ("ent", "tw", "藝人[[P|小薰]]今天在社群上宣布婚訊。"),
    ("ent", "tw", "主持人[[P|大飛]]與[[P|夏天]]搭檔主持今年的跨年晚會。"),
    ("ent", "tw", "[[P|邱以柔]]憑藉新劇入圍金鐘獎最佳女主角。"),
    ("ent", "cn", "歌手[[P|林小鹿]]的巡演门票开售十分钟即售罄。"),
    ("ent", "cn", "演员[[P|沈一帆]]和[[P|苏念]]主演的电视剧下月开播。"),
    ("ent", "cn", "[[P|萧逸辰]]在综艺节目中透露自己曾经当过外卖员。"),
    ("ent", "cn", "导演[[P|钟楚然]]的新片获得了最佳导演提名。"),
    ("ent", "tw", "偶像團體成員[[P|阿杰]]因傷退出演唱會。"),
    # --- corporate filings: directors --------------------------------------------------
    ("filing", "tw", "本公司第十屆董事：董事長[[P|廖文雄]]，董事[[P|鍾佩君]]、[[P|司馬承恩]]、[[P|張簡雅文]]，獨立董事[[P|溫世豪]]。"),
    ("filing", "tw", "監察人[[P|古美玲]]於本年度辭任，由[[P|卓明達]]補選。"),
    ("filing", "tw", "法人董事代表人：[[P|孔令威]]（代表啟明投資股份有限公司）。"),
    ("filing", "cn", "董事会成员：[[P|顾振华]]（董事长）、[[P|诸葛明轩]]、[[P|岳晓宁]]、[[P|常文博]]。"),
    ("filing", "cn", "公司独立董事[[P|邵景行]]、[[P|皇甫嘉怡]]对本次关联交易发表了独立意见。"),
    ("filing", "cn", "实际控制人[[P|甘立峰]]持有公司32.5%的股份。"),
    ("filing", "cn", "总经理[[P|符永健]]、财务总监[[P|易芳芳]]签署了本报告。"),
    # --- court notices ----------------------------------------------------------------
    ("court", "tw", "公示送達：應受送達人[[P|魏建勳]]，原住[[A|臺北市萬華區西園路二段261巷17號]]，現應受送達處所不明。"),
    ("court", "tw", "債務人[[P|黎淑貞]]名下之不動產，定於114年3月5日公開拍賣。"),
    ("court", "tw", "聲請人[[P|上官婉清]]聲請宣告[[P|上官德明]]為受監護宣告之人。"),
    ("court", "cn", "本院受理原告[[P|于海波]]诉被告[[P|刘晓东]]民间借贷纠纷一案，现依法向你公告送达起诉状副本。"),
    ("court", "cn", "被执行人[[P|陶立军]]，男，1978年出生，住[[A|湖北省襄阳市樊城区长虹北路45号]]。"),
    ("court", "cn", "上诉人[[P|东方雅琪]]因离婚纠纷一案，不服一审判决，提起上诉。"),
    # --- school notices ---------------------------------------------------------------
    ("school", "tw", "賀！本校六年甲班[[P|吳品萱]]、[[P|蔡承翰]]同學榮獲全國語文競賽第一名。"),
    ("school", "tw", "三年二班[[P|陳宥廷]]家長您好，請於週五前繳回家長同意書。"),
    ("school", "cn", "表彰名单：[[P|王梓涵]]、[[P|李沐阳]]、[[P|高明]]、[[P|林立]]同学被评为三好学生。"),
    ("school", "cn", "请[[P|张一诺]]同学的家长放学后到教务处。"),
    ("school", "cn", "班主任[[P|武静]]老师提醒：明天上午八点在操场集合。"),
    # --- names that are also words ----------------------------------------------------
    ("word", "cn", "[[P|文静]]今天请假了，她的工作由[[P|石磊]]代理。"),
    ("word", "cn", "联系人：[[P|金星]]，电话[[I|13712345678]]。"),
    ("word", "tw", "[[P|江海]]是我大學同學，現在在竹科上班。"),
    ("word", "cn", "会议由[[P|高峰]]主持，[[P|白雪]]负责记录。"),
    ("word", "tw", "新任課長[[P|方正]]下週一到職。"),
    ("word", "cn", "[[P|马力]]和[[P|常青]]合作完成了这个项目。"),
    ("word", "tw", "我同事[[P|夏雨]]明天生日，幫我想個祝福語。"),
    # --- four-character names, double surname ----------------------------------------
    ("compound", "tw", "[[P|歐陽明珠]]教授的研究團隊發表了新論文。"),
    ("compound", "tw", "請把合約寄給[[P|司馬懷遠]]律師。"),
    ("compound", "cn", "[[P|欧阳子健]]和[[P|司徒振邦]]代表公司出席签约仪式。"),
    ("compound", "cn", "[[P|诸葛慧琳]]说她下个月调到成都分公司。"),
    ("compound", "tw", "[[P|南宮思穎]]是這次專案的負責人。"),
    ("compound", "cn", "经办人[[P|慕容浩然]]已经把材料交上去了。"),
    # --- Taiwan 里/鄰 addresses --------------------------------------------------------
    ("tw-addr", "tw", "戶籍地址：[[A|臺南市安平區國平里12鄰健康路三段88號]]。"),
    ("tw-addr", "tw", "住址[[A|新北市中和區錦和里7鄰中和路300巷12號5樓]]，請掛號寄送。"),
    ("tw-addr", "tw", "[[A|彰化縣員林市三條里15鄰中正路456號]]的住戶反映路燈不亮。"),
    ("tw-addr", "tw", "通訊地址：[[A|花蓮縣吉安鄉太昌村6鄰明義六街21號]]，收件人[[P|潘怡君]]。"),
    ("tw-addr", "tw", "[[A|宜蘭縣羅東鎮北成里3鄰純精路二段120號2樓]]"),
    # --- Hong Kong: 號/室/樓/座 and building names --------------------------------------
    ("hk", "tw", "請寄到[[A|香港九龍旺角彌敦道688號旺角中心一期12樓1203室]]。"),
    ("hk", "tw", "辦公室搬到[[A|香港鰂魚涌英皇道979號太古坊德宏大廈5樓]]。"),
    ("hk", "tw", "地址：[[A|新界荃灣青山公路398號愉景新城2座18樓B室]]"),
    ("hk", "tw", "住[[A|屯門兆康苑康和閣15樓8室]]，有事請打[[I|9123 4567]]。"),
    ("hk", "tw", "送貨地址：[[A|九龍觀塘開源道55號銀濤大廈3樓A室]]，聯絡人[[P|陳生]]。"),
    ("hk", "tw", "[[P|李太]]住喺[[A|沙田大圍美林邨美槐樓1025室]]。"),
    ("hk", "en", "Please courier it to [[A|Flat 12B, Block 3, Sereno Garden, 18 Tai Hang Road, Hong Kong]]."),
    # --- Macau ------------------------------------------------------------------------
    ("macau", "tw", "收件地址：[[A|澳門氹仔柯維納馬路250號濠庭都會第3座10樓A]]。"),
    ("macau", "tw", "公司位於[[A|澳門新馬路61號永光大廈5樓]]。"),
    ("macau", "tw", "[[A|澳門黑沙環新街52號海濱花園第二座8樓C座]]，[[P|梁先生]]收。"),
    ("macau", "cn", "澳门居民[[P|区志明]]的住址是[[A|澳门罗理基博士大马路600号第一国际商业中心15楼]]。"),
    # --- PRC rural 村/组 ---------------------------------------------------------------
    ("rural", "cn", "户籍地：[[A|湖南省邵阳市隆回县桃洪镇石门村五组]]。"),
    ("rural", "cn", "寄到[[A|四川省南充市仪陇县马鞍镇长坪村3组28号]]，收件人[[P|何秀兰]]。"),
    ("rural", "cn", "贫困户[[P|杨德贵]]家住[[A|云南省大理州宾川县金牛镇新庄村委会下村组]]。"),
    ("rural", "cn", "[[A|江西省赣州市于都县罗坳镇大坪村小坑组16号]]的村民反映自来水浑浊。"),
    ("rural", "cn", "被告人[[P|吕某]]户籍所在地为[[A|安徽省阜阳市临泉县姜寨镇刘庄村]]。"),
    # --- romanised names inside English text -------------------------------------------
    ("roman", "en", "Please loop in [[P|Liu Yang]] and [[P|Chen Jiahui]] from the Chengdu office."),
    ("roman", "en", "[[P|Wang Xiaoming]]'s visa application was returned for a missing photo."),
    ("roman", "en", "The audit was signed off by [[P|Ouyang Zhen]] and [[P|Sima Qingyun]]."),
    ("roman", "en", "Our Hong Kong counsel [[P|Chan Tai-man]] will call [[P|Wong Ka-ho]] tomorrow."),
    ("roman", "en", "Ticket assigned to [[P|Zhou Yuting]]; cc [[P|Guo Haoran]] on the reply."),
    ("roman", "en", "[[P|Hsieh Cheng-en]] from Hsinchu approved the purchase order."),
    ("roman", "en", "Interview notes: candidate [[P|Deng Shuyi]] has five years of Kotlin experience."),
    # --- mixed enterprise -------------------------------------------------------------
    ("mixed", "en", "Hi team，[[P|歐陽明哲]]下週接手 SRE on-call，有問題找他。"),
    ("mixed", "en", "Per [[P|Lin Hsin-yi]]'s request，請把報價寄到[[A|台北市內湖區瑞光路513巷22號6樓]]。"),
    ("mixed", "en", "The new hire [[P|古天宇]] (ext. 3321) starts Monday."),
    # --- benign near-misses: brands and companies named after people -------------------
    ("benign", "cn", "李锦记的蚝油在海外很受欢迎。"),
    ("benign", "cn", "夏天喝一罐王老吉降降火。"),
    ("benign", "cn", "张小泉的剪刀用了十几年还很锋利。"),
    ("benign", "cn", "周大福推出了新的金饰系列。"),
    ("benign", "cn", "周黑鸭的鸭脖有点辣。"),
    ("benign", "cn", "杨国福麻辣烫在大学城开了新店。"),
    ("benign", "cn", "李宁和安踏都发布了新款球鞋。"),
    ("benign", "tw", "戴森的新款吹風機要一萬多元。"),
    ("benign", "tw", "王品集團和瓦城都公布了上月營收。"),
    ("benign", "tw", "林鳳營鮮奶在超商都買得到。"),
    ("benign", "cn", "老凤祥和周生生的金价今天都涨了。"),
    ("benign", "tw", "郭元益的喜餅很受新人歡迎。"),
    # --- benign: places alone ----------------------------------------------------------
    ("benign", "tw", "我們週末去林口和關渡騎車。"),
    ("benign", "cn", "周庄和同里都是江南水乡。"),
    ("benign", "cn", "王府井步行街晚上很热闹。"),
    ("benign", "cn", "石家庄到马鞍山要坐很久的高铁。"),
    ("benign", "tw", "黃埔軍校舊址在廣州。"),
    ("benign", "tw", "他從金山開車到萬里只要十分鐘。"),
    ("benign", "cn", "马家沟的芹菜很有名。"),
    # --- benign: dishes ---------------------------------------------------------------
    ("benign", "cn", "今天中午吃麻婆豆腐和宫保鸡丁。"),
    ("benign", "cn", "东坡肉要用小火慢炖。"),
    ("benign", "tw", "這家店的左宗棠雞很好吃。"),
    ("benign", "cn", "宋嫂鱼羹是杭州的名菜。"),
    ("benign", "tw", "夜市的蚵仔煎和大腸包小腸都很有名。"),
    # --- benign: idioms and sayings ----------------------------------------------------
    ("benign", "cn", "说曹操曹操就到，他刚好进门。"),
    ("benign", "tw", "他毛遂自薦，接下了這個專案。"),
    ("benign", "cn", "三个臭皮匠，顶个诸葛亮。"),
    ("benign", "cn", "这真是司马昭之心，路人皆知。"),
    ("benign", "tw", "孟母三遷的故事大家都聽過。"),
    ("benign", "cn", "做事不能东施效颦。"),
    # --- benign: products and everyday words that look like names -----------------------
    ("benign", "cn", "华为的新手机销量很好，小米也不差。"),
    ("benign", "tw", "我想換一台 iPhone，還是買三星好？"),
    ("benign", "cn", "高明的做法是先把数据整理好。"),
    ("benign", "cn", "这里高楼林立，交通也很方便。"),
    ("benign", "cn", "她性格文静，不太爱说话。"),
    ("benign", "tw", "夏天到了，記得多喝水。"),
    ("benign", "cn", "股价冲上了历史高峰。"),
    ("benign", "cn", "金星是离太阳第二近的行星。"),
    ("benign", "tw", "這台車的馬力很大。"),
    ("benign", "cn", "松柏常青，友谊长存。"),
    ("benign", "cn", "白雪覆盖了整个山坡。"),
    ("benign", "tw", "本校校慶運動會將於週六舉行，歡迎家長參加。"),
    ("benign", "tw", "董事會決議通過本年度盈餘分配案。"),
    ("benign", "cn", "本院依法公告送达，自公告之日起经过六十日即视为送达。"),
    ("benign", "en", "The Sereno Garden clubhouse and the Tai Hang playground reopen next week."),
    ("benign", "en", "We shipped the Li Ning and Anta orders from the Dongguan warehouse."),
    ("benign", "tw", "香港的太古坊和澳門的新馬路都是熱門景點。"),
)
