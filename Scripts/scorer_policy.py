"""The scorer's product policy, in one place: what each kind of question asks an answer for.

These tables say what a question is for, not how any answer is worded; the roles they name are
found by fitted classifiers and every weight on them is fitted (Scripts/fit-scorer.py). They are
written into the product with the fitted models, so Swift reads the same tables.
"""

KINDS = ["behavioral", "closing", "general", "motivation", "qualification", "salary", "situational", "weakness"]
CRITERIA = ["story", "research", "match", "delivery"]

# What a question asks for (Scripts/data/question-intents.tsv labels each bank and corpus question).
INTENTS = ["episode", "plan", "qualification", "weakness", "closing", "salary", "logistics", "whyUs", "field",
           "aboutYou", "leaving", "strengths", "drivers"]

# The kind a question of each intent belongs to when no bank says.
INTENT_KIND = {"episode": "behavioral", "plan": "situational", "qualification": "qualification",
               "weakness": "weakness", "closing": "closing", "salary": "salary", "logistics": "salary",
               "whyUs": "motivation", "field": "motivation", "aboutYou": "general", "leaving": "general",
               "strengths": "general", "drivers": "general"}

# The intents a bank's kind allows.
KIND_INTENTS = {"behavioral": ["episode"], "situational": ["plan", "episode"], "qualification": ["qualification", "strengths"],
                "weakness": ["weakness"], "closing": ["closing"], "salary": ["salary", "logistics"],
                "motivation": ["whyUs", "field", "drivers"],
                "general": ["aboutYou", "leaving", "strengths", "drivers", "field", "weakness"]}


def allowed_intents(kind):
    return KIND_INTENTS[kind]


# The sentence roles without which an answer does not answer the question.
MUST = {
    "episode": ["own_action", "team_action", "situation"],
    "plan": ["hypothetical", "own_action"],
    "qualification": ["own_action", "credential", "situation"],
    "weakness": ["weakness"],
    "closing": ["question_to_them"],
    "salary": ["pay"],
    "logistics": ["logistics"],
    "whyUs": ["company_reason", "generic_praise"],
    "field": ["field_reason", "personal_driver", "company_reason"],
    "aboutYou": ["credential", "situation", "own_action"],
    "leaving": ["personal_driver", "situation", "reflection", "negative_about_others"],
    "strengths": ["claim", "own_action", "credential", "reflection"],
    "drivers": ["personal_driver", "field_reason", "claim"],
}

# The roles a strong answer to the question covers.
WANT = {
    "episode": ["situation", "task", "own_action", "result", "reflection"],
    "plan": ["hypothetical", "own_action", "situation", "result"],
    "qualification": ["own_action", "result", "credential", "situation"],
    "weakness": ["weakness", "remedy", "reflection", "result"],
    "closing": ["question_to_them"],
    "salary": ["pay"],
    "logistics": ["logistics"],
    "whyUs": ["company_reason", "personal_driver"],
    "field": ["field_reason", "personal_driver", "credential"],
    "aboutYou": ["credential", "situation", "own_action", "result", "personal_driver"],
    "leaving": ["personal_driver", "reflection", "situation"],
    "strengths": ["claim", "own_action", "result", "reflection"],
    "drivers": ["personal_driver", "field_reason", "own_action"],
}

# Roles that cost an answer whatever was asked.
BAD = ["boast", "negative_about_others", "filler", "off_topic", "generic_praise", "disguised_strength"]

# Research is scored for questions about the company; the match for questions about the work.
RESEARCH_INTENTS = ["whyUs", "field", "closing"]
MATCH_INTENTS = ["episode", "plan", "qualification", "strengths", "aboutYou"]

# What the "answers the question" gate reads.
GATE_FEATURES = ["must_max", "must_sum", "must_mean", "want_cover", "max_off_topic", "mean_question_overlap",
                 "max_question_overlap", "words", "bad_max", "mean_function_share", "hypothetical_episode", "intent_fit"]

# Features whose weight may not be negative (more of them never lowers a score) or positive.
POSITIVE = {"must_max", "must_sum", "must_mean", "want_cover", "want_sum", "intent_fit"}
NEGATIVE = {"bad_max", "bad_sum", "hypothetical_episode", "repeated", "placeholders", "profanity", "copied",
            "max_boast", "max_negative_about_others", "max_filler", "max_off_topic", "max_generic_praise",
            "max_disguised_strength", "mean_hesitation", "max_hesitation", "mean_profanity", "max_profanity"}
