// Which actors are one step from these actors, through a statement either way ($spoke) or a tie of
// an included type that stood on $asOf (when $useAsOf)? Used to expand neighbourhoods and find paths
// level by level. One column per kind of step; LadybugDB collects no match as null, not [].
// (MATCH ... IN, not UNWIND: LadybugDB 0.19.1 fails on UNWIND followed by aggregating OPTIONAL MATCHes.)
MATCH (a:Actor)
WHERE a.id IN $ids
OPTIONAL MATCH (a)-[:SAID]->(:Statement)-[:ABOUT]->(b1:Actor) WHERE $spoke
WITH a, collect(DISTINCT b1.id) AS spokeTo
OPTIONAL MATCH (a)<-[:ABOUT]-(:Statement)<-[:SAID]-(b2:Actor) WHERE $spoke
WITH a, spokeTo, collect(DISTINCT b2.id) AS spokenBy
OPTIONAL MATCH (a)-[t3:MEMBER_OF]-(b3:Actor)
  WHERE $memberOf AND (NOT $useAsOf OR ((t3.since IS NULL OR t3.since <= date($asOf)) AND (t3.until IS NULL OR t3.until >= date($asOf))))
WITH a, spokeTo, spokenBy, collect(DISTINCT b3.id) AS members
OPTIONAL MATCH (a)-[t4:HOLDS_OFFICE]-(b4:Actor)
  WHERE $holdsOffice AND (NOT $useAsOf OR ((t4.since IS NULL OR t4.since <= date($asOf)) AND (t4.until IS NULL OR t4.until >= date($asOf))))
WITH a, spokeTo, spokenBy, members, collect(DISTINCT b4.id) AS offices
OPTIONAL MATCH (a)-[t5:ALLIED_WITH]-(b5:Actor)
  WHERE $alliedWith AND (NOT $useAsOf OR ((t5.since IS NULL OR t5.since <= date($asOf)) AND (t5.until IS NULL OR t5.until >= date($asOf))))
WITH a, spokeTo, spokenBy, members, offices, collect(DISTINCT b5.id) AS allies
OPTIONAL MATCH (a)-[t6:SUPPLIES_ARMS_TO]-(b6:Actor)
  WHERE $suppliesArms AND (NOT $useAsOf OR ((t6.since IS NULL OR t6.since <= date($asOf)) AND (t6.until IS NULL OR t6.until >= date($asOf))))
RETURN a.id AS id, spokeTo, spokenBy, members, offices, allies, collect(DISTINCT b6.id) AS arms
