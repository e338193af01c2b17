// name: programs
// description: Programs, plans and systems, with the provinces and people of the documents that mention them.
// example: kg query programs
// columns: program, kind, documents, provinces, people
MATCH (d:Document)-[:MENTIONS]->(pr:Program)
OPTIONAL MATCH (d)-[:MENTIONS]->(prov:Province)
OPTIONAL MATCH (d)-[:MENTIONS]->(p:Person)
RETURN pr.name AS program, pr.kind AS kind, collect(DISTINCT d.id) AS documents,
       collect(DISTINCT prov.name) AS provinces, collect(DISTINCT p.name) AS people,
       pr.id AS program_id, collect(DISTINCT prov.id) AS province_ids, collect(DISTINCT p.id) AS person_ids
ORDER BY program
