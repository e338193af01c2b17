// name: co-mentions
// description: Who appears with whom: pairs of people mentioned in the same sentence, with how often and where.
// param: name = optional person; only pairs including them
// example: kg query co-mentions --param name=موسوی
// columns: person, with, sentences, documents
// names: name = Person
MATCH (a:Person)<-[:REFERS_TO]-(ma:Mention), (b:Person)<-[:REFERS_TO]-(mb:Mention)
WHERE ma.doc = mb.doc AND ma.sentence_index = mb.sentence_index AND a.id < b.id
  AND ($name_key IS NULL OR $name_key IN split(a.search, ' ') OR $name_key IN split(b.search, ' '))
RETURN a.name AS person, b.name AS with, count(DISTINCT [ma.doc, ma.sentence_index]) AS sentences,
       collect(DISTINCT ma.doc) AS documents, [a.id, b.id] AS ids
ORDER BY sentences DESC, person
