// Seed load: creates or updates actors by id; searchText holds the folded name and aliases.
UNWIND $rows AS r
MERGE (n:Actor {id: r.id})
SET n.name = r.name, n.kind = r.kind, n.aliases = r.aliases, n.description = r.description, n.unnamed = r.unnamed, n.searchText = r.searchText
