# ruff: noqa: E501, RUF001  (hand-written prose, full-width punctuation is the point)
"""Part n of the third Chinese dev set (see `devset_zh3.py`): street addresses in many shapes.

Written on 2026-12-04 for this file, before any fix was made for it, from general knowledge:
no news corpus, no NER or address data set, no generator's lists. The people, companies,
house numbers and identifiers are invented (ID numbers carry a valid check digit so that the
checksum does not decide); roads, districts, landmarks, brands, dishes and idioms are real
(they are the near-misses). Same markup and scoring as `devset_zh3_data.py`.

Why: issue 13 says the held-out Chinese corpora mask street-level addresses almost never
(…路, …大街, spaced with a postcode, romanized Taipei addresses with `5F, No. 100` leaking),
and names with titles, transliterated and Latin-script names; our parts a–m hold few
addresses outside forms. Part n holds: PRC 省市区…路…号…室, 大街/大道/胡同/巷/弄/里/村/组,
Taiwan …路…段…巷…弄…號…樓, addresses spaced and with a 6-digit or 3+2/3+3 postcode,
addresses in running news prose (在…路…号附近), romanized Taipei and Hong Kong addresses,
buildings (大厦/广场/花园/小区, 栋/单元/号楼), delivery slips; names (transliterated with and
without the interpunct, Latin-script, two-character, given name alone, surname + title);
ID, bank, passport and NHI card numbers with Chinese labels; markings. Near-misses (about a
quarter): bare road names as places in news (benign, as in parts a and k: a road name alone
locates nobody), landmarks, brands, idioms, dishes, surname characters as words.

    python benchmarks/devset_zh3.py --part n [--misses]

Before any fix (120 rows: 63 addresses, 34 names, 15 IDs, 6 markings, 30 benign;
`python benchmarks/devset_zh3.py --part n`): addresses fully masked 0.889 (cn 0.914, tw 0.870,
hk 0.800), names 1.000, IDs 0.933, markings 0.500, PII characters leaked 4.94%, benign
over-mask 4.66% (bare road names 长安街/中山北路/中山路/人民路 as STREET_ADDRESS, 彌敦道,
杨梅, 機敏 as PERSON). Misses: a bare postcode after 邮编/郵遞區號, postcodes at the end of a
spaced line or 3+2 with a hyphen, a romanized `No. 7, Ln. 25` address without a floor,
香港灣仔告士打道178號…, …号楼…单元401 tail, a bank card after 银行卡 in a list, 【密件】,
【绝密】, 商业秘密 (before-fix commit 23f718f).

The two 【】 markings were then re-marked without their brackets, as parts a–m mark
markings (the brackets are punctuation; 密件 and 绝密 were already in the policy's list), so
markings before a fix read 0.833 on the final markup. After its fixes (HK 道 roads, direction
sections 北段, a building name before its floor, hyphenated and trailing postcodes, a bare
romanized city before its postcode, 银行卡/金融卡 as bank-account words, 商業秘密): addresses
0.968 (cn 0.971, tw 0.957, hk 1.000), IDs 1.000, markings 1.000, names 1.000, PII characters
leaked 0.52%, benign over-mask 4.66% (unchanged: the four bare road names, 彌敦道, 杨梅,
機敏 are left). Left: a postcode alone after its label (邮编：310012, 郵遞區號：807).
"""

