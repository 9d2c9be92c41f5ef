"""AVG/GDPR: erasure that leaves no trace, erasing again after a restore, exports, retention."""

from __future__ import annotations

import ast
import io
import json
import sqlite3
import zipfile
from datetime import date, datetime, time
from pathlib import Path
from typing import Any

import stellenstof_desktop
from stellenstof_desktop.content import Method, load_method
from stellenstof_desktop.domain import CoupleInput, NoteKind, PartnerInput, SessionInput
from stellenstof_desktop.paths import DB_FILENAME, resource_path
from stellenstof_desktop.services.container import Services, open_services
from stellenstof_desktop.services.couples import CoupleService
from stellenstof_desktop.services.privacy import ERASED_MIRROR
from stellenstof_desktop.store.backup import backup_file, restore_backup
from tests.sample_session import make_sample

TRACES = (
    "Sanne & Joost de Vries",
    "sanne@example.nl",
    "GEHEIM-PRIVENOTITIE",
    "GEHEIM-OBSERVATIE",
    "GEHEIM-VERBORGEN-VOORKEUR",
    "GEDEELD-NOTITIE",
    "GEDEELD-BESLUIT",
    "GEDEELD-AFSPRAAK",
    "Naar het bos",
)


def _method() -> Method:
    return load_method("nl", resource_path("content"), Path("/nonexistent")).method


def _files(data_dir: Path) -> list[Path]:
    return [p for p in data_dir.iterdir() if p.name.startswith(DB_FILENAME)]


def _traces(files: list[Path]) -> list[str]:
    found = []
    for path in files:
        content = path.read_bytes()
        found += [f"{path.name}: {t}" for t in TRACES if t.encode("utf-8") in content]
    return found


def _other_couple(services: Services) -> int:
    couple = services.couples.create(
        CoupleInput("Blijft & Bestaan", (PartnerInput("Ria"), PartnerInput("Kees")))
    )
    session = services.sessions.create(
        couple.id,
        SessionInput(date(2026, 5, 1), None, 60, frozenset(p.id for p in couple.partners)),
    )
    services.notes.save(session.id, NoteKind.SHARED, "BLIJFT-STAAN")
    return couple.id


def test_erasure_leaves_no_trace_in_the_database_files(services: Services, data_dir: Path) -> None:
    sample = make_sample(services)
    other = _other_couple(services)
    assert _traces(_files(data_dir))  # the test can see the text before
    services.privacy.erase_couple(sample.couple_id, datetime(2026, 6, 3, 12, 0))
    files = _files(data_dir)
    assert {p.name for p in files} >= {DB_FILENAME}
    assert _traces(files) == []
    assert [c.id for c in services.couples.list()] == [other]
    assert b"BLIJFT-STAAN" in b"".join(p.read_bytes() for p in files)
    with sqlite3.connect(data_dir / DB_FILENAME) as conn:
        assert conn.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
        for table in ("sessions", "notes", "answers", "exercises", "exercise_entries", "partners"):
            orphans = conn.execute(
                f"SELECT count(*) FROM {table} WHERE "
                + (
                    "couple_id NOT IN (SELECT id FROM couples)"
                    if table in ("sessions", "partners")
                    else "1=0"
                )
            ).fetchone()
            assert orphans == (0,)
    conn.close()
    mirror = json.loads((data_dir / ERASED_MIRROR).read_text(encoding="utf-8"))
    assert mirror["gewist"] == [{"stel_id": sample.couple_id, "gewist_op": "2026-06-03T12:00:00"}]
    assert not any(t in json.dumps(mirror) for t in TRACES)


def test_a_restored_backup_is_erased_again(services: Services, data_dir: Path) -> None:
    sample = make_sample(services)
    other = _other_couple(services)
    old = backup_file(services.db.path, data_dir / "backups" / "oud.db")
    services.privacy.erase_couple(sample.couple_id)
    services.db.close()

    restore_backup(old, data_dir / DB_FILENAME, data_dir / "backups")
    assert _traces(_files(data_dir))  # the backup brought them back...
    reopened = open_services(data_dir)
    try:
        assert reopened.privacy.erase_again() == [sample.couple_id]  # ...and they go again
        assert [c.id for c in reopened.couples.list()] == [other]
        assert _traces(_files(data_dir)) == []
        assert [e.couple_id for e in reopened.privacy.erased()] == [sample.couple_id]
        assert reopened.privacy.erase_again() == []  # nothing more to do
    finally:
        reopened.db.close()


