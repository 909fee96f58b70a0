"""What finds a person without naming them: where they are (GPS_COORDINATES), the car they
drive (VEHICLE_PLATE), and the PIN that opens their account (SECRET, kind `pin`).

None of them has a shape of its own: a coordinate pair is two decimals (an embedding, a
price and a rate), a plate is any short code, a PIN any four digits. So each needs its cue:
a coordinate pair a word like `GPS`, `lat`/`lng` or degree signs and hemisphere letters; a
plate a plate word; a PIN the word. Only the value is reported.
"""

from __future__ import annotations

from .common import Keywords, SovereignPatternRecognizer, compiled, result

# -- GPS_COORDINATES ----------------------------------------------------------------------------

_DEC = r"[+-]?(?:[0-9]{1,3})\.[0-9]{3,8}"  # three decimals or more: ~100 m, a street
_END = r"(?![0-9]|\.[0-9])"  # the number ends (a full stop may follow)
_COORD_CUE = (r"(?i)(?:(?<![a-z])(?:gps|coordinates?|coords?|lat(?:itude)?[ /,&]+(?:lon|lng|long)"
              r"(?:itude)?|geo(?:location)?|location|position|pin(?:ned)? (?:at|location))\b|"
              r"座標|坐标|經緯度|经纬度|定位)[^\n0-9+-]{0,16}")
_PAIR = compiled(
    _COORD_CUE + rf"[(\[]?(?P<v>(?P<a>{_DEC})[ \t]*[,;/ ][ \t]*(?P<b>{_DEC})){_END}")
# `lat=37.7749&lng=-122.4194`, `"latitude": 37.7749, "longitude": ...`: both labelled.
_LABELLED = compiled(
    rf"(?i)(?<![a-z])lat(?:itude)?[\"']?[ \t]*[:=][ \t]*(?P<a>{_DEC}){_END}"
    rf"[^\n0-9+-]{{1,24}}?(?:lon|lng|long)(?:itude)?[\"']?[ \t]*[:=][ \t]*(?P<b>{_DEC}){_END}"
)
# Degrees with hemisphere letters need no other cue: `51.5074° N, 0.1278° W`, `40°42′46″N`.
_HEMI = compiled(
    r"(?<![0-9.])(?P<v>[0-9]{1,2}(?:\.[0-9]+)?°(?:[ \t]*[0-9]{1,2}(?:\.[0-9]+)?[′'])?"
    r"(?:[ \t]*[0-9]{1,2}(?:\.[0-9]+)?(?:″|′′|''|\"))?[ \t]*[NS][ \t]*,?[ \t]*"
    r"[0-9]{1,3}(?:\.[0-9]+)?°(?:[ \t]*[0-9]{1,2}(?:\.[0-9]+)?[′'])?"
    r"(?:[ \t]*[0-9]{1,2}(?:\.[0-9]+)?(?:″|′′|''|\"))?[ \t]*[EW])(?![A-Za-z])"
)


def _in_range(lat: str, lon: str) -> bool:
    a, b = float(lat), float(lon)
    return abs(a) <= 90 and abs(b) <= 180 and (a, b) != (0.0, 0.0)


class GpsCoordinatesRecognizer(SovereignPatternRecognizer):
    """GPS_COORDINATES: a latitude/longitude pair after its cue, or written in degrees with
    hemisphere letters. The pair is one finding; a lone decimal is never one."""

    ENTITY = "GPS_COORDINATES"
    PATTERNS = (("gps-pair", _PAIR.pattern, 0.8),)  # Presidio wants one; `find` reads all
    # Plain substring tests: a regex over a digit-rich text costs 50x more.
    TRIGGER = Keywords("gps", "coord", "lat", "geo", "locat", "position", "pin", "°", "座標",
                       "坐标", "經緯", "经纬", "定位")

    def find(self, text, entities, nlp_artifacts):
        found = []
        for m in _PAIR.finditer(text):
            if _in_range(m.group("a"), m.group("b")):
                found.append(result(self, self.ENTITY, *m.span("v"), 0.8))
        for m in _LABELLED.finditer(text):
            if _in_range(m.group("a"), m.group("b")):
                found.append(result(self, self.ENTITY, m.start("a"), m.end("b"), 0.8))
        if "°" in text:
            found.extend(result(self, self.ENTITY, *m.span("v"), 0.8)
                         for m in _HEMI.finditer(text))
        return found


