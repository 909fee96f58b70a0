"""STREET_ADDRESS: US, UK and continental-European street lines, Taiwan and mainland
addresses, each extended over the city / postcode lines that follow it.

Presidio has no street-address recognizer; spaCy's small model labels the city (allowed as
a quasi-identifier) and leaves the house number and street. One street regex per style
finds the anchor; a continuation regex, matched right at the anchor's end, takes in the
unit, town, state, postal code that belong to it. Every quantifier is bounded and every
pattern starts at a digit, a capital or a keyword, so matching stays linear.
"""

from __future__ import annotations

from presidio_analyzer import EntityRecognizer, RecognizerResult

from .common import CJK, CONTEXT_BOOST, compiled, has_cjk, near, result, words_regex

ENTITY = "STREET_ADDRESS"

# USPS street suffixes (Publication 28, C1) with the common UK ones; plural forms too.
_SUFFIXES = (
    "Alley|Aly|Annex|Arcade|Avenue|Ave|Av|Bayou|Beach|Bend|Bluffs?|Bottom|Boulevard|Blvd|"
    "Branch|Bridge|Brooks?|Burgs?|Bypass|Byway|Camp|Canyon|Cape|Causeway|Centers?|Centres?|Ctr|"
    "Circles?|Cir|Circus|Cliffs?|Close|Club|Commons?|Corners?|Course|Courts?|Ct|Coves?|"
    "Crescent|Cres|Creek|Crest|Crossing|Crossroads?|Curve|Dale|Dam|Divide|Drives?|Dr|"
    "Embankment|Esplanade|Estates?|Expressway|Expy|Extensions?|Falls?|Ferry|Fields?|Flats?|"
    "Fords?|Forest|Forges?|Forks?|Fort|Freeway|Fwy|Gardens?|Gdns|Gateway|Gate|Glens?|Greens?|"
    "Grove|Groves|Harbors?|Harbours?|Haven|Heights|Hts|Highway|Hwy|Hills?|Hollow|Inlet|"
    "Islands?|Isle|Junctions?|Keys?|Knolls?|Lakes?|Land|Landing|Lanes?|Ln|Lights?|Loaf|Locks?|"
    "Lodge|Loop|Mall|Manors?|Meadows?|Mews|Mills?|Mission|Motorway|Mount|Mountains?|Mtn|Neck|"
    "Orchard|Oval|Overpass|Parade|Parks?|Parkways?|Pkwy|Pass|Passage|Path|Pike|Pines?|"
    "Place|Pl|Plains?|Plaza|Points?|Ports?|Prairie|Quay|Radial|Ramp|Ranch|Rapids?|Rest|"
    "Ridges?|Rise|River|Roads?|Rd|Route|Rte|Row|Rue|Run|Shoals?|Shores?|Skyway|Springs?|"
    "Spurs?|Squares?|Sq|Station|Stravenue|Stream|Streets?|St|Summit|Terrace|Ter|Throughway|"
    "Trace|Track|Trafficway|Trails?|Trl|Tunnel|Turnpike|Underpass|Unions?|Vale|Valleys?|"
    "Viaduct|Views?|Villages?|Villas?|Ville|Vista|Walks?|Wall|Ways?|Wells?|Wharf|Wynd|Yard"
)
_NUM = r"\d{1,6}[A-Za-z]?(?:-\d{1,4})?"
_DIR = r"(?:[NSEW]|N[EW]|S[EW]|North|South|East|West)\.?"
_WORD = r"(?:[A-Z][A-Za-z'’.-]{0,24}|\d{1,3}(?:st|nd|rd|th))"
_UNIT = (  # on the street line or the next one (`Suite 648`, `Apt. 4A` lines)
    r"(?:(?:,?[ \t]{1,3}|[ \t]*\n[ \t]*)"
    r"(?:Apt\.?|Apartment|Suite|Ste\.?|Unit|Fl(?:oor)?\.?|Room|Rm\.?|Bldg\.?|"
    r"Building|Appartamento|Piano|Scala|Interno|Int\.|Puerta|Piso|Planta|Etage|Étage|Stock|"
    r"Bus|#)[ \t]{0,2}#?[A-Za-z0-9-]{1,6})?"
)
_STATES = (
    "A[LKZR]|C[AOT]|D[EC]|F[LM]|G[AU]|HI|I[ADLN]|K[SY]|LA|M[ADEHINOPST]|N[CDEHJMVY]|O[HKR]|"
    "P[ARW]|RI|S[CD]|T[NX]|UT|V[AIT]|W[AIVY]|A[AEPS]|FM|GU|MH|MP"
)
_UK_POSTCODE = r"[A-Z]{1,2}\d[A-Z\d]?[ \t]?\d[A-Z]{2}"

