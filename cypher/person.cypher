// name: person
// description: A person's profile: posts, figures they stated, events, documents that mention them.
// param: name = the person's name or surname (folded match on any of their names)
// example: kg query person --param name=حیدریان
// columns: person, posts, figures_stated, events, documents
MATCH (p:Person)
WHERE $name_key IN split(p.search, ' ')
OPTIONAL MATCH (p)-[h:HOLDS]->(post:Post)
WITH p, collect(DISTINCT post.label + CASE WHEN h.status = 'former' THEN ' (former)' ELSE '' END) AS posts
OPTIONAL MATCH (p)-[:STATED]->(f:Figure)
WITH p, posts, collect(DISTINCT f.raw + coalesce(' — ' + f.measure, '')) AS figures_stated
OPTIONAL MATCH (p)-[:PARTICIPATED_IN]->(e:Event)
WITH p, posts, figures_stated, collect(DISTINCT e.type + coalesce(': ' + e.what, '')) AS events
OPTIONAL MATCH (d:Document)-[:MENTIONS]->(p)
RETURN p.name AS person, posts, figures_stated, events, collect(DISTINCT d.id) AS documents
