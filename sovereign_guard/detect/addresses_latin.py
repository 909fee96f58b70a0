"""Latin-script postal addresses: the anchors where one starts and the lines that follow it.

An anchor is a street line (`441 G St. N.W.`, `Hauptstraße 10`, `12 rue de la Paix`,
`Via Roma 12`), a post-office box, a mail stop or a rural route. After it, a chain of
postal elements (unit, mail stop, `City, ST 12345-6789`, `Toronto, ON M5H 2N2`,
`Sydney NSW 2000`, `London SW1A 2AA`, `75002 Paris`, a town line, a country) is matched
right at the anchor's end, element by element. Every quantifier is bounded and every
pattern starts at a digit, a capital or a keyword, so matching stays linear.

Sources of the tables: USPS Publication 28 (street suffixes C1, secondary unit designators
C2, state abbreviations), Canada Post and Australia Post state / province codes, the postcode
formats each national post publishes. No generator's word lists.
"""

from __future__ import annotations

from .common import compiled

# USPS Publication 28, C1: the standard abbreviations of the suffixes that SUFFIXES spells out
# (`Lndg`, `Xing`, `Cswy`, `Holw`, `Trce`), plural ones included. Left out: those of two
# letters that are also ordinary abbreviations or words (`Dl`, `Dm`, `Dv`, `Hl`, `Is`, `Ml`,
# `Un`, `Vl`, `Ky`, `Ft`, `Pr`, `Br`, `Bg`, `Cp`, `Lf`).
USPS_ABBREVIATIONS = (
    "Anx", "Arc", "Byu", "Bch", "Bnd", "Blfs?", "Btm", "Brg", "Brks?", "Bgs", "Byp", "Cyn",
    "Cpe", "Cswy", "Ctrs", "Cirs", "Clfs?", "Clb", "Cmns?", "Cors?", "Crse", "Cts", "Cvs?",
    "Crk", "Crst", "Xing", "Xrds?", "Curv", "Drs", "Ests?", "Exts?", "Fls", "Fry", "Flds?",
    "Flts?", "Frds?", "Frst", "Frgs?", "Frks?", "Gdn", "Gtwy", "Glns?", "Grns?", "Grvs?",
    "Hbrs?", "Hvn", "Holw", "Inlt", "Iss", "Jcts?", "Kys", "Knls?", "Lks?", "Lndg", "Lgts?",
    "Lcks?", "Ldg", "Mnrs?", "Mdws?", "Msn", "Mtwy", "Mtns", "Nck", "Orch", "Opas", "Psge",
    "Pnes?", "Plns?", "Plz", "Pts?", "Prts?", "Radl", "Rnch", "Rpds?", "Rst", "Rdgs?", "Riv",
    "Rds", "Shls?", "Shrs?", "Skwy", "Spgs?", "Sqs", "Sta", "Stra", "Strm", "Sts", "Smt",
    "Trwy", "Trce", "Trak", "Trfy", "Tunl", "Tpke", "Upas", "Vlys?", "Vws?", "Vlgs?", "Vis",
    "Wls?", "Mt",
    "Terr", "Esp", "Prom",  # Canada Post's terrace, Australia Post's esplanade, promenade
)
# USPS street suffixes (Publication 28, C1) with common UK, Canadian and Australian ones.
SUFFIXES = (
    "Alley|Aly|Annex|Approach|Arcade|Avenues?|Ave|Av|Bayou|Beach|Bend|Bluffs?|Bottom|Boulevard|Blvd|"
    "Bvd|Branch|Bridge|Brooks?|Burgs?|Bypass|Byway|Camp|Canyon|Cape|Causeway|Centers?|Centres?|"
    "Ctr|Circles?|Cir|Circuit|Cct|Circus|Cliffs?|Close|Cl|Club|Commons?|Corners?|Course|"
    "Courts?|Ct|Crt|Coves?|Crescent|Cres|Creek|Crest|Crossing|Crossroads?|Curve|Dale|Dam|"
    "Divide|Drives?|Dr|Embankment|Esplanade|Estates?|Expressway|Expy|Extensions?|Falls?|Ferry|"
    "Fields?|Flats?|Fords?|Forest|Forges?|Forks?|Fort|Freeway|Fwy|Gardens?|Gdns|Gateway|Gate|"
    "Glens?|Greens?|Grove|Groves|Harbors?|Harbours?|Haven|Heights|Hts|Highway|Hwy|Hills?|"
    "Hollow|Inlet|Islands?|Isle|Junctions?|Keys?|Knolls?|Lakes?|Land|Landing|Lanes?|Ln|Lights?|"
    "Loaf|Locks?|Lodge|Loop|Mall|Manors?|Market|Meadows?|Mews|Mills?|Mission|Motorway|Mount|"
    "Mountains?|Mtn|Neck|Orchard|Oval|Overpass|Parade|Pde|Parks?|Parkways?|Pkwy|Pass|Passage|"
    "Path|Pike|Pines?|Place|Pl|Plains?|Plaza|Points?|Ports?|Prairie|Quay|Radial|Ramp|Ranch|"
    "Rapids?|Rest|Ridges?|Rise|River|Roads?|Rd|Route|Rte|Row|Rue|Run|Shoals?|Shores?|Skyway|"
    "Springs?|Spurs?|Squares?|Sq|Station|Stravenue|Stream|Streets?|St|Summit|Terrace|Ter|Tce|"
    "Throughway|Trace|Track|Trafficway|Trailer|Trails?|Trl|Tunnel|Turnpike|Underpass|Unions?|"
    "Vale|Valleys?|Viaduct|Views?|Villages?|Villas?|Ville|Vista|Walks?|Wall|Ways?|Wells?|Wharf|"
    "Wynd|Yard|"
    # India's road and locality words (India Post's addressing standard), Singapore's lanes.
    "Marg|Salai|Nagar|Colony|Layout|Vihar|Enclave|Chowk|Bazaa?r|Gali|Peth|Lorong|Subdivision|"
    "Subd\\.|"
    + "|".join(USPS_ABBREVIATIONS)
)
# A house number: `441`, `12B`, `37-12`, `123 1/2`, Australian `5/12` (unit 5, number 12).
NUM = r"(?:\d{1,4}[A-Za-z]?/)?\d{1,6}[A-Za-z]?(?:-\d{1,4})?(?:[ \t]1/2|½)?"
# `No. 14 Awolowo Road`, `House No. 45, Gandhi Nagar`, `Plot 7, Park Street`: a number with
# its label, a comma allowed after it (after a bare number, `In 2019, Oak Street ...`).
LABELLED_NUM = (
    r"(?:(?:(?:House|Hse\.?|H\.|Door|Flat|Shop|Plot)[ \t]?No\.?|No\.?|Nr\.|Plot|Lot|Blk\.?|Block"
    r"|House|Hse\.?)[ \t]?"
    r"\d{1,5}[A-Za-z]?(?:[/-]\d{1,4}[A-Za-z]?)?,?|\d{1,4}/\d{1,4}[A-Za-z]?,)"
)
DIR = r"(?:[NSEW]|N[EW]|S[EW]|North|South|East|West)\.?"
# After the suffix: `NW`, `NW.`, `N.W.`, `N. W.`, `E`, `West` (a lone letter only before a
# separator, so `Main St. We...` keeps its `We`).
POST_DIR = (
    r"(?:[ \t]{1,3}(?:[NS]\.[ \t]?[EW]\.|[NS][EW]\.?|[NSEW]\.?(?=[ \t]*(?:[,\n]|$))|"
    r"North|South|East|West|Central)(?![\w]))"  # Hong Kong's `Queen's Road Central`
)
# A capital, then any Latin letters (`Hoa Phượng Street`, `Müller Road`).
WORD = (r"(?:[A-Z][A-Za-zÀ-ÖØ-öø-ÿ\u0100-\u024f\u1e00-\u1eff'’.-]{0,24}"
        r"|\d{1,3}(?:st|nd|rd|th))")
