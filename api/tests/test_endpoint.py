"""The GraphQL endpoint's contract: coded, translated errors; limits; caching; CORS (S, Q)."""

import pytest
from django.test import Client

from cms.majors.tests.factories import MajorPageFactory

pytestmark = pytest.mark.django_db


def test_syntax_errors_are_coded_and_translated(gql):
    zh = gql("{ major { nope } }")
    en = gql("{ major { nope } }", language="en")
    assert zh["errors"][0]["extensions"]["code"] == "INVALID_INPUT"
    assert zh["errors"][0]["message"].startswith("查询无效：")
    assert en["errors"][0]["message"].startswith("The query is invalid: ")


def test_too_deep_queries_are_refused(gql):
    deep = "{ major " + "{ courses { major " * 6 + "{ code }" + " } }" * 6 + " }"
    body = gql(deep, language="en")
    assert body["errors"][0]["extensions"]["code"] == "QUERY_TOO_COMPLEX"
    assert body["errors"][0]["message"] == "The query is too deep: at most 10 levels."
    assert "data" not in body or body["data"] is None


def test_too_many_aliases_are_refused(gql):
    aliases = " ".join(f"a{i}: major {{ code }}" for i in range(21))
    body = gql("{ " + aliases + " }")
    assert body["errors"][0]["extensions"]["code"] == "QUERY_TOO_COMPLEX"
    assert body["errors"][0]["message"] == "别名过多：最多 20 个。"


def test_oversized_requests_are_refused():
    response = Client().post(
        "/graphql/", {"query": "{ major { code } }" + " " * 30_000}, content_type="application/json"
    )
    assert response.status_code == 413
    assert response.json()["errors"][0]["extensions"]["code"] == "QUERY_TOO_COMPLEX"


def test_invalid_json_is_a_coded_error():
    response = Client().post("/graphql/", "{not json", content_type="application/json", HTTP_ACCEPT_LANGUAGE="en")
    assert response.status_code == 400
    assert response.json()["errors"][0] == {
        "message": "The request body is not valid JSON.",
        "extensions": {"code": "INVALID_INPUT"},
    }


def test_anonymous_get_queries_are_publicly_cacheable():
    MajorPageFactory(code="460103")
    response = Client().get("/graphql/", {"query": "{ major { code } }"}, HTTP_ACCEPT="application/json")
    assert response.status_code == 200
    assert response.json() == {"data": {"major": {"code": "460103"}}}
    assert response["Cache-Control"] == "public, max-age=0, s-maxage=60"
    assert "Accept-Language" in response["Vary"]
    assert "csrftoken" not in response.cookies


def test_cors_allows_only_configured_origins():
    allowed = Client().options(
        "/graphql/", HTTP_ORIGIN="https://spa.example.org", HTTP_ACCESS_CONTROL_REQUEST_METHOD="POST"
    )
    denied = Client().options(
        "/graphql/", HTTP_ORIGIN="https://evil.example.com", HTTP_ACCESS_CONTROL_REQUEST_METHOD="POST"
    )
    assert allowed["Access-Control-Allow-Origin"] == "https://spa.example.org"
    assert "Access-Control-Allow-Origin" not in denied


def test_graphiql_is_off_without_debug():
    response = Client().get("/graphql/", HTTP_ACCEPT="text/html")
    assert b"graphiql" not in response.content.lower()


def test_session_authenticated_posts_need_csrf():
    from cms.accounts.tests.factories import UserFactory

    client = Client(enforce_csrf_checks=True)
    client.force_login(UserFactory())
    response = client.post("/graphql/", {"query": "{ major { code } }"}, content_type="application/json")
    assert response.status_code == 403
    assert response.json()["errors"][0]["extensions"]["code"] == "PERMISSION_DENIED"


def test_session_authenticated_posts_with_the_spa_token_pass(tmp_path, settings):
    from cms.accounts.tests.factories import UserFactory

    (tmp_path / "index.html").write_text("<div id=root></div>", encoding="utf-8")
    settings.SPA_DIST_DIR = tmp_path
    MajorPageFactory(code="460103")
    client = Client(enforce_csrf_checks=True)
    client.force_login(UserFactory())
    client.get("/")  # the SPA shell sets the csrftoken cookie
    token = client.cookies["csrftoken"].value
    response = client.post(
        "/graphql/", {"query": "{ major { code } }"}, content_type="application/json", HTTP_X_CSRFTOKEN=token
    )
    assert response.json() == {"data": {"major": {"code": "460103"}}}
