"""The project's own fixture answers (Tests/ReboundCoreTests/Fixtures), read for the reference
predictions the Swift scorer must reproduce."""
import os


def fixture_answers(folder):
    """Every answer of the labelled pairs: question, kind, company and posting when given, and text."""
    items = []
    labelled = os.path.join(folder, "LabelledAnswers")
    for name in sorted(os.listdir(labelled)):
        if not name.endswith(".txt"):
            continue
        for block in open(os.path.join(labelled, name), encoding="utf-8").read().split("\n===\n"):
            fields, answers, current = {}, [], None
            for line in block.split("\n"):
                if line.startswith("#"):
                    continue
                if line.startswith("--- "):
                    current = []
                    answers.append(current)
                elif current is not None:
                    current.append(line)
                elif ":" in line:
                    key, value = line.split(":", 1)
                    fields[key.strip()] = value.strip()
            for n, lines in enumerate(answers):
                text = "\n".join(lines).strip()
                if not text or "question" not in fields:
                    continue
                item = {"id": "%s-%d-%d" % (name[:-4], len(items), n), "question": fields["question"], "answer": text}
                if fields.get("kind"):
                    item["kind"] = fields["kind"]
                item["company"] = fields.get("company")
                # Fixture postings are the sample postings that ship in QuestionBanks/postings.
                item["posting"] = "QuestionBanks/postings/" + fields["posting"] if fields.get("posting") else None
                items.append(item)
    return items
