"""Main article text: locate the article body, let trafilatura extract it, drop leftover noise.

trafilatura alone sometimes takes a whole column (sidebar lists of dated headlines, teasers of
related stories) or drops loose text that sits between <br>s instead of <p>s. So:
1. ``find_body``: the element holding most paragraph text (readability-style scoring: a
   paragraph credits its container fully and the next ancestors by 1/2, 1/3, 1/4).
2. ``paragraphize``: loose text runs inside it become <p>s.
3. trafilatura (favor_precision, no comments) extracts from that element alone.
4. ``clean_lines``: "Baca juga" inserts, bare timestamps, credit lines and repeats of the
   headline are removed.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from copy import deepcopy

from lxml import etree
from lxml import html as lxml_html
from trafilatura import bare_extraction

PARAGRAPH_TAGS = frozenset({"p", "pre", "blockquote"})
# Elements whose loose text (between <br>s) is treated as paragraphs.
CONTAINER_TAGS = frozenset({"div", "section", "article", "td", "main", "span", "font"})
INLINE_TAGS = frozenset(
    {
        "a",
        "b",
        "strong",
        "i",
        "em",
        "u",
        "span",
        "font",
        "sup",
        "sub",
        "small",
        "abbr",
        "cite",
        "q",
        "mark",
        "time",
        "big",
        "br",
    }
)
SKIP_TAGS = frozenset(
    {
        "script",
        "style",
        "noscript",
        "nav",
        "form",
        "button",
        "select",
        "iframe",
        "svg",
        "figure",
        "figcaption",
    }
)
# Usually page furniture, but some sites put the whole article in an <aside> or <header>:
# these are skipped only when they are mostly links.
FURNITURE_TAGS = frozenset({"header", "footer", "aside"})
# Class/id words of blocks that are never article text.
NOISE_HINT = re.compile(
    r"(^|[\s_-])(related|terkait|baca-?juga|bacajuga|read-?also|recommend|rekomendasi|populer|"
    r"popular|terpopuler|trending|sidebar|share|social|comment|komentar|newsletter|"
    r"advert|ads?|iklan|promo|footer|breadcrumb|tags?|caption|wp-caption|credit)([\s_-]|$)",
    re.I,
)
MIN_PARAGRAPH = 25  # characters of a text block worth counting
ANCESTOR_LEVELS = 4
MIN_BODY_CHARS = 300  # a shorter "body" is a caption or teaser on a page without article
MIN_PART_BLOCKS = 3  # paragraphs a body part needs before look-alike parts are added

BACA_JUGA = re.compile(
    r"^\W*(baca( juga| pula)?|simak( juga)?|lihat( juga)?|tonton( juga)?|artikel terkait|"
    r"berita terkait|read also|see also|also read)\b\s*[:：\-–—]",
    re.I,
)
BACA_JUGA_TAIL = re.compile(r"(?<=[.!?\"”])\s*(baca juga|baca pula|simak juga)\s*[:：].*$", re.I)
DATE_ONLY = re.compile(
    r"^[\W_]*((senin|selasa|rabu|kamis|jumat|jum'at|sabtu|minggu|ahad)\W+)?"
    r"\d{1,2}[/.\- ]+(\d{1,2}|[a-z]{3,9})[/.\- ]+\d{2,4}([\s,|]+(pukul\s+)?\d{1,2}[:.]\d{2}"
    r"(:\d{2})?)?\s*(wib|wita|wit)?[\W_]*$",
    re.I,
)
AD_LABEL = re.compile(
    r"^\W*(advertisement|advertorial|iklan|ads|sponsored|konten bersponsor|"
    r"scroll (down )?to (continue|read)( with content)?|lanjut(kan)? (baca|membaca)|"
    r"gulir untuk melanjutkan|continue reading)\W*$",
    re.I,
)
CREDIT = re.compile(
    r"^[\W_]*(penulis|editor|reporter|pewarta|fotografer|kontributor|redaksi|sumber foto|"
    r"foto|copyright|hak cipta|©)\s*[|:]",
    re.I,
)


def find_body(tree: lxml_html.HtmlElement) -> tuple[list[lxml_html.HtmlElement], int]:
    """The elements holding the article's paragraphs, in page order, and how many characters
    of paragraph text they hold; ([], 0) when there is no clear body.

    Usually one element. Pages that cut the body into parts between ads or embeds repeat
    the body element's markup (same tag and class under the same kind of parent): all such
    parts are taken.
    """
    scores: dict[lxml_html.HtmlElement, float] = {}
    blocks = list(_text_blocks(tree))
    for block, length in blocks:
        node = block.getparent() if block.tag in PARAGRAPH_TAGS else block
        # The container credits fully, its ancestors less and less, so a body made of
        # one wrapper per paragraph still beats the longest single paragraph.
        for level in range(1, ANCESTOR_LEVELS + 1):
            if node is None:
                break
            scores[node] = scores.get(node, 0.0) + length / level
            node = node.getparent()
    if not scores:
        return [], 0
    best = max(scores, key=lambda node: scores[node])
    if best.tag in {"body", "html"}:
        return [], 0
    signature = _signature(best)
    candidates = {best} | (
        {el for el in tree.iter(best.tag) if _signature(el) == signature}
        if best.get("class")
        else set()
    )
    inside: dict[lxml_html.HtmlElement, int] = {}
    count: dict[lxml_html.HtmlElement, int] = {}
    for block, length in blocks:
        for holder in (block, *block.iterancestors()):
            if holder in candidates:
                inside[holder] = inside.get(holder, 0) + length
                count[holder] = count.get(holder, 0) + 1
                break
    # Only a body of several paragraphs is looked for elsewhere: a lone best block with
    # look-alikes is a list of teasers or captions, not an article cut into parts.
    split = count.get(best, 0) >= MIN_PART_BLOCKS
    parts = [
        el
        for el in tree.iter(best.tag)
        if el in inside and (el is best or (split and inside[el] >= 2 * MIN_PARAGRAPH))
    ]
    return parts, sum(inside[el] for el in parts)


def _signature(node: lxml_html.HtmlElement) -> tuple:
    parent = node.getparent()
    return (
        node.tag,
        node.get("class"),
        parent.tag if parent is not None else None,
        parent.get("class") if parent is not None else None,
    )


def _text_blocks(tree: lxml_html.HtmlElement) -> Iterator[tuple[lxml_html.HtmlElement, int]]:
    """(element, characters) of paragraphs and of loose text directly inside containers.

    Subtrees that are never article text (navigation, asides, related lists) are skipped.
    """
    stack = [tree]
    while stack:
        node = stack.pop()
        if not isinstance(node.tag, str) or node.tag in SKIP_TAGS or _in_noise(node):
            continue
        if node.tag in PARAGRAPH_TAGS:
            length = len(" ".join(node.text_content().split()))
            if length >= MIN_PARAGRAPH and link_density(node) < 0.5:
                yield node, length
            continue
        if node.tag in CONTAINER_TAGS:
            loose = len((node.text or "").strip()) + sum(
                len((child.tail or "").strip()) for child in node
            )
            if loose >= MIN_PARAGRAPH:
                yield node, loose
        stack.extend(reversed(node))


def _in_noise(node: lxml_html.HtmlElement) -> bool:
    """A related/share/ads block: named so, and mostly links (a wrapper that merely has such
    a class but holds running text is kept)."""
    if node.tag == "article" and _is_card(node):
        return True
    hint = f"{node.get('class', '')} {node.get('id', '')}"
    if node.tag not in FURNITURE_TAGS and (not hint.strip() or not NOISE_HINT.search(hint)):
        return False
    return link_density(node) > 0.3


def _is_card(node: lxml_html.HtmlElement) -> bool:
    """One of several sibling <article>s: a teaser card of a list, not the story."""
    parent = node.getparent()
    return parent is not None and sum(1 for sibling in parent if sibling.tag == "article") >= 3


def link_density(node: lxml_html.HtmlElement) -> float:
    total = len(" ".join(node.text_content().split()))
    if not total:
        return 1.0
    linked = sum(len(" ".join(a.text_content().split())) for a in node.iter("a"))
    return linked / total


def paragraphize(container: lxml_html.HtmlElement) -> None:
    """Wrap loose text runs (text between <br>s and inline tags) of containers in <p>s."""
    for node in list(container.iter(*CONTAINER_TAGS)):
        loose = len((node.text or "").strip()) + sum(len((c.tail or "").strip()) for c in node)
        if loose >= MIN_PARAGRAPH:
            if node.tag in INLINE_TAGS:
                node.tag = "div"  # a <span> holding the whole article becomes a block
            _wrap_loose_text(node)


def _wrap_loose_text(node: lxml_html.HtmlElement) -> None:
    children = list(node)
    leading, node.text = node.text, None
    for child in children:
        node.remove(child)
    rebuilt: list[lxml_html.HtmlElement] = []
    paragraph: list = [leading or ""]  # text, then inline elements (whose tails follow them)

    def flush() -> None:
        text, *inline = paragraph
        if (text or "").strip() or any(isinstance(i.tag, str) and i.tag != "br" for i in inline):
            p = etree.Element("p")
            p.text = text
            for element in inline:
                if element.tag != "br":
                    p.append(element)
            rebuilt.append(p)
        paragraph[:] = [""]

    for child in children:
        tail, child.tail = child.tail, None
        if child.tag == "br":
            flush()
        elif isinstance(child.tag, str) and child.tag in INLINE_TAGS:
            paragraph.append(child)
        else:
            flush()
            rebuilt.append(child)
        if tail and tail.strip():
            if len(paragraph) > 1:
                paragraph[-1].tail = (paragraph[-1].tail or "") + tail
            else:
                paragraph[0] += tail
    flush()
    node.extend(rebuilt)


def extract_main_text(tree: lxml_html.HtmlElement, url: str | None, title: str | None) -> str:
    """The article's text, paragraphs separated by newlines; '' when there is none."""
    parts, body_chars = find_body(tree)
    if parts:
        doc = lxml_html.Element("html")
        container = etree.SubElement(etree.SubElement(doc, "body"), "div")
        for part in parts:
            container.append(deepcopy(part))
        paragraphize(container)
        text = _trafilatura_text(doc, url)
        if len(text) < 0.5 * body_chars and body_chars >= MIN_BODY_CHARS:
            # trafilatura rejected most of a real body (e.g. it looks like a list): take the
            # whole page instead of losing the article. A short "body" (a caption, a teaser:
            # pages with no article text) is not worth the whole page's teasers.
            text = _trafilatura_text(tree, url) or text
    else:
        text = _trafilatura_text(tree, url)
    return clean_lines(text, title)


def _trafilatura_text(tree: lxml_html.HtmlElement, url: str | None) -> str:
    result = bare_extraction(
        tree,
        url=url,
        favor_precision=True,
        include_comments=False,
        include_tables=False,
        with_metadata=False,
        fast=True,
    )
    assert not isinstance(result, dict)  # as_dict is off: a Document, or None
    return (result.text if result is not None else "") or ""


def clean_lines(text: str, title: str | None = None) -> str:
    """Drop inserts and page furniture that survive extraction, line by line."""
    title_key = _key(title) if title else None
    kept = []
    for line in text.splitlines():
        line = BACA_JUGA_TAIL.sub("", line).strip()
        if not line or BACA_JUGA.match(line) or DATE_ONLY.match(line) or AD_LABEL.match(line):
            continue
        if CREDIT.match(line) and len(line) < 120:
            continue
        if not re.search(r"[^\W\d_]{2}", line):  # numbers, bullets, punctuation only
            continue
        if title_key and _key(line) == title_key:
            continue
        kept.append(line)
    return "\n".join(kept)


def _key(text: str) -> str:
    return " ".join(re.findall(r"\w+", text.lower()))
