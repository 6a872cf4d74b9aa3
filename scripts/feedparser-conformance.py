#!/usr/bin/env python3
"""Newsroom against feedparser's well-formed feed tests, on the fields Newsroom has.

    python3 scripts/feedparser-conformance.py CHECKOUT [--newsroom BIN] [--failures] [--feedparser]

CHECKOUT is a checkout of github.com/kurtmckee/feedparser (its files are read there, never
copied here). Every tests/wellformed/*/*.xml states its expectation in a comment:

    Expect: not bozo and entries[0]['title'] == 'Example'

The expectation is a Python expression over feedparser's result. A test is "mapped" when
every key it reads has a Newsroom counterpart (the table in MAPPED below); the runner
then evaluates it over a feedparser-shaped view of `newsroom parse FILE --json`. Left out:
sanitize/ (HTML sanitizing: Newsroom's output is plain text), http/ and tests with a
`Header:` or named http_* (they need HTTP response headers or the URL they were served from),
cdf/ (not a format Newsroom reads), base/ tests on anything but links and ids, inline
SVG/MathML values, tags past the first (Newsroom keeps one section), and every key Newsroom
does not model (language, xml:base, content types, namespaces, contributors, iTunes
images and flags, GeoRSS, ...).

How values compare: feedparser keeps HTML, Newsroom plain text. A text field matches when,
whitespace collapsed, it equals the expected string or the expected string's text (tags
stripped, entities decoded). Dates compare as instants (`*_parsed` as UTC struct_time, the
raw strings after parsing them with Python's RFC 822 / ISO 8601 readers).

--feedparser scores the installed feedparser module on the same subset, for comparison.
"""

from __future__ import annotations

import argparse
import ast
import datetime
import email.utils
import html
import html.parser
import json
import pathlib
import re
import subprocess
import sys
import time

EXPECT = re.compile(r"Description:\s*(.*?)\s*Expect:\s*(.*)\s*-->", re.S)
# sanitize/: HTML sanitizing (Newsroom's output is plain text); http/: HTTP conditions;
# cdf/: Microsoft's Channel Definition Format, which Newsroom does not read.
SKIPPED_DIRECTORIES = {"sanitize", "http", "cdf"}
# Expected values that are inline SVG or MathML: pictures and formulas, not text to compare.
NOT_TEXT = re.compile(r"<(svg|math)\b")
# Tests that need the HTTP response's headers (Content-Location, the document's URI).
HEADER = re.compile(r"^Header:", re.M)
# base/ tests resolve relative URIs: plain text shows that only for links and ids (an
# anchor's resolved href inside HTML content is not part of the text compared).
BASE_KEYS = re.compile(r"\['(link|id)'\]")

# Key paths (feed / entries, '#' for a list index) that Newsroom has a field for.
MAPPED = {
    "feed": {"title", "title_detail.value", "link", "subtitle", "subtitle_detail.value", "tagline",
             "tagline_detail.value", "description", "updated", "updated_parsed", "modified",
             "modified_parsed"},
    "entries": {"title", "title_detail.value", "link", "id", "guid", "summary", "summary_detail.value",
                "description", "content.#.value", "author", "author_detail.name", "author_detail.email",
                "authors.#.name", "authors.#.email", "published", "published_parsed", "issued",
                "issued_parsed", "created", "created_parsed", "updated", "updated_parsed", "modified",
                "modified_parsed", "category", "tags.#.term", "enclosures.#.href"},
}
ALLOWED_NAMES = {"bozo", "feed", "entries", "len"}


def key_paths(tree: ast.AST):
    """Every outermost subscript chain as (root name, 'key.#.key') - None when not constant."""
    inner = {id(n.value) for n in ast.walk(tree) if isinstance(n, ast.Subscript)}
    for node in ast.walk(tree):
        if not isinstance(node, ast.Subscript) or id(node) in inner:
            continue
        parts = []
        while isinstance(node, ast.Subscript):
            key = node.slice
            if not isinstance(key, ast.Constant):
                yield None
                break
            if isinstance(key.value, int):
                # Newsroom keeps one section: only the first tag has a counterpart.
                if parts and parts[-1] == "term" and key.value != 0:
                    yield None
                    break
                parts.append("#")
            else:
                parts.append(str(key.value))
            node = node.value
        else:
            if not isinstance(node, ast.Name):
                yield None
                continue
            parts.reverse()
            if node.id == "entries" and parts and parts[0] == "#":
                parts = parts[1:]
            yield node.id, ".".join(parts)


