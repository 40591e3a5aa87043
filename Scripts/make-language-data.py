#!/usr/bin/env python3
"""Writes the language data the scorer compiles in, from two well-kept resources.

  WordNet 3.0 (Princeton; Debian `wordnet-base`): single-word verb lemmas and the
  exception lists for irregular forms, so the scorer can tell that "led", "rewrote" and
  "build" are verbs and find their base forms (WordNet's own "morphy" rules); and the
  derivational links between nouns and verbs ("analysis" of "analyse") with British and
  American spellings of one verb ("organise", "organize"), so a story that says "analysed"
  meets a requirement that says "analysis".
  wordfreq 3.1 (PyPI; data CC BY-SA 4.0): how common each English word is on the Zipf
  scale, so the scorer can tell a specific word ("manhole", "accruals") from an everyday one.

Run it again only to change the data; CI does not run it:
  apt-get install -y wordnet-base && pip install wordfreq==3.1.1
  python3 Scripts/make-language-data.py
"""
import os
import sys

WORDNET = os.environ.get("WNHOME", "/usr/share/wordnet")
OUT = os.path.join(os.path.dirname(__file__), "..", "Sources", "ReboundCore", "Language", "Generated")


def lemmas(pos):
    words = []
    with open(os.path.join(WORDNET, "index." + pos), encoding="utf-8") as f:
        for line in f:
            if line.startswith(" "):
                continue
            word = line.split(" ", 1)[0]
            if "_" not in word and word.isascii() and word.replace("-", "").replace("'", "").isalpha():
                words.append(word)
    return sorted(set(words), key=lambda w: w.encode())


def exceptions(pos):
    pairs = []
    with open(os.path.join(WORDNET, pos + ".exc"), encoding="utf-8") as f:
        for line in f:
            parts = line.split()
            if len(parts) >= 2 and "_" not in parts[0] and "_" not in parts[1]:
                pairs.append(parts[0] + " " + parts[1])
    # One lemma for each form (the first WordNet lists), sorted by byte for binary search.
    first = {}
    for pair in sorted(set(pairs), key=lambda p: p.encode()):
        first.setdefault(pair.split(" ")[0], pair)
    return [first[k] for k in sorted(first, key=lambda k: k.encode())]


def synsets(pos):
    """Each synset of a part of speech: its words and its pointers (symbol, target, pos, source word, target word)."""
    found = {}
    with open(os.path.join(WORDNET, "data." + pos), encoding="utf-8") as f:
        for line in f:
            if line.startswith("  "):
                continue
            parts = line.split()
            count = int(parts[3], 16)
            words = [parts[4 + 2 * i].lower() for i in range(count)]
            i = 4 + 2 * count
            pointers = []
            for _ in range(int(parts[i])):
                symbol, target, target_pos, numbers = parts[i + 1:i + 5]
                pointers.append((symbol, target, target_pos, int(numbers[:2], 16), int(numbers[2:], 16)))
                i += 4
            found[parts[0]] = (words, pointers)
    return found


def shared_prefix(a, b):
    k = 0
    while k < min(len(a), len(b)) and a[k] == b[k]:
        k += 1
    return k


def derivations(zipf):
    """Pairs of words that are one concept in two forms: "analysis analyze", "organise organize".

    A noun naming the act of a verb WordNet derives it from ("-ion", "-ment", "-sis", "-ance",
    "-al"), when they share their first four letters (a derivation in form, not only in meaning;
    agent nouns such as "docker" are left out, as they name tools and people), and two spellings
    of one word in one synset that differ only in s and z. Both words must be in everyday use
    (Zipf 2 or more)."""
    nouns, verbs = synsets("noun"), synsets("verb")
    simple = lambda w: "_" not in w and w.isascii() and w.isalpha() and zipf(w) >= 2.0
    pairs = set()
    for words, pointers in nouns.values():
        for symbol, target, target_pos, source, goal in pointers:
            if symbol == "+" and target_pos == "v" and source and goal:
                noun, verb = words[source - 1], verbs[target][0][goal - 1]
                act = noun.endswith(("ion", "ment", "sis", "ance", "ence", "al"))
                if act and noun != verb and simple(noun) and simple(verb) and shared_prefix(noun, verb) >= 4:
                    pairs.add(noun + " " + verb)
    for table in (nouns, verbs):
        for words, _ in table.values():
            for a in words:
                for b in words:
                    if a < b and len(a) == len(b) and simple(a) and simple(b):
                        differ = [(x, y) for x, y in zip(a, b) if x != y]
                        if differ and all(set(d) == {"s", "z"} for d in differ):
                            british, american = (a, b) if "s" in dict(differ) else (b, a)
                            pairs.add(british + " " + american)
    return sorted(pairs, key=lambda p: p.encode())


def literal(lines):
    # One raw string literal: compiles in milliseconds, unlike an array literal of thousands, and
    # is searched in place at run time (the lines are sorted by byte), so nothing is parsed at start.
    return '#"""\n' + "\n".join(lines) + '\n"""#'


def write(name, body):
    path = os.path.join(OUT, name)
    with open(path, "w", encoding="utf-8") as f:
        f.write("// Generated by Scripts/make-language-data.py; do not edit.\n" + body)
    print("wrote", os.path.relpath(path), os.path.getsize(path), "bytes")


def main():
    from wordfreq import top_n_list, zipf_frequency

    os.makedirs(OUT, exist_ok=True)
    verbs = lemmas("verb")
    write(
        "WordNetData.swift",
        "// WordNet 3.0 Copyright 2006 by Princeton University. All rights reserved. Used under the\n"
        "// WordNet License (https://wordnet.princeton.edu/license-and-commercial-use).\n"
        "enum WordNetData {\n"
        "  /// Single-word verb lemmas, one a line.\n"
        f"  static let verbs = {literal(verbs)}\n\n"
        "  /// Irregular verb forms and their lemma: \"led lead\".\n"
        f"  static let verbExceptions = {literal(exceptions('verb'))}\n\n"
        "  /// Irregular noun forms and their lemma: \"analyses analysis\".\n"
        f"  static let nounExceptions = {literal(exceptions('noun'))}\n\n"
        "  /// One concept in two forms, a noun and its verb or two spellings: \"analysis analyze\".\n"
        f"  static let derivations = {literal(derivations(lambda w: zipf_frequency(w, 'en')))}\n"
        "}\n",
    )

    lines = {}
    for word in top_n_list("en", 60000):
        if not (word.isascii() and word.replace("'", "").isalpha()):
            continue
        zipf = zipf_frequency(word, "en")
        if zipf >= 3.0:
            lines[word] = f"{word} {int(zipf * 10)}"
    write(
        "WordFrequencyData.swift",
        "// Word frequencies from wordfreq 3.1 (Robyn Speer et al.), data under CC BY-SA 4.0.\n"
        "enum WordFrequencyData {\n"
        "  /// Each line: a word, then its Zipf frequency times ten; sorted by byte, for binary search.\n"
        f"  static let zipfTimesTen = {literal([lines[w] for w in sorted(lines)])}\n"
        "}\n",
    )


if __name__ == "__main__":
    sys.exit(main())
