// name: documents
// description: The articles in the graph, with their size and how many facts each contributed.
// example: kg query documents --format json
// columns: id, title, chars, sha256, mentions
MATCH (d:Document)
OPTIONAL MATCH (d)<-[:IN_DOCUMENT]-(m:Mention)
RETURN d.id AS id, d.title AS title, d.chars AS chars, substring(d.sha256, 0, 12) AS sha256,
       count(m) AS mentions
ORDER BY id
