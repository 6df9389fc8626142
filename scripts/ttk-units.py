#!/usr/bin/python3
"""Prints, as JSON, the units with source text that translate-toolkit finds in each file named.

An independent reader for the third-party reader tests (test/unit/formats/third-party/): for each
path, the list of unit ids and source texts (headers and units without source text left out).
Run with the fixture paths to refresh test/fixtures/<format>/third-party/ttk-units.json:

    /usr/bin/python3 scripts/ttk-units.py test/fixtures/xliff12/third-party/*.xlf > test/fixtures/xliff12/third-party/ttk-units.json
"""
import json
import os
import sys

from translate.storage import factory


XML_LANG = '{http://www.w3.org/XML/1998/namespace}lang'


def tmx_srclang(store):
    header = store.document.getroot().find('header')
    return (header.get('srclang') or '').lower() if header is not None else ''


def tmx_source(unit, srclang):
    """translate-toolkit takes a TMX unit's first <tuv> as its source; TMX says the header's srclang."""
    for node in unit.getlanguageNodes():
        if (node.get(XML_LANG) or node.get('lang') or '').lower() == srclang:
            return unit.getNodeText(node)
    return unit.source


def units_of(path):
    store = factory.getobject(path)
    srclang = tmx_srclang(store) if path.lower().endswith('.tmx') else ''
    out = []
    for unit in store.units:
        if unit.isheader():
            continue
        source = tmx_source(unit, srclang) if srclang else unit.source
        text = str(source) if source is not None else ''
        if text.strip() == '':
            continue
        ids = unit.getid() if hasattr(unit, 'getid') else ''
        out.append({'id': ids or '', 'source': text})
    return out


def main(paths):
    result = {}
    for path in paths:
        result[os.path.basename(path)] = units_of(path)
    json.dump(result, sys.stdout, ensure_ascii=False, indent=1, sort_keys=True)
    sys.stdout.write('\n')


if __name__ == '__main__':
    main(sys.argv[1:])
