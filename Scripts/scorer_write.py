"""Writes the fitted models into the product (Sources/ReboundCore/Scoring/Model/Generated) and the
script's own predictions for the project's fixture answers, which the Swift scorer must reproduce."""
import json
import os

import numpy as np

from scorer_fixtures import fixture_answers
from scorer_policy import (BAD, CRITERIA, GATE_FEATURES, INTENT_KIND, INTENTS, KINDS, MATCH_INTENTS, MUST,
                           RESEARCH_INTENTS, WANT, allowed_intents)
from scorer_readers import CUES, EMBEDDING_SCALE, ROOT, answer_vector, dump, profile, rounded
from scorer_scores import applicable, policy_capped


def sparse_rows(design, coef, cue_names):
    """Term lines ("term<TAB>row:weight ...") and cue lines, only the weights that are not zero."""
    terms = sorted(design.vocabulary, key=lambda t: t.encode())
    lines = []
    for term in terms:
        j = design.vocabulary[term]
        cells = ["%d:%s" % (k, "%.4g" % coef[k, j]) for k in range(coef.shape[0]) if coef[k, j] != 0]
        if cells:
            lines.append(term + "\t" + " ".join(cells))
    offset = len(design.vocabulary)
    cues = [name + "\t" + " ".join("%.6g" % coef[k, offset + c] for k in range(coef.shape[0])) for c, name in enumerate(cue_names)]
    return lines, cues


def role_model_embedding_size(names):
    return range(names["embedding"])


def scaled(coef, first, count):
    """The weights as Swift applies them to the unscaled embedding, columns `first`..<first+count."""
    out = coef.copy()
    out[:, first:first + count] = np.array([[rounded(v * EMBEDDING_SCALE) for v in row] for row in coef[:, first:first + count]])
    return out


