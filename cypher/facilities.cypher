// name: facilities
// description: Facilities and projects (hospitals, polyclinics, buildings) and the events that concern them.
// example: kg query facilities
// columns: facility, events, documents
MATCH (fa:Facility)
OPTIONAL MATCH (e:Event)-[:CONCERNS]->(fa)
OPTIONAL MATCH (d:Document)-[:MENTIONS]->(fa)
RETURN fa.name AS facility, collect(DISTINCT e.type + coalesce(' ' + e.date, '')) AS events,
       collect(DISTINCT d.id) AS documents, fa.id AS facility_id,
       collect(DISTINCT e.id) AS event_ids
ORDER BY facility