# USPS secondary unit designators (C2) and their European counterparts.
UNIT_WORD = (
    r"(?:(?i:apt\.?|apartment|suite|ste\.?|unit|fl(?:oor|r)?\.?|level|lvl\.?|room|rm\.?|"
    r"bldg\.?|building|dept\.?|department|office|ofc\.?|lot|trlr\.?|trailer|space|spc\.?|"
    r"hangar|hngr\.?|pier|slip|pmb|box|shop|flat|penthouse)(?=[ \t#\n]|$)|P[Hh](?=[ \t#])|"
    r"Appartamento|Piano|Scala|scala|Interno|Int\.|Puerta|Piso|Planta|Etage|"
    r"Étage|Stock|Bus|Blk\.?|Block|Tower|Wing|apto\.?|Apto\.?|Dpto\.?|dpto\.?|Depto\.?|Int\.?|"
    r"int\.?|Daire|m\.|lok\.|sala|Sala|loja|Loja|Bloco|bloco|conj\.|Conj\.|Bay|bus|"
    r"Of\.|Oficina|Local|Torre|app\.|App\.|appt\.|Appt\.|bureau|Bureau|"  # LatAm, Québec
    # Swedish flats (`lgh 1201`), Spanish staircases and doors (`esc. 2`, `pta. 4`).
    r"lgh\.?|Lgh\.?|esc\.|Esc\.|Escalera|escalera|pta\.|Pta\.|puerta|portal|Portal|#)"
)
# The unit's value: holds a digit or is one capital (`Suite A`), so `Room for` is not one.
UNIT_VALUE = (  # a text box may wrap between the two: `Suite\n845`
    r"(?:[ \t]{0,2}|[ \t]?\n[ \t]{0,2})(?:#|No\.?)?[ \t]?(?=[A-Za-z]{0,2}\d|[A-Z](?![\w]))"
    r"[A-Za-z0-9][A-Za-z0-9-]{0,7}"
    r"(?![\w])"
)
# European floors, buildings, staircases and doors written between the street and the
# postcode, in lower case or abbreviated (`bât. C`, `2e étage`, `appt 12`, DE `26. OG`, `EG
# links`, `Whg. 4`, AT `Top 5`, ES / AR `piso 3`, `puerta 2`, `dto. B`, IT `piano 2`, `interno
# 7`, RO `bl. A3`, `sc. 2`, `et. 4`, `ap. 17`, NL `2e verdieping`, `3-hoog`), up to three in a
# row (`piso 6 dto. B`); each ends at a separator, so a sentence's words after it do not pass.
_EU_UNIT_ONE = (
    r"(?:(?:bât\.|Bât\.|bat\.|Bat\.|bâtiment|Bâtiment|porte|Porte|appt\.?|Appt\.?|piso|puerta|"
    r"planta|dto\.|dpto\.|piano|interno|scala|bl\.|Bl\.|sc\.|Sc\.|et\.|Et\.|ap\.|Ap\.|Whg\.|"
    r"Wohnung|Top)[ \t]?(?:Nr\.[ \t]?|n°[ \t]?|no[ \t]?)?[A-Z0-9]\d{0,3}[A-Za-z]?"
    r"|\d{1,2}(?:e|er|ère|ème|eme)[ \t](?:étage|etage|verdieping)"
    r"|\d{1,2}\.[ \t]?(?:OG|UG|Obergeschoss|Etage|Stock|Stockwerk)|EG|DG|Erdgeschoss|"
    r"Dachgeschoss|Hochparterre|Souterrain|Hinterhaus|Vorderhaus|Seitenflügel|Gartenhaus|"
    r"\d{1,2}-hoog)"
    r"(?:[ \t](?:links|rechts|Mitte|li\.|re\.|izq\.?|dcha\.?))?(?![\w])"
)
EU_UNIT = (
    rf"(?:{_EU_UNIT_ONE}(?:[ \t]{{1,2}}{_EU_UNIT_ONE}){{0,2}}"
    r"|(?:Résidence|Immeuble|Résid\.|Imm\.)[ \t](?:les|le|la|du|des)?[ \t]?[A-ZÀ-Þ][a-zà-ÿ'-]{1,30}"
    r"|c/o[ \t]{1,2}[A-ZÀ-Þ][\w'-]{1,30}(?:[ \t][A-ZÀ-Þ][\w'-]{1,30}){0,2})"  # `c/o Verwaltung`
    r"(?=[ \t]*(?:[,;\n]|$))"
)
# Spanish floors and doors (`3º B`, `2º izq.`, `bajo`; NFKC folds `º` to `o`), Danish ones
# (`3. th.`), Hong Kong floors (`12/F`), Singapore's `#05-12`, Indian `3rd Cross`.
UNIT = (
    rf"(?:{EU_UNIT}|{UNIT_WORD}{UNIT_VALUE}"
    r"|(?i:\d{1,2}(?:st|nd|rd|th)[ \t](?:floor|flr\.?|fl\.?))|"
    # USPS's designators without a number (`Rear`, `Upper`, `Bsmt`), ending the street line.
    r"(?i:basement|bsmt|front|frnt|lobby|lbby|lower|lowr|rear|side|upper|uppr|penthouse)"
    r"(?=[ \t]*(?:[,\n]|$))|"
    # Indonesia's neighbourhood and hamlet: `RT 03/RW 05`, `RT.003 RW.005`.
    r"RT\.?[ \t]?\d{1,3}[ \t]?/?[ \t]?RW\.?[ \t]?\d{1,3}(?![\w])|"
    r"\d{1,2}\.?[ºª°oa](?:[ \t]?(?:[A-Z]|\d{1,2}\.?[ºª°oa]?|izq(?:da)?\.?|izda\.?|dcha\.?|der\.?|"
    r"dch\.?|ctro\.?|Esq\.?|esq\.?|Dto\.?|dto\.?|Dt\.?|Frente|andar))?(?![\w])|"  # PT `2.º Esq.`
    r"(?:bajo|entlo\.?|ático|entresuelo)(?:[ \t](?:\d{1,2}\.?[ºª°oa]|[A-Z0-9]{1,2}))?(?![\w])|"
    r"(?:\d{1,2}\.|st\.|kl\.)[ \t]?(?:th|tv|mf|sal)\.?(?![\w])|\d{1,2}/F(?![\w])|"
    r"(?:st|kl)\.(?=[ \t]*,)|"  # Danish ground floor and basement alone: `Vej 4, st., 8000 ...`
    # Hungarian floor and door after the house number's full stop: `3. em. 12`, `fsz. 2`, `II/4`.
    r"(?:\d{1,2}\.[ \t]?em\.|fsz\.)(?:[ \t]?\d{1,3}\.?)?(?![\w])|[IVX]{1,4}/\d{1,3}\.?(?![\w/])|"
    r"#\d{1,3}-\d{1,5}[A-Z]?(?![\w])|R\.?D\.?[ \t]\d{1,2}(?![\w])|"  # NZ `RD 2`
    r"\d{1,2}(?:st|nd|rd|th)[ \t](?:Cross|Main|Block|Stage|Phase)(?:[ \t](?:Road|Rd\.?))?(?![\w]))"
)
# Mail stops: `Mail Stop 1234`, `Mailstop 4D-12`, `M/S 22`, `MS-22`, `Stop SSOP`.
MAIL_STOP_WORD = r"(?:Mail[ \t]?[Ss]top|Mailstop|Mail[ \t]Code|Mailcode|M/S|MSC|MS|Stop)"
MAIL_STOP_VALUE = (
    r"[ \t]{0,2}[:#-]?[ \t]{0,2}(?=[A-Z]{0,4}\d|[A-Z]{2,6}(?![\w]))[A-Z0-9][A-Z0-9-]{0,9}(?![\w])"
)
STATES = (
    "A[LKZR]|C[AOT]|D[EC]|F[LM]|G[AU]|HI|I[ADLN]|K[SY]|LA|M[ADEHINOPST]|N[CDEHJMVY]|O[HKR]|"
    "P[ARW]|RI|S[CD]|T[NX]|UT|V[AIT]|W[AIVY]|A[AEPS]|FM|GU|MH|MP"
)
STATE_NAMES = (
    "Alabama|Alaska|Arizona|Arkansas|California|Colorado|Connecticut|Delaware|Florida|Georgia|"
    "Hawaii|Idaho|Illinois|Indiana|Iowa|Kansas|Kentucky|Louisiana|Maine|Maryland|Massachusetts|"
    "Michigan|Minnesota|Mississippi|Missouri|Montana|Nebraska|Nevada|New[ \t]Hampshire|"
    "New[ \t]Jersey|New[ \t]Mexico|New[ \t]York|North[ \t]Carolina|North[ \t]Dakota|Ohio|"
    "Oklahoma|Oregon|Pennsylvania|Rhode[ \t]Island|South[ \t]Carolina|South[ \t]Dakota|"
    "Tennessee|Texas|Utah|Vermont|Virginia|Washington|West[ \t]Virginia|Wisconsin|Wyoming|"
    "District[ \t]of[ \t]Columbia|Puerto[ \t]Rico|D\\.[ \t]?C\\."
)
ZIP = r"\d{5}(?:[-–]\d{4})?(?![\w-])"
CA_CODES = "AB|BC|MB|NB|NL|NS|NT|NU|ON|PE|QC|SK|YT"
CA_PROVINCES = (
    f"{CA_CODES}|Alberta|British[ \t]Columbia|Manitoba|"
    "New[ \t]Brunswick|Newfoundland(?:[ \t]and[ \t]Labrador)?|Nova[ \t]Scotia|Ontario|Qu[eé]bec|"
    "Saskatchewan|Yukon|P\\.?E\\.?I\\.?|Prince[ \t]Edward[ \t]Island"
)
CA_POSTCODE = r"[ABCEGHJ-NPRSTVXY]\d[ABCEGHJ-NPRSTV-Z][ \t]?\d[ABCEGHJ-NPRSTV-Z]\d(?![\w])"
AU_STATES = "NSW|VIC|Vic|QLD|Qld|SA|WA|TAS|Tas|NT|ACT"
AU_STATE_NAMES = (
    "New[ \t]South[ \t]Wales|Victoria|Queensland|South[ \t]Australia|Western[ \t]Australia|"
    "Tasmania|Northern[ \t]Territory|Australian[ \t]Capital[ \t]Territory"
)
UK_POSTCODE = r"(?:[A-Z]{1,2}\d[A-Z\d]?[ \t]?\d[A-Z]{2}|GIR[ \t]?0AA)(?![\w])"
IE_EIRCODE = r"[AC-FHKNPRTV-Y]\d[0-9W][ \t]?[0-9AC-FHKNPRTV-Y]{4}(?![\w])"
# Postcodes written before the town: DE FR IT ES 5 digits, AT CH BE DK 4, NL `1015 CJ`,
# SE CZ GR `111 22`, PL `00-590`, PT `1100-053`, BR `01001-000`, RO 6; `D-`, `CH-`, `LT-` prefixes.
EU_POSTCODE = (
    r"(?<![\w-])(?:[A-Z]{1,2}-)?(?:\d{5}-\d{3}|\d{4}-\d{3}|\d{2}-\d{3}|\d{3}[ \t]\d{2}|"
    r"\d{4}[ \t]?[A-Z]{2}(?![\w])|\d{4,6}|\d{3}(?=[ \t][A-ZÀ-Þ])|"  # IS `101`, RO `030167`
    r"[A-HJ-NP-Z]\d{4}(?:[A-Z]{3})?)(?![\w-])"  # AR `C1043`, `X5000ABC`
)
# Postcodes written after the town: ES / US-like 5 digits, JP `150-0002`, IN `400001`,
# BR `01001-000`, IL `6433222`.
TRAILING_POSTCODE = r"(?:\d{5}-\d{3}|\d{3}-\d{4}|\d{5,7}|L[TV]-\d{4,5})(?![\w-])"  # IL 7, LV

