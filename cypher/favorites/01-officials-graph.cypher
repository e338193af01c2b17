// 1. Officials, their posts, organisations and places (a picture; evidence nodes left out)
MATCH path = (:Person)-[:HOLDS]->(:Post)-[:OF_ORGANIZATION|FOR_AREA]->()
RETURN path
LIMIT 150
