#!/usr/bin/env python3
"""Message catalogs: extract every visible string, and check that the catalogs cover them.

French is the reference language: msgids are French. Strings come from
  - templates/**/*.tpl: {{_ texte _}} markers;
  - src/**: tr(lang, "…"), console.tr("…"), N_("…"), Error::invalid(field, "…") (via xgettext).

  scripts/i18n.py extract ROOT   writes locale/primowork.pot and merges it into locale/*.po
  scripts/i18n.py check ROOT     fails when a template lacks the AUTOESCAPE pragma, shows text
                                 outside a marker, or when a catalog misses or leaves empty a
                                 translation of an extracted string (or still marks it fuzzy)
"""
import glob
import html.parser
import os
import re
import subprocess
import sys
import tempfile

PRAGMA = '{{%AUTOESCAPE context="HTML"}}'
MARKER = re.compile(r'\{\{_ (.*?) _\}\}', re.S)
CTEMPLATE_TAG = re.compile(r'\{\{.*?\}\}', re.S)
XGETTEXT_KEYWORDS = ['tr:2,2t', 'tr:1,1t', 'trn:2,3,4t', 'N_', 'invalid:2']
VISIBLE_ATTRIBUTES = {'alt', 'title', 'aria-label', 'placeholder', 'value', 'content'}


def templates(root):
    return sorted(glob.glob(os.path.join(root, 'templates', '**', '*.tpl'), recursive=True))


def sources(root):
    files = glob.glob(os.path.join(root, 'src', '**', '*.cpp'), recursive=True)
    files += glob.glob(os.path.join(root, 'src', '**', '*.h'), recursive=True)
    return sorted(files)


def template_messages(root):
    """{msgid: [locations]} from template markers."""
    found = {}
    for path in templates(root):
        text = open(path, encoding='utf-8').read()
        for m in MARKER.finditer(text):
            line = text.count('\n', 0, m.start()) + 1
            found.setdefault(m.group(1), []).append(f'{os.path.relpath(path, root)}:{line}')
    return found


def xgettext(root, output):
    args = ['xgettext', '--language=C++', '--from-code=UTF-8', '--no-wrap', '--sort-by-file',
            '--package-name=primowork', '-o', output]
    args += ['--keyword=' + k for k in XGETTEXT_KEYWORDS]
    args += [os.path.relpath(f, root) for f in sources(root)]
    subprocess.run(args, cwd=root, check=True)


class VisibleText(html.parser.HTMLParser):
    """Collects text a person would see that is not inside a translation marker."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.found = []
        self.skip = 0

    def handle_starttag(self, tag, attrs):
        if tag in ('script', 'style', 'code'):
            self.skip += 1
        for name, value in attrs:
            if name in VISIBLE_ATTRIBUTES and value and re.search(r'[^\W\d_]', value):
                # meta content and the value of an <option> or hidden input are not shown
                hidden = tag == 'input' and dict(attrs).get('type') == 'hidden'
                if not (tag == 'meta' and name == 'content') and not (
                        name == 'value' and (tag == 'option' or hidden)):
                    self.found.append(f'{tag}[{name}]="{value}"')

    def handle_endtag(self, tag):
        if tag in ('script', 'style', 'code') and self.skip:
            self.skip -= 1

    def handle_data(self, data):
        if not self.skip and re.search(r'[^\W\d_]', data):
            self.found.append(data.strip())


def untranslated_text(text):
    stripped = MARKER.sub(' ', text)
    stripped = CTEMPLATE_TAG.sub(' ', stripped)
    stripped = re.sub(r'<!DOCTYPE[^>]*>', ' ', stripped, flags=re.I)
    parser = VisibleText()
    parser.feed(stripped)
    return parser.found


def write_pot(root, pot):
    """Writes every message of the code and the templates into `pot`."""
    xgettext(root, pot)
    with open(pot, 'a', encoding='utf-8') as out:
        for msgid, locations in template_messages(root).items():
            escaped = msgid.replace('\\', '\\\\').replace('"', '\\"').replace('\n', '\\n')
            out.write(f'\n#: {" ".join(locations)}\nmsgid "{escaped}"\nmsgstr ""\n')
    subprocess.run(['msguniq', '--no-wrap', '-o', pot, pot], check=True)


def check(root):
    problems = []
    for path in templates(root):
        text = open(path, encoding='utf-8').read()
        rel = os.path.relpath(path, root)
        if not text.startswith(PRAGMA):
            problems.append(f'{rel}: does not begin with {PRAGMA}')
        for t in untranslated_text(text):
            problems.append(f'{rel}: visible text outside a {{{{_ … _}}}} marker: {t!r}')
    catalogs = sorted(glob.glob(os.path.join(root, 'locale', '*.po')))
    if not catalogs:
        problems.append('no catalog in locale/')
    with tempfile.TemporaryDirectory() as tmp:
        pot = os.path.join(tmp, 'all.pot')
        write_pot(root, pot)
        count = sum(1 for line in open(pot, encoding='utf-8') if line.startswith('msgid ')) - 1
        for po in catalogs:
            rel = os.path.relpath(po, root)
            for command in (['msgfmt', '--check', '-o', os.devnull, po], ['msgcmp', po, pot]):
                # msgcmp reports each msgid of the code and templates that the catalog lacks,
                # leaves untranslated or marks fuzzy.
                run = subprocess.run(command, capture_output=True, text=True)
                if run.returncode != 0:
                    problems.append(f'{rel}: {" ".join(command[:1])} failed:\n{run.stderr.strip()}')
    for p in problems:
        print('FAIL ' + p)
    print(f'{count} messages, {len(catalogs)} catalogs, {len(templates(root))} templates: '
          f'{len(problems)} problems')
    return 1 if problems else 0


def extract(root):
    pot = os.path.join(root, 'locale', 'primowork.pot')
    write_pot(root, pot)
    for po in glob.glob(os.path.join(root, 'locale', '*.po')):
        subprocess.run(['msgmerge', '--quiet', '--no-wrap', '--update', '--backup=none', po, pot],
                       check=True)
    print(f'wrote {os.path.relpath(pot, root)}')
    return 0


if __name__ == '__main__':
    if len(sys.argv) != 3 or sys.argv[1] not in ('check', 'extract'):
        print(__doc__)
        sys.exit(2)
    sys.exit(check(sys.argv[2]) if sys.argv[1] == 'check' else extract(sys.argv[2]))
