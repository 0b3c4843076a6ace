// Seed load: creates or updates places by id.
UNWIND $rows AS r
MERGE (n:Place {id: r.id})
SET n.name = r.name, n.aliases = r.aliases, n.description = r.description, n.searchText = r.searchText
