#!/usr/bin/env python3
"""Dump docutils' block structure of RST files, normalised for comparison
with mmu-doc-lint's RST parser (test/rst/docutils.test.ts).

Usage: doctree.py FILE...   -> JSON object {FILE: [line, ...]} on stdout.

Only the parser runs (no transforms), so substitutions, footnote numbers
and titles stay as written. Every directive is replaced by a generic one
(as Sphinx directives such as kernel-doc are unknown to docutils): body
directives (note, warning, ...) parse their content, all others are opaque.
Unknown roles become plain interpreted text. System messages are ignored.
"""
import json
import sys

import docutils.frontend
import docutils.nodes as nodes
import docutils.utils
from docutils.parsers.rst import Directive, Parser, directives, roles

BODY = {'note', 'warning', 'attention', 'tip', 'important', 'caution',
        'danger', 'hint', 'error', 'admonition', 'topic', 'sidebar', 'seealso'}
NO_ARGS = {'note', 'warning', 'attention', 'tip', 'important', 'caution',
           'danger', 'hint', 'error', 'seealso'}


class AnyOptions(dict):
    def __bool__(self):
        return True

    def __contains__(self, key):
        return True

    def __getitem__(self, key):
        return directives.unchanged


class directive_node(nodes.Element):
    pass


def make_directive(name):
    body = name.lower() in BODY

    class Generic(Directive):
        required_arguments = 0
        optional_arguments = 0 if name.lower() in NO_ARGS else 1
        final_argument_whitespace = True
        option_spec = AnyOptions()
        has_content = True

        def run(self):
            node = directive_node()
            node['name'] = name
            if body and self.content:
                self.state.nested_parse(self.content, self.content_offset, node)
            return [node]
    return Generic


_original_directive = directives.directive
# Substitution-definition directives keep their real (inline) implementation.
SUBSTITUTION = {'replace', 'unicode', 'date'}


def _directive(name, language_module, document):
    if name.lower() in SUBSTITUTION:
        return _original_directive(name, language_module, document)
    return make_directive(name), []


def _role(name, language_module, lineno, reporter):
    def generic(role, rawtext, text, lineno, inliner, options=None, content=None):
        return [nodes.literal(rawtext, docutils.utils.unescape(text))], []
    return generic, []


directives.directive = _directive
roles.role = _role
import docutils.parsers.rst.states as _states  # noqa: E402
_states.directives.directive = _directive
_states.roles.role = _role

SKIP = (nodes.system_message, nodes.label, nodes.problematic)
OPAQUE = {'literal_block', 'doctest_block', 'comment', 'table', 'target',
          'substitution_definition', 'transition'}


def text_of(node):
    return node.astext()


def dump(node, depth, out):
    if isinstance(node, SKIP) or isinstance(node, nodes.Text):
        return
    ind = '  ' * depth
    name = node.tagname
    if isinstance(node, directive_node):
        out.append('%sdirective %s' % (ind, node['name']))
        for c in node.children:
            dump(c, depth + 1, out)
        return
    if name in OPAQUE and name != 'literal_block':
        out.append('%s%s' % (ind, name))
        return
    if isinstance(node, nodes.Inline) or isinstance(node, nodes.TextElement) and name not in (
            'paragraph', 'literal_block', 'doctest_block', 'comment', 'line',
            'term', 'classifier', 'title', 'field_name'):
        return
    if name in ('title', 'term', 'classifier', 'field_name'):
        out.append('%s%s %s' % (ind, name, json.dumps(text_of(node))))
        return
    if name == 'literal_block':
        out.append('%sliteral_block %s' % (ind, json.dumps(node.astext())))
        return
    if name in OPAQUE:
        out.append('%s%s' % (ind, name))
        return
    if name == 'paragraph':
        out.append('%sparagraph %s' % (ind, json.dumps(text_of(node))))
        return
    if name == 'line':
        out.append('%sline' % ind)
        return
    if name == 'enumerated_list':
        out.append('%senumerated_list %s' % (ind, node.get('enumtype')))
    elif name == 'footnote' or name == 'citation':
        out.append('%s%s' % (ind, name))
    elif name == 'option_list_item':
        out.append('%slist_item' % ind)
        for c in node.children:
            if c.tagname == 'description':
                for d in c.children:
                    dump(d, depth + 1, out)
        return
    else:
        out.append('%s%s' % (ind, name))
    for c in node.children:
        dump(c, depth + 1, out)


def parse(text):
    settings = docutils.frontend.get_default_settings(Parser)
    settings.report_level = 5
    settings.halt_level = 5
    settings.warning_stream = False
    settings.file_insertion_enabled = False
    settings.raw_enabled = False
    settings.tab_width = 8
    doc = docutils.utils.new_document('<input>', settings)
    Parser().parse(text, doc)
    # auto-numbered footnote references have no text before the transforms;
    # show their label as written (as our parser does)
    for ref in list(doc.findall(nodes.footnote_reference)):
        if ref.get('auto') and not ref.children:
            ref += nodes.Text(ref.rawsource[1:-2])
    return doc


def main(paths):
    result = {}
    for p in paths:
        with open(p, encoding='utf-8-sig', newline='') as f:
            text = f.read()
        out = []
        for c in parse(text).children:
            dump(c, 0, out)
        result[p] = out
    json.dump(result, sys.stdout, indent=1)


if __name__ == '__main__':
    main(sys.argv[1:])
