// Ready queries for Neo4j Browser (http://127.0.0.1:7474/browser/): paste one at a time, or
// star them as favourites. Set a parameter first with e.g.  :param province => 'قم'
// (and :param person => 'موسوی'). Names are stored with ZWNJ; the `search` fulltext index holds
// the folded form, so the last query finds a name however it is typed.

// 1. What is in the graph: labels and relationship types.
CALL db.schema.visualization();

// 2. Who held which post in a province, with the evidence on each HOLDS edge.
MATCH (p:Person)-[h:HOLDS]->(post:Post)-[:FOR_AREA]->(area)
WHERE area.name = $province OR $province IN coalesce(area.aliases, [])
   OR (area:City AND EXISTS { (area)-[:IN]->(pr:Province {name: $province}) })
RETURN p, h, post, area;

// 3. A person's neighbourhood: posts, organisations, areas, the figures they stated.
MATCH (p:Person) WHERE p.name CONTAINS $person OR any(a IN coalesce(p.aliases, []) WHERE a CONTAINS $person)
OPTIONAL MATCH path = (p)-[:HOLDS|STATED]->()-[:OF_ORGANIZATION|FOR_AREA|ABOUT]->()
RETURN p, path LIMIT 200;

// 4. Figures about a province or its cities, as a table with their sentences.
MATCH (pr:Province {name: $province})
MATCH (f:Figure)-[:ABOUT]->(x) WHERE x = pr OR EXISTS { (x)-[:IN]->(pr) }
OPTIONAL MATCH (who:Person)-[:STATED]->(f)
RETURN f.raw AS figure, f.measure AS measure, f.value AS value, f.unit AS unit, who.name AS stated_by,
       f.doc AS doc, f.sentence AS sentence
ORDER BY doc;

// 5. The evidence for every post a person held: document, raw span and sentence.
MATCH (p:Person)-[h:HOLDS]->(post:Post) WHERE p.name CONTAINS $person
RETURN p.name AS person, coalesce(h.title, post.label) AS post, h.doc AS doc, h.raw_start AS start,
       h.raw_end AS end, h.sentence AS sentence
ORDER BY doc, start;

// 6. Where a node is mentioned: the Mentions that refer to it and their documents.
MATCH (m:Mention)-[:REFERS_TO]->(n) WHERE n.name = $person OR n.name = $province
MATCH (m)-[:IN_DOCUMENT]->(d:Document)
RETURN n, m, d LIMIT 100;

// 7. The best-connected people and organisations (the graph's hubs).
MATCH (n) WHERE n:Person OR n:Organization OR n:Province
RETURN labels(n)[0] AS label, coalesce(n.name, n.label) AS name, COUNT { (n)--() } AS degree
ORDER BY degree DESC LIMIT 25;

// 8. Find a name however it is typed (fulltext index on the folded `search` property).
CALL db.index.fulltext.queryNodes('name_search', $person) YIELD node, score
RETURN node, score LIMIT 20;
