"""Writes a labelled page set (corpus/ or blind/): each page as NAME.html in its encoding, and
manifest.json with the expected facts. Shared by corpus/generate.py and blind/generate.py."""
import json
import os


def add_page(pages, name, html, expected, encoding='utf-8'):
    """Appends a page to `pages`; its expected facts name its file and, unless UTF-8, its encoding
    ('gbk' pages are written in GB18030)."""
    expected = dict(expected)
    expected["file"] = name + ".html"
    if encoding != 'utf-8':
        expected["encoding"] = encoding
    pages.append((name, html, expected, encoding))


def write_pages(here, pages):
    """`pages`: (name, html, expected, encoding) tuples. A list page's newest_item defaults to
    the newest of its items' dates."""
    manifest = []
    for name, html, expected, encoding in pages:
        data = html.encode('gb18030' if encoding == 'gbk' else 'utf-8')
        with open(os.path.join(here, name + '.html'), 'wb') as out:
            out.write(data)
        if expected.get("is_list_page") and "newest_item" not in expected:
            dates = [i["date"] for i in expected.get("items", []) if i.get("date")]
            expected["newest_item"] = max(dates) if dates else None
        manifest.append(expected)
    names = [p[0] for p in pages]
    assert len(names) == len(set(names)), "duplicate page name"
    with open(os.path.join(here, 'manifest.json'), 'w', encoding='utf-8') as out:
        json.dump({"pages": manifest}, out, ensure_ascii=False, indent=1)
        out.write('\n')
    print('wrote %d pages' % len(pages))
