// name: documents
// description: The articles in the graph: their date (Jalali, with its precision and where it came from: the manifest given to kg load --meta, the text's dateline, the year the text is about, or unknown), source, size and how many facts each contributed.
// example: kg query documents
// example: kg query documents --format json
// columns: id, title, date, precision, gregorian, date_from, source, chars, mentions, sha256, url
MATCH (d:Document)
OPTIONAL MATCH (d)<-[:IN_DOCUMENT]-(m:Mention)
RETURN d.id AS id, d.title AS title, d.date AS date, d.date_precision AS precision,
       d.date_gregorian AS gregorian, d.date_source AS date_from, d.source AS source,
       d.chars AS chars, count(m) AS mentions, substring(d.sha256, 0, 12) AS sha256, d.url AS url
ORDER BY date IS NULL, date, id
