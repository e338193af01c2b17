// name: programs
// description: Programs, plans and systems, with the provinces and cities their statements place them in, and the people of the documents that mention them.
// example: kg query programs
// columns: program, kind, documents, places, people
MATCH (d:Document)-[:MENTIONS]->(pr:Program)
OPTIONAL MATCH (pr)-[:IN]->(place)
OPTIONAL MATCH (d)-[:MENTIONS]->(p:Person)
RETURN pr.name AS program, pr.kind AS kind, collect(DISTINCT d.id) AS documents,
       collect(DISTINCT place.name) AS places, collect(DISTINCT p.name) AS people,
       pr.id AS program_id, collect(DISTINCT place.id) AS place_ids, collect(DISTINCT p.id) AS person_ids
ORDER BY program
