# ruff: noqa: E501, RUF001  (hand-written prose, full-width punctuation is the point)
"""Part k of the third Chinese dev set (see `devset_zh3.py`): carriers parts a-j hardly use.

Written on 2026-12-02 for this file, before any fix was made for it, from general knowledge:
no news corpus, no NER data set (CLUENER2020 in particular never opened), no generator's
lists. Every person, company, building and number is invented here (identity numbers carry
valid check digits but belong to no one); foreign names are made-up transliterations;
brands, dishes, teams and places are real (they are the near-misses). Same markup and
scoring as `devset_zh3_data.py`.

Carriers: WeChat / LINE group-chat exports (`[時間] 暱稱: 訊息`), customer-service call
transcripts (客服/顧客 turns), HR onboarding forms (field: value lines), hospital discharge
notes, e-commerce order and delivery slips, police and court notices, press releases with
transliterated foreign names, sports and entertainment news, government bulletins, Hong Kong
addresses and Cantonese-style text (佢, 嘅, 喺, 唔), mixed English/Chinese engineering tickets;
and benign rows where surname characters and place words are ordinary words.
"""

ROWS_K: tuple[tuple[str, str, str], ...] = (
    # --- WeChat / LINE group-chat exports -------------------------------------------------
    ("groupchat", "tw", "[09:12] [[P|陳怡伶]]: 大家早安，今天下午三點開會喔\n[09:13] [[P|吳建良]]: 收到"),
    ("groupchat", "tw", "[[P|林宥辰]]爸爸：明天校外教學要帶便當嗎？\n[[P|鄭雅文]]老師：要，也請帶水壺。"),
    ("groupchat", "cn", "2023-05-06 20:41 [[P|周晓婷]]\n@[[P|孙浩然]] 你把报销单发我一下\n2023-05-06 20:43 [[P|孙浩然]]\n好的马上"),
    ("groupchat", "cn", "【家族群】二舅：[[G|婷婷]]考上研究生了，大家恭喜她！"),
    ("groupchat", "tw", "[[G|志明]]：我到捷運中山站4號出口了\n[[G|春嬌]]：等我五分鐘"),
    ("groupchat", "cn", "群公告：本周六聚餐地点改为[[A|成都市武侯区人民南路四段11号]]，联系人[[P|邓小军]] [[I|13982176543]]"),
    ("groupchat", "tw", "[[P|阿傑]]：誰有[[P|小潔]]的電話？\n[[P|Amy]]：[[I|0921-556-778]]"),
    ("groupchat", "cn", "[[P|老刘]]撤回了一条消息\n[[P|王芳]]：刚才发的是什么？"),
    # --- customer-service transcripts ----------------------------------------------------
    ("cs", "tw", "客服：您好，這裡是遠航電信，敝姓方，請問怎麼稱呼？\n顧客：我姓葉，[[P|葉國棟]]。"),
    ("cs", "tw", "顧客：我的帳號是[[I|0052-1098-7654-321]]，上個月被重複扣款。\n客服：好的[[P|葉先生]]，我幫您查詢。"),
    ("cs", "cn", "坐席：请问您的身份证号？\n用户：[[I|440106199707023262]]。\n坐席：好的[[P|黄女士]]，核验通过。"),
    ("cs", "cn", "客服：您的订单将由快递员[[P|马师傅]]配送，电话[[I|15811223344]]。"),
    ("cs", "tw", "通話紀錄 14:02 來電者[[P|蘇文彬]]表示冷氣不冷，約明天上午派技師[[P|阿德]]到府。"),
    ("cs", "cn", "用户反馈：我叫[[P|邱美琳]]，手机尾号8821，寄到[[A|南京市鼓楼区中山北路283号]]的包裹一直没到。"),
    ("cs", "tw", "客服專員[[P|Jenny]]回覆：[[P|許小姐]]您好，退款將於七個工作天內入帳。"),
    ("cs", "cn", "转接记录：一线[[P|小吴]] → 二线[[P|唐工]]，问题：路由器无法上网。"),
    # --- HR onboarding forms -----------------------------------------------------------------
    ("hr", "tw", "新人報到單\n姓名：[[P|柯怡安]]\n身分證字號：[[I|H152601811]]\n通訊地址：[[A|桃園市中壢區環北路398號10樓]]"),
    ("hr", "tw", "緊急聯絡人：[[P|柯文雄]]（父）　電話：[[I|03-425-6789]]"),
    ("hr", "cn", "入职登记表 姓名 [[P|陈思远]] 性别 男 身份证号码 [[I|510104196209282366]] 现住址 [[A|上海市徐汇区漕溪北路88号]]"),
    ("hr", "cn", "工资卡开户行：中国工商银行 卡号：[[I|6212 2610 0201 3456 789]] 户名：[[P|陈思远]]"),
    ("hr", "tw", "護照號碼：[[I|318245671]]，英文姓名：[[P|KO, YI-AN]]，效期至2031年。"),
    ("hr", "cn", "试用期考核：员工[[P|郑凯]]表现优秀，部门经理[[P|刘颖]]建议提前转正。"),
    ("hr", "en", "Onboarding checklist for [[P|Tsai Ming-hsuan]] (蔡明萱): laptop, badge, 健保卡號 [[I|0000 4567 8912]]."),
    ("hr", "cn", "离职交接：[[P|胡明]]的工作由[[P|赵雪]]接手，交接人签字后交人事部。"),
    # --- hospital discharge notes ----------------------------------------------------------
    ("medical", "tw", "出院病摘\n病患姓名：[[P|賴國華]]　病歷號：[[I|A2309187]]\n主治醫師：[[P|溫志成]]"),
    ("medical", "tw", "病人[[P|賴國華]]，七十二歲男性，因胸痛入院，住址[[A|臺北市士林區中正路601巷5號]]。"),
    ("medical", "cn", "出院小结 患者[[P|宋丽萍]]，女，58岁，住院号 [[I|20230815023]]，诊断：2型糖尿病。"),
    ("medical", "cn", "家属[[P|宋建华]]（儿子）签字同意手术，联系电话[[I|186-2233-4455]]。"),
    ("medical", "tw", "會診紀錄：感染科[[P|蔡醫師]]建議改用第三代頭孢菌素。"),
    ("medical", "cn", "护理记录：23:00 [[P|钱护士]]巡视，患者[[P|宋丽萍]]睡眠良好。"),
    # --- e-commerce order and delivery slips -------------------------------------------------
    ("order", "tw", "訂單編號 TW20231102-88213\n收件人：[[P|黃郁婷]]\n收件地址：[[A|新北市板橋區文化路一段188巷22號3樓]]\n手機：[[I|0935-112-908]]"),
    ("order", "cn", "收货人：[[P|吕晨]] [[I|13700445566]] [[A|广东省深圳市南山区科技园南区高新南七道18号]]"),
    ("order", "cn", "【顺丰速运】您的快件已由[[P|李师傅]]签收，签收地址：[[A|北京市朝阳区望京街10号院3号楼1201]]。"),
    ("order", "tw", "7-ELEVEN 取貨：[[P|廖*婷]]，門市：[[A|台中市北屯區崇德路二段120號]]。"),
    ("order", "cn", "寄件人：[[P|杨帆]]，寄件地址：[[A|武汉市洪山区珞喻路1037号]]，备注：易碎品。"),
    ("order", "en", "Ship to: [[P|Wendy Chiu]], [[A|12F, No. 35, Sec. 2, Nanjing E. Rd., Zhongshan Dist., Taipei City 104]], Taiwan"),
    ("order", "tw", "貨到付款，送貨地址[[A|高雄市前鎮區中華五路789號]]，收件人[[P|蔡宗憲]]，請先電聯。"),
    # --- police and court notices ---------------------------------------------------------
    ("police", "tw", "警方調查，許姓嫌犯於凌晨潛入[[A|彰化市中山路二段250號]]行竊。"),
    ("police", "cn", "协查通报：犯罪嫌疑人[[P|韦某某]]，男，身份证号[[I|330102197807056538]]，有知情者请拨打110。"),
    ("police", "tw", "失蹤人口協尋：[[P|劉玉珠]]，女，八十歲，最後出現於[[A|新竹縣竹北市光明六路東一段]]。"),
    ("police", "cn", "寻人启事：[[P|张桂兰]]，女，76岁，患有阿尔茨海默症，于[[A|沈阳市和平区南京南街]]走失。"),
    ("police", "tw", "本院公示送達：債務人[[P|邱志遠]]應於收受本支付命令後二十日內清償。"),
    ("police", "cn", "通缉令：[[P|覃建新]]，曾用名[[P|覃小新]]，广西口音，身高170厘米左右。"),
    # --- press releases with transliterated foreign names ---------------------------------
    ("press", "tw", "新聞稿｜全球晶源公司宣布任命[[P|艾蜜莉·史坦頓]]為亞太區總裁，即日生效。"),
    ("press", "cn", "新闻发布会上，澳大利亚驻华大使[[P|格雷厄姆·菲茨杰拉德]]回答了记者提问。"),
    ("press", "tw", "法國藝術家[[P|尚-皮耶·莫羅]]的個展將於下月在台北登場。"),
    ("press", "cn", "据悉，荷兰皇家飞利浦首席技术官[[P|范德维尔德]]将出席本次峰会。"),
    ("press", "cn", "俄罗斯作家[[P|伊万·彼得罗维奇·索科洛夫]]的新书中文版正式发行。"),
    ("press", "tw", "印尼籍看護[[P|蒂娜]]照顧[[P|王阿嬤]]已經十年。"),
    ("press", "en", "Press contact: [[P|Olivia Brandt]], +49 30 1234 5678；中文聯絡人：[[P|孫立德]]。"),
    # --- sports and entertainment ---------------------------------------------------------
    ("sport", "cn", "第78分钟，替补登场的[[P|卢卡·莫德斯基]]禁区外远射破门。"),
    ("sport", "tw", "兄弟象主帥[[P|平野大輔]]賽後表示，牛棚表現是勝負關鍵。"),
    ("sport", "cn", "全场比赛，[[P|赵子睿]]砍下28分，[[P|胡涛]]贡献12个篮板。"),
    ("sport", "tw", "台灣一姐[[P|謝昕妤]]在溫網女雙打進決賽。"),
    ("sport", "cn", "[[P|易宏]]和[[P|孙悦阳]]是这支球队的两大核心。"),
    ("ent", "tw", "歌手[[P|瑪莉亞·卡森]]將在台北小巨蛋連開兩場演唱會。"),
    ("ent", "cn", "导演[[P|贾科]]的新片入围了威尼斯电影节主竞赛单元。"),
    ("ent", "tw", "資深藝人[[P|康仔]]亮相記者會，與[[P|白冰]]同台。"),
    # --- government bulletins ----------------------------------------------------------------
    ("gov", "tw", "行政院人事異動：任命[[P|卓俊宏]]為經濟部政務次長。"),
    ("gov", "cn", "公示：拟推荐[[P|覃秀兰]]同志为县人大代表候选人，居住地[[A|广西百色市田阳区头塘镇联坡村]]。"),
    ("gov", "tw", "臺中市政府公告：[[A|南屯區大墩十一街385號]]之違章建築，所有人[[P|張瑞麟]]應自行拆除。"),
    ("gov", "cn", "关于[[P|廖春生]]等三人享受城乡最低生活保障的公示，公示期自3月1日起。"),
    # --- Hong Kong addresses and Cantonese-style text -------------------------------------
    ("hk", "tw", "我喺[[A|旺角彌敦道688號旺角中心一期12樓1203室]]返工，[[P|阿強]]佢哋喺隔籬。"),
    ("hk", "tw", "[[P|陳生]]話佢唔得閒，叫[[P|何太]]代佢嚟開會。"),
    ("hk", "tw", "送貨地址：[[A|香港九龍觀塘開源道55號開聯工業中心A座8樓]]，聯絡人[[P|李嘉文]]小姐。"),
    ("hk", "tw", "租客[[P|黃偉明]]，地址[[A|新界沙田沙角邨銀鷗樓1506室]]，月租八千。"),
    ("hk", "tw", "[[P|肥仔明]]琴晚喺[[A|銅鑼灣渣甸街12號]]食咗碗雲吞麵。"),
    ("hk", "en", "Address: [[A|Flat 7B, Block 3, Kornhill Gardens, 1120 King's Road, Quarry Bay, Hong Kong]]. Contact [[P|Mr. Cheung]]."),
    ("hk", "tw", "[[P|May姐]]同[[P|Ken仔]]今晚喺中環等我哋。"),
    # --- mixed English / Chinese engineering tickets ----------------------------------------
    ("eng", "en", "JIRA-5521 [backend] 上線後 API timeout，reporter: [[P|Lin Chia-hao]]，assignee: [[P|王柏鈞]]"),
    ("eng", "en", "@[[P|zhangwei]] 请 review 一下 PR #881，[[P|李工]]说 staging 环境已经 OK 了。"),
    ("eng", "en", "On-call handover: [[P|Kevin]] → [[P|謝宗霖]]. Pager number [[I|0988-001-234]]."),
    ("eng", "en", "Root cause (by [[P|周以恆]]): DB connection pool exhausted; fix deployed by [[P|Tony Wu]]."),
    ("eng", "en", "[[M|INTERNAL ONLY]] 事後檢討報告：[[P|黃冠廷]]誤刪了 production bucket。"),
    ("eng", "en", "cc: [[P|Steven Liu]], [[P|劉家瑜]]; 客戶要求本週五前修好，否則要開罰。"),
    ("eng", "tw", "【[[M|機密]]】新產品代號「鳳凰」的BOM表請勿外傳，負責人[[P|詹子賢]]。"),
    ("eng", "cn", "[[M|内部资料 严禁外传]]：张江研发中心的测试数据见附件。"),
    # --- benign: surname characters and place words used as ordinary words ------------------
    ("benign", "cn", "这个方案的成本高，周期长，风险也大。"),
    ("benign", "tw", "黃色的花開滿了整片山坡。"),
    ("benign", "cn", "请大家把手机调成静音模式。"),
    ("benign", "tw", "林子大了，什麼鳥都有。"),
    ("benign", "cn", "金价今天又涨了，银价也跟着上升。"),
    ("benign", "tw", "這家店的牛肉麵湯頭很濃。"),
    ("benign", "cn", "他向来很守时，从不迟到。"),
    ("benign", "tw", "房東說下個月要漲房租。"),
    ("benign", "cn", "马路对面新开了一家便利店。"),
    ("benign", "tw", "台灣大道的車流量很大。"),
    ("benign", "cn", "长江三角洲的经济发展很快。"),
    ("benign", "tw", "南京東路的百貨公司週年慶開始了。"),
    ("benign", "cn", "这次会议的主题是绿色发展。"),
    ("benign", "tw", "我們在群組裡討論了很久，還是沒有結論。"),
    ("benign", "cn", "客服说系统升级，明天才能办理。"),
    ("benign", "tw", "出院後要按時回診，按時吃藥。"),
    ("benign", "cn", "快递员说今天件太多，明天再送。"),
    ("benign", "tw", "呢間茶餐廳嘅奶茶好好飲。"),
    ("benign", "cn", "高铁站到机场有直达大巴。"),
    ("benign", "en", "Deploy to staging failed again; 请检查 Jenkins 的日志。"),
    ("benign", "tw", "楊桃汁加一點鹽更好喝。"),
    ("benign", "cn", "江南水乡的风景如画。"),
)

