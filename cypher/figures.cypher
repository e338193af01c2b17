// name: figures
// description: Numeric figures with value, unit, measure, subject, who stated them and the period.
// param: province = optional subject province or city
// param: measure = optional word of the measure (e.g. بدهی, بیمه‌شدگان)
// param: unit = optional unit (toman, rial, percent, person, bed, ...)
// example: kg query figures --param province=قم
// example: kg query figures --param unit=toman --format csv
// columns: value, unit, raw, measure, subject, stated_by, period, document
// names: province = Province, City
// names: measure = Figure.measure:contains
// names: unit = Figure.unit
MATCH (f:Figure)
OPTIONAL MATCH (f)-[:ABOUT]->(s)
OPTIONAL MATCH (s)-[:IN]->(parent:Province)
OPTIONAL MATCH (p:Person)-[:STATED]->(f)
WITH f, s, parent, p
WHERE ($province_key IS NULL OR $province_key IN split(s.search, ' ') OR $province_key IN split(parent.search, ' '))
  AND ($measure_key IS NULL OR replace(replace(f.measure, '\u200c', ''), ' ', '') CONTAINS $measure_key)
  AND ($unit IS NULL OR f.unit = $unit)
RETURN f.value AS value, f.unit AS unit, f.raw AS raw, f.measure AS measure, s.name AS subject,
       p.name AS stated_by, f.period AS period, f.doc AS document, [f.id, s.id, p.id] AS ids
ORDER BY document, f.raw_start
