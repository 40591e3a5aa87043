#!/usr/bin/env python3
"""Fits every number the scorer uses on the labelled corpus, reports how well it carries to
writers and questions it was not fitted on, and writes the fitted models into the product.

What is fitted (see the README's "How the scorer is made"):
  roles    one logistic model per sentence role (situation, own action, result, weakness,
           question to them, pay...) on the sentences of ../shared/corpus/sentences.jsonl;
  intent   a multinomial logistic model of what a question asks for, on the questions of the
           bundled banks and the corpus labelled in Scripts/data/question-intents.tsv;
  scores   bounded ridge models from an answer's role profile, cues and measures to each
           criterion, the weights that make the overall score from the criteria, and a logistic
           "answers the question" gate, on the interviewer's scores in answers.jsonl.
The features are the product's own: `rebound-evaluate features` writes what the Swift code
computes, so the script fits on exactly what the scorer sees. ../shared/devset is never read.

Run it again after changing feature extraction (a test fails until you do):
  python3 -m venv .venv && .venv/bin/pip install -r Scripts/requirements-fit.txt
  .venv/bin/python Scripts/fit-scorer.py
It writes Sources/ReboundCore/Scoring/Model/Generated/ScorerModelData.swift and
Tests/ReboundCoreTests/Fixtures/Scorer/reference.jsonl.
"""
import argparse
import collections
import hashlib
import json
import os
import subprocess
import sys

import numpy as np
from scipy import sparse
from scipy.optimize import lsq_linear, nnls
from scipy.stats import pearsonr
from sklearn.linear_model import LogisticRegression

ROOT = os.path.normpath(os.path.join(os.path.dirname(__file__), ".."))
sys.path.insert(0, os.path.dirname(__file__))
from scorer_policy import (  # noqa: E402  (the product's policy tables, one place)
    BAD, CRITERIA, GATE_FEATURES, INTENT_KIND, INTENTS, KINDS, MATCH_INTENTS, MUST, NEGATIVE, POSITIVE,
    RESEARCH_INTENTS, WANT, allowed_intents)
from scorer_fixtures import fixture_answers  # noqa: E402

# Regularisation, chosen by the cross-validation this script prints (not by the dev set).
ROLE_C = 0.3
INTENT_C = 3.0
ALPHA = 100.0
GATE_C = 1.0
PRUNE = 0.05
# The embedding's weight against the terms and cues in the role and intent models (a
# regularisation choice, by the role F1 of the 5-fold cross-validation).
EMBEDDING_SCALE = 3.0
ROLE_WEIGHT = "balanced"  # rare roles count as much as common ones: better F1 and better scores in CV


def rounded(x):
    """Weights as written into the product: the reference predictions use the same numbers."""
    return float("%.6g" % x)


def term_weight(x):
    """A term's weight as written into the product: four figures, and none below PRUNE, which
    changes no prediction that matters and keeps the compiled-in model small."""
    return float("%.4g" % x) if abs(x) >= PRUNE else 0.0


# ---------------------------------------------------------------- features from the product
def dump(answers, out, base=None):
    binary = os.path.join(ROOT, ".build", "debug", "rebound-evaluate")
    subprocess.run(["swift", "build", "--product", "rebound-evaluate"], cwd=ROOT, check=True,
                   stdout=subprocess.DEVNULL)
    args = [binary, "features", "--answers", answers, "--out", out,
            "--banks", os.path.join(ROOT, "QuestionBanks")]
    if base:
        args += ["--base", base]
    subprocess.run(args, cwd=ROOT, check=True, stdout=subprocess.DEVNULL)
    read = lambda name: [json.loads(line) for line in open(os.path.join(out, name))]
    return read("answers.jsonl"), read("questions.jsonl"), json.load(open(os.path.join(out, "names.json")))


def aligned_sentences(answer, features, labelled):
    """The product's sentences of one answer, each with the labels of the labelled sentences that
    cover most of it (the labellers split sentences a little differently from the product)."""
    text, spans, position = answer["answer"], [], 0
    for sentence in sorted(labelled, key=lambda s: s["i"]):
        start = text.find(sentence["text"], position)
        spans.append((start, start + len(sentence["text"]), sentence["labels"]))
        position = start + len(sentence["text"])
    result = []
    for sentence in features["sentences"]:
        a, b = sentence["start"], sentence["end"]
        cover = collections.Counter()
        for x, y, labels in spans:
            overlap = min(b, y) - max(a, x)
            for label in labels if overlap > 0 else []:
                cover[label] += overlap
        labels = {r for r, v in cover.items() if v >= 0.5 * (b - a)}
        result.append(labels or ({cover.most_common(1)[0][0]} if cover else set()))
    return result


