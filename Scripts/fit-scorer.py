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
import sys

import numpy as np
from scipy.stats import pearsonr

sys.path.insert(0, os.path.dirname(__file__))
from scorer_readers import (  # noqa: E402
    CUES, ROOT, AnswerIntentModel, IntentModel, RoleModel, aligned_sentences, answer_vector, dump, in_context, profile,
    profile_names)
from scorer_scores import ScoreModel, mismatched_pairs, policy_capped  # noqa: E402
from scorer_write import write_model, write_reference  # noqa: E402

fold_of = lambda aid: int(hashlib.md5(aid.encode()).hexdigest(), 16) % 5  # noqa: E731  answers' 5 folds


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


def fit_intent(answers, features, bank_questions, work):
    """The intent model, with its accuracy on questions it was not fitted on."""
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
    extra = extra_questions(work)
    folds = np.array([int(hashlib.md5(t.encode()).hexdigest(), 16) % 10 for t in questions])
    for name, added in [("banks and corpus alone", []), ("with the hand-written extra questions", extra)]:
        free = with_kind = 0
        for k in range(10):
            model = IntentModel([q for q, f in zip(items, folds) if f != k] + added)
            for q in (q for q, f in zip(items, folds) if f == k):
                free += model.predict(q) == q["intent"]
                with_kind += model.predict(q, q["kind"]) == q["intent"]
        print("Question intent, %s: %d questions of the banks and the corpus, 10-fold by question: accuracy %.3f"
              " from the wording alone, %.3f with the bank's kind" % (name, len(items), free / len(items), with_kind / len(items)))
    return IntentModel(items + extra), intent_of, questions


def extra_questions(work):
    """The hand-written labelled questions (Scripts/data/question-intents-extra.tsv), read by the product."""
    rows = [line.rstrip("\n").split("\t") for line in open(os.path.join(ROOT, "Scripts", "data", "question-intents-extra.tsv"))
            if not line.startswith("#")]
    path = os.path.join(work, "extra-questions.jsonl")
    with open(path, "w") as f:
        for n, (_, question) in enumerate(rows):
            f.write(json.dumps({"id": "extra-%d" % n, "question": question, "answer": ""}) + "\n")
    features, _, _ = dump(path, os.path.join(work, "extra-questions"))
    return [dict(terms=f["question"]["terms"], cues=f["question"]["cues"], embedding=f["question"]["embedding"], kind=None,
                 intent=intent) for (intent, _), f in zip(rows, features)]


def fit_roles(answers, features, labelled, roles):
    """The two role readers, the answers' role probabilities cross-fitted by answer (w4's read by
    the readers fitted on all of w1-w3), and the per-role F1 they reach on sentences left out."""
    sentences = {}
    for a in answers:
        f = features[a["id"]]
        labels = aligned_sentences(a, f, labelled[a["id"]]) if a["id"] in labelled else [None] * len(f["sentences"])
        sentences[a["id"]] = in_context([dict(terms=s["terms"], cues=s["cues"], embedding=s["embedding"], labels=l)
                                         for s, l in zip(f["sentences"], labels)], a["kind"])
    train = [s for a in answers if a["id"] in labelled for s in sentences[a["id"]]]
    print("Sentence roles: %d sentences of %d answers by w1-w3 (the product's sentences, labels aligned)" % (len(train), len(labelled)))
    asked, content = {}, {}
    truth, predicted = [], []
    fold_models = []
    for k in range(5):
        fold = [s for a in answers if a["id"] in labelled and fold_of(a["id"]) != k for s in sentences[a["id"]]]
        model, alone = RoleModel(fold, roles), RoleModel(fold, roles, asked=False)
        fold_models.append((model, alone))
        for a in (a for a in answers if a["id"] in labelled and fold_of(a["id"]) == k):
            asked[a["id"]] = model.probabilities(sentences[a["id"]], a["kind"])
            content[a["id"]] = alone.probabilities(sentences[a["id"]], a["kind"])
            truth += [[r in s["labels"] for r in roles] for s in sentences[a["id"]]]
            predicted += list(asked[a["id"]])
    final = (RoleModel(train, roles), RoleModel(train, roles, asked=False))
    for a in (a for a in answers if a["id"] not in labelled):
        asked[a["id"]] = final[0].probabilities(sentences[a["id"]], a["kind"])
        content[a["id"]] = final[1].probabilities(sentences[a["id"]], a["kind"])
    truth, predicted = np.array(truth), np.array(predicted) > 0.5
    f1 = {r: 2 * (truth[:, j] & predicted[:, j]).sum() / max(1, truth[:, j].sum() + predicted[:, j].sum())
          for j, r in enumerate(roles)}
    strict = []
    for w in ["w1", "w2", "w3"]:
        model = RoleModel([s for a in answers if a["id"] in labelled and a["id"][:2] != w for s in sentences[a["id"]]], roles)
        t = np.array([[r in s["labels"] for r in roles] for a in answers if a["id"][:2] == w for s in sentences[a["id"]]])
        p = np.vstack([model.probabilities(sentences[a["id"]], a["kind"]) for a in answers
                       if a["id"][:2] == w and sentences[a["id"]]]) > 0.5
        strict.append(np.mean([2 * (t[:, j] & p[:, j]).sum() / max(1, t[:, j].sum() + p[:, j].sum())
                               for j in range(len(roles)) if t[:, j].sum() >= 5]))
    print("  per-role F1, 5-fold by answer: " + " ".join("%s %.2f" % (r, f1[r]) for r in roles))
    print("  macro F1: 5-fold by answer %.3f; leaving one writer out %.3f (w1 %.2f, w2 %.2f, w3 %.2f: most roles of"
          " motivation, pay and closing answers come from w2 alone)" % (np.mean(list(f1.values())), np.mean(strict), *strict))
    return sentences, asked, content, fold_models, final


