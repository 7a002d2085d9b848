"""Length-preserving views of source text, and Chinese numerals.

Every rule runs on `matching_view(text)`: the same length as the source, so a match's
offsets are offsets into the source file. The view is the source with
- traditional characters turned simplified one by one (OpenCC's t2s; a per-character table
  keeps the length: 萬元 -> 万元, 責任單位 -> 责任单位, 號 -> 号);
- full-width ASCII turned half-width ((一)->(一), ：/∶->:, ％->%, ０->0), 〔〕［］【】 turned [];
  the O, ○ or 0 typed for 〇 in a year of Chinese numerals (二O二五年) turned 〇;
- noise blanked with spaces: pinyin a site inserted after characters (關(guān)於), HTML tags,
  `[bookmark: _GoBack]`, page numbers a PDF copy left on lines of their own (— 1 —, 第3页 共9页) and
  the running head after them, a WeChat article's 📌划重点： call-outs; an HTML entity becomes its character followed by spaces (&ldquo; -> “).
`readable(source, view, start, end)` gives a span of the source as a person reads it: source
glyphs (traditional stays traditional), with what the view blanked left out.
"""
from __future__ import annotations

import html
import re
from functools import lru_cache

_BOOKMARK = re.compile(r"\[bookmark:[^\]\n]{0,80}\]")
_TONE = "āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü"
# 關(guān)於: a parenthesised syllable with a tone mark glued to a CJK character.
_PINYIN = re.compile(rf"(?<=[\u3400-\u9fff])\((?=[a-z{_TONE}]*[{_TONE}])[a-z{_TONE}]{{1,7}}\)")
_TAG = re.compile(r"</?[A-Za-z][^<>\n]{0,200}>")
_QUOTE_MARK = re.compile(r"^[ \t]*>[ \t]?(?=\S)", re.M)  # a markdown copy's quoted line: > 沪经信规范〔2026〕3号
_EMPHASIS = re.compile(r"\*\*|__(?=\S)|(?<=\S)__")  # markdown bold around a heading: **1．标题**
_ENTITY = re.compile(r"&(?:#\d{2,6}|#x[0-9a-fA-F]{2,5}|[A-Za-z]{2,8});")
_TABLE = {cp: cp - 0xFEE0 for cp in range(0xFF01, 0xFF5F)}
_TABLE.update({0x2502: ord("|"), 0x2503: ord("|"),  # a box-drawn table's │ ┃ are its column bars
               0x3000: 0x20, 0x3014: ord("["), 0x3015: ord("]"), 0x3010: ord("["), 0x3011: ord("]"),
               0x2236: ord(":"), 0xFE55: ord(":"), 0xA0: 0x20, 0x2002: 0x20, 0x2003: 0x20, 0x2009: 0x20, 0x200B: 0x20, 0xFEFF: 0x20})
BLANK = " "

CN_DIGITS = {"零": 0, "〇": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}
CN_UNITS = {"十": 10, "百": 100}
CN_NUMERAL = "零〇一二两三四五六七八九十百"


@lru_cache(maxsize=1)
def _t2s():
    import opencc  # OpenCC's own tables, not a hand-made list

    return opencc.OpenCC("t2s")


@lru_cache(maxsize=65536)
def _simplified(char: str) -> str:
    out = _t2s().convert(char)
    return out if len(out) == 1 else char


def to_simplified(text: str) -> str:
    """Traditional -> simplified, character by character, so the length never changes."""
    if not any("\u3400" <= c <= "\u9fff" for c in text):
        return text
    return "".join(_simplified(c) if "\u3400" <= c <= "\u9fff" else c for c in text)


# 12  南自由贸易港建设总体方案》: a copy numbered in its margin, the numbers glued to the text
_LINE_NUMBER = re.compile(r"^(\d{1,4})(?=[ \t\u3000]{2,}|\t)", re.M)


