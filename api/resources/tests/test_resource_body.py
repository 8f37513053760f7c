"""A text resource's body is rich text every reader gets as HTML: allowlisted on write and on read (security)."""

import pytest

from api.resources.tests.test_resource_mutations import CREATE, team  # noqa: F401 (fixture)
from cms.resources.body import body_clean
from cms.resources.models import Resource

pytestmark = pytest.mark.django_db

READ = "query R($id: ID!) { resource(id: $id) { id body bodySource } }"

HOSTILE = (
    '<p onclick="steal()">车削<img src="x" onerror="alert(1)"><script>alert("x")</script></p>'
    '<iframe src="https://evil.example/"></iframe><style>body{display:none}</style>'
    '<p><a href="javascript:alert(1)">点我</a> <a href="//evil.example/">协议相对</a></p>'
    '<embed src="https://evil.example/x.swf"><embed embedtype="image" id="1 onload=x" format="fullwidth">'
    '<!-- hidden --><svg><script>alert(2)</script></svg><h1 style="color:red">大标题</h1>'
)

#: What the studio's editor (tiptap StarterKit) and Wagtail's admin produce: all of it stays.
FORMATTED = (
    "<h2>外圆车削</h2><h3>要点</h3><p>先<strong>粗车</strong>后<em>精车</em>，<u>注意</u><s>旧写法</s><code>G71</code><br>换行</p>"
    "<blockquote><p>安全第一</p></blockquote><pre><code>G00 X100 Z100</code></pre>"
    '<ol start="3"><li><p>装夹</p></li></ol><ul><li><p>对刀</p></li></ul><hr>'
    '<p><a href="https://www.example.edu.cn/" target="_blank" rel="noopener noreferrer nofollow">标准</a>'
    ' <a href="/courses/1">课程</a> <a href="mailto:t@example.edu.cn">邮件</a></p>'
    '<p data-block-key="a1b2c">Wagtail <b>粗</b><i>斜</i></p>'
)


def _create(browser, team, body):  # noqa: F811 (fixture)
    browser.client.force_login(team["teacher"])
    text = {
        "title": "车削安全规程",
        "type": "TEXT",
        "body": body,
        "majorId": team["course"].get_parent().pk,
        "organisationId": team["host"].pk,
        "authors": [{"name": "王老师"}],
    }
    result = browser.mutate(CREATE, {"input": text})
    assert result["ok"], result["errors"]
    return result["resource"]["id"]


UNSAFE = ("<script", "onerror", "onclick", "onload", "javascript:", "<iframe", "<style", "style=", "//evil", "<svg")


def _no_script(html: str) -> None:
    for bad in (*UNSAFE, "hidden", ".swf"):
        assert bad not in html, (bad, html)


def test_hostile_markup_sent_through_the_api_is_dropped_and_the_text_kept(team, new_browser):  # noqa: F811
    browser = new_browser()
    pk = _create(browser, team, HOSTILE)
    stored = Resource.objects.get(pk=pk).body
    _no_script(stored)
    for text in ("车削", "点我", "协议相对", "大标题"):
        assert text in stored
    read = browser.gql(READ, {"id": pk})["data"]["resource"]
    _no_script(read["body"])
    _no_script(read["bodySource"])


def test_the_editors_formatting_is_kept(team, new_browser):  # noqa: F811
    browser = new_browser()
    pk = _create(browser, team, FORMATTED)
    stored = Resource.objects.get(pk=pk).body
    for kept in (
        "<h2>外圆车削</h2>",
        "<h3>要点</h3>",
        "<strong>粗车</strong>",
        "<em>精车</em>",
        "<u>注意</u>",
        "<s>旧写法</s>",
        "<code>G71</code>",
        "<br/>",
        "<blockquote><p>安全第一</p></blockquote>",
        "<pre><code>G00 X100 Z100</code></pre>",
        '<ol start="3">',
        "<hr/>",
        '<a href="https://www.example.edu.cn/" rel="noopener noreferrer nofollow" target="_blank">标准</a>',
        '<a href="/courses/1">课程</a>',
        '<a href="mailto:t@example.edu.cn">邮件</a>',
        '<p data-block-key="a1b2c">',
        "<b>粗</b><i>斜</i>",
    ):
        assert kept in stored, kept


def test_a_row_stored_before_the_cleaning_is_cleaned_when_read(team, new_browser):  # noqa: F811
    browser = new_browser()
    pk = _create(browser, team, "<p>原文</p>")
    Resource.objects.filter(pk=pk).update(
        body=HOSTILE + f'<p><a linktype="page" id="{team["course"].pk}">课程页</a></p>'
    )
    read = browser.gql(READ, {"id": pk})["data"]["resource"]
    _no_script(read["body"])
    _no_script(read["bodySource"])
    assert f'href="{team["course"].url}"' in read["body"], "Wagtail page links still expand"
    assert f'<a id="{team["course"].pk}" linktype="page">课程页</a>' in read["bodySource"]


def test_wagtail_image_embeds_survive_and_anything_else_embedded_goes():
    kept = body_clean('<embed alt="刀架" embedtype="image" format="fullwidth" id="12"/>')
    assert kept == '<embed alt="刀架" embedtype="image" format="fullwidth" id="12"/>'
    assert body_clean('<embed embedtype="media" url="https://evil.example/"/>') == ""
    assert body_clean('<embed src="https://evil.example/x.swf"/>') == ""
    assert body_clean('<embed embedtype="image" format="fullwidth"/>') == "", "an image needs its id"
    assert body_clean('<a linktype="page">无页</a><a id="3">无类型</a>') == "<a>无页</a><a>无类型</a>"
    assert body_clean("") == ""
