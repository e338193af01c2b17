// name: province
// description: A province's profile: officials, figures about it, programs and facilities mentioned with it.
// param: name = province name (e.g. خوزستان)
// example: kg query province --param name=خوزستان --format json
// columns: province, officials, figures, programs, facilities
// names: name = Province
MATCH (prov:Province)
WHERE $name_key IN split(prov.search, ' ')
OPTIONAL MATCH (p:Person)-[h:HOLDS]->(post:Post)-[:FOR_AREA]->(prov)
WITH prov, collect(DISTINCT p.name + ' — ' + post.title) AS officials, collect(DISTINCT p.id) AS person_ids,
     collect(DISTINCT post.id) AS post_ids
OPTIONAL MATCH (f:Figure)-[:ABOUT]->(prov)
WITH prov, officials, person_ids + post_ids AS ids, collect(DISTINCT f.raw + coalesce(' — ' + f.measure, '')) AS figures,
     collect(DISTINCT f.id) AS figure_ids
OPTIONAL MATCH (d:Document)-[:MENTIONS]->(prov)
OPTIONAL MATCH (d)-[:MENTIONS]->(pr:Program)
OPTIONAL MATCH (d)-[:MENTIONS]->(fa:Facility)
WITH prov, officials, figures, [prov.id] + ids + figure_ids AS ids, collect(DISTINCT pr.name) AS programs,
     collect(DISTINCT fa.name) AS facilities, collect(DISTINCT pr.id) + collect(DISTINCT fa.id) AS more_ids
RETURN prov.name AS province, officials, figures, programs, facilities, ids + more_ids AS ids
