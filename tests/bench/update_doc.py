#!/usr/bin/env python3
"""Writes a benchmark's Markdown table into a document, between its <!-- results --> and
<!-- /results --> lines.  update_doc.py DOC RESULTS"""
import sys

doc, results = sys.argv[1], open(sys.argv[2], encoding="utf-8").read()
text = open(doc, encoding="utf-8").read()
start, end = "<!-- results -->\n", "<!-- /results -->\n"
head, rest = text.split(start, 1)
_, tail = rest.split(end, 1)
open(doc, "w", encoding="utf-8").write(head + start + results + end + tail)