def _line_numbers(view: str) -> list[re.Match]:
    """The margin numbers of a line-numbered copy: most lines open with a number and two spaces,
    each one more than the last. None in any other text (a list 1  2  3 is a few lines)."""
    found = list(_LINE_NUMBER.finditer(view))
    lines = sum(1 for line in view.split("\n") if line.strip())
    if len(found) < 8 or len(found) < 0.8 * lines:
        return []
    values = [int(m.group(1)) for m in found]
    rising = sum(1 for a, b in zip(values, values[1:]) if b == a + 1)
    return found if rising >= 0.8 * (len(values) - 1) else []


# — 1 — / - 3 - / 第3页 共9页 on a line of its own: a page's number a PDF copy left inside the text
_PAGE_FOOTER = re.compile(r"^[ \t\u3000]*(?:[-—–－]+[ \t\u3000]*\d{1,3}[ \t\u3000]*[-—–－]+"
                          r"|第[ \t\u3000]*\d{1,3}[ \t\u3000]*页(?:[ \t\u3000]*[,，/]?[ \t\u3000]*共[ \t\u3000]*\d{1,3}[ \t\u3000]*页)?)"
                          r"[ \t\u3000]*$", re.M)


# 汇川区人民政府行政规范性文件          - 2 -: a page's number at the end of its running head's line (not a
# range: 不超过\n…- 2 -\n20万元 is no 2-20万元)
_PAGE_AT_LINE_END = re.compile(r"(?<=\S)[ \t\u3000]{2,}[-—–－]+[ \t\u3000]*\d{1,3}[ \t\u3000]*[-—–－]+[ \t\u3000]*$", re.M)


# 📌划重点：改造投入≥20万元，补30%，封顶50万元！: a WeChat article's call-out between clauses repeats
# a clause's figures for readers; it is not the clause's text
_CALLOUT = re.compile(r"^[ \t\u3000]*(?:[\U0001F300-\U0001FAFF\u2600-\u27BF]\ufe0f?[ \t]*)?\[?(?:划重点|敲黑板|小贴士)\]?[ \t]*[:].*$",
                      re.M)


_LINE_AFTER = re.compile(r"\s*\n(?P<line>[^\n]{2,40})")
_LINE_BEFORE = re.compile(r"(?:^|\n)(?P<line>[^\n]{2,40})\n[ \t\u3000]*$")


# 章贡区人民政府办公室规范性文件 after a page's number: a running head even when the copy shows one page break
_HEAD_ALONE = re.compile(r"[^\s。,:;]{2,30}(?:规范性文件|政府文件|办公室文件)")


def _running_heads(view: str) -> list[tuple[int, int]]:
    """A PDF copy's running head: the line right after (or right before) a page number, the same on
    two pages or more (鄂尔多斯市人民政府行政规范性文件 after — 2 — and — 3 —)."""
    after: dict[str, list[tuple[int, int]]] = {}
    for m in _PAGE_FOOTER.finditer(view):
        nxt = _LINE_AFTER.match(view, m.end())
        if nxt and nxt.group("line").strip():
            after.setdefault(nxt.group("line").strip(), []).append(nxt.span("line"))
        before = _LINE_BEFORE.search(view[max(0, m.start() - 60):m.start()])
        if before and before.group("line").strip():  # or the compilation's name printed over the page number
            at = max(0, m.start() - 60)
            after.setdefault(before.group("line").strip(), []).append((at + before.start("line"), at + before.end("line")))
    return [span for head, spans in after.items() if len(spans) >= 2 or _HEAD_ALONE.fullmatch(head) for span in spans]


# 二O二五年 / 二○二五年 / 二0二五年: a year in Chinese numerals typed with a letter O, a circle or a digit 0
_YEAR_IN_NUMERALS = re.compile(r"[零〇一二三四五六七八九Oo○◯0](?:[ \t]?[零〇一二三四五六七八九Oo○◯0]){3}(?=\s*年)")