# -- VEHICLE_PLATE ------------------------------------------------------------------------------

# A plate word, then the plate: letters and digits, at most two separators, 4-10 characters.
_PLATE = compiled(
    r"(?i)(?<![a-z])(?:licen[cs]e[ \t]+plate(?:[ \t]+(?:number|no\.?))?|number[ \t]+plate|"
    r"plate[ \t]+(?:number|no\.?)|(?:vehicle|car)[ \t]+(?:registration|reg\.?|plate)"
    r"(?:[ \t]+(?:number|no\.?))?|registration[ \t]+(?:number|no\.?|mark)|reg\.?[ \t]+no\.?|"
    r"tag[ \t]+number|車牌(?:號碼|号码)?|车牌(?:号码|号)?|牌照|"
    # the word alone, in English and the languages of the plates (`reg KX19 ABC`, `plates:`)
    r"reg\.?|registration|plates?|kennzeichen|immatriculation|matr[ií]cula|targa)"
    r"(?:[ \t]*(?:[:#：]|is|was|reads|為|为|是))*[ \t]*"
    r"(?-i:(?P<v>(?=[A-Z0-9-· ]*[0-9])(?=[A-Z0-9-· ]*[A-Z])"
    r"[A-Z0-9]{1,4}(?:[ ·-]?[A-Z0-9]{1,4}){1,3}))"
    r"(?![A-Za-z0-9])"
)


class VehiclePlateRecognizer(SovereignPatternRecognizer):
    """VEHICLE_PLATE: a registration plate after a plate word (`license plate 7ABC123`,
    `vehicle registration: AB12 CDE`, `車牌號碼ABC-1234`); upper-case letters and digits,
    both present."""

    ENTITY = "VEHICLE_PLATE"
    PATTERNS = (("vehicle-plate", _PLATE.pattern, 0.8),)
    TRIGGER = Keywords("plate", "registration", "reg", "tag number", "車牌", "车牌", "牌照",
                       "kennzeichen", "immatriculation", "matr", "targa")

    def find(self, text, entities, nlp_artifacts):
        found = []
        for m in _PLATE.finditer(text):
            value = m.group("v").strip(" -·")
            if 4 <= len(value.replace(" ", "").replace("-", "")) <= 10:
                start = m.start("v")
                found.append(result(self, self.ENTITY, start, start + len(value), 0.8))
        return found


# -- PIN ------------------------------------------------------------------------------------------

# The word, then `is` / a colon, or only a space (`gave PIN 4490`); a keypad's code may end on
# its `#` or `*` (`gate code 7731#`). Not a count (`PIN 2 of 3`: four digits at least) nor a
# number with a unit or a decimal after it.
_PIN = (
    r"(?i)(?<![a-z])(?:pin(?:[ \t]+(?:code|number|no\.?))?|passcode|unlock[ \t]+code|"
    r"(?:gate|door|alarm|entry|keypad|lockbox|garage|building|access)[ \t]+code|"
    r"密碼鎖|提款密碼|提款密码|取款密码)"
    r"(?:(?:[ \t]*(?:[:=#：]|is|was|為|为|是))+[ \t]*|[ \t]+)(?P<v>[0-9]{4,8}[#*]?)"
    r"(?![0-9]|[.,][0-9]|[ \t]*(?:%|digits?\b|times\b|characters?\b))"
)


class PinRecognizer(SovereignPatternRecognizer):
    """SECRET (kind `pin`): a PIN or passcode given with its digits (`My PIN is 4821`); like a
    password, it opens an account, so the policy's SECRET action applies."""

    ENTITY = "SECRET"
    NAME = "pin"
    PATTERNS = (("pin", _PIN, 0.8),)
    VALUE_GROUP = "v"
    TRIGGER = Keywords("pin", "passcode", " code", "密碼", "密码")


LOCATOR_RECOGNIZERS = (GpsCoordinatesRecognizer, VehiclePlateRecognizer, PinRecognizer)