TOWN_SIMPLE = r"[A-ZÀ-Þ][a-zà-ÿ'-]{1,30}(?:[ \t][A-ZÀ-Þ][a-zà-ÿ'-]{1,30}){0,2}"
# Latin-1 and Latin Extended-A letters (`Marszałkowska`, `Łódź`, `Dvořák`); the capitals' set
# takes the whole Extended-A block, whose capitals and small letters alternate.
LATIN = "[A-Za-zÀ-ÖØ-öø-ÿ\u0100-\u024f\u1e00-\u1eff'’.-]"
# Extended-B: Romanian `ș`, `ț`; Extended Additional: Vietnamese.
LATIN_CAP = "[A-ZÀ-ÖØ-Þ\u0100-\u024f\u1e00-\u1eff]"
# A town's word holds a full stop only as a short abbreviation's (`St. Louis`, `Co. Cork`,
# `Edo. Méx.`, `N.L.`): `Kendal. Drinks tea` is a town and the next sentence.
_LATIN_WORD = "[A-Za-zÀ-ÖØ-öø-ÿ\u0100-\u024f\u1e00-\u1eff'’-]"
_TOWN_WORD = (
    rf"(?:(?:{_LATIN_WORD}{{0,2}}\.){{1,3}}|{_LATIN_WORD}{{1,30}}"
    r"(?:(?<=(?<![\w])\w(?i:ovt|ist|osp|niv|ept|ldg|pts|atl|ntl|olo|ich|alif|ass|enn|ash|onn|ubd|rgy))"
    r"\.)?)"  # the longer ones: `Govt. School`, `Dist. Court`, `Calif.`
)
# Joining words inside a town's name (`Freiburg im Breisgau`, `Newcastle upon Tyne`, `Alphen
# aan den Rijn`, `Rothenburg ob der Tauber`, `Cnoc na Gréine`): only before a capital.
_TOWN_JOIN = (r"(?:im|am|an|ob|der|den|dem|aan|upon|na|la|le|les|lès|sous|sur|sul|di|del|de|"
              r"della|do|da|dos|das|es)")  # `Dar es Salaam`
TOWN = (
    # Galician and Portuguese towns start with an article of one letter: `A Coruña`, `O Porriño`.
    rf"(?:(?:'s-|[AO][ \t](?={LATIN_CAP}))?{LATIN_CAP}{_TOWN_WORD}"
    rf"(?:[ \t]{{1,2}}(?:{LATIN_CAP}|op |de |del |da |do |dos |das |am |an |sur |-"
    rf"|d['’](?={LATIN_CAP}))"  # `Coeur d'Alene`
    rf"{_TOWN_WORD}?|(?:[ \t]{_TOWN_JOIN}){{1,2}}[ \t]{LATIN_CAP}{_TOWN_WORD}"
    rf"|[ \t]\({LATIN_CAP}{_TOWN_WORD}\)){{0,3}}"
    rf"(?:/{LATIN_CAP}{LATIN}{{1,30}})?)"  # Turkish `Kadıköy/İstanbul`
)

# -- anchors ---------------------------------------------------------------------------------

# A unit line before the street: `Suite 300\n1200 Main St`, `Flat 2, 5 High St`, `3rd Floor,`.
# Its designators (also what a US / UK street line can start with besides its number).
UNIT_DESIGNATORS = (
    r"(?:Flat|Studio|Apartment|Apt\.?|Unit|Suite|Ste\.?|Room|Rm\.?|Floor|Level|Shop|Lot|Bay|"
    r"Blk\.?|Block|PMB|Erf|Fl\.?|FLAT|STUDIO|APARTMENT|APT\.?|UNIT|SUITE|STE\.?|ROOM|RM\.?|FLOOR|"
    r"LEVEL|FL\.?|apt\.?|unit|suite|ste\.?|flat|"
    # USPS's other designators (Publication 28, C2): `DEPT 124, 382 Elm Blvd`.
    r"Dept\.?|DEPT|Bldg\.?|BLDG|Building|Spc\.?|SPC|Space|Trlr\.?|TRLR|Hngr\.?|HNGR|Pier|PIER|"
    r"Slip|SLIP|PH|Ph|Penthouse|PENTHOUSE)"
)
_PREFIX = (
    rf"(?:(?:{UNIT_DESIGNATORS}"
    r"[ \t]{1,2}#?\d{1,4}(?:-\d{1,4}[A-Za-z]?|-?[A-Za-z])?"
    r"|\d{1,2}(?:st|nd|rd|th)[ \t]Floor)"
    r"[ \t]*(?:,[ \t]*|\n[ \t]*|[-–|·•][ \t]{1,3}|[ \t]|/))?"
)
_STREET_REST = (
    rf"(?:{DIR}[ \t]{{1,3}})?"
    rf"(?:{WORD}[ \t]{{1,3}}){{0,3}}{WORD}"
    # The type on the next line (a wrapped text box: `2622 Zephyr\nFwy, Chattanooga`) only
    # before a comma; the anchor then needs a postal line (group `wrap`).
    rf"(?:[ \t]{{1,3}}|(?P<wrap>[ \t]?\n[ \t]{{0,3}})(?=(?i:{SUFFIXES})\.?,))"
    rf"(?i:{SUFFIXES})\.?(?![A-Za-z]){POST_DIR}?"
    # Singapore `Ang Mo Kio Ave 3, #05-12`, `State Hwy 14 Bldg. 3`.
    rf"(?:[ \t]\d{{1,3}}[A-Z]?(?=[ \t]*(?:[,#\n]|$)|[ \t]{{1,2}}{UNIT_WORD}{UNIT_VALUE}))?"
)
US_UK_STREET = rf"(?<![\w.-]){_PREFIX}(?<![\w.-]){NUM}[ \t]{{1,3}}{_STREET_REST}"
# The same with a labelled number (`No. 14`, `H.No. 56` on a line of its own) or a number alone
# on its line (`56\nGandhi Chowk`): searched only near their label words or line starts.
LABELLED_STREET = (
    rf"(?<![\w.-]){_PREFIX}(?<![\w.-])(?:{LABELLED_NUM}(?:[ \t]{{1,3}}|[ \t]*\n[ \t]*)"
    r"|(?<=^|\n)[ \t]{0,4}\d{1,5}[A-Za-z]?(?:/\d{1,4})?,?[ \t]*\n[ \t]*)"
    rf"{_STREET_REST}"
)
LABEL_WORDS = ("house", "h.", "h.no.", "door", "flat", "shop", "plot", "no.", "nr.", "lot",
               "blk", "blk.", "block")
