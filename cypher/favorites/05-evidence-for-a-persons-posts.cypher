// 5. The evidence for every post a person held: document, character span, sentence (edit the name)
WITH 'حیدریان' AS name
WITH reduce(s = name, c IN [['\u200c', ''], [' ', ''], ['ي', 'ی'], ['ك', 'ک']] | replace(s, c[0], c[1])) AS key
MATCH (p:Person)-[h:HOLDS]->(post:Post) WHERE key IN split(p.search, ' ')
RETURN p.name AS person, coalesce(h.title, post.label) AS post, h.status AS status, h.doc AS document,
       h.raw_start AS start, h.raw_end AS end, h.sentence AS sentence
ORDER BY document, start
