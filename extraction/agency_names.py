"""What a responsible unit's name looks like, and a list of names split into them (财政局、科技局;
各区、县(市)政府 kept whole): the primitives the unit readers share."""
from __future__ import annotations

import re
from functools import lru_cache

from .lexicons import agencies as table

_SPLIT = re.compile(r"[、,，;；]|会同|和(?=[市区县省])")
# role words after a name in a list: 市科技局牵头，市工信局配合 / 市发展改革委等部门
_ROLE = re.compile(r"(?:等(?:相关)?(?:部门|单位)?)?(?:按\s*职\s*责(?:\s*分\s*工)?)?(?:牵头|配合|负责|参与|协助|协同|共同)*$")  # (按\n职责: a PDF's line end)
# 以下均需各区、县(市)政府落实, 不再列出: a remark inside the list, not a unit
_NOT_A_NAME = re.compile(r"^(?:以下|上述|其他|均需|不再|另行)|(?:落实|列出|执行|办理)$")
_BY = re.compile(r"^(?:具体)?由")  # (具体由市科技局负责)


@lru_cache(maxsize=None)
def _suffixes() -> tuple[str, ...]:
    return tuple(sorted(table()["suffixes"], key=len, reverse=True))


def label_role(label: str) -> str:
    """配合单位 / 协办单位 name cooperating units; 责任单位, 牵头单位 and the rest responsible ones."""
    return "cooperating" if label.startswith(("配合", "协办", "协同", "参与")) else "responsible"


def is_agency(name: str) -> bool:
    """Ends as an agency does; 各镇(街道) by what stands before its bracketed alternative; a bureau's
    section (区科技局高新技术科, 市发改委产业处) by the bureau before it."""
    bare = re.sub(r"\s*\([^()]{1,6}\)$", "", name.strip()).strip()
    return 2 <= len(name) <= 40 and (bare.endswith(_suffixes()) or _SECTION_OF.fullmatch(bare) is not None)


_SECTION_OF = re.compile(r"[\u4e00-\u9fff]{1,20}?(?:局|委|办|中心)[\u4e00-\u9fff]{1,10}?(?:科|处|股)")


def split_list(text: str) -> list[tuple[str, int]]:
    """Split 财政局、科技局 into names with their offsets; keeps 各区、县(市)政府 whole."""
    items: list[tuple[str, int]] = []
    pos = 0
    pending: tuple[str, int] | None = None
    for piece in _SPLIT.split(text) + [None]:  # type: ignore[operator]
        if piece is None:
            break
        offset = text.index(piece, pos)
        pos = offset + len(piece)
        lead = len(piece) - len(piece.lstrip())
        name, offset = piece.strip(), offset + lead
        if not pending:
            name = name[: len(name) - len(_ROLE.search(name).group(0))] or name
            by = _BY.match(name)
            if by and len(name) > by.end() + 1:
                name, offset = name[by.end():], offset + by.end()
        if pending:
            name, offset = text[pending[1]:offset + len(name)], pending[1]
            pending = None
            name = name[: len(name) - len(_ROLE.search(name).group(0))] or name  # 各区、县(市)政府等
        if not name or _NOT_A_NAME.search(name):
            continue
        if not is_agency(name) and len(name) <= 6:
            pending = (name, offset)  # 各区 、县(市)政府
            continue
        items.append((name, offset))
    return items
