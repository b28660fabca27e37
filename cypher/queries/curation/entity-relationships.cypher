// Every relationship of one entity with the labels of both ends, to check they still fit the allowed triples.
MATCH (n:Entity {id: $id})-[r]-(other:Entity)
RETURN type(r) AS type, startNode(r).id AS from, endNode(r).id AS to,
       labels(startNode(r)) AS fromLabels, labels(endNode(r)) AS toLabels
