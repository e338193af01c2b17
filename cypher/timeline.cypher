// name: timeline
// description: Events and dated figures in date order (Jalali dates; undated events last).
// param: province = optional province or city of the event or figure
// example: kg query timeline
// columns: date, kind, what, who, where, document
// names: province = Province, City
CALL () {
  MATCH (e:Event)
  OPTIONAL MATCH (p:Person)-[:PARTICIPATED_IN]->(e)
  OPTIONAL MATCH (e)-[:TOOK_PLACE_IN]->(w)
  RETURN e.date AS date, e.type AS kind, e.what AS what, collect(DISTINCT p.name) AS who, w AS place, e.doc AS document,
         e.id AS item_id, collect(DISTINCT p.id) AS person_ids
  UNION ALL
  MATCH (f:Figure) WHERE f.period_start IS NOT NULL
  OPTIONAL MATCH (p:Person)-[:STATED]->(f)
  OPTIONAL MATCH (f)-[:ABOUT]->(w)
  RETURN f.period AS date, 'figure' AS kind, f.raw + coalesce(' — ' + f.measure, '') AS what,
         collect(DISTINCT p.name) AS who, w AS place, f.doc AS document, f.id AS item_id,
         collect(DISTINCT p.id) AS person_ids
}
WITH date, kind, what, who, place, document, item_id, person_ids
WHERE $province_key IS NULL OR $province_key IN split(place.search, ' ')
RETURN date, kind, what, who, place.name AS where, document, item_id, person_ids, place.id AS place_id
ORDER BY date IS NULL, date, document