# Anchors: where a street address starts.
_US_UK_STREET = (
    rf"(?:(?:Flat|Studio|Apartment|Unit|Suite)[ \t]{{1,2}}\d{{1,4}}[A-Za-z]?[ \t]*"
    rf"(?:,[ \t]*|\n[ \t]*))?"
    rf"(?<![\w.-]){_NUM}[ \t]{{1,3}}(?:{_DIR}[ \t]{{1,3}})?(?:{_WORD}[ \t]{{1,3}}){{1,4}}"
    rf"(?i:{_SUFFIXES})\.?(?![A-Za-z])(?:[ \t]{{1,3}}(?:N[EW]|S[EW]))?{_UNIT}"
)
# UK addresses often have no house number: `Flat 3\nNicole Walks`.
_UK_FLAT_STREET = (
    rf"(?:Flat|Studio|Apartment)[ \t]{{1,2}}\d{{1,4}}[A-Za-z]?[ \t]*(?:,[ \t]*|\n[ \t]*)"
    rf"(?:{_WORD}[ \t]{{1,3}}){{1,3}}(?i:{_SUFFIXES})(?![A-Za-z])"
)
_MILITARY = (
    r"(?:(?:USNS|USNV|USS|USCGC)[ \t][A-Z][a-z]{1,20}|(?:PSC|Unit)[ \t]\d{4},[ \t]Box[ \t]\d{4})"
    r"[ \t]*[,\n]?[ \t]*(?:APO|FPO|DPO)[ \t](?:AA|AE|AP)[ \t]\d{5}"
)
# Post-office boxes: `P.O. Box 152`, `PO Box 9`, `Postfach 10 02 33`, `BP 48`.
_PO_BOX = (
    r"(?<![\w.])(?:P\.?[ \t]?O\.?[ \t]?Box|Post[ \t]Office[ \t]Box|(?i:po[ \t]box)|"
    r"Postfach|Boîte[ \t]postale|BP|Apartado(?:[ \t]de[ \t]Correos)?|Casella[ \t]postale)"
    r"[ \t]{1,2}\d{1,6}(?:[ \t]\d{2}){0,2}(?!\d)"
)
_LATIN = r"[A-Za-zÀ-ÖØ-öø-ÿ'’.-]"
_LATIN_CAP = r"[A-ZÀ-ÖØ-Þ]"
# German / Dutch / Nordic compound street names, the number after: `Sieringgasse 28`.
_EU_COMPOUND = (
    rf"(?<![\w-])(?:{_LATIN_CAP}{_LATIN}{{1,20}}[ \t])?{_LATIN_CAP}{_LATIN}{{0,40}}?"
    r"(?i:straße|strasse|str\.|weg|gasse|platz|allee|ring|damm|ufer|chaussee|pfad|steig|"
    r"markt|laan|straat|gracht|plein|kade|dijk|singel|dreef|hof|steeg|baan|boulevard|gata|"
    r"gatan|vej|veien|katu|tie)"
    r"[ \t]{1,2}\d{1,5}[a-zA-Z]?(?:[ \t]?[/-][ \t]?\d{1,4}[a-zA-Z]?)?(?![\w])"
)
_PARTICLE = r"(?:de|del|della|di|du|des|la|le|las|los|l'|d'|van|der|den|von|am|an|do|da|dos)"
_EU_NAME = (
    rf"(?:{_PARTICLE}[ \t]{{1,2}}){{0,3}}{_LATIN_CAP}{_LATIN}{{0,24}}"
    rf"(?:[ \t]{{1,2}}(?:{_PARTICLE}[ \t]{{1,2}}){{0,2}}{_LATIN_CAP}{_LATIN}{{0,24}}){{0,3}}"
)
_EU_TYPE = (
    r"(?<![\w])(?i:rue|avenue|av\.|boulevard|bd|chemin|impasse|allée|place|quai|route|cours|"
    r"passage|square|faubourg|via|viale|piazza|piazzale|corso|vicolo|largo|strada|contrada|"
    r"borgo|canale|stretto|rotonda|lungomare|lungotevere|salita|incrocio|traversa|vico|"
    r"località|frazione|campo|fondamenta|rione|calle|c/|avenida|avda\.?|paseo|plaza|cañada|"
    r"camino|carretera|ronda|travesía|pasaje|callejón|glorieta|rambla|alameda|rua|praça|"
    r"travessa|estrada)[ \t]{1,2}"
)
# French, Italian, Spanish, Portuguese street types, the number before or after the name.
_EU_KEYWORD = (
    rf"(?:(?<![\w.,-])\d{{1,4}}(?:[ \t]?(?:bis|ter))?,?[ \t]{{1,2}}{_EU_TYPE}{_EU_NAME}"
    rf"|{_EU_TYPE}{_EU_NAME},?[ \t]{{1,2}}\d{{1,4}}[a-zA-Z]?(?![\w])){_UNIT}"
)

