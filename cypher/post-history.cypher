// name: post-history
// description: Everyone who held one post, in order: when each began and ended (as the documents state it, with the reason), who succeeded whom, and the words that say so. Posts are matched by title and, optionally, province or organisation.
// param: title = the post's title (e.g. مدیرکل, استاندار, شهردار)
// param: province = optional province or city the post is for (e.g. قم)
// param: organization = optional word of the organisation's name (e.g. تأمین, بهزیستی)
// example: kg query post-history -p title=مدیرکل -p province=قم
// example: kg query post-history -p title=مدیرکل -p province=قم -p organization=تأمین --format json
// example: kg query post-history -p title=استاندار --format json
// columns: post, person, acting, since, until, first_stated, last_stated, succeeded, evidence, documents
// names: province = Province, City
MATCH (post:Post)-[:FOR_AREA]->(area)
OPTIONAL MATCH (area)-[:IN]->(parent:Province)
OPTIONAL MATCH (post)-[:OF_ORGANIZATION]->(o:Organization)
WITH post, area, parent, o
WHERE $title_key IS NOT NULL AND replace(post.title, ' ', '') = replace($title, ' ', '')
  AND ($province_key IS NULL OR $province_key IN split(area.search, ' ')
       OR (parent IS NOT NULL AND $province_key IN split(parent.search, ' ')))
  AND ($organization_key IS NULL OR (o IS NOT NULL AND $organization_key IN split(o.search, ' ')))
MATCH (p:Person)-[h:HOLDS]->(post)
WITH post, o, area, p, h ORDER BY coalesce(h.as_of, '')
WITH post, o, area, p, collect(h) AS said
WITH post, o, area, p, said,
     head([h IN said WHERE h.start_date IS NOT NULL]) AS beginning,
     last([h IN said WHERE h.end_reason IS NOT NULL]) AS ending
OPTIONAL MATCH (p)-[s:SUCCEEDED {post: post.id}]->(before:Person)
WITH post, o, area, p, said, beginning, ending, collect(DISTINCT before.name) AS succeeded
WITH post, o, area, p, said, beginning, ending, succeeded,
     coalesce(beginning.start_date, head([h IN said WHERE h.as_of IS NOT NULL]).as_of) AS sort_key
RETURN post.title + coalesce(' ' + o.name, '') + ' ' + area.name AS post, p.name AS person,
       last(said).acting AS acting,
       CASE WHEN beginning IS NULL THEN null
            ELSE beginning.start_date + ' (' + beginning.start_reason + ')' END AS since,
       CASE WHEN ending IS NULL THEN null
            ELSE CASE WHEN ending.end_relation = 'not_after' THEN 'by ' ELSE '' END
                 + coalesce(ending.end_date, 'date unknown') + ' (' + ending.end_reason + ')' END AS until,
       head([h IN said WHERE h.as_of IS NOT NULL]).as_of AS first_stated,
       last(said).as_of AS last_stated,
       succeeded,
       coalesce(ending.end_sentence, beginning.start_sentence, last(said).sentence) AS evidence,
       [h IN said | h.doc] AS documents,
       [post.id, p.id] AS ids
ORDER BY post, sort_key IS NULL, sort_key, until IS NULL, person
