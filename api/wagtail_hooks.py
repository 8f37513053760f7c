"""Join our domain queries to grapple's schema (ARCHITECTURE: register_schema_* hooks)."""

from wagtail import hooks

from api.accounts.schema import AccountsMutations, AccountsQueries
from api.audit.schema import AuditQueries
from api.courses.schema import CoursesMutations, CoursesQueries
from api.majors.schema import MajorsQueries
from api.organisations.schema import OrganisationsMutations, OrganisationsQueries
from api.qa.schema import QaMutations, QaQueries
from api.questions.schema import QuestionsMutations, QuestionsQueries
from api.questions.self_test_schema import SelfTestMutations, SelfTestQueries
from api.resources.schema import ResourcesMutations, ResourcesQueries


@hooks.register("register_schema_query")
def register_domain_queries(query_mixins: list) -> None:
    query_mixins.extend(
        [
            MajorsQueries,
            CoursesQueries,
            AccountsQueries,
            AuditQueries,
            OrganisationsQueries,
            ResourcesQueries,
            QaQueries,
            QuestionsQueries,
            SelfTestQueries,
        ]
    )


@hooks.register("register_schema_mutation")
def register_domain_mutations(mutation_mixins: list) -> None:
    mutation_mixins.extend(
        [
            AccountsMutations,
            CoursesMutations,
            OrganisationsMutations,
            ResourcesMutations,
            QaMutations,
            QuestionsMutations,
            SelfTestMutations,
        ]
    )