# ---------------------------------------------------------------- sparse designs
class Design:
    """Term indicators (the vocabulary seen at least twice) beside the dense cues."""

    def __init__(self, term_lists, min_count=2):
        counts = collections.Counter(t for terms in term_lists for t in set(terms))
        self.vocabulary = {t: j for j, t in enumerate(sorted(t for t, c in counts.items() if c >= min_count))}

    def matrix(self, term_lists, cues):
        rows, cols = [], []
        for n, terms in enumerate(term_lists):
            for t in terms:
                j = self.vocabulary.get(t)
                if j is not None:
                    rows.append(n)
                    cols.append(j)
        terms = sparse.csr_matrix((np.ones(len(rows)), (rows, cols)), shape=(len(term_lists), len(self.vocabulary)))
        return sparse.hstack([terms, sparse.csr_matrix(np.asarray(cues, float))]).tocsr()


def in_context(sentences, kind):
    """Each sentence's cues followed by those of the sentence before it and the one after it
    (zeros at the ends), its embedding, and the kind of question it answers: what a sentence
    does shows partly in its neighbours and in what was asked (LinearReader.roles in Swift)."""
    zero = [0.0] * CUES
    asked = [1.0 if kind == k else 0.0 for k in KINDS]
    return [dict(s, role_cues=list(s["cues"]) + list(sentences[i - 1]["cues"] if i > 0 else zero)
                 + list(sentences[i + 1]["cues"] if i + 1 < len(sentences) else zero)
                 + [v * EMBEDDING_SCALE for v in s["embedding"]] + asked)
            for i, s in enumerate(sentences)]


class RoleModel:
    """One logistic model per role. `asked`: read with the kind of question the sentence answers,
    which sharpens rare roles (a figure answering a salary question is pay); without it, the
    reading rests on the sentence alone, which is what the "answers the question" gate needs, or
    a story given to a salary question would be read as pay."""

    def __init__(self, sentences, roles, asked=True):
        self.roles = roles
        self.asked = asked
        sentences = [dict(s, role_cues=s["role_cues"][:-len(KINDS)] + [0.0] * len(KINDS)) for s in sentences] if not asked else sentences
        self.design = Design([s["terms"] for s in sentences])
        X = self.design.matrix([s["terms"] for s in sentences], [s["role_cues"] for s in sentences])
        self.coef = np.zeros((len(roles), X.shape[1]))
        self.intercept = np.full(len(roles), -10.0)
        for j, role in enumerate(roles):
            y = np.array([role in s["labels"] for s in sentences])
            if y.sum() < 3:
                continue
            model = LogisticRegression(C=ROLE_C, max_iter=3000, class_weight=ROLE_WEIGHT).fit(X, y)
            terms = len(self.design.vocabulary)
            self.coef[j] = [term_weight(w) if k < terms else rounded(w) for k, w in enumerate(model.coef_[0])]
            self.intercept[j] = rounded(model.intercept_[0])

    def probabilities(self, sentences, kind):
        """The roles of an answer's sentences, given in order (each is read beside its neighbours),
        to a question of `kind`."""
        if not sentences:
            return np.zeros((0, len(self.roles)))
        sentences = in_context(sentences, kind if self.asked else None)
        X = self.design.matrix([s["terms"] for s in sentences], [s["role_cues"] for s in sentences])
        return 1 / (1 + np.exp(-(X @ self.coef.T + self.intercept)))


def intent_cues(question):
    return list(question["cues"]) + [v * EMBEDDING_SCALE for v in question["embedding"]]


