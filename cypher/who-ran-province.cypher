// name: who-ran-province
// description: Who held which post in which province, when, and whether they still do. The status is derived here from every document, never stored: a holding is current as of the latest document that states it, until a document states its end (farewell, retirement, a former post) or names a later holder of a one-seat post (undated documents count as earlier than dated ones); the reason and the words that say so come with it.
// param: province = optional province name, with or without ZWNJ (e.g. قم, خراسان شمالی)
// param: as_of = optional Jalali date (1402-06-01, 1402-06 or 1402): the state on that date, from the documents dated up to it (undated ones included)
// example: kg query who-ran-province
// example: kg query who-ran-province --param province=قم --format json
// example: kg query who-ran-province -p province=قم -p as_of=1401
// columns: person, title, organization, province, status, acting, since, until, as_of, reason, evidence, documents
// names: province = Province
MATCH (p:Person)-[h:HOLDS]->(post:Post)-[:FOR_AREA]->(area)
OPTIONAL MATCH (area)-[:IN]->(parent:Province)
WITH p, h, post, CASE WHEN area:Province THEN area ELSE parent END AS province
WHERE province IS NOT NULL
  AND ($province_key IS NULL OR $province_key IN split(province.search, ' '))
  AND ($as_of IS NULL OR h.as_of IS NULL OR h.as_of <= $as_of OR $as_of STARTS WITH h.as_of)
WITH p, post, province, h ORDER BY coalesce(h.as_of, "")
WITH p, post, province, collect(h) AS said
// The latest date the documents state this holding; the latest statement of its end, if no
// later statement has the person still in the post; the first statement of its start.
WITH p, post, province, said, last(said).as_of AS last_said,
     last([h IN said WHERE h.end_reason IS NOT NULL]) AS ending,
     head([h IN said WHERE h.start_reason IS NOT NULL]) AS beginning
WITH p, post, province, said, last_said, beginning,
     CASE WHEN ending IS NOT NULL AND (ending.as_of IS NULL OR ending.as_of >= last_said OR last_said IS NULL)
          THEN ending END AS ending
// The first later holder of the same one-seat post.
OPTIONAL MATCH (other:Person)-[oh:HOLDS]->(post)
  WHERE other <> p AND post.seats = 1 AND oh.as_of IS NOT NULL
    AND ($as_of IS NULL OR oh.as_of <= $as_of OR $as_of STARTS WITH oh.as_of)
    AND (last_said IS NULL OR (oh.as_of > last_said AND NOT oh.as_of STARTS WITH last_said))
WITH p, post, province, said, last_said, beginning, ending, other, oh ORDER BY oh.as_of
WITH p, post, province, said, last_said, beginning, ending,
     head(collect(CASE WHEN oh IS NOT NULL
                       THEN {name: other.name, as_of: oh.as_of, doc: oh.doc, sentence: oh.sentence} END)) AS later
OPTIONAL MATCH (post)-[:OF_ORGANIZATION]->(o:Organization)
WITH p, post, province, said, last_said, beginning, ending, later, o,
     CASE WHEN ending IS NOT NULL OR later IS NOT NULL THEN 'former' ELSE 'current' END AS status
RETURN p.name AS person, post.title AS title, coalesce(o.name, post.organization) AS organization,
       province.name AS province, status,
       CASE WHEN beginning IS NULL THEN null
            ELSE coalesce(beginning.start_date, 'began, date unknown') END AS since,
       CASE WHEN ending IS NOT NULL AND ending.end_date IS NULL THEN 'ended, date unknown'
            WHEN ending IS NOT NULL
              THEN CASE WHEN ending.end_relation = 'not_after' THEN 'by ' ELSE '' END + ending.end_date
            WHEN later IS NOT NULL THEN 'by ' + later.as_of
       END AS until,
       last_said AS as_of,
       CASE WHEN ending IS NOT NULL
              THEN ending.end_reason + ' (' + ending.doc + coalesce(', ' + ending.as_of, ', undated') + ')'
            WHEN later IS NOT NULL
              THEN 'later holder of this one-seat post: ' + later.name + ' (' + later.doc + ', ' + later.as_of + ')'
                   + CASE WHEN last_said IS NULL THEN '; this holding is stated in undated documents only' ELSE '' END
            WHEN post.seats IS NULL
              THEN 'stated' + coalesce(' as of ' + last_said, ' in undated documents') + '; a post of several seats'
            ELSE 'stated' + coalesce(' as of ' + last_said, ' in undated documents')
                 + '; no document names an end or a later holder'
       END AS reason,
       CASE WHEN ending IS NOT NULL THEN coalesce(ending.end_sentence, ending.sentence)
            WHEN later IS NOT NULL THEN later.sentence
            ELSE last(said).sentence END AS evidence,
       [h IN said | h.doc] AS documents,
       last(said).acting AS acting,
       [p.id, post.id, province.id, o.id] AS ids
ORDER BY province, title, organization, coalesce(as_of, ''), person
