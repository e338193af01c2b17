// name: person
// description: A person's profile: posts, figures they stated, events, documents that mention them, and the ids merged into them with why (docs/identity.md).
// param: name = the person's name or surname (folded match on any of their names)
// example: kg query person --param name=حیدریان
// columns: person, posts, figures_stated, events, documents, merged
// names: name = Person
MATCH (p:Person)
WHERE $name_key IN split(p.search, ' ')
OPTIONAL MATCH (p)-[h:HOLDS]->(post:Post)
WITH p, collect(DISTINCT post.label + CASE WHEN h.status = 'former' THEN ' (former)' ELSE '' END) AS posts,
     collect(DISTINCT post.id) AS post_ids
OPTIONAL MATCH (p)-[:STATED]->(f:Figure)
WITH p, posts, post_ids, collect(DISTINCT f.raw + coalesce(' — ' + f.measure, '')) AS figures_stated,
     collect(DISTINCT f.id) AS figure_ids
OPTIONAL MATCH (p)-[:PARTICIPATED_IN]->(e:Event)
WITH p, posts, figures_stated, post_ids + figure_ids AS ids,
     collect(DISTINCT e.type + coalesce(': ' + e.what, '')) AS events, collect(DISTINCT e.id) AS event_ids
OPTIONAL MATCH (d:Document)-[m:MENTIONS]->(p)
WITH p, posts, figures_stated, events, [p.id] + ids + event_ids AS ids, collect(DISTINCT d.id) AS documents,
     collect(DISTINCT CASE WHEN m.as_id <> p.id THEN m.as_id + ' in ' + d.id + ': ' + m.resolution END) AS merged
RETURN p.name AS person, posts, figures_stated, events, documents, merged, ids