NUMBER_LINE_GATE = r"(?m)^[ \t]{0,4}\d{1,5}[A-Za-z]?(?:/\d{1,4}[A-Za-z]?)?,?[ \t]*\n"
SLASH_NUMBER_GATE = r"(?<![\w/.-])\d{1,4}/\d{1,4}[A-Za-z]?,"  # India's `5/8, Residency Road`
# A street named without a number (`One Microsoft Way`, `Fourteenth Street between
# Constitution and Pennsylvania Avenues NW.`): an address only with a postal line after it.
NAMED_STREET = (
    rf"(?<![\w.-])(?:{WORD}[ \t]{{1,3}}){{1,4}}(?i:{SUFFIXES})\.?(?![A-Za-z])"
    rf"(?:[ \t]{{1,2}}(?:between|at|near|off)[ \t]{{1,2}}(?:{WORD}[ \t]{{1,2}}){{1,3}}"
    rf"(?:(?:and|&)[ \t]{{1,2}}(?:{WORD}[ \t]{{1,2}}){{1,3}})?(?i:{SUFFIXES})\.?(?![A-Za-z]))?"
    rf"{POST_DIR}?"
)
# UK addresses often have no house number: `Flat 3\nNicole Walks`.
UK_FLAT_STREET = (
    rf"(?<![\w])(?:Flat|Studio|Apartment)[ \t]{{1,2}}\d{{1,4}}[A-Za-z]?[ \t]*(?:,[ \t]*|\n[ \t]*)"
    rf"(?:{WORD}[ \t]{{1,3}}){{1,3}}(?i:{SUFFIXES})(?![A-Za-z])"
)
MILITARY = (
    # A ship's name of up to three words and its hull number: `USS Ross (DDG 71)`.
    r"(?:(?:USNS|USNV|USS|USCGC)(?:[ \t][A-Z][a-z]{1,20}){1,3}"
    r"(?:[ \t]\([A-Z]{2,4}[ \t-]?\d{1,4}\))?"
    r"|(?:PSC|Unit|CMR)[ \t]\d{1,4},?[ \t]Box[ \t]\d{1,4})"
    r"[ \t]*[,\n]?[ \t]*(?:APO|FPO|DPO)[ \t](?:AA|AE|AP)[ \t]\d{5}(?:-\d{4})?(?![\w-])"
)
# Post-office boxes: `P.O. Box 152`, `PO Box 9`, `GPO Box 1`, `Postfach 10 02 33`; French
# `BP 48` only with a postal line (`BP 120` is also a blood pressure).
# Kenya `12345-00100` (box, postal code), the town after it with a space only.
# South Africa's `Private Bag X22`; Norway's `Postboks 6485 Sentrum,` (the delivery office).
_BOX_NUMBER = (r"[ \t]{1,2}(?:#|X)?\d{1,6}(?:[ \t]\d{2}){0,2}"
               r"(?:[ \t]?-[ \t]?\d{5}"
               r"(?:(?:[ \t]{1,2}|,?[ \t]*\n[ \t]*)[A-Z][a-z]{2,20}(?![\w]))?)?(?!\d)"
               r"(?:[ \t][A-ZÆØÅ][a-zæøå]{2,15}(?=[ \t]*,))?")
# Francophone Africa's `BP 7597 Douala, Cameroun`: the box, its town and the country.
BP_TOWN_COUNTRY = (rf"(?<![\w.])(?:BP|B\.P\.)[ \t]{{1,2}}\d{{1,6}},?[ \t]{{1,2}}{TOWN_SIMPLE},"
                   r"[ \t]{1,2}(?:Cameroun|Cameroon|S[ée]n[ée]gal|Côte[ \t]d'Ivoire|Mali|"
                   r"Burkina[ \t]Faso|Niger|B[ée]nin|Togo|Gabon|Congo|RDC|Madagascar|Maroc|Tchad|"
                   r"Guin[ée]e|Mauritanie|Djibouti|Burundi|Rwanda|Comores|Alg[ée]rie|Tunisie)"
                   r"(?![\w])")
BP_BOX = rf"(?<![\w.])(?:BP|C\.P\.|Case[ \t]postale|CP){_BOX_NUMBER}"
PO_BOX = (
    r"(?<![\w.])(?:(?:G\.?[ \t]?)?P\.?[ \t]?O\.?[ \t]?(?:Box|Drawer)|Post[ \t]Office[ \t]Box|"
    r"(?i:po[ \t]box)|"
    r"Locked[ \t]Bag|Private[ \t]Bag|Postfach|Postbus|Postboks|Boîte[ \t]postale|"
    r"Apartado(?:[ \t]de[ \t]Correos|[ \t]Postal)?|Casella[ \t]postale|Caixa[ \t]Postal)"
    rf"{_BOX_NUMBER}"
)
# Rural routes and highway contracts: `RR 2, Box 152`, `Rural Route 3 Box 44`, `HC 68 Box 23`.
RURAL_BOX = (
    r"(?<![\w.])(?:R\.?R\.?|Rural[ \t]Route|R\.?D\.?|Rural[ \t]Delivery|H\.?C\.?|"
    r"Highway[ \t]Contract|Star[ \t]Route|Route|HCR)[ \t]{0,2}#?\d{1,3}"
    r"(?:,?[ \t]{1,2}Site[ \t]{1,2}\d{1,4},?[ \t]{1,2}Comp[ \t]{1,2}\d{1,4}[A-Z]?"  # Canada
    r"|,?[ \t]{1,2}Box[ \t]{1,2}\d{1,5}[A-Z]?)"
    r"(?![\w])"
)
# Mail held at the post office (USPS, Canada Post): only with the town line after it.
GENERAL_DELIVERY = r"(?<![\w])(?:General[ \t]Delivery|GENERAL[ \t]DELIVERY)(?![\w])"
# A house on a numbered road: `14250 State Highway 16`, `3997 US-173`, `276 FM 2504`, `N926
# County Road Q` (Wisconsin's grid numbers, a direction letter first), `W5643 Hwy 7 W`; only
# with a postal line (`300 US-101 exits`, `12 Route 9 buses` are not).
ROUTE_STREET = (
    r"(?<![\w.-])(?:[NSEW]\d{1,3}[NSEW]?)?\d{1,6}[A-Z]?[ \t]{1,2}"
    r"(?:(?:County|State|Co\.|U\.?S\.?|Farm[ \t]to[ \t]Market|Ranch[ \t]to[ \t]Market)[ \t]"
    r"(?:Road|Rd\.?|Highway|Hwy\.?|Route|Rte\.?|Trunk[ \t]Highway)|US|U\.S\.|SR|CR|FM|RM|SH|TH|"
    r"CTH|STH|Hwy\.?|Highway|Route|Rte\.?|Interstate|I)[ \t-]?(?:\d{1,4}[A-Z]?|[A-Z]{1,2})"
    r"(?![\w-])(?:[ \t](?:[NSEW]|North|South|East|West|Bypass|Business|Frontage[ \t]R(?:oa)?d))?"
    r"(?![\w])"
)
ROUTE_GATE = (r"(?<![\w.-])(?:[NSEW]\d{1,3}[NSEW]?)?\d{1,6}[A-Z]?[ \t]{1,2}"
              r"(?=County|State|Co\.|U\.?S|Farm|Ranch|SR|CR|FM|RM|SH|TH|CTH|STH|Hwy|Highway|"
              r"Route|Rte|Interstate|I[ \t-]\d)")
