"""What one measure funds, read from its text (graph/overlaps.py compares two of them).

  - kind: what the money is for (算力券, 房租, 研发投入, 举办活动, 称号, 升规…): cue counts from
    extraction/data/overlap_terms.json (3 in a sentence that gives money, 2 in the heading, 1
    elsewhere), each measure's kinds being those within KIND_SHARE of its best, plus the best kind
    of each sentence that gives money (at least SENTENCE_KIND), so a clause that pays for several
    things keeps each; a clause with no money, no 予以 and no talent services only encourages and
    has no kinds;
  - object: what specifically is funded: the measure's sectors plus titles, programmes,
    technologies and facilities named in it (专精特新, 算力券, 育新基地, 具身智能, 电竞场馆…),
    titles weighed against titles and sectors against sectors; a title's name is an object, never
    a kind (an R&D grant for 高企 and an award for becoming one share the object only);
    generic words are neither kinds nor objects, so a measure for "enterprises" in general has no
    object.
Cues are matched on a view of the text with simplified characters, half-width forms and no
whitespace (数字化車間 and a cue broken by a line are still cues). Pure.
"""
from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass
from functools import lru_cache

from extraction.lexicons import overlap_terms, sectors
from extraction.textview import matching_view

KIND_SHARE = 0.34
SENTENCE_KIND = 0.5  # the weight of the kind one sentence that gives money pays for
_SPACE = re.compile(r"\s+")


@dataclass(frozen=True)
class MeasureInfo:
    id: str
    policy_id: str
    region: str | None
    non_cumulative: bool
    heading: str | None
    text: str
    sectors: tuple[str, ...]



@dataclass(frozen=True)
class Profile:
    kinds: dict[str, float]  # kind (group) -> weight relative to the measure's best kind (1.0)
    objects: dict[str, float]  # sector or designation -> weight relative to the best object (1.0)
    designations: frozenset[str]  # the objects that are titles, programmes or facilities



@dataclass(frozen=True)
class _Terms:
    kinds: tuple[re.Pattern, dict[str, tuple[str, ...]]]
    designations: tuple[re.Pattern, dict[str, tuple[str, ...]]]
    sectors: tuple[re.Pattern, dict[str, tuple[str, ...]]]
    group: dict[str, str]
    broad: frozenset[str]
    self_object: frozenset[str]



@lru_cache(maxsize=None)
def _terms() -> _Terms:
    t = overlap_terms()
    return _Terms(_pattern(t["kinds"].items()), _pattern(t["objects"].items()),
                  _pattern((k, [k, *v]) for k, v in sectors().items()), dict(t["kind_groups"]),
                  frozenset(t["broad_sectors"]), frozenset(t["self_object_kinds"]))



_FUNDING = re.compile(r"万元|亿元|%|给予|奖励|补贴|补助|资助|支持资金|贴息")
# support that is not money: 予以 (倾斜, 支持) and the services a talent programme gives (schooling, hukou, housing)
_SUPPORT = re.compile(_FUNDING.pattern + r"|予以|子女|落户|住房|人才公寓|安家|就医")
_FOUR_NEW = re.compile(r"(?:新(?:技术|工艺|装备|设备|产品|材料|模式|业态)[、和及与]?){3,}")
_SENTENCE = re.compile(r"[^。；;!！?？]+[。；;!！?？]?")


def _parts(heading: str, text: str) -> list[tuple[str, int]]:
    """The sentences that give money (weight 3), the heading (2) and the other sentences (1): what
    a clause pays for is named where it gives the money, more surely than in its heading."""
    money, rest = [], []
    for sentence in _SENTENCE.findall(text):
        (money if _FUNDING.search(sentence) else rest).append(sentence)
    return [(heading, 2), ("\n".join(money), 3), ("\n".join(rest), 1)]


def _counts(parts: list[tuple[str, int]], pattern: re.Pattern, owners: dict[str, tuple[str, ...]]) -> dict[str, int]:
    """Weighted cue counts per name (3 in a sentence that gives money, 2 in the heading, 1
    elsewhere); one pass of one pattern, longest cue first, so 算力券 is not also 算力."""
    out: dict[str, int] = {}
    for part, w in parts:
        if part:
            for m in pattern.finditer(part):
                for name in owners[m.group()]:
                    out[name] = out.get(name, 0) + w
    return out


def _pattern(table) -> tuple[re.Pattern, dict[str, tuple[str, ...]]]:
    owners: dict[str, list[str]] = defaultdict(list)
    for name, cues in table:
        for c in cues:
            if name not in owners[c]:
                owners[c].append(name)
    cues = sorted(owners, key=lambda c: (-len(c), c))
    return re.compile("|".join(map(re.escape, cues))), {c: tuple(v) for c, v in owners.items()}


def _relative(raw: dict[str, int]) -> dict[str, float]:
    best = max(raw.values(), default=0)
    return {k: round(v / best, 4) for k, v in raw.items() if v >= KIND_SHARE * best}


def _groups(counts: dict[str, int], group: dict[str, str]) -> dict[str, int]:
    out: dict[str, int] = {}
    for name, n in counts.items():
        g = group.get(name, name)
        out[g] = max(out.get(g, 0), n)
    return out


def profile(m: MeasureInfo) -> Profile:
    terms = _terms()
    parts = _parts(_view(m.heading or ""), _view(m.text))
    if not _SUPPORT.search(f"{parts[0][0]}\n{parts[2][0]}") and not parts[1][0]:  # only encourages: funds nothing
        return Profile({}, {}, frozenset())
    kinds = _groups(_counts(parts, *terms.kinds), terms.group)
    relative_kinds = _relative(kinds)
    # a clause that pays for several things: what each sentence that gives money pays for is a
    # kind of the clause too, however much the other sentences say about theirs
    for sentence in parts[1][0].split("\n"):
        own = _groups(_counts([(sentence, 1)], *terms.kinds), terms.group)
        for name, n in own.items():
            if n == max(own.values()):
                relative_kinds[name] = max(relative_kinds.get(name, 0.0), SENTENCE_KIND)
    named = _counts(parts, *terms.designations)
    # 新技术、新工艺、新设备、新材料 is how a 技改 clause says "upgrade", not the 新材料 sector
    sector_counts = _counts([(_FOUR_NEW.sub("", part), w) for part, w in parts], *terms.sectors)
    in_sectors = {name: sector_counts[name] for name in set(m.sectors) - terms.broad if sector_counts.get(name)}
    # a title or programme is weighed against the other titles, a sector against the other
    # sectors: a 升规 award for retail firms is about 升规 however often the retail words recur
    objects = _relative(in_sectors)
    for name, w in _relative(named).items():
        objects[name] = max(objects.get(name, 0.0), w)
    return Profile(relative_kinds, objects, frozenset(named))


def _view(text: str) -> str:
    """What the cues are matched on: simplified characters, half-width forms, no whitespace (a
    line break inside 揭榜挂\n帅 or a traditional 數字化車間 is still the cue)."""
    return _SPACE.sub("", matching_view(text)) if text else ""