# Continuations, matched at an anchor's end: unit, town, state and ZIP / postcode lines.
_SEP = r"(?:[ \t]*,[ \t]*|[ \t]*\n[ \t]*|[ \t]{1,3})"
_TOWN = (
    rf"(?:{_LATIN_CAP}{_LATIN}{{1,30}}"
    rf"(?:[ \t]{{1,2}}(?:{_LATIN_CAP}|op |de |am |an |sur |-){_LATIN}{{0,30}}){{0,3}})"
)
_CONTINUATION = compiled(
    rf"(?:{_SEP}{_TOWN},?[ \t]{{1,3}}(?:{_STATES})[ \t]{{1,3}}\d{{5}}(?:-\d{{4}})?"  # US
    rf"|(?:{_SEP}{_TOWN})?{_SEP}{_UK_POSTCODE}(?![A-Za-z0-9])"  # UK
    rf"|{_SEP}\d{{4,5}}(?:[ \t]?[A-Z]{{2}})?(?:,?[ \t]{{1,2}}|[ \t]*\n[ \t]*){_TOWN}"
    r"(?:[ \t]\([A-Z]{2}\))?"  # DE FR IT NL: `90830 Marienberg`, `38020, Cloz (TN)`
    rf"|{_SEP}{_TOWN},[ \t]{{1,2}}\d{{5}}(?!\d)"  # ES: `Alicante, 06632`
    rf"|{_SEP}{_TOWN}(?=[ \t]*(?:\n|$|[.;)]))"  # a town on its own line
    r")"
)

# The country closing a postal block: `..., OH 43004, USA`, `10115 Berlin\nGermany`.
_COUNTRY_LINE = compiled(
    r"(?:[ \t]*,[ \t]*|[ \t]*\n[ \t]*)(?:USA|U\.S\.A\.|United States(?: of America)?|US|"
    r"Canada|UK|U\.K\.|United Kingdom|England|Scotland|Wales|Ireland|Germany|Deutschland|"
    r"Austria|Österreich|Switzerland|Schweiz|Suisse|France|Belgium|Belgique|Netherlands|"
    r"Nederland|Italy|Italia|Spain|España|Portugal|Australia|New Zealand)(?![\w-])"
)