class IntentModel:
    def __init__(self, questions):
        self.design = Design([q["terms"] for q in questions])
        X = self.design.matrix([q["terms"] for q in questions], [intent_cues(q) for q in questions])
        model = LogisticRegression(C=INTENT_C, max_iter=5000, class_weight="balanced")
        model.fit(X, [q["intent"] for q in questions])
        order = [list(model.classes_).index(i) if i in model.classes_ else None for i in INTENTS]
        terms = len(self.design.vocabulary)
        self.coef = np.array([[term_weight(w) if j < terms else rounded(w) for j, w in enumerate(model.coef_[k])]
                              if k is not None else np.zeros(X.shape[1]) for k in order])
        self.intercept = np.array([rounded(model.intercept_[k]) if k is not None else -50.0 for k in order])

    def predict(self, question, kind=None):
        X = self.design.matrix([question["terms"]], [intent_cues(question)])
        scores = (X @ self.coef.T + self.intercept)[0]
        allowed = [j for j, i in enumerate(INTENTS) if kind is None or i in allowed_intents(kind)]
        return INTENTS[max(allowed, key=lambda j: scores[j])]


# ---------------------------------------------------------------- the answer's profile
CUES = 33  # len(SentenceFeatures.cueNames); checked against the dump in main()


def answer_vector(sentences, echoes=()):
    """The answer as one vector: its sentences' mean embedding (scaled as in the role model) and
    mean cues, echoes left out (AnswerProfile.answerVector in Swift)."""
    kept = [s for i, s in enumerate(sentences) if i not in set(echoes)]
    if not kept:
        return np.zeros(len(sentences[0]["embedding"]) + CUES if sentences else 32 + CUES)
    embedding = np.mean([s["embedding"] for s in kept], 0) * EMBEDDING_SCALE
    return np.concatenate([embedding, np.mean([s["cues"] for s in kept], 0)])


class AnswerIntentModel:
    """Which question an answer answers, read from the answer alone: fitted on the answers the
    interviewers said answer their question. How well an answer fits the question actually asked
    is what a story given to "What are your salary expectations?" lacks."""

    def __init__(self, vectors, intents):
        model = LogisticRegression(C=1.0, max_iter=5000, class_weight="balanced").fit(vectors, intents)
        order = [list(model.classes_).index(i) if i in model.classes_ else None for i in INTENTS]
        self.coef = np.array([[rounded(w) for w in model.coef_[k]] if k is not None else np.zeros(vectors.shape[1]) for k in order])
        self.intercept = np.array([rounded(model.intercept_[k]) if k is not None else -50.0 for k in order])

    def fit_of(self, vector, intent):
        scores = self.coef @ vector + self.intercept
        scores = np.exp(scores - scores.max())
        return float(scores[INTENTS.index(intent)] / scores.sum())


def profile(P, cues, whole, intent, kind, roles, echoes=(), fit=0.0):
    """The answer-level features, defined once here and once in AnswerProfile.swift. Sentences
    said before or copied from the posting (`echoes`) earn nothing and are left out."""
    index = {r: j for j, r in enumerate(roles)}
    kept = [i for i in range(len(P)) if i not in set(echoes)]
    P = np.asarray(P)[kept] if kept else np.zeros((0, len(roles)))
    cues = [cues[i] for i in kept]
    n_cues = CUES
    if len(P) == 0:
        P = np.zeros((1, len(roles)))
        cues = np.zeros((1, n_cues))
    cues = np.asarray(cues, float)
    must = np.clip(P[:, [index[r] for r in MUST[intent]]].sum(1), 0, 1)
    want = P[:, [index[r] for r in WANT[intent]]]
    bad = P[:, [index[r] for r in BAD]]
    own, team = P[:, index["own_action"]], P[:, index["team_action"]]
    values = [
        must.max(), np.log1p(must.sum()), must.mean(), want.max(0).mean(), np.log1p(want.sum()),
        bad.max(), np.log1p(bad.sum()),
        P[:, index["hypothetical"]].mean() if intent == "episode" else 0.0,
        np.tanh(team.sum() - own.sum()),
    ]
    values += list(bad.max(0))
    values += list(cues.mean(0)) + list(cues.max(0))
    values += list(whole)
    values += [1.0 if kind == k else 0.0 for k in KINDS]
    values.append(fit)
    return np.array(values, float)


def profile_names(names):
    return (["must_max", "must_sum", "must_mean", "want_cover", "want_sum", "bad_max", "bad_sum", "hypothetical_episode",
             "team_over_own"] + ["max_" + r for r in BAD] + ["mean_" + c for c in names["cues"]]
            + ["max_" + c for c in names["cues"]] + list(names["whole"]) + ["kind_" + k for k in KINDS] + ["intent_fit"])