# 2O24年4月l日 / 〔2O19〕: a scan's letters O and l in a date or a 文号's year (amounts repair their own)
_OCR_DATE_PART = re.compile(r"(?<![A-Za-z])(?:[\dOolI]{4}(?=\s*年)|(?<=[〔\[(])[\dOolI]{4}(?=[〕\])])"
                            r"|(?<=年)\s*[\dOolI]{1,2}(?=\s*月)|(?<=月)\s*[\dOolI]{1,2}(?=\s*日))(?![A-Za-z])")
OCR_DIGIT = {"O": "0", "o": "0", "l": "1", "I": "1"}  # a scan's letters for digits (amounts.repair_digits too)
_OCR_RATIO = re.compile(r"(?<![A-Za-z])[lI](?=[ \t]*:[ \t]*\n?[ \t]*\d)")  # 按l:0.5比例配套 (a scan's l for 1)
# 按省级奖励的5O% / 按投资额的l.5%: a scan's letters in a percentage (funding and clauses read the view's digits)
_OCR_PERCENT = re.compile(r"(?<![A-Za-z])[\dOolI]+(?:\.[\dOolI]+)?(?=[ \t]*%)")
# 〔2025〕l2号 / 〔2O24〕l0号 / 〔2025〕l号: a 文号's serial, where nothing but digits can stand between 〕 and 号
_OCR_SERIAL = re.compile(r"(?<=[\dOolI][\])])[ \t]*[\dOolI]{1,4}(?=[ \t]*号)")


# 按一比零点五的比例配套 / 一比一配套: a 1:x ratio written in words
_RATIO_IN_WORDS = re.compile(r"一比(?:零点[一二三四五六七八九]{1,2}|[一二三])(?=\s*(?:的)?(?:比例|给予|予以|配套|进行|跟投))")
_RATIO_CHARS = {"一": "1", "二": "2", "三": "3", "四": "4", "五": "5", "六": "6", "七": "7", "八": "8", "九": "9",
                "零": "0", "点": ".", "比": ":"}


def matching_view(text: str) -> str:
    view = to_simplified(text).translate(_TABLE)
    chars = list(view)
    def replace(m: re.Match, table: dict[str, str]) -> None:  # a character for a character
        for i in range(m.start(), m.end()):
            chars[i] = table.get(chars[i], chars[i])

    for m in _RATIO_IN_WORDS.finditer(view):  # 按一比零点五配套 -> 按1:0.5配套
        replace(m, _RATIO_CHARS)
    for m in _OCR_DATE_PART.finditer(view):
        part = m.group(0).strip()
        if any(c in OCR_DIGIT for c in part) and sum(c.isdigit() for c in part) >= len(part) // 2:
            replace(m, OCR_DIGIT)
    for m in _OCR_RATIO.finditer(view):
        chars[m.start()] = "1"
    for m in _OCR_PERCENT.finditer(view):
        if any(c.isdigit() for c in m.group(0)):
            replace(m, OCR_DIGIT)
    for m in _OCR_SERIAL.finditer(view):
        replace(m, OCR_DIGIT)
    for m in _YEAR_IN_NUMERALS.finditer(view):
        if sum(c in "一二三四五六七八九" for c in m.group(0)) >= 2:
            for i in range(m.start(), m.end()):
                if chars[i] in "Oo○◯0":
                    chars[i] = "〇"
    view = "".join(chars)

    def blank(s: int, e: int, keep: str = "") -> None:
        for i in range(s, e):
            chars[i] = BLANK
        for i, c in enumerate(keep[: e - s]):
            chars[s + i] = c

    for pattern in (_BOOKMARK, _PINYIN, _TAG, _QUOTE_MARK, _EMPHASIS, _PAGE_FOOTER, _PAGE_AT_LINE_END, _CALLOUT):
        for m in pattern.finditer(view):
            blank(m.start(), m.end())
    for m in _ENTITY.finditer(view):
        char = html.unescape(m.group(0))
        if len(char) == 1 and char != m.group(0):
            blank(m.start(), m.end(), char.translate(_TABLE))
    for m in _line_numbers(view):
        blank(m.start(), m.end())
    for s, e in _running_heads(view):
        blank(s, e)
    view = "".join(chars)
    assert len(view) == len(text)
    return view


