"""The export as one self-contained HTML file: inline CSS, every text escaped, each
picture inline, made for a screen (`for_screen`)."""

from __future__ import annotations

import base64
import functools
import html
import io
from dataclasses import dataclass
from typing import TYPE_CHECKING

from markdown_it import MarkdownIt

from trustjournal.core.exchange.markdown import keep_line_breaks
from trustjournal.core.exchange.model import ExportAttachment, ExportDocument
from trustjournal.core.exchange.redaction import WITHHELD
from trustjournal.core.exchange.texts import export as texts
from trustjournal.core.exchange.texts import summary
from trustjournal.core.exchange.texts.attachments import file_line, picture_words
from trustjournal.core.journal.attachments import resizing
from trustjournal.core.language.speaking import language_now

if TYPE_CHECKING:
    from PIL.Image import Image

STYLE = """
body { font-family: Georgia, 'DejaVu Serif', serif; color: #222; background: #fff;
       max-width: 46em; margin: 2em auto; padding: 0 1em; line-height: 1.5; }
h1 { font-size: 1.6em; color: #3b5566; margin-bottom: 0.2em; }
h2 { font-size: 1.3em; color: #3b5566; border-bottom: 1px solid #c9d6de;
     padding-bottom: 0.2em; margin-top: 2em; }
h3 { font-size: 1.05em; margin: 1.2em 0 0.3em; }
.period { font-weight: bold; }
.note { color: #555; font-style: italic; }
ul { padding-left: 1.3em; }
.entry { border-top: 1px solid #e3e9ed; margin-top: 1.5em; }
.withheld { color: #5a6a73; }
.details { color: #4a5d68; font-size: 0.92em; margin: 0.2em 0 0.6em; }
figure.picture { margin: 1em 0; }
figure.picture p { margin: 0; line-height: 100%; }  /* an image is not a line of text */
figure.picture img { display: block; max-width: 100%; height: auto; }
figure.picture figcaption { color: #4a5d68; font-size: 0.92em; margin-top: 0.3em; }
.file { color: #4a5d68; font-size: 0.92em; }
@media print { body { margin: 0; max-width: none; } .entry { break-inside: avoid-page; }
               figure.picture { break-inside: avoid; } }
"""
# A picture's longest side on the page, in pixels: the page is at most 46em wide (about
# 740 pixels), so this is sharp on a screen of twice the density, and a 12-megapixel
# photograph becomes a tenth of its bytes (benchmarks/RESULTS.md).
SCREEN_SIDE = 1600
# JPEG quality for a photograph seen on a screen at its size (the thumbnails' too): at 80
# the page is 12 % smaller, at 90 a third larger (benchmarks/RESULTS.md).
SCREEN_QUALITY = 85


@dataclass(frozen=True)
class ScreenPicture:
    """A picture as the page holds it: its media type, bytes and pixels' size."""

    media_type: str
    data: bytes
    width: int
    height: int


def _e(text: str) -> str:
    return html.escape(text, quote=True)


@functools.cache
def _markdown() -> MarkdownIt:
    """CommonMark with raw HTML shown as text, and no images or links: an image written
    as a web address would be fetched when the export is opened, telling its owner it
    was read, and the file stays one self-contained page."""
    return MarkdownIt("commonmark", {"html": False}).disable(["image", "link", "autolink"])


def body_html(body: str) -> str:
    """The entry's Markdown as HTML; anything written as HTML stays text, never markup."""
    rendered = str(_markdown().render(keep_line_breaks(body))).strip()
    return rendered.replace(_e(WITHHELD), f'<em class="withheld">{_e(WITHHELD)}</em>')


def for_screen(data: bytes) -> ScreenPicture | None:
    """The picture made for a screen: as it is kept when it is a JPEG or PNG no larger
    than SCREEN_SIDE (cleaned on the way in: decision 0007), else decoded at that size and
    written anew (JPEG, or PNG when it has few colours and that is smaller); None when it
    cannot be read, so a damaged picture is never put in the page broken."""
    head = resizing.header(data)
    if head is None:
        return None
    kind = _shown_as_kept(head)
    if kind:
        readable = resizing.readable(data)
        return ScreenPicture(kind, data, head.width, head.height) if readable else None
    pixels = resizing.fitted((head.width, head.height), SCREEN_SIDE)
    made = resizing.resized(data, pixels, SCREEN_QUALITY, _png)
    if made is None:
        return None
    return ScreenPicture(
        "image/jpeg" if made.jpeg else "image/png", made.data, made.width, made.height
    )