# What every ROUTE_GATE match holds, for Python's `re` (no lookbehind): a fast pre-check.
ROUTE_PRE = (r"\d[A-Z]?[ \t]{1,2}(?:County|State|Co\.|U\.?S|Farm|Ranch|SR|CR|FM|RM|SH|TH|CTH|STH|"
             r"Hwy|Highway|Route|Rte|Interstate|I[ \t-]\d)")
# Utah's and Idaho's grid: `350 S 200 E`, `1400 East 2700 South`: only with a postal line.
GRID_STREET = (
    r"(?<![\w.-])\d{1,5}[ \t](?:[NSEW]\.?|North|South|East|West)[ \t]\d{1,5}[ \t]?"
    r"(?:[NSEW]\.?|North|South|East|West)(?![\w])"
)
# India's and Nigeria's bare house number with a comma: `32, Anna Salai`, `14, Awolowo
# Road`; only with a postal line (`In 2019, Oak Street ...` has none, nor three digits), and
# not after a word, whose number it is (`RMB 212, Wattle Road`, `Chapter 12, Elm Street`).
COMMA_NUMBER_STREET = rf"(?<![\w.,/-]|[A-Za-z.][ \t])\d{{1,3}}[A-Za-z]?,[ \t]{{1,2}}{_STREET_REST}"
COMMA_NUMBER_GATE = r"(?<![\w.,/-]|[A-Za-z.][ \t])\d{1,3}[A-Za-z]?,[ \t]{1,2}[A-Z]"
PARCEL = r"(?<![\w.])(?:Erf|Purok|Lot|Stand)[ \t]{1,2}\d{1,5}[A-Z]?(?![\w])"
RURAL_ROUTE = r"(?<![\w.])(?:Rural[ \t]Route|R\.R\.|RR)[ \t]{1,2}#?\d{1,3}(?![\w])"
MAIL_STOP_STRONG = rf"(?<![\w-])(?:Mail[ \t]?[Ss]top|Mailstop|Mail[ \t]Code|M/S){MAIL_STOP_VALUE}"
MAIL_STOP_ANY = rf"(?<![\w/-]){MAIL_STOP_WORD}{MAIL_STOP_VALUE}"
# A unit on its own (`Apt. 4B`, `Suite 300`): weak, an address with a context word; not
# after a capitalised word (`Office Suite 365`, `Creative Suite 6` are products).
LONE_UNIT = (
    r"(?<![\w]|[A-Z][\w-]{0,20}[ \t])(?:Apt\.?|Apartment|Suite|Ste\.)[ \t]{1,2}#?\d{1,5}[A-Z]?"
    r"(?![\w])"
)

# German / Dutch / Nordic compound street names, the number after: `Sieringgasse 28`,
# `Karl Johans gate 1`.
_COMPOUND_ENDINGS = (
    "straße|strasse|str\\.|weg|gasse|platz|allee|ring|damm|ufer|chaussee|pfad|steig|markt|laan|"
    "straat|gracht|plein|kade|dijk|singel|dreef|hof|steeg|baan|boulevard|gata|gatan|gade|vej|"
    "veien|vägen|katu|tie|gate|vei|väg|gränd|stigen|torget|backen|allén|leden|vegen|stien|"
    "bakken|kuja|polku|rinne|kaari|pad|singel|vegur|stræti|braut|tröð|stígur|"
    "utca|körút|út|tér|köz|fasor"  # Hungarian
)
# Baltic street types after the name: LV `Liepu iela 12`, LT `Liepų g. 7-3`, `Gedimino pr.`,
# EE `Tamme tn 12-5`, `Narva mnt 4`, `Kase pst 2` (each a word of its own, so `e.g. 5` is not).
# The abbreviations are also other words' (`Figure pr. 3`): an address only with a postal line.
_BALTIC_TYPES = (r"(?:iela|gatve|bulvāris|prospekts|gatvė|prospektas|alėja|tänav|maantee|"
                 r"puiestee|põik)")
_BALTIC_SHORT = r"(?:g\.|pr\.|al\.|skg\.|tn|mnt|pst)"
# The house number of those: `12a`, `12-14`, Dutch `12-II`, `263-H`, `4 bis`, Finnish `36 B 16`
# (staircase, flat), Polish and Czech `12/3`.
EU_HOUSE = (
    # Austria's house/staircase/door (`Zwirngasse 40/2/7`): a second slash and number
    r"\d{1,5}[a-zA-Z]?(?:[ \t]?[/-][ \t]?\d{1,4}[a-zA-Z]?(?:/\d{1,4}[a-zA-Z]?)?"
    r"|-(?:I{1,3}|IV|H|hs|bis|[A-Z])(?![\w])"
    # Hungarian numbers end with a full stop before the floor: `Andrássy út 39. 3. em.`
    r"|\.(?=[ \t](?:\d{1,2}\.[ \t]?em\.|fsz\.|[IVX]{1,4}/\d))"
    r"|[ \t](?:bis|hs|huis)(?![\w])"
    r"|[ \t](?:bus|BUS|bte\.?|boîte)[ \t]\d{1,4}[A-Za-z]?"  # BE `bus 3`
    r"|[ \t][A-H](?:[ \t]\d{1,3})?(?![\w])|[ \t](?:I{1,3}|IV)(?![\w])"
    r"|-\d{0,2}(?:hg|hs|bg)(?![\w]))?(?![\w])"  # NL `49-3hg`
)
EU_COMPOUND = (
    rf"(?<![\w-])(?:(?:{LATIN_CAP}{LATIN}{{1,20}}[ \t])?{LATIN_CAP}{LATIN}{{0,40}}?"
    rf"(?:(?i:{_COMPOUND_ENDINGS})|[ \t](?:gate|gade|gata|gatan|vei|vej|veien|väg|vägen|tie|katu|"
    rf"utca|út|útja|körút|tér|köz|fasor|{_BALTIC_TYPES}))"
    # The type as a word of its own after a capitalised one: `Berliner Straße`, `Am Markt`.
    rf"|{LATIN_CAP}{LATIN}{{1,20}}[ \t](?:Straße|Strasse|Str\.|Weg|Gasse|Platz|Allee|Markt|"
    r"Gracht|Straat|Laan|Plein))"
    rf"[ \t]{{1,2}}{EU_HOUSE}"
)
# Its cheap trigger: a digit right after such an ending (searched from digits, the rare
# character); the street regex then runs in a window before it.
EU_COMPOUND_GATE = (rf"(?<=(?:(?i:{_COMPOUND_ENDINGS})|[ \t]{_BALTIC_TYPES}|[ \t]{_BALTIC_SHORT})"
                    rf"[ \t]{{1,2}})\d")
