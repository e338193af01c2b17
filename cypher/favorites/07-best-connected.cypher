// 7. The best-connected people, organisations and provinces (the graph's hubs)
MATCH (n) WHERE n:Person OR n:Organization OR n:Province
RETURN labels(n)[0] AS label, n.name AS name, COUNT { (n)--(:!Mention&!Document) } AS connections
ORDER BY connections DESC
LIMIT 25