# A fresh probe, written on 2026-12-02 after part k's fixes were made, measured once and
# never tuned on: how far those fixes carry over to part k's carriers in other words.
ROWS_L: tuple[tuple[str, str, str], ...] = (
    ("groupchat", "tw", "[21:05] [[P|簡佩如]]: 週末烤肉誰要帶木炭？\n[21:07] [[P|盧冠宇]]: 我來"),
    ("groupchat", "cn", "[[P|老郑]]：明早八点楼下集合\n[[P|Lily]]：收到，我带[[P|小雯]]一起"),
    ("groupchat", "tw", "[[P|阿凱]]：我在[[A|台南市東區林森路一段276號]]門口等你們"),
    ("groupchat", "cn", "2024-01-03 09:15 [[P|覃海波]]\n大家记得把体检报告交给[[P|欧阳琳]]"),
    ("cs", "tw", "客服：請問是[[P|滕先生]]嗎？\n顧客：對，我的訂單一直沒收到。"),
    ("cs", "cn", "坐席：已为您登记，维修师傅[[P|骆建华]]会在下午两点前联系您，电话[[I|13611889900]]。"),
    ("cs", "tw", "來電紀錄：[[P|邵美君]]反映網路斷線，派工程師[[P|阿斌]]處理。"),
    ("cs", "cn", "用户[[P|祁文博]]称，寄往[[A|合肥市蜀山区长江西路500号]]的快递被退回。"),
    ("hr", "tw", "到職資料\n姓名：[[P|龔宜蓁]]\n身分證字號：[[I|F266392334]]\n戶籍地址：[[A|宜蘭縣羅東鎮公正路88號]]"),
    ("hr", "cn", "员工信息表 姓名 [[P|冉雪梅]] 身份证 [[I|350203199908075312]] 住址 [[A|厦门市思明区湖滨南路90号]]"),
    ("hr", "cn", "转正审批：[[P|牛文涛]]的试用期已满，直属上级[[P|贺工]]同意转正。"),
    ("hr", "en", "New hire [[P|Chen Yu-ting]] (陳宥廷) starts Monday; 請準備 laptop 和門禁卡。"),
    ("medical", "tw", "出院摘要：病人[[P|鍾秋月]]，女，六十五歲，由[[P|柯醫師]]負責追蹤。"),
    ("medical", "cn", "查房记录：[[P|谢护士]]报告[[P|骆建国]]夜间血压偏高。"),
    ("medical", "cn", "患者家属[[P|阮志刚]]，联系电话[[I|139-0571-2288]]，住址[[A|杭州市上城区清泰街318号]]。"),
    ("order", "tw", "收件人：[[P|戴筱婷]]　電話：[[I|0987-654-123]]　地址：[[A|屏東市民生路57巷3號]]"),
    ("order", "cn", "收货信息：[[P|庞雨欣]] [[I|18055667788]] [[A|江苏省苏州市姑苏区人民路1200号]]"),
    ("order", "en", "Deliver to [[P|Jason Kuo]], [[A|3F, No. 18, Ln. 50, Sec. 3, Minsheng E. Rd., Songshan Dist., Taipei City]]"),
    ("police", "tw", "警方逮捕涉嫌詐騙的[[P|曾志雄]]，並在[[A|新北市三重區重新路四段99號]]查獲贓款。"),
    ("police", "cn", "警情通报：[[P|莫某]]（男，32岁）因酒驾被依法处理。"),
    ("police", "tw", "協尋啟事：[[P|謝阿滿]]，女，七十八歲，於[[A|苗栗縣竹南鎮光復路]]附近走失。"),
    ("press", "tw", "本公司宣布延攬[[P|克里斯多福·萊恩]]擔任全球營運長。"),
    ("press", "cn", "法国作曲家[[P|让-吕克·贝松]]将来华举办音乐会。"),
    ("press", "tw", "英國大使[[P|艾德華·湯普森]]今天拜會外交部。"),
    ("press", "cn", "合作伙伴代表[[P|Michael Grant]]与我方[[P|何丽娟]]签署了协议。"),
    ("sport", "cn", "[[P|戴维·罗宾逊]]第89分钟头球破门，帮助球队逆转。"),
    ("sport", "tw", "中信兄弟的[[P|詹子昂]]今天擊出兩支全壘打。"),
    ("sport", "cn", "老将[[P|宫晓东]]和新秀[[P|甘霖]]联手拿下双打冠军。"),
    ("ent", "tw", "歌手[[P|茱莉亞·布朗]]首度在台舉辦演唱會。"),
    ("ent", "cn", "演员[[P|尚可馨]]在新剧中饰演一名女警。"),
    ("gov", "tw", "內政部公告：任命[[P|褚明哲]]為移民署副署長。"),
    ("gov", "cn", "公示：拟发展[[P|滕建民]]为预备党员，现居[[A|山西省大同市平城区北关街28号]]。"),
    ("hk", "tw", "[[P|阿輝]]佢啱啱喺[[A|觀塘巧明街100號]]落車。"),
    ("hk", "tw", "[[P|Mandy姐]]話[[P|黃太]]聽日唔返工。"),
    ("hk", "tw", "地址：[[A|香港筲箕灣東大街59號地下]]，聯絡[[P|鄧先生]]。"),
    ("eng", "en", "PR #1203 reviewed by [[P|林振宇]]; [[P|Eric Tseng]] 負責 merge。"),
    ("eng", "en", "Incident owner: [[P|王工]]；SRE [[P|Jessica Ho]] 在處理 DNS 問題。"),
    ("eng", "cn", "[[M|机密]]：新版本的定价方案由[[P|郭振宇]]负责，请勿外传。"),
    ("benign", "tw", "這條巷子的路燈壞了好幾天。"),
    ("benign", "cn", "文件已经上传到共享盘，请查收。"),
    ("benign", "tw", "梅雨季節要注意除濕。"),
    ("benign", "cn", "这家店的工作人员态度很好。"),
    ("benign", "tw", "呢度啲嘢好貴。"),
    ("benign", "cn", "高速公路上发生了连环追尾。"),
    ("benign", "tw", "石門水庫的水位下降了。"),
    ("benign", "cn", "施工期间请注意安全。"),
)
