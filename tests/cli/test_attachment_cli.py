"""`trustjournal attach`, `attachments` and `list --json` with attachments, end to end."""

from __future__ import annotations

import json
from pathlib import Path

import piexif
from cli_kit import RunCli, assert_plain_failure, ok
from PIL import Image
from pypdf import PdfWriter


def _gps_jpeg(path: Path) -> Path:
    gps = {
        piexif.GPSIFD.GPSLatitudeRef: b"N",
        piexif.GPSIFD.GPSLatitude: ((51, 1), (30, 1), (0, 1)),
    }
    Image.new("RGB", (60, 40), (9, 99, 199)).save(
        path, "JPEG", exif=piexif.dump({"0th": {}, "Exif": {}, "GPS": gps})
    )
    return path


def test_attach_list_and_save_out_under_safe_names(unlocked: RunCli, tmp_path: Path) -> None:
    ok(unlocked("add", "a good day"))
    picture = _gps_jpeg(tmp_path / "home.jpg")
    odd = tmp_path / "-rf ..\\notes\n.txt"
    odd.write_text("plain words")
    said = ok(unlocked("attach", "1", str(picture), str(odd), "--caption", "harbour walk"))
    assert "Attached \u201chome.jpg\u201d to entry 1 as attachment 1." in said
    listed = json.loads(ok(unlocked("list", "--json")))
    attached = listed[0]["attachments"]
    assert [(a["id"], a["name"], a["type"]) for a in attached] == [
        (1, "home.jpg", "image/jpeg"),
        (2, "-rf .._notes_.txt", "text/plain"),
    ]
    assert all(a["size"] > 0 and a["caption"] == "harbour walk" for a in attached)
    assert json.loads(ok(unlocked("list", "--json", "--search", "harbour")))[0]["id"] == 1

    out = tmp_path / "out"
    out.mkdir()
    (out / "home.jpg").write_text("a file already there")
    said = ok(unlocked("attachments", "1", "--save-to", str(out)))
    assert "#1  home.jpg  image/jpeg" in said
    assert sorted(p.name for p in out.iterdir()) == [
        "-rf .._notes_.txt",
        "home (2).jpg",
        "home.jpg",
    ]
    assert (out / "home.jpg").read_text() == "a file already there"
    assert (out / "-rf .._notes_.txt").read_text() == "plain words"
    assert piexif.load(str(out / "home (2).jpg"))["GPS"] == {}
    assert (out / "home (2).jpg").stat().st_mode & 0o777 == 0o600


def test_one_file_refused_attaches_none_and_names_it(unlocked: RunCli, tmp_path: Path) -> None:
    ok(unlocked("add", "a day"))
    good = tmp_path / "fine.txt"
    good.write_text("fine")
    folder = tmp_path / "holiday"
    folder.mkdir()
    result = unlocked("attach", "1", str(good), str(folder))
    assert_plain_failure(result, "\u201choliday\u201d is a folder, not a file")
    assert "Attached" not in result.stdout
    assert json.loads(ok(unlocked("attachments", "1", "--json"))) == []


def test_a_wrong_entry_or_folder_is_one_plain_sentence(unlocked: RunCli, tmp_path: Path) -> None:
    good = tmp_path / "fine.txt"
    good.write_text("fine")
    assert_plain_failure(unlocked("attach", "7", str(good)), "")
    ok(unlocked("add", "a day"))
    assert_plain_failure(
        unlocked("attachments", "1", "--save-to", str(tmp_path / "nowhere")), "nowhere"
    )
    assert "no attachments" in ok(unlocked("attachments", "1"))


def test_a_locked_pdf_is_attached_and_says_its_author_stayed(
    unlocked: RunCli, tmp_path: Path
) -> None:
    writer = PdfWriter()
    writer.add_blank_page(100, 100)
    writer.encrypt("open sesame")
    locked = tmp_path / "scan.pdf"
    with locked.open("wb") as handle:
        writer.write(handle)
    ok(unlocked("add", "a day"))
    said = ok(unlocked("attach", "1", str(locked)))
    assert "author fields could not be removed" in said


def test_an_export_can_leave_every_picture_out_and_plain_text_names_them(
    unlocked: RunCli, tmp_path: Path
) -> None:
    ok(unlocked("add", "a good day"))
    ok(unlocked("attach", "1", str(_gps_jpeg(tmp_path / "home.jpg")), "--caption", "harbour"))
    text = tmp_path / "notes.txt"
    ok(unlocked("export", "--format", "txt", "-o", str(text)))
    assert "Picture: home.jpg\n  harbour\n" in text.read_text("utf-8")
    page = tmp_path / "notes.html"
    ok(unlocked("export", "--format", "html", "-o", str(page), "--no-pictures"))
    written = page.read_text("utf-8")
    assert "a good day" in written and "<img" not in written and "harbour" not in written
