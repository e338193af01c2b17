// 3. A person's posts, organisations, places and the figures they stated (edit the name)
WITH 'موسوی' AS name
WITH reduce(s = name, c IN [['\u200c', ''], [' ', ''], ['ي', 'ی'], ['ك', 'ک']] | replace(s, c[0], c[1])) AS key
MATCH (p:Person) WHERE key IN split(p.search, ' ')
OPTIONAL MATCH path = (p)-[:HOLDS|STATED]->()-[:OF_ORGANIZATION|FOR_AREA|ABOUT]->()
RETURN p, path
LIMIT 200