def _shown_as_kept(head: resizing.Header) -> str:
    """The media type a kept picture is shown with as it is, when every browser and Qt
    show it so (a PNG, a JPEG in grey or RGB) and it is no larger than SCREEN_SIDE; else
    "" (a WebP, a JPEG in CMYK, a larger picture)."""
    if max(head.width, head.height) > SCREEN_SIDE:
        return ""
    if head.kind == "PNG":
        return "image/png"
    return "image/jpeg" if head.kind == "JPEG" and head.mode in ("L", "RGB") else ""


def _png(indexed: Image) -> bytes:
    """A picture kept exactly on the page: a PNG of its own few colours."""
    out = io.BytesIO()
    indexed.save(out, "PNG", optimize=True)
    return out.getvalue()


def attachment_html(attachment: ExportAttachment) -> str:
    """A picture inline, made for a screen, as a data: address (the page stays one file
    that fetches nothing), sized to the page, its caption under it; any other file, and
    a picture that cannot be read, by name and size."""
    shown = for_screen(attachment.data) if attachment.is_picture else None
    if shown is None:
        return f'<p class="file">{_e(file_line(attachment))}</p>'
    encoded = base64.b64encode(shown.data).decode("ascii")
    size = f'width="{shown.width}" height="{shown.height}"'
    picture = (
        f'<img src="data:{shown.media_type};base64,{encoded}" {size}'
        f' alt="{_e(picture_words(attachment))}">'
    )
    caption = f"<figcaption>{_e(attachment.caption)}</figcaption>" if attachment.caption else ""
    # The picture in a paragraph of its own: Qt's rich text (the app's preview) knows no
    # <figure> and would set it beside the entry's last line.
    return f'<figure class="picture"><p>{picture}</p>{caption}</figure>'


def write_html(document: ExportDocument) -> str:
    out = [
        "<!DOCTYPE html>",
        f'<html lang="{_e(language_now().replace("_", "-"))}">',
        "<head>",
        '<meta charset="utf-8">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        '<meta name="robots" content="noindex">',
        f"<title>{_e(texts.TITLE)} \u2013 {_e(summary.period_text(document.period))}</title>",
        f"<style>{STYLE}</style>",
        "</head>",
        "<body>",
        f"<h1>{_e(texts.TITLE)}</h1>",
        f'<p class="period">{_e(summary.period_text(document.period))}</p>',
        f'<p class="note">{_e(texts.CONFIDENTIAL)}</p>',
    ]
    sections = summary.summary_sections(document)
    if sections:
        out.append(f'<section class="summary"><h2>{_e(texts.SUMMARY_HEADING)}</h2>')
        for section in sections:
            out.append(f"<h3>{_e(section.heading)}</h3>")
            out.append("<ul>" + "".join(f"<li>{_e(line)}</li>" for line in section.lines) + "</ul>")
        out.append("</section>")
    if document.chart is not None:
        out.append(f"<h2>{_e(texts.CHART_HEADING)}</h2>")
        out.append(f'<p class="note">{_e(texts.CHART_IN_PDF_ONLY)}</p>')
    out.append(f'<section class="entries"><h2>{_e(texts.ENTRIES_HEADING)}</h2>')
    if not document.entries:
        out.append(f"<p>{_e(texts.NO_ENTRIES)}</p>")
    for entry in document.entries:
        out.append(f'<article class="entry"><h3>{_e(summary.entry_heading(entry))}</h3>')
        details = summary.entry_details(entry)
        if details:
            out.append(f'<p class="details">{_e(" · ".join(details))}</p>')
        out.append(body_html(entry.body))
        out += [attachment_html(a) for a in document.attachments_of(entry.id)]
        out.append("</article>")
    out.append("</section>")
    out.append(f'<p class="note">{_e(summary.generated_line(document))}</p>')
    out += ["</body>", "</html>", ""]
    return "\n".join(out)
