// name: who-ran-province
// description: Who held which post in which province (acting and former posts included), with the documents that say so.
// param: province = optional province name, with or without ZWNJ (e.g. قم, خراسان شمالی)
// example: kg query who-ran-province
// example: kg query who-ran-province --param province=قم --format json
// columns: person, title, organization, province, status, acting, documents
// names: province = Province
MATCH (p:Person)-[h:HOLDS]->(post:Post)-[:FOR_AREA]->(area)
OPTIONAL MATCH (area)-[:IN]->(parent:Province)
WITH p, h, post, CASE WHEN area:Province THEN area ELSE parent END AS province
WHERE province IS NOT NULL
  AND ($province_key IS NULL OR $province_key IN split(province.search, ' '))
OPTIONAL MATCH (post)-[:OF_ORGANIZATION]->(o:Organization)
RETURN p.name AS person, post.title AS title, coalesce(o.name, post.organization) AS organization,
       province.name AS province, h.status AS status, h.acting AS acting,
       collect(DISTINCT h.doc) AS documents, [p.id, post.id, province.id, o.id] AS ids
ORDER BY province, person, title
