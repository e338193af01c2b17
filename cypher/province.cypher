// name: province
// description: A province's profile: officials, figures about it, programs and facilities mentioned with it.
// param: name = province name (e.g. خوزستان)
// example: kg query province --param name=خوزستان --format json
// columns: province, officials, figures, programs, facilities
MATCH (prov:Province)
WHERE $name_key IN split(prov.search, ' ')
OPTIONAL MATCH (p:Person)-[h:HOLDS]->(post:Post)-[:FOR_AREA]->(prov)
WITH prov, collect(DISTINCT p.name + ' — ' + post.title) AS officials
OPTIONAL MATCH (f:Figure)-[:ABOUT]->(prov)
WITH prov, officials, collect(DISTINCT f.raw + coalesce(' — ' + f.measure, '')) AS figures
OPTIONAL MATCH (d:Document)-[:MENTIONS]->(prov)
OPTIONAL MATCH (d)-[:MENTIONS]->(pr:Program)
OPTIONAL MATCH (d)-[:MENTIONS]->(fa:Facility)
RETURN prov.name AS province, officials, figures, collect(DISTINCT pr.name) AS programs,
       collect(DISTINCT fa.name) AS facilities