def fit_answer_intent(answers, features, intents):
    """How well each answer fits its question's intent, cross-fitted; and the model for the product."""
    vectors = {a["id"]: answer_vector(features[a["id"]]["sentences"], features[a["id"]]["echoes"]) for a in answers}
    answered = [i for i, a in enumerate(answers) if a["answers_question"]]
    models, fits = [], {}
    for k in range(5):
        rows = [i for i in answered if fold_of(answers[i]["id"]) != k]
        model = AnswerIntentModel(np.array([vectors[answers[i]["id"]] for i in rows]), [intents[i] for i in rows])
        models.append(model)
        for i, a in enumerate(answers):
            if fold_of(a["id"]) == k:
                fits[a["id"]] = model.fit_of(vectors[a["id"]], intents[i])
    final = AnswerIntentModel(np.array([vectors[answers[i]["id"]] for i in answered]), [intents[i] for i in answered])
    return fits, models, final


def cross_validate(groups, X, answers, intents, feature_names, mismatched, mismatched_X, capped):
    """Overall scores and gates for answers of each group from a model fitted on the others; and the
    share of made-up mismatched pairs whose source answer was left out that the gate turns away."""
    predicted, gates, caught = np.zeros(len(answers)), np.zeros(len(answers)), []
    for g in sorted(set(groups)):
        rows = [i for i in range(len(answers)) if groups[i] != g]
        extra = [k for k, (source, _) in enumerate(mismatched) if groups[source] != g]
        model = ScoreModel(X[rows], [answers[i] for i in rows], [intents[i] for i in rows], feature_names,
                           mismatched_X[extra] if extra else None)
        for i in (i for i in range(len(answers)) if groups[i] == g):
            _, gates[i], predicted[i] = model.predict(X[i], answers[i]["kind"], ScoreModel.pattern(answers[i], intents[i]), capped[i])
        for k in (k for k, (source, _) in enumerate(mismatched) if groups[source] == g):
            source, item = mismatched[k]
            _, gate, _ = model.predict(mismatched_X[k], item["kind"], ScoreModel.pattern(answers[source], item["intent"]), capped[source])
            caught.append(gate < 0.5)
    return predicted, gates, np.mean(caught) if caught else float("nan")


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--corpus", default=os.path.join(ROOT, "..", "shared", "corpus"))
    parser.add_argument("--work", default=os.path.join(ROOT, ".build", "fit"))
    parser.add_argument("--no-write", action="store_true", help="report only; write nothing into the product")
    parser.add_argument("--worst", type=int, default=0, help="list the N answers the LOWO fit misses most")
    args = parser.parse_args()

    answers = [json.loads(l) for l in open(os.path.join(args.corpus, "answers.jsonl"))]
    features, bank_questions, names = dump(os.path.join(args.corpus, "answers.jsonl"), os.path.join(args.work, "corpus"))
    assert len(names["cues"]) == CUES, "SentenceFeatures.cueNames changed: set CUES in scorer_readers.py"
    features = {f["id"]: f for f in features}
    labelled = collections.defaultdict(list)
    for line in open(os.path.join(args.corpus, "sentences.jsonl")):
        s = json.loads(line)
        labelled[s["answer_id"]].append(s)
    roles = sorted({r for v in labelled.values() for s in v for r in s["labels"]} - {"profanity"})
    writers = np.array([a["id"][:2] for a in answers])

    intent_model, intent_of, questions = fit_intent(answers, features, bank_questions, args.work)
    sentences, asked, content, fold_models, (role_model, content_model) = fit_roles(answers, features, labelled, roles)
    intents = [intent_of[a["question"]] for a in answers]
    fits, intent_models, answer_intent = fit_answer_intent(answers, features, intents)

    # Each answer's profile read both ways, from role probabilities cross-fitted as the product
    # will meet unseen answers.
    feature_names = profile_names(names)
    X = np.array([np.concatenate([
        profile(P, [s["cues"] for s in sentences[a["id"]]], features[a["id"]]["whole"], intents[i], a["kind"], roles,
                features[a["id"]]["echoes"], fits[a["id"]])
        for P in (asked[a["id"]], content[a["id"]])]) for i, a in enumerate(answers)])
    y = np.array([a["score"] for a in answers], float)
    mismatched, mismatched_X = mismatched_pairs(answers, intents, questions, intent_of, args, roles, fold_models,
                                                (role_model, content_model), labelled, fold_of, intent_models)
    for f in features.values():
        f["names"] = names["whole"]
    capped = [policy_capped(features[a["id"]]) for a in answers]
    validate = lambda groups: cross_validate(groups, X, answers, intents, feature_names, mismatched, mismatched_X, capped)  # noqa: E731

    print("Overall score, %d answers by four writers (interviewer's scores)" % len(answers))
    length = np.array([features[a["id"]]["whole"][0] for a in answers])
    base = np.zeros(len(answers))
    for w in ["w1", "w2", "w3", "w4"]:
        slope, intercept = np.polyfit(length[writers != w], y[writers != w], 1)
        base[writers == w] = slope * length[writers == w] + intercept
    report("baseline: answer length (LOWO)", base, y, writers, fail_truth=True)
    before = {l.split("\t")[0]: float(l.split("\t")[1])
              for l in open(os.path.join(ROOT, "Scripts", "data", "scores-before-issue-19.tsv")) if not l.startswith("#")}
    report("baseline: the scorer before issue 19", np.array([before[a["id"]] for a in answers]), y, writers, fail_truth=True)
    lowo, gate_lowo, caught_lowo = validate(writers)
    mean_r = report("fitted, leaving one writer out", lowo, y, writers, fail_truth=True)
    for i in np.argsort(-np.abs(lowo - y))[:args.worst]:
        a = answers[i]
        print("    %s %-9s truth %3d fitted %3d gate %.2f aq %d %-40s | %s" % (
            a["id"], intents[i], a["score"], lowo[i], gate_lowo[i], a["answers_question"], ",".join(a["flags"])[:40], a["question"][:50]))
    by_question = np.array([int(hashlib.md5(a["question"].encode()).hexdigest(), 16) % 10 for a in answers])
    byq, gate_byq, caught_byq = validate(by_question)
    report("fitted, 10 folds grouped by question", byq, y, writers, fail_truth=True)
    truth = np.array([a["answers_question"] for a in answers])
    print("  answers-the-question accuracy: leaving one writer out %.3f, grouped by question %.3f (always yes: %.3f)"
          % (np.mean((gate_lowo > 0.5) == truth), np.mean((gate_byq > 0.5) == truth), truth.mean()))
    print("  strong answers given to a question they do not answer, caught by the gate: leaving one writer out %.3f,"
          " grouped by question %.3f (%d pairs)" % (caught_lowo, caught_byq, len(mismatched)))
    print("  mean r over the four writers left out: %.3f" % mean_r)

    final = ScoreModel(X, answers, intents, feature_names, mismatched_X)
    if args.no_write:
        return
    write_model(role_model, content_model, roles, intent_model, final, feature_names, names, answer_intent)
    write_reference(args, role_model, content_model, roles, intent_model, final, names, answer_intent)


if __name__ == "__main__":
    main()
