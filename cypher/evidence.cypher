// name: evidence
// description: The sentences behind facts: every HOLDS, STATED, ABOUT and event edge touching a named node, with document and raw span.
// param: name = a person, organisation, place, program or facility name
// example: kg query evidence --param name=حاجی‌کاظمی
// columns: from, relation, to, document, raw_start, raw_end, sentence
// names: name = Person, Organization, Province, City, Program, Facility, Law, Post
MATCH (n)
WHERE n.search IS NOT NULL AND $name_key IN split(n.search, ' ')
MATCH (n)-[r]-(m)
WHERE r.sentence IS NOT NULL
RETURN coalesce(startNode(r).name, startNode(r).label, startNode(r).raw, startNode(r).type) AS from, type(r) AS relation,
       coalesce(endNode(r).name, endNode(r).label, endNode(r).raw, endNode(r).type) AS to,
       r.doc AS document, r.raw_start AS raw_start, r.raw_end AS raw_end, r.sentence AS sentence,
       [startNode(r).id, endNode(r).id] AS ids
ORDER BY document, raw_start
