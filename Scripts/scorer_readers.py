"""The sentence- and question-level models of the scorer (Scripts/fit-scorer.py): the features
the product writes out, the roles of each sentence, the intent of each question, which question an
answer answers, and the profile an answer's score is read from. Each mirrors Swift code named in
its documentation; the reference test holds the two together."""
import collections
import json
import os
import subprocess

import numpy as np
from scipy import sparse
from sklearn.linear_model import LogisticRegression

from scorer_policy import BAD, INTENTS, KINDS, MUST, WANT, allowed_intents

ROOT = os.path.normpath(os.path.join(os.path.dirname(__file__), ".."))

# Regularisation, chosen by the cross-validation fit-scorer.py prints (not by the dev set).
ROLE_C = 0.3
INTENT_C = 3.0
PRUNE = 0.05
# The embedding's weight against the terms and cues in the role and intent models (a
# regularisation choice, by the role F1 of the 5-fold cross-validation).
EMBEDDING_SCALE = 3.0
ROLE_WEIGHT = "balanced"  # rare roles count as much as common ones: better F1 and better scores in CV
CUES = 33  # len(SentenceFeatures.cueNames); fit-scorer.py checks it against the dump


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
