"""The home page's GraphQL query, shared by the locustfile and the benchmark report.

The fields the home page renders (docs/api-contract.graphql): C1 core elements + C2 course graph.
"""

HOME_QUERY = (
    "{ major { code name trainingProgram { totalHours certificates { name } } "
    "courses { id name skillPoints { name jobPositions { name } } } "
    "courseRelations { kind source { id } target { id } } } }"
)