BALTIC_SHORT = rf"(?<![\w-]){LATIN_CAP}{LATIN}{{1,30}}[ \t]{_BALTIC_SHORT}[ \t]{{1,2}}{EU_HOUSE}"
_PARTICLE = (
    r"(?:de|del|della|delle|dello|degli|dei|di|da|dal|dalla|du|des|la|le|las|los|l'|d'|van|"
    r"der|den|von|am|an|do|dos|das|al|alla|les|els)"
)
_EU_NAME = (  # a date's name first: `18 de Julio`, `25 de Mayo`
    rf"(?:\d{{1,2}}[ \t]de[ \t])?(?:{_PARTICLE}[ \t]{{1,2}}){{0,3}}{LATIN_CAP}{LATIN}{{0,24}}"
    rf"(?:[ \t]{{1,2}}(?:{_PARTICLE}[ \t]{{1,2}}){{0,2}}{LATIN_CAP}{LATIN}{{0,24}}){{0,3}}"
)
EU_TYPE_WORDS = (
    "rue", "avenue", "av.", "boulevard", "bd", "chemin", "impasse", "allée", "place", "quai",
    "route", "cours", "passage", "square", "faubourg",  # French
    "via", "viale", "piazza", "piazzale", "corso", "vicolo", "largo", "strada", "contrada",
    "borgo", "canale", "stretto", "rotonda", "lungomare", "lungotevere", "salita", "incrocio",
    "traversa", "vico", "località", "frazione", "campo", "fondamenta", "rione",  # Italian
    "calle", "c/", "avenida", "avda", "avda.", "paseo", "plaza", "cañada", "camino",
    "carretera", "ronda", "travesía", "pasaje", "callejón", "glorieta", "rambla",  # Spanish
    "alameda", "rua", "praça", "travessa", "estrada", "rodovia",  # Portuguese
    "carrer", "passeig", "plaça", "avinguda",  # Catalan
    "ul.", "ulica", "al.", "aleja", "aleje", "plac", "pl.", "os.", "osiedle", "rynek",
    "skwer", "bulwar",  # Polish
    "urbanización", "cuesta", "ladeira", "quadra", "vila",  # more Iberian
    "jl.", "jalan", "lorong", "gg.",  # Indonesian, Malay
    "rúa",  # Galician
    "jr.", "jirón",  # Peruvian
    "soi", "thanon",  # Thai
    "rang", "montée",  # Québec's rural roads
    "đường", "phố",  # Vietnamese
    "náměstí", "nám.", "třída", "tř.", "nábřeží", "nábř.", "námestie",  # Czech, Slovak
    "str.", "strada", "bd.", "bdul.", "bulevardul", "calea", "aleea", "șos.", "şos.",
    "șoseaua", "piața", "splaiul", "intrarea",  # Romanian
    "bv.", "bvar.", "diagonal",  # Argentine
)
EU_TYPE = (
    r"(?<![\w])(?i:" + "|".join(w.replace(".", r"\.") for w in EU_TYPE_WORDS) + r")[ \t]{1,2}"
)
# French, Italian, Spanish, Portuguese, Catalan, Polish street types, the number before or
# after the name: `12 rue de la Paix`, `Via Roma, 12`, `ul. Marszałkowska 10`.
EU_KEYWORD = (
    rf"(?:(?<![\w.,-])(?:No\.[ \t]?)?\d{{1,4}}(?:-\d{{1,4}}|[ \t]?(?:bis|ter))?,?[ \t]{{1,2}}"
    rf"{EU_TYPE}{_EU_NAME}"
    r"(?:(?<=(?i:jalan|lorong|jl\.|soi)[ \t][^,\n]{1,40})[ \t]\d{1,3}(?:/\d{1,3})?(?![\w/]))?"
    rf"|{EU_TYPE}{_EU_NAME},?[ \t]{{1,2}}(?:n\.?[ºo°]?[ \t]?|No\.?[ \t]?|[Nn]r\.?[ \t]?|#[ \t]?"
    r"|Kav\.?[ \t]?"
    r"|[NSEO](?=\d{1,3}-\d))?"  # Quito's `N36-29`
    r"\d{1,4}[a-zA-Z]?"
    # `No. 135-C`, `161-II`, `52-53`; Austria's house/staircase/door `40/2/7`
    r"(?:(?:/\d{1,4}[a-zA-Z]?){1,2}|-(?:I{1,3}|IV|[A-Z]|\d{1,4})(?![\w]))?"
    r"(?:[ \t](?:m\.|lok\.|bus|BUS)[ \t]?\d{1,4})?(?![\w]))"
)
# Its triggers: a house number, a postcode and a capital after it; a postcode and a capital
# after a comma (units between the number and the postcode: `137, esc. 2, 3.º C, 08012 ...`).
BARE_POSTCODE_GATE = (r"(?:,[ \t]{1,2}|\n[ \t]{0,2})(?:\d{4,5}|\d{2,5}-\d{3}|\d{3}[ \t]\d{2})"
                      r"[ \t]{1,2}[A-ZÀ-Þ]")
BARE_GATE = (
    r"(?<![\w.,-])\d{1,4}[a-zA-Z]?(?:[ \t]?/[ \t]?\d{1,4}[a-zA-Z]?|-(?:I{1,3}|IV|[A-Z])"
    r"|[ \t](?:bus|bte\.?|boîte)[ \t]\d{1,4})?"
    r"(?:[ \t]*,[ \t]*|[ \t]*\n[ \t]*)(?:\d{4,5}(?:[ \t]?[A-Z]{2})?|\d{3}[ \t]\d{2}|\d{2,5}-\d{3})"
    r"[ \t]{1,2}[A-ZÀ-Þ]"
)
EU_KEYWORD_NAME = EU_TYPE + _EU_NAME  # `rue de Lombard, 17595 ...`: only with a postal line

# -- continuations ---------------------------------------------------------------------------

# Between the elements of a postal block: a comma, a line break (one blank line allowed),
# a spaced dash, spaces.
_NL = (r"(?:[ \t]*,?[ \t]*\n(?:[ \t]*\n)?[ \t]*"
       # HTML's line breaks and inline tags: `12 Tarn Row<br>Kendal`, `</strong>, Tempe`.
       r"|(?:[ \t]*</?(?:br|strong|b|em|span|p|div|td|li|address)[ \t]?/?>){1,3}[ \t]*,?[ \t]*)")
# One-line addresses whose parts a bar or a middle dot separates (`12 Elm St | Leeds | LS1 4AP`).
_SEP = rf"(?:{_NL}|[ \t]*,[ \t]*|[ \t]{{1,3}}[-–|·•][ \t]{{1,3}}|[ \t]{{1,3}})"
# A town alone needs a comma, a line break or a spaced dash (Brazil's `85 - Bela Vista`) before.
_LINE_SEP = rf"(?:{_NL}|[ \t]*,[ \t]*|[ \t]{{1,3}}[-–|·•][ \t]{{1,3}})"
_COUNTRY = (
    r"(?:USA|U\.S\.A\.|United[ \t]States(?:[ \t]of[ \t]America)?|US|Canada|UK|U\.K\.|"
    r"United[ \t]Kingdom|Great[ \t]Britain|England|Scotland|Wales|Northern[ \t]Ireland|Ireland|"
    r"Germany|Deutschland|Austria|Österreich|Switzerland|Schweiz|Suisse|Svizzera|France|"
    r"Belgium|Belgique|België|Netherlands|The[ \t]Netherlands|Nederland|Luxembourg|Italy|Italia|"
    r"Spain|España|Portugal|Brasil|Brazil|Mexico|México|Denmark|Danmark|Sweden|Sverige|Norway|"
    r"Norge|Finland|Suomi|Poland|Polska|Czech[ \t]Republic|Czechia|Australia|New[ \t]Zealand|"
    r"India|Japan|Singapore|South[ \t]Korea|Korea|Republic[ \t]of[ \t]Korea|Hong[ \t]Kong|"
    r"Hong[ \t]Kong[ \t]SAR|Kowloon|New[ \t]Territories|Philippines|South[ \t]Africa|Nigeria|"
    r"Kenya|Ghana|Malaysia|Indonesia|Thailand|Vietnam|Turkey|Türkiye|Argentina|Chile|Colombia|"
    r"Peru|Greece|Hungary|Romania|Slovakia|Israel|UAE|United[ \t]Arab[ \t]Emirates|China|Taiwan|"
    r"Metro[ \t]Manila|Nederland|Česká[ \t]republika|Česko|Slovensko|Magyarország|Oman|"
    r"Qatar|Bahrain|Kuwait|Saudi[ \t]Arabia|KSA|Iceland|Ísland|Russia|Ukraine|Tanzania|Uganda|"
    r"Rwanda|Ethiopia|Nepal|Pakistan|Bangladesh|Sri[ \t]Lanka|Cameroun|Cameroon|S[ée]n[ée]gal|"
    r"Côte[ \t]d'Ivoire|Mali|Burkina[ \t]Faso|B[ée]nin|Togo|Gabon|Madagascar|Maroc|Morocco|"
    r"Alg[ée]rie|Algeria|Tunisie|Tunisia|Egypt|Zambia|Zimbabwe|Botswana|Namibia|Mozambique|"
    r"Malawi|Guatemala|Costa[ \t]Rica|Panam[aá]|Per[uú]|Ecuador|Uruguay|Paraguay|Bolivia|"
    r"Venezuela|Cambodia|Myanmar|Laos|Viet[ \t]Nam)(?![\w-])"
)
# A postcode with its label: `PIN: 560038`, `CEP 01310-200`, `C.P. 06700`, `ZIP 62704`,
# `〒150-0002`, `Postal Code 1200`.
LABELLED_POSTCODE = (
    r"(?:PIN(?:[ \t]?[Cc]ode)?|Pin(?:[ \t]?[Cc]ode)?|CEP|C\.[ \t]?P\.|CP|ZIP(?:[ \t]?[Cc]ode)?|"
    r"Zip(?:[ \t]?[Cc]ode)?|Post(?:al)?[ \t]?[Cc]ode|Postcode|P\.?O\.?[ \t]Box|〒|PC)"
    r"[ \t]?[:.#-]?[ \t]{0,2}\d{2,6}(?:[ \t-]\d{2,4})?(?![\w])"
)
# Districts and wards named by their kind: Japanese `Meguro-ku`, `Nagoya-shi`, `Aichi-ken`,
# Korean `Gangnam-gu`, `Yeoksam-dong`; Mexican `Col. Roma Norte`, Philippine `Barangay San
# Isidro`, Brazilian `Bairro ...`, Turkish `Caferağa Mah.`, Indian `Sector 14`.
WARD = (
    rf"(?:{LATIN_CAP}[a-zō]{{1,20}}-(?:ku|shi|ken|to|fu|cho|chō|machi|mura|gun|gu|dong|si|do|eup|"
    r"myeon|ri)(?![\w])"
    r"|(?:Col\.|Colonia|Fracc\.|Fraccionamiento|Barangay|Brgy\.?|Bairro|Mahallesi|Sector|Phase|Block|Zone|Ward|Purok|"
    r"sector|jud\.|Jud\.|județul|Județul|"  # Romanian sectors and counties
    r"District|TP\.|Thành[ \t]phố|Tỉnh|Thị[ \t]xã|Thị[ \t]trấn|"  # Vietnamese
    r"Phường|Quận|Huyện|Xã|Taman|Kelurahan|Kecamatan|Kec\.|Kel\.|Tambon|Amphoe|Khet|Khwaeng|"
    r"Zona)"
    r"[ \t]{1,2}"
    rf"(?:{TOWN}|\d{{1,3}}[A-Z]?(?![\w]))(?:[ \t]\d{{1,2}}(?![\w]))?"
    rf"|{TOWN}[ \t](?:Mah\.|Mahallesi|Köyü)"
    # Indian sectors and blocks after a locality: `Koramangala 4th Block`, `DLF Phase 2`.
    rf"|(?:{TOWN}[ \t])?(?:\d{{1,2}}(?:st|nd|rd|th)[ \t](?:Block|Stage|Phase|Sector)"
    r"|(?:Phase|Sector|Block|Stage)[ \t]\d{1,3}[A-Z]?)(?![\w])"
    rf"|{LATIN_CAP}[a-z]{{1,20}}[ \t]\d{{1,2}}-chome(?:[ \t]\d{{1,3}}(?:-\d{{1,3}})?)?"
    rf"|{LATIN_CAP}[a-z]{{1,20}}[ \t]\d{{1,2}}-\d{{1,3}}(?:-\d{{1,3}})?(?![\w-]))"
)
# India's landmark clauses: `near Hanuman Mandir`, `opp. City Mall`, `behind Railway Station`.
LANDMARK_WORDS = ("near", "opp", "opp.", "opposite", "behind", "beside")
LANDMARK = (r"(?:near|Near|opp\.?|Opp\.?|opposite|Opposite|behind|Behind|beside|Beside|"
            rf"next[ \t]to|in[ \t]front[ \t]of)[ \t]{{1,2}}(?:the[ \t])?{TOWN}")
