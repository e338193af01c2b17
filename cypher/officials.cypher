// name: officials
// description: Officials and their posts, optionally for one organisation or one province or city.
// param: organization = optional organisation name (matches any word of it, e.g. تأمین‌اجتماعی)
// param: province = optional province or city name
// example: kg query officials --param organization=تأمین‌اجتماعی
// columns: person, title, organization, area, status, documents
// names: organization = Organization:contains
// names: province = Province, City
MATCH (p:Person)-[h:HOLDS]->(post:Post)
OPTIONAL MATCH (post)-[:OF_ORGANIZATION]->(o:Organization)
OPTIONAL MATCH (post)-[:FOR_AREA]->(area)
OPTIONAL MATCH (area)-[:IN]->(parent:Province)
WITH p, h, post, o, area, parent
WHERE ($organization_key IS NULL OR (o IS NOT NULL AND any(w IN split(o.search, ' ') WHERE w = $organization_key
         OR w CONTAINS $organization_key)))
  AND ($province_key IS NULL OR $province_key IN split(area.search, ' ') OR $province_key IN split(parent.search, ' '))
RETURN p.name AS person, post.title AS title, coalesce(o.name, post.organization) AS organization,
       area.name AS area, h.status AS status, collect(DISTINCT h.doc) AS documents, [p.id, post.id, o.id, area.id] AS ids
ORDER BY organization, area, person
