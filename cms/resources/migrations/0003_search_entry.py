"""The narrow search table kept by triggers, whose GIN-indexed word hashes replace the GIN index on
``Resource.search_vector`` for matching (PostgreSQL only; M3, M8).

Why: see ``ResourceSearchEntry`` and docs/decisions/0003. The table, its index, the hash function and the
triggers exist on PostgreSQL only; the model is unmanaged, so SQLite (which searches ``search_text``) has none.
The GIN index on ``search_vector`` stays for autocomplete (title words by prefix).
"""

import django.contrib.postgres.fields
from django.db import migrations, models

# Every column the trigger copies from resources_resource as it is (not knowledge_point_ids, words).
MIRRORED = (
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
)
_columns = ", ".join(MIRRORED)
_new = ", ".join(f"NEW.{c}" for c in MIRRORED)
_set = ", ".join(f"{c} = EXCLUDED.{c}" for c in MIRRORED)
_old_row = ", ".join(f"e.{c}" for c in MIRRORED)
_new_row = ", ".join(f"EXCLUDED.{c}" for c in MIRRORED)
# Each distinct lexeme of a tsvector as a 32-bit hash: the first 4 bytes of its MD5, signed.
_words = "ARRAY(SELECT DISTINCT resources_search_word(w) FROM unnest(tsvector_to_array({vector})) AS w)"
_points = (
    "ARRAY(SELECT t.knowledgepoint_id FROM resources_resource_knowledge_points t"
    " WHERE t.resource_id = {rid} ORDER BY t.knowledgepoint_id)"
)

CREATE = f"""
CREATE TABLE resources_search_entry (
    id bigint PRIMARY KEY,
    title varchar(255) NOT NULL,
    major_id bigint,
    course_id bigint,
    module_id bigint,
    organisation_id bigint,
    school_id bigint,
    resource_type varchar(16) NOT NULL,
    source varchar(16) NOT NULL,
    visibility varchar(16) NOT NULL,
    live boolean NOT NULL,
    deleted_at timestamptz,
    first_published_at timestamptz,
    view_count integer NOT NULL,
    download_count integer NOT NULL,
    knowledge_point_ids bigint[] NOT NULL DEFAULT '{{}}',
    words integer[] NOT NULL DEFAULT '{{}}'
);

CREATE FUNCTION resources_search_word(word text) RETURNS integer
    LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
    RETURN ('x' || left(md5(word), 8))::bit(32)::integer;

INSERT INTO resources_search_entry (id, {_columns}, knowledge_point_ids, words)
SELECT r.id, {", ".join(f"r.{c}" for c in MIRRORED)}, {_points.format(rid="r.id")},
    {_words.format(vector="COALESCE(r.search_vector, '')")}
FROM resources_resource r;

CREATE INDEX resources_search_entry_words ON resources_search_entry USING gin (words);

-- Every insert, update and delete of a resource row, whoever makes it, reaches its search row. An update
-- that changes none of the copied columns (a view counted twice in a row is not that) writes nothing; the
-- words are hashed again only when the vector changed.
CREATE FUNCTION resources_search_entry_sync() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'DELETE' THEN
        DELETE FROM resources_search_entry WHERE id = OLD.id;
        RETURN NULL;
    END IF;
    INSERT INTO resources_search_entry AS e (id, {_columns}) VALUES (NEW.id, {_new})
    ON CONFLICT (id) DO UPDATE SET {_set}
    WHERE ({_old_row}) IS DISTINCT FROM ({_new_row});
    IF TG_OP = 'INSERT' OR NEW.search_vector IS DISTINCT FROM OLD.search_vector THEN
        UPDATE resources_search_entry SET words = {_words.format(vector="COALESCE(NEW.search_vector, '')")}
        WHERE id = NEW.id;
    END IF;
    RETURN NULL;
END
$$;
CREATE TRIGGER resources_search_entry_sync AFTER INSERT OR UPDATE OR DELETE ON resources_resource
    FOR EACH ROW EXECUTE FUNCTION resources_search_entry_sync();

-- The knowledge point links of a resource, as a sorted array (facet by unnest, filter by @>).
CREATE FUNCTION resources_search_entry_points() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP IN ('UPDATE', 'DELETE') THEN
        UPDATE resources_search_entry SET knowledge_point_ids = {_points.format(rid="OLD.resource_id")}
        WHERE id = OLD.resource_id;
    END IF;
    IF TG_OP IN ('INSERT', 'UPDATE') THEN
        UPDATE resources_search_entry SET knowledge_point_ids = {_points.format(rid="NEW.resource_id")}
        WHERE id = NEW.resource_id;
    END IF;
    RETURN NULL;
END
$$;
CREATE TRIGGER resources_search_entry_points AFTER INSERT OR UPDATE OR DELETE ON resources_resource_knowledge_points
    FOR EACH ROW EXECUTE FUNCTION resources_search_entry_points();
"""

DROP = """
DROP TRIGGER resources_search_entry_points ON resources_resource_knowledge_points;
DROP TRIGGER resources_search_entry_sync ON resources_resource;
DROP FUNCTION resources_search_entry_points();
DROP FUNCTION resources_search_entry_sync();
DROP TABLE resources_search_entry;
DROP FUNCTION resources_search_word(text);
"""


def forwards(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(CREATE, params=None)  # no parameters: several statements in one


def backwards(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(DROP, params=None)


class Migration(migrations.Migration):
    dependencies = [
        ("resources", "0002_search_index_and_default_workflow"),
    ]

    operations = [
        migrations.SeparateDatabaseAndState(
            database_operations=[migrations.RunPython(forwards, backwards)],
            state_operations=[
                migrations.CreateModel(
                    name="ResourceSearchEntry",
                    fields=[
                        ("id", models.BigIntegerField(primary_key=True, serialize=False)),
                        ("title", models.CharField(max_length=255)),
                        ("major_id", models.BigIntegerField(null=True)),
                        ("course_id", models.BigIntegerField(null=True)),
                        ("module_id", models.BigIntegerField(null=True)),
                        ("organisation_id", models.BigIntegerField(null=True)),
                        ("school_id", models.BigIntegerField(null=True)),
                        ("resource_type", models.CharField(max_length=16)),
                        ("source", models.CharField(max_length=16)),
                        ("visibility", models.CharField(max_length=16)),
                        ("live", models.BooleanField()),
                        ("deleted_at", models.DateTimeField(null=True)),
                        ("first_published_at", models.DateTimeField(null=True)),
                        ("view_count", models.IntegerField()),
                        ("download_count", models.IntegerField()),
                        (
                            "knowledge_point_ids",
                            django.contrib.postgres.fields.ArrayField(
                                base_field=models.BigIntegerField(), default=list, size=None
                            ),
                        ),
                        (
                            "words",
                            django.contrib.postgres.fields.ArrayField(
                                base_field=models.IntegerField(), default=list, size=None
                            ),
                        ),
                    ],
                    options={"db_table": "resources_search_entry", "managed": False},
                ),
            ],
        ),
    ]