_TOWN_END = r"(?=[ \t]*(?:\n|$|[.;)!?\"']|,|[|·•][ \t]))"
# A street named without a type word, its number after it, right before a postcode and its
# town (Belgian and Dutch `Meir 80, 2000 Antwerpen`, `Grote Markt 1\n2800 Mechelen`): an
# address only with that postal line, whose town ends the line, the sentence or the field or
# is followed by a preposition (`Windows 10, 2000 Server and ...` goes on), and not a
# numbered thing's name.
_NUMBERED_THINGS = (
    r"(?i:chapter|version|release|edition|season|part|volume|vol|book|episode|series|page|"
    r"section|step|phase|level|round|game|model|windows|python|office|apollo|team|class|"
    r"grade|year|week|day|room|gate|track|route|bus|flight|line)(?![\w])"
)
# A year and a title's words after a name and a number is a title or a citation
# (`Meridian 5, 2024 Annual Report`, `Article 5, 2019 Convention on ...`), not a postcode
# and its town (`Meir 80, 2000 Antwerpen`, `Grote Markt 2, 2011 RD Haarlem`, `Nørregade 12,
# 2000 Frederiksberg C`).
_YEAR_TITLE = (r"(?:19|20)\d\d[ \t]{1,2}[A-Z][a-z]{1,30}[ \t]{1,2}"
               r"(?:[A-Z][a-z]{2}|(?:on|of|for|in)[ \t])")
