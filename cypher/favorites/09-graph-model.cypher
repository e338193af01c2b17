// 9. The graph model as Neo4j sees it: labels and relationship types
CALL db.schema.visualization()
