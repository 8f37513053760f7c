"""The narrow search row follows its resource through every kind of write (PostgreSQL triggers; M3, M8).

Search reads only ``ResourceSearchEntry`` on PostgreSQL, so a write the row missed would show a deleted resource,
count a view twice or hide a new point. The writes below are the ones the platform makes: services, Wagtail's
publish and unpublish, bulk ``update()``s (counters, the recycle bin), link changes, and purging.
"""

import hashlib

import pytest
from django.contrib.auth.models import AnonymousUser
from django.db import connection
from django.db.models import F
from django.utils import timezone

from cms.resources import services
from cms.resources.models import Resource, ResourceSearchEntry, Visibility
from cms.resources.selectors import ResourceFilters, resource_search
from cms.resources.tests import test_search
from cms.resources.tests.factories import text_resource

pytestmark = [
    pytest.mark.django_db,
    pytest.mark.skipif(connection.vendor != "postgresql", reason="the search rows exist on PostgreSQL only"),
]

library = test_search.library  # the fixture: two majors, courses, points, a school and its teacher
live = test_search.live

MIRRORED = [
    "title",
    "major_id",
    "course_id",
    "module_id",
    "organisation_id",
    "school_id",
    "resource_type",
    "source",
    "visibility",
    "live",
    "deleted_at",
    "first_published_at",
    "view_count",
    "download_count",
]


def assert_mirrors(resource: Resource) -> ResourceSearchEntry:
    """The search row equals the resource's row, links and vector (one hash per distinct word)."""
    resource.refresh_from_db()
    entry = ResourceSearchEntry.objects.get(pk=resource.pk)
    assert {c: getattr(entry, c) for c in MIRRORED} == {c: getattr(resource, c) for c in MIRRORED}
    points = sorted(kp.pk for kp in resource.knowledge_points.all())
    assert entry.knowledge_point_ids == points
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT coalesce(array_agg(resources_search_word(w) ORDER BY 1), '{}')"
            " FROM resources_resource r, unnest(tsvector_to_array(r.search_vector)) w WHERE r.id = %s",
            [resource.pk],
        )
        assert sorted(entry.words) == sorted(cursor.fetchone()[0])
    return entry


def test_a_new_draft_has_its_row_and_publishing_fills_its_words(library):
    # given a draft (created through the service, not yet reviewed)
    teacher = library["teacher"]
    draft = text_resource(teacher, library["school"], library["parts"], title="数控车床对刀步骤")
    # then its search row exists, mirrors it, and is not live
    assert assert_mirrors(draft).live is False
    assert len(assert_mirrors(draft).words) > 0  # a draft's row follows the draft, indexed too
    # when it is published (Wagtail's publish saves the row, the receiver indexes it)
    draft.save_revision(user=teacher).publish(user=teacher, skip_permission_checks=True)
    entry = assert_mirrors(draft)
    # then the row is live, dated, and its words are the published vector's
    assert entry.live and entry.first_published_at is not None
    assert resource_search(AnonymousUser(), query="对刀").total == 1


def test_counters_visibility_and_the_recycle_bin_reach_the_row(library):
    # given a published resource
    resource = live(library, title="螺纹车削演示")
    # when counters move by bulk F() updates, as usage events do
    Resource.objects.filter(pk=resource.pk).update(
        view_count=F("view_count") + 3, download_count=F("download_count") + 1
    )
    assert (assert_mirrors(resource).view_count, resource.download_count) == (3, 1)
    # when its visibility narrows to logged-in users, anonymous visitors no longer find it
    Resource.objects.filter(pk=resource.pk).update(visibility=Visibility.LOGGED_IN)
    assert_mirrors(resource)
    assert resource_search(AnonymousUser(), query="螺纹").total == 0
    Resource.objects.filter(pk=resource.pk).update(visibility=Visibility.PUBLIC)
    # when it goes to the recycle bin (bulk update) it disappears from search, and comes back on restore
    Resource.objects.filter(pk=resource.pk).update(deleted_at=timezone.now())
    assert assert_mirrors(resource).deleted_at is not None
    assert resource_search(AnonymousUser(), query="螺纹").total == 0
    Resource.objects.filter(pk=resource.pk).update(deleted_at=None)
    assert resource_search(AnonymousUser(), query="螺纹").total == 1


def test_knowledge_point_links_follow_added_removed_and_replaced(library):
    # given a published resource linked to one point
    thread, fit = library["thread"], library["fit"]
    resource = live(library, title="配合件加工", knowledge_points=[thread])
    assert assert_mirrors(resource).knowledge_point_ids == [thread.pk]
    # when a point is added, then one removed, then the set replaced (a cluster's links are written on save)
    resource.knowledge_points.add(fit)
    resource.save()
    assert sorted(assert_mirrors(resource).knowledge_point_ids) == sorted([thread.pk, fit.pk])
    resource.knowledge_points.remove(thread)
    resource.save()
    assert assert_mirrors(resource).knowledge_point_ids == [fit.pk]
    resource.knowledge_points.set([thread])
    resource.save()
    assert assert_mirrors(resource).knowledge_point_ids == [thread.pk]
    # then the point filter and facet read the links
    page = resource_search(AnonymousUser(), query="配合件", filters=ResourceFilters(knowledge_point_ids=[thread.pk]))
    assert [r.pk for r in page.items] == [resource.pk]
    assert {b.value: b.count for b in page.facets["knowledge_point"]} == {str(thread.pk): 1}
    assert resource_search(AnonymousUser(), filters=ResourceFilters(knowledge_point_ids=[fit.pk])).total == 0


def test_unpublishing_and_purging_remove_it_from_search(library):
    # given two published resources
    kept = live(library, title="液压回路分析")
    gone = live(library, title="液压泵拆装")
    assert resource_search(AnonymousUser(), query="液压").total == 2
    # when one is unpublished, then only the other is found
    gone.unpublish()  # as the Wagtail admin does for a user allowed to
    assert_mirrors(gone)
    assert [r.pk for r in resource_search(AnonymousUser(), query="液压").items] == [kept.pk]
    # when it is purged from the recycle bin, its row goes with it
    services.resources_delete(user=library["teacher"], resources=[gone])
    Resource.objects.filter(pk=gone.pk).delete()  # what resources_purge does once permissions allow
    assert not ResourceSearchEntry.objects.filter(pk=gone.pk).exists()
    assert ResourceSearchEntry.objects.filter(pk=kept.pk).exists()


def test_the_word_hash_is_md5s_first_four_bytes_and_rows_stay_narrow():
    # the hash is defined once, in SQL; this pins it (changing it needs every row re-hashed by a migration)
    words = ["数控", "加工", "g代码", "fanuc", "宏程序编程"]
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT array_agg(resources_search_word(w) ORDER BY n) FROM unnest(%s::text[]) WITH ORDINALITY AS t(w, n)",
            [words],
        )
        in_sql = cursor.fetchone()[0]
        expected = [int.from_bytes(hashlib.md5(w.encode()).digest()[:4], "big", signed=True) for w in words]  # noqa: S324
        assert in_sql == expected
        # the point of the table: narrow rows, no text, no tsvector
        cursor.execute(
            "SELECT column_name FROM information_schema.columns WHERE table_name = 'resources_search_entry'"
            " AND data_type IN ('text', 'jsonb', 'tsvector')"
        )
        assert cursor.fetchall() == []