# ---------------------------------------------------------------- score models
class Ridge:
    """Ridge on standardised features, with signs fixed where more evidence must never lower a score."""

    def __init__(self, X, y, names, alpha=ALPHA, signs=True):
        self.mean = X.mean(0)
        self.scale = X.std(0)
        self.scale[self.scale < 1e-9] = 1.0
        Z = (X - self.mean) / self.scale
        lower = np.full(X.shape[1], -np.inf)
        upper = np.full(X.shape[1], np.inf)
        if signs:
            for j, name in enumerate(names):
                if name in POSITIVE:
                    lower[j] = 0
                if name in NEGATIVE:
                    upper[j] = 0
        A = np.vstack([Z, np.sqrt(alpha) * np.eye(X.shape[1])])
        b = np.concatenate([y - y.mean(), np.zeros(X.shape[1])])
        self.coef = np.array([rounded(w) for w in lsq_linear(A, b, bounds=(lower, upper)).x])
        self.intercept = rounded(y.mean())
        self.mean = np.array([rounded(v) for v in self.mean])
        self.scale = np.array([rounded(v) for v in self.scale])

    def predict(self, X):
        return ((X - self.mean) / self.scale) @ self.coef + self.intercept


class Gate:
    """The chance an answer answers the question, from the features an interviewer checks first."""

    def __init__(self, X, y, weight=None):
        self.mean = np.array([rounded(v) for v in X.mean(0)])
        self.scale = X.std(0)
        self.scale[self.scale < 1e-9] = 1.0
        self.scale = np.array([rounded(v) for v in self.scale])
        model = LogisticRegression(C=GATE_C, max_iter=3000).fit((X - self.mean) / self.scale, y, sample_weight=weight)
        self.coef = np.array([rounded(w) for w in model.coef_[0]])
        self.intercept = rounded(model.intercept_[0])

    def predict(self, X):
        return 1 / (1 + np.exp(-(((X - self.mean) / self.scale) @ self.coef + self.intercept)))


def applicable(criterion, intent, has_company, has_posting):
    if criterion == "research":
        return has_company and intent in RESEARCH_INTENTS
    if criterion == "match":
        return has_posting and intent in MATCH_INTENTS
    return True


class ScoreModel:
    def __init__(self, X, answers, intents, names, mismatched=None):
        """`mismatched`: profiles of strong answers paired with a question they do not answer,
        extra "does not answer" examples for the gate (see mismatched_pairs)."""
        self.names = names
        # X holds the profile read with the question's kind, then the same read from content alone.
        half = len(names)
        gate_columns = [half + names.index(n) for n in GATE_FEATURES]
        self.gate_columns = gate_columns
        self.half = half
        self.criteria = {}
        for c in CRITERIA:
            rows = [i for i, a in enumerate(answers) if a["criteria"][c] is not None]
            if len(rows) < 20:  # a fold without it (match is scored by one writer): the story model stands in
                self.criteria[c] = self.criteria["story"]
                continue
            self.criteria[c] = Ridge(X[rows][:, :half], np.array([answers[i]["criteria"][c] for i in rows], float), names)
        gate_X = X[:, gate_columns]
        gate_y = np.array([a["answers_question"] for a in answers])
        weight = np.ones(len(gate_y))
        if mismatched is not None and len(mismatched):
            # Made-up examples count, all together, as much as the interviewer's own failed answers.
            share = (~gate_y).sum() / len(mismatched)
            gate_X = np.vstack([gate_X, mismatched[:, gate_columns]])
            gate_y = np.concatenate([gate_y, np.zeros(len(mismatched), bool)])
            weight = np.concatenate([weight, np.full(len(mismatched), share)])
        self.gate = Gate(gate_X, gate_y, weight)
        # The weights that make the overall score from the criteria, for each kind and each set of
        # criteria that apply, fitted on the interviewer's own criteria and overall scores.
        self.weights = {}
        groups = collections.defaultdict(list)
        for i, a in enumerate(answers):
            groups[(a["kind"], self.pattern(a, intents[i]))].append(i)
        for (kind, pattern), rows in groups.items():
            M = np.array([[answers[i]["criteria"][c] if answers[i]["criteria"][c] is not None else 0 for c in pattern] for i in rows], float)
            w, _ = nnls(M, np.array([answers[i]["score"] for i in rows], float))
            total = w.sum() or 1.0
            self.weights[(kind, pattern)] = [rounded(v / total) for v in w]

    @staticmethod
    def pattern(answer, intent):
        has_company = answer["company"] is not None
        has_posting = answer["posting"] is not None
        return tuple(c for c in CRITERIA if applicable(c, intent, has_company, has_posting))

    def weights_for(self, kind, pattern):
        if (kind, pattern) in self.weights:
            return self.weights[(kind, pattern)]
        # A combination the corpus never shows: the kind's weights over what applies, or equal weights.
        for (k, p), w in sorted(self.weights.items()):
            if k == kind and set(pattern) <= set(p):
                kept = [w[p.index(c)] for c in pattern]
                total = sum(kept) or 1.0
                return [rounded(v / total) for v in kept]
        return [rounded(1 / len(pattern))] * len(pattern)

    def predict(self, x, kind, pattern, policy):
        criteria = {c: float(np.clip(self.criteria[c].predict(x[None, :self.half])[0], 0, 100)) for c in pattern}
        weights = self.weights_for(kind, pattern)
        raw = sum(w * criteria[c] for w, c in zip(weights, pattern))
        gate = float(self.gate.predict(x[None, self.gate_columns])[0])
        overall = gate * raw + (1 - gate) * min(raw, 25.0)
        if gate < 0.5:  # judged off the question: the policy's ceiling holds
            overall = min(overall, 25.0)
        if policy:
            overall = min(overall, 15.0)
        return criteria, gate, overall