def is_mapped(expression: str) -> bool:
    try:
        tree = ast.parse(expression, mode="eval")
    except SyntaxError:
        return False
    names = {n.id for n in ast.walk(tree) if isinstance(n, ast.Name)}
    if not names <= ALLOWED_NAMES or not names & {"feed", "entries"} or NOT_TEXT.search(expression):
        return False
    for node in ast.walk(tree):
        if isinstance(node, ast.Attribute):
            return False
        if isinstance(node, ast.Call) and not (isinstance(node.func, ast.Name) and node.func.id == "len"):
            return False
        if isinstance(node, ast.Compare) and any(isinstance(op, (ast.In, ast.NotIn)) for op in node.ops):
            return False
    for path in key_paths(tree):
        if path is None or path[0] not in MAPPED or path[1] not in MAPPED[path[0]]:
            return False
    return True


class _TextOf(html.parser.HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.parts, self.skip = [], 0

    def handle_starttag(self, tag, attrs):
        if tag in ("script", "style"):
            self.skip += 1
        elif tag in ("p", "div", "br", "li", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "pre"):
            self.parts.append(" ")

    def handle_endtag(self, tag):
        if tag in ("script", "style"):
            self.skip = max(0, self.skip - 1)
        elif tag in ("p", "div", "li", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "pre"):
            self.parts.append(" ")

    def handle_data(self, data):
        if not self.skip:
            self.parts.append(data)


def collapse(text: str) -> str:
    return " ".join(text.split())


def text_of(markup: str) -> str:
    parser = _TextOf()
    parser.feed(markup)
    parser.close()
    return collapse("".join(parser.parts))


class Text(str):
    """Newsroom's plain text, equal to feedparser's HTML or text for the same content."""

    __hash__ = str.__hash__

    def __eq__(self, other):
        if not isinstance(other, str):
            return NotImplemented
        ours = collapse(str(self))
        return ours == collapse(other) or ours == text_of(other) or ours == collapse(html.unescape(other))

    def __ne__(self, other):
        result = self.__eq__(other)
        return result if result is NotImplemented else not result


def parse_any_date(text: str):
    text = text.strip()
    try:
        value = email.utils.parsedate_to_datetime(text)
        if value is not None:
            return value if value.tzinfo else value.replace(tzinfo=datetime.timezone.utc)
    except (TypeError, ValueError, IndexError):
        pass
    try:
        value = datetime.datetime.fromisoformat(text)
        return value if value.tzinfo else value.replace(tzinfo=datetime.timezone.utc)
    except ValueError:
        return None


class DateText(str):
    """A date Newsroom read, equal to a raw date string that names the same instant."""

    __hash__ = str.__hash__

    def __eq__(self, other):
        if not isinstance(other, str):
            return NotImplemented
        theirs = parse_any_date(other)
        return theirs is not None and theirs == datetime.datetime.fromisoformat(str(self))

    def __ne__(self, other):
        result = self.__eq__(other)
        return result if result is NotImplemented else not result


def put_date(target: dict, names, iso):
    if not iso:
        return
    utc = datetime.datetime.fromisoformat(iso).astimezone(datetime.timezone.utc)
    for name in names:
        target[name] = DateText(iso)
        target[name + "_parsed"] = time.struct_time(utc.timetuple()[:8] + (0,))


def put_text(target: dict, names, value):
    # Newsroom writes null for an empty value where feedparser keeps "".
    value = "" if value is None else value
    for name in names:
        if name.endswith("_detail"):
            target[name] = {"value": Text(value)}
        else:
            target[name] = Text(value)


def feedparser_view(result: dict):
    """`newsroom parse --json` output shaped like feedparser's result, for MAPPED keys."""
    source = result["feed"]
    feed: dict = {}
    put_text(feed, ("title", "title_detail"), source.get("title"))
    put_text(feed, ("link",), source.get("link"))
    put_text(feed, ("subtitle", "subtitle_detail", "tagline", "tagline_detail", "description"),
             source.get("description"))
    put_date(feed, ("updated", "modified"), source.get("updated"))
    entries = []
    for article in result["articles"]:
        entry: dict = {}
        put_text(entry, ("title", "title_detail"), article.get("title"))
        put_text(entry, ("link",), article.get("link"))
        put_text(entry, ("id", "guid"), article.get("guid"))
        put_text(entry, ("summary", "summary_detail", "description"), article.get("teaser"))
        if article.get("body"):
            entry["content"] = [{"value": Text(" ".join(article["body"]))}]
        contacts = article.get("contacts") or []
        if contacts:
            people = []
            for contact in contacts:
                person = {"name": Text(contact["name"])}
                if contact.get("email"):
                    person["email"] = Text(contact["email"])
                people.append(person)
            entry["authors"] = people
            entry["author_detail"] = people[0]
            first = contacts[0]
            if first.get("email") and first["email"] != first["name"]:
                entry["author"] = Text(f"{first['name']} ({first['email']})")
            else:
                entry["author"] = Text(first["name"])
        put_date(entry, ("published", "issued", "created"), article.get("published"))
        put_date(entry, ("updated", "modified"), article.get("updated") or article.get("published"))
        if article.get("section") is not None:
            entry["category"] = Text(article["section"])
            entry["tags"] = [{"term": Text(article["section"])}]
        if article.get("enclosures"):
            entry["enclosures"] = [{"href": Text(url)} for url in article["enclosures"]]
        entries.append(entry)
    return {"bozo": False, "feed": feed, "entries": entries}


def collect(checkout: pathlib.Path):
    tests = []
    for path in sorted((checkout / "tests" / "wellformed").glob("*/*.xml")):
        if path.parent.name in SKIPPED_DIRECTORIES:
            continue
        text = path.read_bytes().decode("utf-8", "ignore")
        found = EXPECT.search(text)
        if not found or HEADER.search(text) or path.name.startswith("http_") or not is_mapped(found.group(2).strip()):
            continue
        if path.parent.name == "base" and not BASE_KEYS.search(found.group(2)):
            continue
        if True:
            tests.append((path, found.group(1).strip(), found.group(2).strip()))
    return tests


def check(view: dict, expression: str) -> bool:
    try:
        return bool(eval(expression, {"__builtins__": {"len": len}}, view))
    except Exception:
        return False


def run_newsroom(binary: str, path: pathlib.Path):
    completed = subprocess.run([binary, "parse", str(path), "--json"], capture_output=True, timeout=30)
    if completed.returncode != 0:
        return None, completed.stderr.decode("utf-8", "replace").strip()
    return feedparser_view(json.loads(completed.stdout)), None


def main() -> int:
    arguments = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    arguments.add_argument("checkout", type=pathlib.Path, help="a checkout of kurtmckee/feedparser")
    arguments.add_argument("--newsroom", default=None, help="the newsroom binary (default: $NEWSROOM_BIN or newsroom)")
    arguments.add_argument("--failures", action="store_true", help="print every failing test")
    arguments.add_argument("--feedparser", action="store_true", help="also score the installed feedparser")
    options = arguments.parse_args()
    if not (options.checkout / "tests" / "wellformed").is_dir():
        print(f"feedparser-conformance: no tests/wellformed in {options.checkout}", file=sys.stderr)
        return 2
    import os
    binary = options.newsroom or os.environ.get("NEWSROOM_BIN") or "newsroom"
    tests = collect(options.checkout)
    failures = []
    for path, description, expression in tests:
        view, error = run_newsroom(binary, path)
        if view is None or not check(view, expression):
            failures.append((path, description, expression, error))
    passed = len(tests) - len(failures)
    if options.failures:
        for path, description, expression, error in failures:
            name = f"{path.parent.name}/{path.name}"
            print(f"FAIL {name}: {description}\n     expect {expression}" + (f"\n     error {error}" if error else ""))
    print(f"feedparser wellformed, mapped subset: newsroom {passed}/{len(tests)}")
    if options.feedparser:
        import feedparser  # only for the comparison figure

        ok = sum(check(dict(feedparser.parse(str(path))), expression) for path, _, expression in tests)
        print(f"feedparser wellformed, mapped subset: feedparser {feedparser.__version__} {ok}/{len(tests)}")
    return 0 if not failures else 1


if __name__ == "__main__":
    sys.exit(main())