def readable(source: str, view: str, start: int, end: int) -> str:
    """source[start:end] without what the view blanked (pinyin, tags, entity tails)."""
    out = []
    for i in range(start, end):
        if view[i] == BLANK and not source[i].isspace():
            continue
        out.append(source[i] if source[i] == view[i] or view[i] != BLANK else " ")
        if source[i] != view[i] and source[i] == "&":  # an entity: its character stands in the view
            out[-1] = view[i]
    return "".join(out)


def cn_to_int(numeral: str) -> int | None:
    """一 -> 1, 十三 -> 13, 二十 -> 20, 一百零二 -> 102, 1 0 -> 10; white space inside is ignored."""
    s = re.sub(r"\s+", "", numeral)
    if s.isdigit():
        return int(s)
    if not s or any(c not in CN_DIGITS and c not in CN_UNITS for c in s):
        return None
    total, digit = 0, None
    for char in s:
        if char in CN_DIGITS:
            digit = CN_DIGITS[char]
        else:
            total += (1 if digit is None else digit) * CN_UNITS[char]
            digit = None
    return total + (digit or 0)


def squash(text: str) -> str:
    """Text with all white space removed, for comparing titles broken over lines."""
    return re.sub(r"\s+", "", text)


# 沧 州 市 工 业 和 信 息 化 局: a heading a PDF copy printed letter-spaced, on a line of its own
_LETTER_SPACED = re.compile(r"[ \t\u3000]*(?:[\u3400-\u9fff][ \t\u3000]{1,3}){2,}[\u3400-\u9fff][ \t\u3000]*")


def unspaced(line: str) -> str:
    """A line as it is read: a letter-spaced heading (沧 州 市 人 民 政 府) without the spaces
    between its characters; any other line unchanged."""
    return squash(line) if _LETTER_SPACED.fullmatch(line) else line


_GLUE = re.compile(r"(?<=[\u3400-\u9fff。:;)\]”])[ \t]+(?=[\u3400-\u9fff(\[“《])")


# 產(chǎn) in the source where the view has spaces: pinyin the view blanked (_PINYIN), inside a word
_BLANKED_PINYIN = re.compile(rf"[(（][a-z{_TONE}]{{1,7}}[)）]")


def _one_character_apart(view: str, start: int, end: int) -> bool:
    """【字号 大 中 小】 / 通 知: a character standing alone between spaces is a widget or a
    letter-spaced word, not the end of a part."""
    before = view[max(0, start - 2):start]
    after = view[end:end + 2]
    return (len(before) == 2 and not before[0].strip() or len(before) == 2 and before[0] in "[(") \
        or (len(after) == 2 and (not after[1].strip() or after[1] in "])"))


def unglued(view: str, source: str | None = None) -> str:
    """A whole notice flattened onto one or two lines by a web page (…的通知 酒政发[2024]25号
    各县(市、区)人民政府… 酒泉市人民政府 2024年6月28日 酒泉市…若干措施 一、…): the spaces between
    its parts become line breaks, so the shell and the clauses are read as on paper. Only for
    such texts: elsewhere a space inside Chinese text is noise, not a break. Not where the
    `source` has pinyin the view blanked (產(chǎn)業 is one word). Length-preserving."""
    if view.count("\n") > 4 or max(map(len, view.split("\n")), default=0) < 150:
        return view
    spaced = [m for m in _GLUE.finditer(view) if (source is None or not _BLANKED_PINYIN.search(source, m.start(), m.end()))
              and not _one_character_apart(view, m.start(), m.end())
              # “婺商&rdquo;领军人才: the tail of an entity the view blanked, inside a sentence
              and not (source is not None and m.start() > 0 and source[m.start() - 1] == "&" and not source[m.start()].isspace())]
    if len(spaced) < 4:
        return view
    out = list(view)
    for m in spaced:
        out[m.start()] = "\n"
    return "".join(out)

