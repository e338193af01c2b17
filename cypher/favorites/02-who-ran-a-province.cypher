// 2. Who held which post in a province (edit the name; click a HOLDS edge for its evidence)
WITH 'قم' AS name
WITH reduce(s = name, c IN [['\u200c', ''], [' ', ''], ['ي', 'ی'], ['ك', 'ک']] | replace(s, c[0], c[1])) AS key
MATCH (p:Person)-[h:HOLDS]->(post:Post)-[:FOR_AREA]->(area)
WHERE key IN split(area.search, ' ')
   OR EXISTS { (area)-[:IN]->(province:Province) WHERE key IN split(province.search, ' ') }
RETURN p, h, post, area