# Taiwan and mainland: optional postcode, admin units, road / lane / alley, number, floor.
_ZH_NUM = r"[0-9０-９一二三四五六七八九十百零〇]{1,5}"
_ZH_ADMIN = (
    r"(?:台北|臺北|新北|桃園|台中|臺中|台南|臺南|高雄|基隆|新竹|嘉義|苗栗|彰化|南投|雲林|屏東|宜蘭|"
    r"花蓮|台東|臺東|澎湖|金門|連江|北京|天津|上海|重庆|重慶|河北|山西|辽宁|吉林|黑龙江|江苏|浙江|"
    r"安徽|福建|江西|山东|河南|湖北|湖南|广东|海南|四川|贵州|云南|陕西|甘肃|青海|台湾|內蒙古|内蒙古|"
    r"广西|西藏|宁夏|新疆|香港|澳门|澳門)(?:省|市|縣|县|自治区|特别行政区|特別行政區)?"
)
_ZH_STOP = "到在於于是住寄送往去來来回搬位的與与及請请从從向為为給给址：:，,。、；（）() "
_ZH_CHAR = rf"(?:(?![{_ZH_STOP}])[{CJK}A-Za-z0-9])"
# The mandatory core: road (or lane), house number, then floor and room.
_ZH_CORE = compiled(
    rf"(?:路|街|大道|巷|弄|胡同)(?:{_ZH_NUM}段)?(?:{_ZH_NUM}巷)?(?:{_ZH_NUM}弄)?"
    rf"(?:{_ZH_NUM}(?:號|号)(?:之{_ZH_NUM})?|[A-Za-z0-9]{{1,3}}(?:座|栋|棟))"
    rf"(?:{_ZH_NUM}(?:樓|楼|F|f)(?:之{_ZH_NUM})?)?(?:{_ZH_NUM}(?:室|單元|单元))?"
    r"(?:[ \t]?\d{6}(?!\d))?"
)
# What may precede the core, ending at the road character: postcode, city / county (a known
# one preferred), districts and townships, the road's name.
_ZH_LEFT_ADMIN = compiled(
    rf"(?:\d{{3,6}}[ \t]?)?{_ZH_ADMIN}"
    rf"(?:{_ZH_CHAR}{{1,4}}?(?:市|區|区|縣|县|鄉|乡|鎮|镇|村|里|街道)){{0,3}}"
    rf"{_ZH_CHAR}{{1,6}}$"
)
_ZH_LEFT = compiled(
    rf"(?:\d{{3,6}}[ \t]?)?(?:{_ZH_CHAR}{{1,4}}?(?:市|區|区|縣|县|鄉|乡|鎮|镇)){{0,3}}"
    rf"{_ZH_CHAR}{{1,6}}$"
)
_ZH_WINDOW = 32

# (name, regex, score alone); a score of 0 means: an address only with a continuation.
_ANCHORS = (
    ("us-uk-street", compiled(_US_UK_STREET), 0.55),
    ("uk-flat-street", compiled(_UK_FLAT_STREET), 0.5),
    ("military", compiled(_MILITARY), 0.85),
    ("po-box", compiled(_PO_BOX), 0.6),
    ("eu-street", compiled(_EU_COMPOUND), 0.5),
    ("eu-street-keyword", compiled(_EU_KEYWORD), 0.45),
    ("eu-street-keyword", compiled(_EU_TYPE + _EU_NAME), 0.0),  # `rue de Lombard, 17595 ...`
)
_ZH_TRIGGER = compiled(r"[號号路街巷弄座栋棟]")
_TRIGGER = compiled(r"\d[ \t,]|[A-Za-z][ \t]{1,2}\d")
# Street types that are also ordinary words (`3 Data Centers`, `2 Key Points`) need a
# continuation line or a context word.
_AMBIGUOUS = compiled(
    r"(?i)(?:Centers?|Centres?|Keys?|Pass|Run|Loop|Points?|Views?|Unions?|Station|Mall|Parks?|"
    r"Path|Ways?|Ports?|Locks?|Lights?|Fields?|Course|Track|Club|Camp|Rest|Mission|Summit|"
    r"Plains?|Commons?|Forest|Lodge|Gateway|Crossing|Landing|Oval|Trace|Spurs?|Islands?)\.?"
    r"(?:,?[ \t]{1,3}\S{1,12})?$"
)