def mismatched_pairs(answers, intents, questions, intent_of, args, roles, fold_models, role_model, labelled, fold_of,
                     intent_models):
    """Strong answers (the interviewer's 50 or more) each paired with a question whose must-have
    roles none of their labelled sentences plays: a story given to "What are your salary
    expectations?". The product's policy says such an answer fails; these teach the gate what that
    looks like. Made from the corpus by rule, one question per answer, chosen by a hash so it is
    repeatable; only answers with labelled sentences (w1-w3) can be checked, so only they are used."""
    by_intent = collections.defaultdict(list)
    for text, q in sorted(questions.items()):
        by_intent[q["intent"]].append(text)
    items, sources = [], []
    for i, a in enumerate(answers):
        if not a["answers_question"] or a["score"] < 50 or a["id"] not in labelled:
            continue
        played = {r for s in labelled[a["id"]] for r in s["labels"]}
        others = [k for k in INTENTS if k != intents[i] and not set(MUST[k]) & played and by_intent[k]]
        if not others:
            continue
        digest = int(hashlib.md5(a["id"].encode()).hexdigest(), 16)
        intent = others[digest % len(others)]
        question = by_intent[intent][(digest // 7) % len(by_intent[intent])]
        items.append(dict(id=a["id"] + "-as-" + intent, question=question, answer=a["answer"], company=a["company"],
                          posting=a["posting"], research=a["research"], intent=intent, kind=questions[question]["kind"]))
        sources.append(i)
    path = os.path.join(args.work, "mismatched.jsonl")
    os.makedirs(args.work, exist_ok=True)
    with open(path, "w") as f:
        for item in items:
            f.write(json.dumps(item) + "\n")
    features, _, _ = dump(path, os.path.join(args.work, "mismatched"), base=args.corpus)
    X = []
    for i, item, f in zip(sources, items, features):
        aid = answers[i]["id"]
        asked, content = fold_models[fold_of(aid)] if aid in labelled else role_model
        fit = intent_models[fold_of(aid)].fit_of(answer_vector(f["sentences"], f["echoes"]), item["intent"])
        rest = ([s["cues"] for s in f["sentences"]], f["whole"], item["intent"], item["kind"], roles, f["echoes"], fit)
        X.append(np.concatenate([profile(asked.probabilities(f["sentences"], item["kind"]), *rest),
                                 profile(content.probabilities(f["sentences"], item["kind"]), *rest)]))
    return list(zip(sources, items)), np.array(X)


def policy_capped(features):
    """Profanity, an unfilled template, or an answer that is mostly a sentence said again or text
    copied from the posting: the product caps these whatever the model says (Rubric.swift)."""
    whole = dict(zip(features["names"], features["whole"]))
    echoed = len(features["echoes"]) * 2 > len(features["sentences"])
    return whole["profanity"] > 0 or whole["placeholders"] > 0 or echoed


# ---------------------------------------------------------------- reports
def pearson(x, y):
    return pearsonr(x, y)[0] if len(x) > 2 and np.std(x) > 0 else float("nan")


def report(name, predicted, truth, writers, fail_truth=None):
    per = [pearson(predicted[writers == w], truth[writers == w]) for w in ["w1", "w2", "w3", "w4"]]
    line = "  %-34s r %.3f  gap %5.1f  per writer %s  mean %.3f" % (
        name, pearson(predicted, truth), np.mean(np.abs(predicted - truth)), " ".join("%.2f" % p for p in per), np.mean(per))
    if fail_truth is not None:
        failing = truth <= 25
        line += "  failing>40: %d/%d" % (int(((predicted > 40) & failing).sum()), int(failing.sum()))
    print(line)
    return np.mean(per)


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--corpus", default=os.path.join(ROOT, "..", "shared", "corpus"))
    parser.add_argument("--work", default=os.path.join(ROOT, ".build", "fit"))
    parser.add_argument("--no-write", action="store_true", help="report only; write nothing into the product")
    parser.add_argument("--worst", type=int, default=0, help="list the N answers the LOWO fit misses most")
    args = parser.parse_args()

    answers = [json.loads(l) for l in open(os.path.join(args.corpus, "answers.jsonl"))]
    features, bank_questions, names = dump(os.path.join(args.corpus, "answers.jsonl"), os.path.join(args.work, "corpus"))
    features = {f["id"]: f for f in features}
    labelled = collections.defaultdict(list)
    for line in open(os.path.join(args.corpus, "sentences.jsonl")):
        s = json.loads(line)
        labelled[s["answer_id"]].append(s)
    roles = sorted({r for v in labelled.values() for s in v for r in s["labels"]} - {"profanity"})
    assert len(names["cues"]) == CUES, "SentenceFeatures.cueNames changed: set CUES"
    writers = np.array([a["id"][:2] for a in answers])

    # ---- intent
    intent_of = {}
    for line in open(os.path.join(ROOT, "Scripts", "data", "question-intents.tsv")):
        if not line.startswith("#"):
            intent, question = line.rstrip("\n").split("\t")
            intent_of[question] = intent
    questions = {}
    for q in bank_questions:
        questions.setdefault(q["text"], dict(terms=q["terms"], cues=q["cues"], embedding=q["embedding"], kind=q["kind"],
                                             intent=intent_of[q["text"]]))
    for a in answers:
        f = features[a["id"]]["question"]
        questions.setdefault(a["question"], dict(terms=f["terms"], cues=f["cues"], embedding=f["embedding"], kind=a["kind"],
                                                 intent=intent_of[a["question"]]))
    items = list(questions.values())
    folds = np.array([int(hashlib.md5(t.encode()).hexdigest(), 16) % 10 for t in questions])
    free = with_kind = 0
    for k in range(10):
        model = IntentModel([q for q, f in zip(items, folds) if f != k])
        for q in (q for q, f in zip(items, folds) if f == k):
            free += model.predict(q) == q["intent"]
            with_kind += model.predict(q, q["kind"]) == q["intent"]
    print("Question intent, %d questions, 10-fold by question: accuracy %.3f from the wording alone, %.3f with the bank's kind"
          % (len(items), free / len(items), with_kind / len(items)))
    intent_model = IntentModel(items)

    # ---- sentence roles
    sentences = {}
    for a in answers:
        f = features[a["id"]]
        labels = aligned_sentences(a, f, labelled[a["id"]]) if a["id"] in labelled else [None] * len(f["sentences"])
        sentences[a["id"]] = in_context([dict(terms=s["terms"], cues=s["cues"], embedding=s["embedding"], labels=l)
                                         for s, l in zip(f["sentences"], labels)], a["kind"])
    train = [s for a in answers if a["id"] in labelled for s in sentences[a["id"]]]
    print("Sentence roles: %d sentences of %d answers by w1-w3 (the product's sentences, labels aligned)" % (len(train), len(labelled)))
    fold_of = lambda aid: int(hashlib.md5(aid.encode()).hexdigest(), 16) % 5
    probabilities, content_probabilities = {}, {}
    cv_true, cv_pred = [], []
    fold_models = []
    for k in range(5):
        fold = [s for a in answers if a["id"] in labelled and fold_of(a["id"]) != k for s in sentences[a["id"]]]
        model, content = RoleModel(fold, roles), RoleModel(fold, roles, asked=False)
        fold_models.append((model, content))
        for a in answers:
            if a["id"] in labelled and fold_of(a["id"]) == k:
                P = model.probabilities(sentences[a["id"]], a["kind"])
                probabilities[a["id"]] = P
                content_probabilities[a["id"]] = content.probabilities(sentences[a["id"]], a["kind"])
                cv_true += [[r in s["labels"] for r in roles] for s in sentences[a["id"]]]
                cv_pred += list(P)
    role_model = RoleModel(train, roles)
    content_model = RoleModel(train, roles, asked=False)
    for a in answers:
        if a["id"] not in labelled:  # w4: never labelled, read by the models fitted on all three others
            probabilities[a["id"]] = role_model.probabilities(sentences[a["id"]], a["kind"])
            content_probabilities[a["id"]] = content_model.probabilities(sentences[a["id"]], a["kind"])
    cv_true, cv_pred = np.array(cv_true), np.array(cv_pred) > 0.5
    f1 = {}
    for j, r in enumerate(roles):
        tp = (cv_true[:, j] & cv_pred[:, j]).sum()
        f1[r] = 2 * tp / max(1, cv_true[:, j].sum() + cv_pred[:, j].sum())
    strict = []
    for w in ["w1", "w2", "w3"]:
        model = RoleModel([s for a in answers if a["id"] in labelled and a["id"][:2] != w for s in sentences[a["id"]]], roles)
        t = np.array([[r in s["labels"] for r in roles] for a in answers if a["id"][:2] == w for s in sentences[a["id"]]])
        p = np.vstack([model.probabilities(sentences[a["id"]], a["kind"]) for a in answers
                       if a["id"][:2] == w and sentences[a["id"]]]) > 0.5
        strict.append(np.mean([2 * (t[:, j] & p[:, j]).sum() / max(1, t[:, j].sum() + p[:, j].sum()) for j in range(len(roles)) if t[:, j].sum() >= 5]))
    print("  per-role F1, 5-fold by answer: " + " ".join("%s %.2f" % (r, f1[r]) for r in roles))
    print("  macro F1: 5-fold by answer %.3f; leaving one writer out %.3f (w1 %.2f, w2 %.2f, w3 %.2f: most roles of"
          " motivation, pay and closing answers come from w2 alone)" % (np.mean(list(f1.values())), np.mean(strict), *strict))

    # ---- answer profiles (role probabilities cross-fitted, as the product will meet unseen answers)
    intents = [intent_of[a["question"]] for a in answers]
    feature_names = profile_names(names)
    vectors = {a["id"]: answer_vector(features[a["id"]]["sentences"], features[a["id"]]["echoes"]) for a in answers}
    answered = [i for i, a in enumerate(answers) if a["answers_question"]]
    intent_models = []
    fits = {}
    for k in range(5):
        rows = [i for i in answered if fold_of(answers[i]["id"]) != k]
        model = AnswerIntentModel(np.array([vectors[answers[i]["id"]] for i in rows]), [intents[i] for i in rows])
        intent_models.append(model)
        for i, a in enumerate(answers):
            if fold_of(a["id"]) == k:
                fits[a["id"]] = model.fit_of(vectors[a["id"]], intents[i])
    answer_intent = AnswerIntentModel(np.array([vectors[answers[i]["id"]] for i in answered]), [intents[i] for i in answered])

    def both(i, a, P, Q):
        args = ([s["cues"] for s in sentences[a["id"]]], features[a["id"]]["whole"], intents[i], a["kind"], roles,
                features[a["id"]]["echoes"], fits[a["id"]])
        return np.concatenate([profile(P, *args), profile(Q, *args)])
    X = np.array([both(i, a, probabilities[a["id"]], content_probabilities[a["id"]]) for i, a in enumerate(answers)])
    y = np.array([a["score"] for a in answers], float)
    mismatched, mismatched_X = mismatched_pairs(answers, intents, questions, intent_of, args, roles, fold_models,
                                                (role_model, content_model), labelled, fold_of, intent_models)
    for f in features.values():
        f["names"] = names["whole"]
    capped = [policy_capped(features[a["id"]]) for a in answers]

    def cross_validate(groups):
        predicted = np.zeros(len(answers))
        answered = np.zeros(len(answers))
        caught = []
        for g in sorted(set(groups)):
            train_rows = [i for i in range(len(answers)) if groups[i] != g]
            extra = [k for k, (source, _) in enumerate(mismatched) if groups[source] != g]
            held = [k for k, (source, _) in enumerate(mismatched) if groups[source] == g]
            model = ScoreModel(X[train_rows], [answers[i] for i in train_rows], [intents[i] for i in train_rows],
                               feature_names, mismatched_X[extra] if extra else None)
            for i in (i for i in range(len(answers)) if groups[i] == g):
                pattern = ScoreModel.pattern(answers[i], intents[i])
                _, gate, overall = model.predict(X[i], answers[i]["kind"], pattern, capped[i])
                predicted[i], answered[i] = overall, gate
            for k in held:
                source, item = mismatched[k]
                pattern = ScoreModel.pattern(dict(answers[source], posting=answers[source]["posting"]), item["intent"])
                _, gate, overall = model.predict(mismatched_X[k], item["kind"], pattern, capped[source])
                caught.append(gate < 0.5)
        return predicted, answered, np.mean(caught) if caught else float("nan")

    print("Overall score, %d answers by four writers (interviewer's scores)" % len(answers))
    length = np.array([features[a["id"]]["whole"][0] for a in answers])
    base = np.zeros(len(answers))
    for w in ["w1", "w2", "w3", "w4"]:
        tr, te = writers != w, writers == w
        slope, intercept = np.polyfit(length[tr], y[tr], 1)
        base[te] = slope * length[te] + intercept
    report("baseline: answer length (LOWO)", base, y, writers, fail_truth=True)
    before = {l.split("\t")[0]: float(l.split("\t")[1]) for l in open(os.path.join(ROOT, "Scripts", "data", "scores-before-issue-19.tsv")) if not l.startswith("#")}
    report("baseline: the scorer before issue 19", np.array([before[a["id"]] for a in answers]), y, writers, fail_truth=True)
    lowo, gate_lowo, caught_lowo = cross_validate(writers)
    mean_r = report("fitted, leaving one writer out", lowo, y, writers, fail_truth=True)
    if args.worst:
        for i in np.argsort(-np.abs(lowo - y))[:args.worst]:
            a = answers[i]
            print("    %s %-9s truth %3d fitted %3d gate %.2f aq %d %-40s | %s" % (a["id"], intents[i], a["score"], lowo[i], gate_lowo[i], a["answers_question"], ",".join(a["flags"])[:40], a["question"][:50]))
    by_question = np.array([int(hashlib.md5(a["question"].encode()).hexdigest(), 16) % 10 for a in answers])
    byq, gate_byq, caught_byq = cross_validate(by_question)
    report("fitted, 10 folds grouped by question", byq, y, writers, fail_truth=True)
    truth_answers = np.array([a["answers_question"] for a in answers])
    print("  answers-the-question accuracy: leaving one writer out %.3f, grouped by question %.3f (always yes: %.3f)"
          % (np.mean((gate_lowo > 0.5) == truth_answers), np.mean((gate_byq > 0.5) == truth_answers), truth_answers.mean()))
    if args.worst:
        j = len(feature_names) + feature_names.index("must_max")  # as the gate reads it
        real = X[np.array([a["answers_question"] for a in answers]), j]
        print("    must_max quantiles (10/25/50%%): answering %s, mismatched %s" % (
            np.round(np.percentile(real, [10, 25, 50]), 2), np.round(np.percentile(mismatched_X[:, j], [50, 75, 90]), 2)))
        for intent in INTENTS:
            rows = [k for k, (_, item) in enumerate(mismatched) if item["intent"] == intent]
            if rows:
                print("      %-13s n=%3d median must_max %.2f" % (intent, len(rows), np.median(mismatched_X[rows, j])))
    print("  strong answers given to a question they do not answer, caught by the gate: leaving one writer out %.3f,"
          " grouped by question %.3f (%d pairs)" % (caught_lowo, caught_byq, len(mismatched)))
    print("  mean r over the four writers left out: %.3f" % mean_r)

    final = ScoreModel(X, answers, intents, feature_names, mismatched_X)
    if args.no_write:
        return
    write_model(role_model, content_model, roles, intent_model, final, feature_names, names, answer_intent)
    write_reference(args, role_model, content_model, roles, intent_model, final, names, answer_intent)


# ---------------------------------------------------------------- writing into the product
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


if __name__ == "__main__":
    main()
