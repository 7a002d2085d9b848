"""The graph schema: labels, relationship types, keys and constraints. Labels and types are
the only text ever spliced into Cypher, and only from these allow-lists."""
from __future__ import annotations

# Every node has a unique `id`; the human caption is in `name` (or `title` for policies).
LABELS = ("Document", "Policy", "Measure", "Amount", "Agency", "Sector", "Region", "FundingSource")

REL_TYPES = (
    "CONTAINS",             # Document -> Policy
    "HAS_MEASURE",          # Policy -> Measure
    "HAS_AMOUNT",           # Measure -> Amount
    "RESPONSIBLE_DEPT",     # Measure -> Agency {role: responsible|cooperating, raw}
    "TARGETS",              # Measure -> Sector
    "MATCHES_CITY_FUNDING", # Measure -> FundingSource {ratio, cap_yuan, text}
    "SUPERSEDES",           # Policy (new) -> Policy (old)
    "BASED_ON",             # Policy -> Policy
    "INTERPRETED_BY",       # Policy -> Agency
    "ADMINISTERED_BY",      # Policy -> Agency (由X负责征集、兑现 in the policy's own clauses)
    "IN_REGION",            # Policy -> Region
    "PART_OF",              # Region -> Region (通州区 -> 北京市)
    "OVERLAPS",             # Measure -> Measure (derived after each load; lower id first)
)

# Relationship types a document owns: re-ingesting the document replaces them.
DOCUMENT_OWNED_RELS = ("CONTAINS", "SUPERSEDES", "BASED_ON", "INTERPRETED_BY", "ADMINISTERED_BY", "IN_REGION")
# Node labels a document owns outright (deleted with the document's old version).
DOCUMENT_OWNED_LABELS = ("Measure", "Amount")
# Shared nodes, removed only when nothing points at them any more.
SHARED_LABELS = ("Agency", "Sector", "Region", "FundingSource")

CONSTRAINTS = [
    f"CREATE CONSTRAINT {label.lower()}_id IF NOT EXISTS FOR (n:{label}) REQUIRE n.id IS UNIQUE" for label in LABELS
]
INDEXES = [
    "CREATE INDEX policy_key IF NOT EXISTS FOR (n:Policy) ON (n.key)",
    "CREATE INDEX agency_region IF NOT EXISTS FOR (n:Agency) ON (n.region)",  # a write reads its regions' agencies
    "CREATE INDEX measure_overlap_cluster IF NOT EXISTS FOR (n:Measure) ON (n.overlap_cluster)",  # one overlap group
    # one group's pairs (overlap_clusters.cypher): not each member's every OVERLAPS, ~40 a measure at 10k
    "CREATE INDEX overlaps_cluster IF NOT EXISTS FOR ()-[o:OVERLAPS]-() ON (o.cluster)",
    # CONTAINS on a name (part of a region's or an agency's name): a text index serves it, a range index does not
    "CREATE TEXT INDEX policy_region_text IF NOT EXISTS FOR (n:Policy) ON (n.region)",
    "CREATE TEXT INDEX agency_name_text IF NOT EXISTS FOR (n:Agency) ON (n.name)",
    "CREATE TEXT INDEX policy_title_text IF NOT EXISTS FOR (n:Policy) ON (n.title)",
    "CREATE TEXT INDEX policy_doc_number_text IF NOT EXISTS FOR (n:Policy) ON (n.doc_number)",
]


def check_label(label: str) -> str:
    if label not in LABELS:
        raise ValueError(f"unknown label {label!r}")
    return label


def check_rel_type(rel_type: str) -> str:
    if rel_type not in REL_TYPES:
        raise ValueError(f"unknown relationship type {rel_type!r}")
    return rel_type


_ID_PREFIXES = (("pol_", "Policy"), ("mea_", "Measure"), ("doc:", "Document"), ("agency:", "Agency"),
                ("sector:", "Sector"), ("region:", "Region"), ("fund_", "FundingSource"))


def label_of_id(node_id: str) -> str | None:
    """The label an id belongs to (ids are prefixed by kind; an amount id is its measure's id + ':aN')."""
    if node_id.startswith("mea_") and ":a" in node_id:
        return "Amount"
    return next((label for prefix, label in _ID_PREFIXES if node_id.startswith(prefix)), None)