# Words after which a number counts or ranks something instead of numbering a house.
_COUNTED = compiled(
    r"(?i)\b(?:version|ver\.?|v|step|chapter|page|section|fig\.?|figure|table|item|line|no\.?|"
    r"number|phase|level|stage|round|top|over|about|around|than|only|just|all|the)[ \t]*$"
)


class StreetAddressRecognizer(EntityRecognizer):
    """STREET_ADDRESS in Western and Chinese formats."""

    CONTEXT = ("address", "live", "lives", "living", "located", "ship to", "deliver", "mail to",
               "street", "residence", "home", "office", "地址", "住址", "住在", "寄到", "送到",
               "收件", "居住", "adresse", "dirección", "indirizzo", "anschrift", "adres")

    def __init__(self, supported_language: str = "en", name: str | None = None):
        super().__init__(
            supported_entities=[ENTITY], supported_language=supported_language,
            name=name or "StreetAddressRecognizer", context=list(self.CONTEXT),
        )
        self._context_re = words_regex(self.CONTEXT)

    def load(self) -> None:
        pass

    def analyze(self, text, entities, nlp_artifacts=None) -> list[RecognizerResult]:
        found: list[RecognizerResult] = []
        if _TRIGGER.search(text):
            for name, pattern, score in _ANCHORS:
                for m in pattern.finditer(text):
                    start, end = m.span()
                    if _COUNTED.search(text, max(0, start - 12), start):
                        continue  # `Version 2 Update Road`, `step 3 Main Street` are not homes
                    cont = _CONTINUATION.match(text, end)
                    if cont and cont.end() > end:
                        end, score_here = cont.end(), 0.85
                        country = _COUNTRY_LINE.match(text, end)
                        end = country.end() if country else end
                    elif not score:
                        continue
                    else:
                        score_here = score
                        if _AMBIGUOUS.search(text, start, end):
                            score_here -= 0.2
                    if near(text, start, end, self._context_re):
                        score_here = min(1.0, score_here + CONTEXT_BOOST)
                    found.append(result(self, ENTITY, start, end, score_here, name=name))
        if has_cjk(text) and _ZH_TRIGGER.search(text):
            for m in _ZH_CORE.finditer(text):
                window_start = max(0, m.start() - _ZH_WINDOW)
                left = _ZH_LEFT_ADMIN.search(text, window_start, m.start()) or _ZH_LEFT.search(
                    text, window_start, m.start()
                )
                if left is None:
                    continue
                start, end = left.start(), m.end()
                score = 0.7 if end - start >= 6 else 0.5
                if near(text, start, end, self._context_re):
                    score = min(1.0, score + CONTEXT_BOOST)
                found.append(result(self, ENTITY, start, end, score, name="zh-address"))
        return _merge(found)


def _merge(found: list[RecognizerResult]) -> list[RecognizerResult]:
    """Overlapping anchors of different styles become one address (the union)."""
    found.sort(key=lambda r: (r.start, -r.end))
    merged: list[RecognizerResult] = []
    for r in found:
        if merged and r.start < merged[-1].end:
            last = merged[-1]
            last.end = max(last.end, r.end)
            last.score = max(last.score, r.score)
        else:
            merged.append(r)
    return merged

