"""Graph layer: one schema, written to Neo4j (system of record) or an embedded networkx store."""
