"""Length-preserving views of source text, and Chinese numerals.

Every rule runs on `matching_view(text)`: the same length as the source, so a match's
offsets are offsets into the source file. Full-width ASCII becomes half-width
(（一）->(一), ：->:, ％->%), 〔〕［］【】 become [], and site noise such as
`[bookmark: _GoBack]` is blanked with spaces.
"""
from __future__ import annotations

import re

_NOISE = re.compile(r"\[bookmark:[^\]\n]{0,80}\]")
_TABLE = {cp: cp - 0xFEE0 for cp in range(0xFF01, 0xFF5F)}
_TABLE.update({0x3000: 0x20, 0x3014: ord("["), 0x3015: ord("]"), 0x3010: ord("["), 0x3011: ord("]")})

CN_DIGITS = {"零": 0, "〇": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}
CN_UNITS = {"十": 10, "百": 100}
CN_NUMERAL = "零〇一二两三四五六七八九十百"


def matching_view(text: str) -> str:
    view = text.translate(_TABLE)
    view = _NOISE.sub(lambda m: " " * len(m.group(0)), view)
    assert len(view) == len(text)
    return view


def cn_to_int(numeral: str) -> int | None:
    """一 -> 1, 十三 -> 13, 二十 -> 20, 一百零二 -> 102; white space inside is ignored."""
    s = re.sub(r"\s+", "", numeral)
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
