// 6. Where a name is mentioned: its Mention nodes (the evidence layer) and their documents (edit the name)
WITH 'قم' AS name
WITH reduce(s = name, c IN [['\u200c', ''], [' ', ''], ['ي', 'ی'], ['ك', 'ک']] | replace(s, c[0], c[1])) AS key
MATCH (n) WHERE n.search IS NOT NULL AND key IN split(n.search, ' ')
MATCH (m:Mention)-[:REFERS_TO]->(n)
MATCH (m)-[:IN_DOCUMENT]->(d:Document)
RETURN n, m, d
LIMIT 100