def write_model(role_model, content_model, roles, intent_model, final, feature_names, names, answer_intent):
    out = []
    out.append("[settings]\nembedding_scale %.6g" % EMBEDDING_SCALE)
    out.append("[roles]\n" + "\n".join(roles))
    out.append("[role intercepts]\n" + " ".join("%.6g" % v for v in role_model.intercept))
    embedding = ["embedding_%d" % d for d in range(len(role_model_embedding_size(names)))]
    role = scaled(role_model.coef, len(role_model.design.vocabulary) + 3 * CUES, len(embedding))
    terms, cues = sparse_rows(role_model.design, role,
                              names["cues"] + ["before_" + c for c in names["cues"]] + ["after_" + c for c in names["cues"]]
                              + embedding + ["asked_" + k for k in KINDS])
    out.append("[role cues]\n" + "\n".join(cues))
    out.append("[role terms]\n" + "\n".join(terms))
    content = scaled(content_model.coef, len(content_model.design.vocabulary) + 3 * CUES, len(embedding))
    terms, cues = sparse_rows(content_model.design, content,
                              names["cues"] + ["before_" + c for c in names["cues"]] + ["after_" + c for c in names["cues"]]
                              + embedding + ["asked_" + k for k in KINDS])
    out.append("[content intercepts]\n" + " ".join("%.6g" % v for v in content_model.intercept))
    out.append("[content cues]\n" + "\n".join(cues))
    out.append("[content terms]\n" + "\n".join(terms))
    out.append("[intents]\n" + "\n".join(INTENTS))
    out.append("[intent intercepts]\n" + " ".join("%.6g" % v for v in intent_model.intercept))
    terms, cues = sparse_rows(intent_model.design,
                              scaled(intent_model.coef, len(intent_model.design.vocabulary) + CUES, len(embedding)),
                              names["cues"] + embedding)
    out.append("[intent cues]\n" + "\n".join(cues))
    out.append("[intent terms]\n" + "\n".join(terms))
    out.append("[answer intent]\n" + "\n".join(
        "%s %.6g %s" % (i, answer_intent.intercept[k], " ".join("%.6g" % w for w in answer_intent.coef[k])) for k, i in enumerate(INTENTS)))
    out.append("[profile]\n" + "\n".join(feature_names))
    for c in CRITERIA:
        m = final.criteria[c]
        out.append("[criterion %s]\n%.6g\n%s\n%s\n%s" % (c, m.intercept, " ".join("%.6g" % v for v in m.mean),
                                                          " ".join("%.6g" % v for v in m.scale), " ".join("%.6g" % v for v in m.coef)))
    g = final.gate
    out.append("[gate]\n%s\n%.6g\n%s\n%s\n%s" % (" ".join(GATE_FEATURES), g.intercept, " ".join("%.6g" % v for v in g.mean),
                                                 " ".join("%.6g" % v for v in g.scale), " ".join("%.6g" % v for v in g.coef)))
    out.append("[policy]\n" + "\n".join(
        ["kinds " + " ".join(KINDS)]
        + ["intent %s %s must=%s want=%s" % (i, INTENT_KIND[i], ",".join(MUST[i]), ",".join(WANT[i])) for i in INTENTS]
        + ["allowed %s %s" % (k, ",".join(allowed_intents(k))) for k in KINDS]
        + ["bad " + ",".join(BAD), "research " + ",".join(RESEARCH_INTENTS), "match " + ",".join(MATCH_INTENTS)]))
    out.append("[weights]\n" + "\n".join("%s %s %s" % (k, ",".join(p), ",".join("%.6g" % v for v in w))
                                         for (k, p), w in sorted(final.weights.items())))
    text = "\n\n".join(out) + "\n"
    folder = os.path.join(ROOT, "Sources", "ReboundCore", "Scoring", "Model", "Generated")
    os.makedirs(folder, exist_ok=True)
    with open(os.path.join(folder, "ScorerModelData.swift"), "w") as f:
        f.write("// Generated by Scripts/fit-scorer.py from ../shared/corpus; do not edit.\n")
        f.write("// Sections: roles, intents and the score models, each weight as the script fitted it.\n")
        f.write("enum ScorerModelData {\n  static let text = #\"\"\"\n" + text + "\"\"\"#\n}\n")
    print("wrote %s (%d KB)" % (os.path.relpath(os.path.join(folder, "ScorerModelData.swift"), ROOT), len(text) // 1024))


def write_reference(args, role_model, content_model, roles, intent_model, final, names, answer_intent):
    """The script's predictions for the project's own fixture answers, which the Swift scorer must reproduce."""
    items = fixture_answers(os.path.join(ROOT, "Tests", "ReboundCoreTests", "Fixtures"))
    source = os.path.join(args.work, "fixtures.jsonl")
    with open(source, "w") as f:
        for item in items:
            f.write(json.dumps(item) + "\n")
    features, _, _ = dump(source, os.path.join(args.work, "fixtures"), base=ROOT)
    out_folder = os.path.join(ROOT, "Tests", "ReboundCoreTests", "Fixtures", "Scorer")
    os.makedirs(out_folder, exist_ok=True)
    with open(os.path.join(out_folder, "reference.jsonl"), "w") as out:
        for item, f in zip(items, features):
            kind = item.get("kind")
            intent = intent_model.predict(f["question"], kind)
            kind = kind or INTENT_KIND[intent]
            P = role_model.probabilities(f["sentences"], kind)
            fit = answer_intent.fit_of(answer_vector(f["sentences"], f["echoes"]), intent)
            rest = ([s["cues"] for s in f["sentences"]], f["whole"], intent, kind, roles, f["echoes"], fit)
            x = np.concatenate([profile(P, *rest), profile(content_model.probabilities(f["sentences"], kind), *rest)])
            whole = dict(zip(names["whole"], f["whole"]))
            pattern = tuple(c for c in CRITERIA if applicable(c, intent, whole["has_company"] > 0, whole["has_posting"] > 0))
            f["names"] = names["whole"]
            criteria, gate, overall = final.predict(x, kind, pattern, policy_capped(f))
            out.write(json.dumps(dict(item, intent=intent, roles=[[round(float(v), 6) for v in row] for row in P],
                                      criteria={c: round(v, 6) for c, v in criteria.items()}, gate=round(gate, 6),
                                      overall=round(overall, 6))) + "\n")
    print("wrote Tests/ReboundCoreTests/Fixtures/Scorer/reference.jsonl (%d answers)" % len(items))
