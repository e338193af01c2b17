// 8. Find a name however it is typed: with or without ZWNJ, Arabic ي/ك (full-text index; edit the name)
WITH 'مجتبي موسوی' AS name
WITH reduce(s = name, c IN [['\u200c', ''], ['ي', 'ی'], ['ك', 'ک']] | replace(s, c[0], c[1])) AS words
CALL db.index.fulltext.queryNodes('name_search', words) YIELD node, score
RETURN labels(node)[0] AS label, coalesce(node.name, node.label) AS name, score
LIMIT 20