def test_erasing_again_works_from_the_mirror_alone(services: Services, data_dir: Path) -> None:
    """A damaged database cannot tell which couples were erased; the mirror file can."""
    sample = make_sample(services)
    old = backup_file(services.db.path, data_dir / "backups" / "oud.db")
    services.privacy.erase_couple(sample.couple_id)
    services.db.close()
    (data_dir / DB_FILENAME).unlink()
    restore_backup(old, data_dir / DB_FILENAME, data_dir / "backups", keep_current=False)
    reopened = open_services(data_dir)
    try:
        assert reopened.privacy.erase_again() == [sample.couple_id]
        assert [e.couple_id for e in reopened.privacy.erased()] == [sample.couple_id]
    finally:
        reopened.db.close()


def _couple_deletes(source: str) -> list[str]:
    """The calls in `source` that delete a couple: `x.delete(<couple>)` or `delete(Couple)`."""
    found = []
    for node in ast.walk(ast.parse(source)):
        if not isinstance(node, ast.Call) or not node.args:
            continue
        name = node.func.attr if isinstance(node.func, ast.Attribute) else ast.unparse(node.func)
        if name == "delete" and "couple" in ast.unparse(node.args[0]).lower():
            found.append(ast.unparse(node))
    return found


def test_erasing_is_the_only_way_to_delete_a_couple() -> None:
    """A couple deleted any other way would skip the scrub and the list, and come back."""
    package = Path(stellenstof_desktop.__file__).parent
    deleting = {
        path.relative_to(package).as_posix()
        for path in package.rglob("*.py")
        if _couple_deletes(path.read_text(encoding="utf-8"))
    }
    assert deleting == {"services/privacy.py"}
    assert not [
        name
        for name in dir(CoupleService)
        if any(word in name for word in ("delete", "erase", "remove"))
    ]


def test_a_new_couple_never_gets_an_erased_id(services: Services) -> None:
    first = services.couples.create(CoupleInput("Eerste", (PartnerInput("A"),)))
    last = services.couples.create(CoupleInput("Laatste", (PartnerInput("B"),)))
    services.privacy.erase_couple(last.id)
    new = services.couples.create(CoupleInput("Nieuw", (PartnerInput("C"),)))
    assert new.id not in (first.id, last.id) and new.id > last.id


def _export_zip(data: bytes) -> tuple[dict[str, Any], list[str]]:
    import io

    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        names = archive.namelist()
        content = json.loads(archive.read("gegevens.json"))
    return content, names


def test_couple_export_holds_everything_and_the_summaries(services: Services) -> None:
    sample = make_sample(services)
    export = services.privacy.export_couple(sample.couple_id, _method(), datetime(2026, 6, 3))
    content, names = _export_zip(export.zip_bytes())
    text = json.dumps(content, ensure_ascii=False)
    for marker in ("GEHEIM-PRIVENOTITIE", "GEHEIM-OBSERVATIE", "GEHEIM-ONTHULD-NIET", "sanne@"):
        assert marker in text
    assert content["export"]["soort"] == "stel"
    assert len(content["sessies"]) == 4
    assert sum(name.startswith("verslagen/") for name in names) == 4
    assert all(pdf.startswith(b"%PDF") for pdf in export.pdfs.values())
    hidden = [a for s in content["sessies"] for a in s["antwoorden"] if a.get("nog_niet_getoond")]
    assert hidden and hidden[0]["van"] == "Sanne"
    question = next(
        a
        for s in content["sessies"]
        for a in s["antwoorden"]
        if a.get("tekst", "").startswith("GEDEELD-PATROON")
    )
    assert question["vraag"] and question["onderdeel"].startswith("1 ·")
    assert services.privacy.export_name(sample.couple_id, None, date(2026, 6, 3)) == (
        "export-sanne-joost-de-vries-2026-06-03.zip"
    )


