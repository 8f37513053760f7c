"""Rows written before personal data was encrypted hold plain text: encrypt it, fill digests and paths."""

from django.db import migrations

from cms.core import crypto


def encrypt_existing(apps, schema_editor):
    with schema_editor.connection.cursor() as cursor:
        cursor.execute("SELECT id, phone, real_name FROM accounts_user")
        for pk, phone, real_name in cursor.fetchall():
            if (phone or "").startswith("g1:") or (real_name or "").startswith("g1:"):
                continue
            cursor.execute(
                "UPDATE accounts_user SET phone = %s, phone_digest = %s, real_name = %s, real_name_digest = %s "
                "WHERE id = %s",
                [
                    crypto.encrypt(phone or ""),
                    crypto.lookup_digest(phone or "", purpose="phone"),
                    crypto.encrypt(real_name or ""),
                    crypto.lookup_digest(real_name or "", purpose="real_name"),
                    pk,
                ],
            )
        cursor.execute("UPDATE accounts_organisation SET path = '/' || CAST(id AS VARCHAR(20)) || '/'")


class Migration(migrations.Migration):
    dependencies = [("accounts", "0002_identity")]

    operations = [migrations.RunPython(encrypt_existing, migrations.RunPython.noop)]