ROWS_N: tuple[tuple[str, str, str], ...] = (
    # --- PRC addresses, full ---------------------------------------------------------------
    ("addr", "cn", "收货地址：[[A|江苏省南京市鼓楼区中山北路216号3栋2单元1502室]]"),
    ("addr", "cn", "我家住在[[A|浙江省杭州市西湖区文三路478号华星大厦12楼]]。"),
    ("addr", "cn", "公司地址：[[A|广东省深圳市南山区科技园南区高新南七道18号]]"),
    ("addr", "cn", "请把材料寄到[[A|北京市东城区东四十条胡同23号院]]，收件人[[P|郑立新]]。"),
    ("addr", "cn", "他的户籍地址是[[A|河南省郑州市金水区经三路北段66号6号楼3单元401]]。"),
    ("addr", "cn", "住址：[[A|上海市静安区愚园路1088弄12号602室]]"),
    ("addr", "cn", "送货地址 [[A|四川省成都市锦江区春熙路南段9号时代广场B座2208]]"),
    ("addr", "cn", "联系地址：[[A|湖北省武汉市洪山区珞喻路152号阳光花园7栋]]"),
    ("addr", "cn", "现住[[A|山东省青岛市市南区香港中路40号]]，电话[[I|13705321846]]。"),
    ("addr", "cn", "地址：[[A|天津市和平区南京路219号天津中心45层]]"),
    ("addr", "cn", "她租住在[[A|重庆市渝中区解放碑民权路28号英利国际金融中心]]附近的小区。"),
    ("addr", "cn", "寄件地址：[[A|福建省厦门市思明区厦禾路820号帝豪大厦]]"),
    ("addr", "cn", "家庭住址：[[A|河北省石家庄市长安区中山东路508号翠屏小区4号楼2单元301室]]"),
    ("addr", "cn", "通讯地址：[[A|陕西省西安市雁塔区小寨东路126号百隆广场]]"),
    ("addr", "cn", "他老家在[[A|安徽省六安市霍山县佛子岭镇黄巢寺村三组]]。"),
    ("addr", "cn", "户籍：[[A|湖南省邵阳市隆回县桃洪镇新田村5组18号]]"),
    ("addr", "cn", "快递放在[[A|北京市西城区南锣鼓巷东棉花胡同15号]]门口就行。"),
    ("addr", "cn", "店铺地址：[[A|广州市越秀区北京路步行街西湖路12号]]"),
    ("addr", "cn", "住在[[A|沈阳市和平区太原北街7号]]的[[P|秦淑华]]反映，楼道灯坏了。"),
    ("addr", "cn", "[[A|长沙市岳麓区麓山南路932号]]，[[P|贺文斌]]收"),
    ("addr", "cn", "会场设在[[A|昆明市五华区东风西路99号]]。"),
    ("addr", "cn", "地址：[[A|南京市秦淮区长乐路三条巷18号]]"),
    # --- spaced, with postcodes -------------------------------------------------------------
    ("postcode", "cn", "[[A|200031 上海市 徐汇区 衡山路 10号]]"),
    ("postcode", "cn", "邮编：[[A|310012]]　地址：[[A|杭州市 西湖区 古墩路 702号 赞宇大厦 9楼]]"),
    ("postcode", "cn", "[[A|中国 广东省 广州市 天河区 天河路 385号 510620]]"),
    ("postcode", "tw", "[[A|106 臺北市大安區忠孝東路四段100號5樓]]"),
    ("postcode", "tw", "[[A|40341 臺中市西區台灣大道二段218號]]"),
    ("postcode", "tw", "郵遞區號：[[A|807]]　地址：[[A|高雄市三民區建國二路318號]]"),
    ("postcode", "tw", "[[A|104-91 台北市中山區南京東路二段125號7樓之3]]"),
    ("postcode", "tw", "寄：[[A|70101 台南市東區大學路1號]] [[P|許銘哲]] 先生收"),
    # --- Taiwan addresses -------------------------------------------------------------------
    ("addr", "tw", "住址：[[A|臺北市大安區忠孝東路四段216巷33弄8號2樓]]"),
    ("addr", "tw", "請寄到[[A|新北市板橋區文化路一段188巷12號]]，謝謝。"),
    ("addr", "tw", "公司位於[[A|新竹市東區光復路二段101號]]。"),
    ("addr", "tw", "地址：[[A|桃園市龜山區文化一路259號B1]]"),
    ("addr", "tw", "戶籍地：[[A|彰化縣員林市中山路二段56號]]"),
    ("addr", "tw", "他住在[[A|宜蘭縣羅東鎮公正路42號3樓]]。"),
    ("addr", "tw", "[[A|嘉義市西區垂楊路316號]]，[[P|蔡淑芬]]收"),
    ("addr", "tw", "門市地址：[[A|台中市北屯區崇德路三段876號]]"),
    ("addr", "tw", "通訊處：[[A|花蓮縣花蓮市中華路150巷7號]]"),
    ("addr", "tw", "戶籍地址：[[A|屏東縣屏東市和平里自由路520號]]"),
    # --- in running news prose --------------------------------------------------------------
    ("news", "cn", "昨晚8时许，[[A|朝阳区建国路88号]]附近发生一起交通事故。"),
    ("news", "cn", "警方在[[A|海淀区学院路37号]]一居民楼内抓获犯罪嫌疑人[[P|邱某]]。"),
    ("news", "cn", "火灾发生在[[A|东莞市南城区鸿福路106号]]的一栋写字楼内。"),
    ("news", "tw", "警方接獲報案，[[A|中正區羅斯福路三段283巷]]一處民宅傳出異味。"),
    ("news", "tw", "一名男子在[[A|萬華區西園路二段61號]]前遭機車撞傷。"),
    ("news", "tw", "記者[[P|廖思婷]]報導，[[A|士林區中正路435號]]附近今晨發生火警。"),
    ("news", "cn", "据目击者称，事发时一辆货车停在[[A|人民路与解放路交叉口]]东侧。"),
    ("news", "cn", "该店位于[[A|南山区桃园路2号]]，已停业整顿。"),
    # --- romanized Taipei / Hong Kong -------------------------------------------------------
    ("roman", "tw", "Ship to: [[A|5F, No. 88, Sec. 3, Nanjing E. Rd., Zhongshan Dist., Taipei City 104]]"),
    ("roman", "tw", "Office: [[A|No. 7, Ln. 25, Sec. 2, Heping W. Rd., Zhongzheng Dist., Taipei 100]]"),
    ("roman", "tw", "請寄到 [[A|12F.-3, No. 201, Fuxing N. Rd., Songshan Dist., Taipei City 105]]，收件人 [[P|Kevin Lin]]"),
    ("roman", "hk", "Address: [[A|Flat C, 18/F, Block 2, Lok Fu Garden, 36 Junction Road, Kowloon]]"),
    ("roman", "hk", "[[A|Room 1203, 12/F, Wing On Centre, 111 Connaught Road Central, Sheung Wan, Hong Kong]]"),
    ("roman", "hk", "送貨地址：[[A|Flat A, 7/F, 23 Shantung Street, Mong Kok, Kowloon]]"),
    ("roman", "hk", "地址：[[A|香港九龍旺角彌敦道688號旺角中心一期15樓1502室]]"),
    ("roman", "hk", "[[A|香港灣仔告士打道178號華懋世紀廣場20樓]]"),
    # --- delivery slips ---------------------------------------------------------------------
    ("slip", "cn", "收件人：[[P|罗晓燕]]\n电话：[[I|18620457731]]\n地址：[[A|广东省佛山市顺德区大良街道凤山中路23号]]"),
    ("slip", "cn", "寄件人 [[P|何建国]] [[I|13926718854]] [[A|浙江省宁波市鄞州区天童南路588号]]"),
    ("slip", "tw", "收件人：[[P|鄭雅文]]　手機：[[I|0935-218-467]]\n地址：[[A|台北市內湖區瑞光路399號8樓]]"),
    ("slip", "cn", "【顺丰】您的快件已到达[[A|丰台区丰台北路18号院恒泰广场]]菜鸟驿站，请凭取件码取件。"),
    ("slip", "cn", "订单备注：放[[A|碧桂园小区12栋1单元]]门卫室，联系[[P|钱女士]]"),
    # --- names ------------------------------------------------------------------------------
    ("name", "cn", "项目由工程师[[P|阿卜杜拉·哈桑]]和[[P|玛丽亚·洛佩斯]]共同负责。"),
    ("name", "cn", "主讲人[[P|约瑟夫斯蒂格利兹]]教授将于明天抵达上海。"),
    ("name", "tw", "設計師[[P|Daniel Ortega]]表示，新品牌將在台北首發。"),
    ("name", "cn", "我跟[[P|Jessica Wang]]约了下午三点开会。"),
    ("name", "cn", "[[P|陈总]]，合同已经发到您邮箱了。"),
    ("name", "tw", "[[P|張先生]]您好，您的包裹已經送達。"),
    ("name", "tw", "請[[P|王經理]]明天上午回電。"),
    ("name", "cn", "[[P|李老师]]说下周要考试。"),
    ("name", "cn", "[[P|刘洋]]和[[P|孙莉]]是大学同学。"),
    ("name", "tw", "[[P|黃美玲]]是我們的業務主管。[[G|美玲]]說，這個月業績很好。"),
    ("name", "cn", "新来的同事叫[[P|周鹏]]，[[G|鹏]]哥人很好。"),
    ("name", "tw", "[[P|吳經理]]交代的事情，[[P|小陳]]已經處理完了。"),
    ("name", "cn", "这次采访的对象是[[P|马克·霍夫曼]]，一位德国工程师。"),
    ("name", "tw", "[[P|林志遠]]律師代表[[P|謝宗翰]]出庭。"),
    # --- identifiers -------------------------------------------------------------------------
    ("id", "cn", "身份证号：[[I|320102198503174520]]"),
    ("id", "cn", "开户行：中国工商银行南京分行　账号：[[I|6222 0243 0100 5587 612]]"),
    ("id", "cn", "护照号码：[[I|E58213746]]"),
    ("id", "tw", "身分證字號：[[I|F224567813]]"),
    ("id", "tw", "健保卡號：[[I|0000 4728 1935]]"),
    ("id", "tw", "銀行帳號：[[I|012-50-123456-7]]（台北富邦）"),
    ("id", "tw", "護照號碼：[[I|358102764]]"),
    ("id", "cn", "申请人[[P|金海燕]]，身份证[[I|44030519900821163X]]，银行卡[[I|6217000010036482957]]。"),
    ("id", "tw", "統一編號 12345675 的公司負責人為[[P|簡志明]]，身分證 [[I|A135790241]]。"),
    ("id", "cn", "港澳通行证号码：[[I|C28461937]]"),
    # --- markings ----------------------------------------------------------------------------
    ("marking", "tw", "【[[M|密件]]】本案請勿外流。"),
    ("marking", "tw", "本文件含[[M|營業秘密]]，未經授權不得複製。"),
    ("marking", "tw", "[[M|機敏資料]]：請以加密方式傳送。"),
    ("marking", "cn", "[[M|内部资料]]，注意保存。"),
    ("marking", "cn", "【[[M|绝密]]】2027年产品路线图"),
    ("marking", "cn", "[[M|商业秘密]] 请勿转发"),
    # --- benign: bare roads, landmarks, brands, idioms, dishes, surname characters -----------
    ("benign", "cn", "长安街上的车流在晚高峰时格外密集。"),
    ("benign", "cn", "南京路步行街是上海最热闹的商业街之一。"),
    ("benign", "tw", "忠孝東路的百貨公司週年慶人潮洶湧。"),
    ("benign", "tw", "中山北路兩旁的樟樹已經有幾十年歷史。"),
    ("benign", "cn", "王府井大街新开了一家书店。"),
    ("benign", "cn", "南锣鼓巷的游客越来越多。"),
    ("benign", "hk", "彌敦道是九龍的主要幹道。"),
    ("benign", "cn", "天安门广场上举行了升旗仪式。"),
    ("benign", "cn", "外滩的夜景非常漂亮。"),
    ("benign", "tw", "台北101的跨年煙火吸引大批民眾。"),
    ("benign", "cn", "小米发布了新款手机。"),
    ("benign", "cn", "华为和万达都在这条街上开了店。"),
    ("benign", "tw", "王品集團旗下餐廳推出新菜單。"),
    ("benign", "cn", "他们的关系可谓马到成功、一帆风顺。"),
    ("benign", "cn", "麻婆豆腐和宫保鸡丁是川菜的代表。"),
    ("benign", "tw", "東坡肉和佛跳牆是年菜的常客。"),
    ("benign", "cn", "这件事的关键在于周密的计划。"),
    ("benign", "tw", "黃金週期間各大飯店一房難求。"),
    ("benign", "cn", "李子和杨梅都已经成熟了。"),
    ("benign", "cn", "请沿着中山路一直往前走，过了第二个路口就到了。"),
    ("benign", "tw", "這條巷子很窄，車子開不進去。"),
    ("benign", "cn", "小区门口新开了一家超市。"),
    ("benign", "cn", "三号楼的电梯正在维修。"),
    ("benign", "tw", "機敏的反應讓他化險為夷。"),
    ("benign", "cn", "内部装修已经完成，下个月开业。"),
    ("benign", "cn", "第5号台风将于明天登陆。"),
    ("benign", "tw", "南京東路的捷運站今天恢復通車。"),
    ("benign", "cn", "她在人民路上开了一家花店。"),
    ("benign", "hk", "銅鑼灣時代廣場的聖誕燈飾亮燈了。"),
    ("benign", "cn", "张家界的风景美不胜收。"),
)
