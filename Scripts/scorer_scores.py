"""The score models of the scorer (Scripts/fit-scorer.py): bounded ridge for each criterion, the
weights that make the overall score, the "answers the question" gate and the made-up examples it
also learns from. Applied in Swift by ScorerModel, Scorer and AnswerProfile."""
import collections
import hashlib
import json
import os

import numpy as np
from scipy.optimize import lsq_linear, nnls
from sklearn.linear_model import LogisticRegression

from scorer_policy import CRITERIA, GATE_FEATURES, INTENTS, MATCH_INTENTS, MUST, NEGATIVE, POSITIVE, RESEARCH_INTENTS
from scorer_readers import answer_vector, dump, profile, rounded

ALPHA = 100.0
GATE_C = 1.0


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