# Units between the house number and the postcode: `apto 827`, PL `m. 14`, ES `esc. 2, 3.º C`.
_BARE_UNIT = UNIT
# German words that open the sentence a typeless street is written in, before its `an` /
# `am` (`Bitte an Ahornweg 8`, `Liefern Sie an ...`, `Paket an ...`): politeness words,
# imperatives, pronouns and the mail's own nouns, never a street's first word.
_SENTENCE_WORD = (
    r"(?:Bitte|Danke|Vielen|Gerne|Gern|Senden|Sende|Sendet|Schicken|Schick|Schickt|Liefern|"
    r"Liefert|Bringen|Bring|Schreiben|Schreib|Kommen|Komm|Zustellen|Adressieren|Richten|"
    r"Wenden|Sie|Ich|Wir|Ihr|Er|Es|Paket|Post|Brief|Briefe|Rechnung|Lieferung|Versand|"
    r"Antwort|Zustellung|Sendung)[ \t]"
)
BARE_STREET = (
    # a lower-case particle starts the name only at the start of a line or after a comma
    # (`an Ahornweg 8` after a word is that word's `an`)
    rf"(?<![\w-])(?<!{_NUMBERED_THINGS}[ \t])(?!{_NUMBERED_THINGS})(?!{_SENTENCE_WORD})"
    rf"(?:(?![a-z])|(?<![\w][ \t]{{1,2}})){_EU_NAME}"
    rf"(?:[ \t]{{1,2}}|,[ \t]{{1,2}}n\.?[ºo°][ \t]?){EU_HOUSE}"
    rf"(?=(?:(?:,?[ \t]{{1,2}}|,?[ \t]*\n[ \t]*){_BARE_UNIT}){{0,2}}"
    rf"(?:[ \t]*,[ \t]*|[ \t]*\n[ \t]*)(?!{_YEAR_TITLE}){EU_POSTCODE}[ \t]{{1,2}}{TOWN}"
    r"(?:[ \t]*(?:\n|$|[.;)!?\"',|·•])|[ \t]{1,2}(?:\(|(?:by|on|in|at|for|before|after|until|from|"
    r"and[ \t]the[ \t]|is|was|opens?|closes?)(?![\w]))))"
)
# One postal element each, by group name: `unit` and `town` lines (a town ends a line or a
# sentence, or another capitalised line or a number follows after a comma) are weak, the
# others (a state, province, postcode or named ward) make the block a postal address, a
# bare `postcode` only after a town; `country` ends the block.
CONTINUATION = compiled(
    rf"(?P<unit>{_SEP}(?:{UNIT}|{MAIL_STOP_WORD}{MAIL_STOP_VALUE}|{LANDMARK}"
    rf"|(?:y|esq\.|esquina)[ \t]{{1,2}}{TOWN}(?=[ \t]*,)"  # a corner: `N36-29 y Colón,`
    rf"|(?:Edif\.|Edificio|Edf\.)[ \t]{{1,2}}{TOWN}"  # a named building: `Edif. Cristal`
    rf"|(?:succ\.|Succ\.|succursale|Succursale|STN|Stn\.?|Station|RPO)[ \t]{{1,2}}{TOWN}"
    rf"|\({TOWN}\)))"  # India's `641018 (Tamil Nadu)`
    rf"|(?P<postal>(?:{_SEP}|[ \t]in[ \t])(?:"
    rf"{TOWN},?[ \t]{{1,3}}(?:(?:{STATES})(?![\w])|{STATE_NAMES})(?:,?[ \t]{{1,3}}{ZIP})"  # US
    rf"|{TOWN},?[ \t]{{1,3}}(?:\(?(?:{CA_PROVINCES})\)?,?[ \t]{{1,3}})?{CA_POSTCODE}"  # Canada
    rf"|{TOWN},?[ \t]{{1,3}}(?:{AU_STATES}|{AU_STATE_NAMES}),?[ \t]{{1,3}}\d{{4}}(?![\w])"  # AU
    rf"|(?:{TOWN}(?:[ \t]\d{{1,2}})?{_SEP})?(?:{UK_POSTCODE}|{IE_EIRCODE})"  # UK, `Dublin 8 D08 ..`
    # A state (and ZIP) right after a street whose last word is a town's (`5405 Squall Lane
    # Chapel Hill NC`) or after a bar (`... | Baton Rouge | LA 70802`).
    rf"|(?<=[a-z][ \t]{{1,2}})(?:{STATES})(?![\w])(?![ \t]*\d)"
    r"(?=[ \t]*(?:\n|$|[.;)!?\"']|,)|[ \t]{1,2}[a-z])"
    rf"|(?:{STATES})(?![\w]),?[ \t]{{1,3}}{ZIP}"
    rf"|{TOWN}(?:,[ \t]{{1,3}}|(?<=[a-z])[ \t]{{1,2}})(?:{STATES}|{CA_CODES})(?![\w])"
    r"(?![ \t]*\d)"  # `Boston, MA`, in a chat `Boston MA`
    rf"|{EU_POSTCODE}(?:,?[ \t]{{1,2}}|[ \t]*\n[ \t]*){TOWN}"  # DE FR IT NL PT PL SE CZ ...
    r"(?:[ \t]\d{1,2}(?![\w]))?"  # `Praha 1`
    r"(?:[ \t]\([A-Z]{2}\)|[ \t]{0,2}[/-][ \t]{0,2}[A-Z]{2}(?![\w])"  # `(MI)`, Brazil's `/ SP`
    r"|(?<=Cedex|CEDEX)[ \t]\d{1,2}(?![\w])"
    r"|[ \t]{1,2}(?:Cedex|CEDEX)(?:[ \t]\d{1,2})?(?![\w]))?"
    rf"|{TOWN}(?:[ \t]{{1,2}}[-–/][ \t]{{1,2}}[A-Z]{{2}})?"
    r"(?:,?[ \t]{1,2}|[ \t]{0,2}[-–][ \t]{0,2})"
    rf"{TRAILING_POSTCODE}(?![ \t]{{1,2}}{LATIN_CAP})"  # ES JP IN BR; `, 44100 Guadalajara` is next
    rf"|(?:{TOWN}(?:[ \t]{{1,2}}[-–/][ \t]{{1,2}}[A-Z]{{2}})?,?[ \t]{{1,2}})?{LABELLED_POSTCODE}"
    rf"(?:[ \t]{{1,2}}{TOWN}{_TOWN_END})?"  # MX `C.P. 64460 Monterrey`
    rf"|{TOWN}(?:,?[ \t]{{1,2}}|-)\d{{4}}(?![\w-]|[.,:]\d)(?![ \t]{{1,2}}{LATIN_CAP})"  # NZ ZA PH
    # (BD `Dhaka-1213`)
    rf"|{WARD}"
    r"))"
    rf"|(?P<country>{_LINE_SEP}{_COUNTRY})"
    # A postcode alone after the town (`Pretoria, 0083`): only after a town line.
    r"|(?P<postcode>(?:[ \t]*,[ \t]*|[ \t]*\n[ \t]*|[ \t]{1,3}[|·•][ \t]{1,3}|[ \t]{1,2})"
    r"\d{4,6}(?![\w-]|[.,:]\d))"
    # A town line before the sentence goes on (`..., Nairobi before noon`) only on the same
    # line: `Address line 2:` on the next one is a form's label.
    rf"|(?P<town>{_NL}(?!(?:Dear|Re|RE|Attn|Hi|Hello)[ \t:,]){TOWN}{_TOWN_END}"
    rf"|(?:[ \t]*,[ \t]*|[ \t]{{1,3}}[-–|·•][ \t]{{1,3}}){TOWN}"
    # A town's district before its postcode or last: `Dublin 7, D07 X2Y3`, `Colombo 03`.
    rf"(?:[ \t]\d{{1,2}}(?=[ \t]*,|{_TOWN_END}))?"
    rf"(?:{_TOWN_END}|(?=[ \t]{{1,2}}[a-z(-])))"
)
# The same in lower case, for addresses typed inline after a cue (`live at 42 wallaby way,
# sydney`).
CONTINUATION_ANY_CASE = compiled(CONTINUATION.pattern, CONTINUATION.flags | 2)  # IGNORECASE
# Where a no-number street may be: before a state + ZIP, a province + postcode, a UK
# postcode. Searched from the postcode's first digit (digits are rare, so the lookbehinds
# seldom run).
POSTAL_HINT = compiled(
    rf"(?<=(?<![\w])(?:{STATES}|{AU_STATES}|D\.C\.)[ \t]{{1,3}})\d{{4}}"
    r"|(?<=(?<![\w])[A-Z]{1,2})\d[A-Z\d]?[ \t]?\d[A-Z]{2}(?![\w])"
    r"|(?<=(?<![\w])[ABCEGHJ-NPRSTVXY])\d[ABCEGHJ-NPRSTV-Z][ \t]?\d[ABCEGHJ-NPRSTV-Z]\d(?![\w])"
    r"|(?<=(?<![\w])[AC-FHKNPRTV-Y])\d[0-9W][ \t]?[0-9AC-FHKNPRTV-Y]{4}(?![\w])"  # Eircode
)
# The same typed in lower case (`..., flagstaff, az 86001`, `... tn1 1aa`, `... nsw 2000`,
# `88131 freiburg`), searched from digits: before one, a lower-case street line may start an
# address that only its postal line makes one.
LOWER_POSTAL_HINT = compiled(
    rf"(?<=(?<![\w])(?:{STATES.lower()})[ \t]{{1,3}})\d{{5}}(?:-\d{{4}})?(?![\w-])"
    r"|(?<=(?<![\w])[a-z]{1,2})\d[a-z\d]?[ \t]?\d[a-z]{2}(?![\w])"
    r"|(?<=(?<![\w])(?:nsw|vic|qld|tas|act|wa|sa|nt)[ \t]{1,3})\d{4}(?![\w-])"
    rf"|(?<=(?<![\w])(?:{CA_CODES.lower()})[ \t]{{1,3}}[a-z])\d[a-z][ \t]?\d[a-z]\d(?![\w])"
    r"|(?<=,[ \t]{1,2})\d{5}(?=[ \t]{1,2}[a-zà-ÿ]{3})"
)
# Of which the UK postcodes and Eircodes, before which a named line may start an address.
UK_IE_HINT = compiled(r"(?<![\w])[A-Z]{1,2}\d[A-Z\d]?[ \t]?\d[A-Z]{2}(?![\w])"
                      r"|(?<![\w])[AC-FHKNPRTV-Y]\d[0-9W][ \t]?[0-9AC-FHKNPRTV-Y]{4}(?![\w])")
# The first of the named lines before a UK postcode or an Eircode (UK and Irish houses and
# townlands without a street number: `The Granary, Much Hadley, SY8 1AZ`, `Cloonagh, Dublin
# 8, D08 K7W2`): an address only when the lines after it reach that postcode.
NAMED_LINE = (rf"(?<![\w.-])(?!(?:Dear|Re|RE|Attn|Hi|Hello|Thanks|Thank|Regards|Best|Cheers|"
              rf"Sincerely|Yours|Kind|From|To|Subject|Sent|Signed)(?![\w])){TOWN}")
# A house number (and a unit) right before such a line is its own: `57 Ropewalk, Aberystwyth
# SY23 1DE`, `FLAT 1, 14 ROPEWALK, READING, RG1 1AA` (one-word streets carry no type word).
NUMBER_BEFORE_LINE = rf"(?<![\w.-]){_PREFIX}(?<![\w.-]){NUM}[ \t]{{1,3}}$"
# A cue that the address after it may be in lower case or written inline.
CUE_WORDS = (
    "live", "lives", "lived", "living", "reside", "resides", "resided", "residing", "located",
    "situated", "moved", "move", "moving", "ship", "shipped", "send", "sent", "deliver",
    "delivered", "mail", "mailed", "post", "posted", "visit", "address", "home", "house",
    "office", "apartment", "flat", "stay", "staying",
    # Chat: `I'm at 12 elm st, come by`, `meet me at ...`, `come over to ...`, `grew up on ...`.
    "i'm", "i’m", "im", "we're", "we’re", "meet", "come", "grew",
)
CUE_PREFIX = (
    r"(?i:(?<![\w])(?:" + "|".join(CUE_WORDS) + r")(?:[ \t]{1,2}(?:is|was|now|currently|"
    r"it|them|this|that|here|there|us|me|up|over|by|back))?[ \t]{0,2}(?:at|to|on|is|:|-)"
    r"[ \t]{1,3})"
)
