// 4. Figures about a province or its cities, with who stated them and the sentence (edit the name)
WITH 'قم' AS name
WITH reduce(s = name, c IN [['\u200c', ''], [' ', ''], ['ي', 'ی'], ['ك', 'ک']] | replace(s, c[0], c[1])) AS key
MATCH (province:Province) WHERE key IN split(province.search, ' ')
MATCH (f:Figure)-[:ABOUT]->(x) WHERE x = province OR EXISTS { (x)-[:IN]->(province) }
OPTIONAL MATCH (who:Person)-[:STATED]->(f)
RETURN f.raw AS figure, f.measure AS measure, who.name AS stated_by, f.doc AS document, f.sentence AS sentence
ORDER BY document, f.raw_start