def test_partner_export_leaves_out_what_is_the_other_partners_alone(
    services: Services,
) -> None:
    sample = make_sample(services)
    sanne, joost = sample.partner_ids
    alone = services.sessions.create(
        sample.couple_id, SessionInput(date(2026, 6, 20), time(10), 60, frozenset({sanne}))
    )
    services.notes.save(alone.id, NoteKind.SHARED, "ALLEEN-SANNE-SESSIE")
    joost_export = services.privacy.export_partner(sample.couple_id, joost, _method())
    text = json.dumps(joost_export.data, ensure_ascii=False)
    for left_out in (
        "ALLEEN-SANNE-SESSIE",  # a session Sanne attended alone
        "GEHEIM-ONTHULD-NIET",  # Sanne's hidden answer
        "GEDEELD-SANNE-AANDEEL",  # Sanne's hidden-first answer, even though revealed
        "GEHEIM-VERBORGEN-VOORKEUR",  # Sanne's hidden exercise preference
        "Naar het bos",  # Sanne's exercise entry
        "GEDEELD-AFSPRAAK",  # an agreement for Sanne alone
        "GEHEIM-PRIVENOTITIE",  # the coach's private note
        "GEHEIM-OBSERVATIE",  # the coach's observation
        "sanne@example.nl",
    ):
        assert left_out not in text, left_out
    for kept in (
        "GEDEELD-PATROON",  # a shared answer
        "GEDEELD-NOTITIE",
        "GEDEELD-BESLUIT",
        "GEDEELD-JOOST-OPLEVERT",  # Joost's own answer
        "Pannenkoeken eten",  # Joost's own exercise entry
        "GEHEIM-GESTOPT voorkeur",  # Joost's own, from a stopped exercise
        "joost@example.nl",
    ):
        assert kept in text, kept
    assert joost_export.pdfs == {}
    assert joost_export.data["export"]["voor"] == "Joost"
    sanne_export = services.privacy.export_partner(sample.couple_id, sanne, _method())
    assert "ALLEEN-SANNE-SESSIE" in json.dumps(sanne_export.data, ensure_ascii=False)
    assert len(sanne_export.data["sessies"]) == len(joost_export.data["sessies"]) + 1


def test_retention_lists_couples_without_a_recent_session(services: Services) -> None:
    sample = make_sample(services, today=date(2024, 1, 10))  # last session 2024-01-10
    recent = services.couples.create(CoupleInput("Recent", (PartnerInput("A"),)))
    services.sessions.create(
        recent.id, SessionInput(date(2026, 1, 1), None, 60, frozenset({recent.partners[0].id}))
    )
    privacy = services.privacy
    assert privacy.retention_months() == 24
    assert privacy.retention_due(date(2026, 1, 9)) == []
    (due,) = privacy.retention_due(date(2026, 1, 11))
    assert (due.couple_id, due.last_session) == (sample.couple_id, date(2024, 1, 10))
    privacy.keep([sample.couple_id], date(2026, 1, 11))
    assert privacy.retention_due(date(2027, 12, 31)) == []  # kept: two more years
    assert [r.couple_id for r in privacy.retention_due(date(2028, 1, 5))] == [recent.id]
    assert {r.couple_id for r in privacy.retention_due(date(2028, 1, 12))} == {
        sample.couple_id,
        recent.id,
    }
    privacy.set_retention_months(6)
    assert privacy.retention_months() == 6
    assert [r.couple_id for r in privacy.retention_due(date(2026, 7, 2))] == [recent.id]


def test_erasing_a_couple_removes_its_private_copies(services: Services) -> None:
    from stellenstof_desktop.files import PrivateFolder, write_atomic
    from stellenstof_desktop.paths import private_dir

    sample = make_sample(services)
    private = PrivateFolder(private_dir())
    theirs, others = private.new_folder(sample.couple_id), private.new_folder(sample.couple_id + 1)
    write_atomic(theirs / "verslag.pdf", b"%PDF Sanne")
    write_atomic(others / "verslag.pdf", b"%PDF iemand anders")
    services.privacy.erase_couple(sample.couple_id)
    assert not theirs.exists()
    assert (others / "verslag.pdf").exists()  # another couple's copy stays
    mirror = services.db.path.parent / ERASED_MIRROR
    assert oct(mirror.stat().st_mode & 0o777) == "0o600"
    assert [p.name for p in mirror.parent.iterdir() if p.name.endswith(".tmp")] == []


def test_the_export_speaks_the_reports_language(services: Services) -> None:
    from dataclasses import replace

    sample = make_sample(services)
    services.profile.save(replace(services.profile.get(), report_language="en"))
    export = services.privacy.export_couple(sample.couple_id, _method(), datetime(2026, 6, 3))
    with zipfile.ZipFile(io.BytesIO(export.zip_bytes())) as archive:
        names = archive.namelist()
        content = json.loads(archive.read("data.json"))
    assert sum(name.startswith("reports/report-") for name in names) == 4
    assert not any(name.startswith("verslagen/") for name in names)
    assert "sessies" not in content and content["export"]["explanation"].startswith("All data")
    partner = services.privacy.export_partner(
        sample.couple_id, sample.partner_ids[0], _method(), datetime(2026, 6, 3)
    )
    assert partner.data_name == "data.json" and "Not included" in json.dumps(partner.data)
