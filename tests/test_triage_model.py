"""The learned signal: features, the shipped file, how it joins the rules, and how TANDEM_CONFIG steers it."""

import pytest

from bot.models import Route
from bot.triage import Triage, TriageConfig, learned
from bot.triage.eval_data import EvalRow
from bot.triage.evaluate import evaluate, rules_classifier
from bot.triage.model import MODEL_PATH, TriageModel, features
from bot.triage.report import format_mistakes

RULES_MISS = "the moon looks lovely over the harbour tonight"  # nothing any rule reacts to


def fake_model(**extra_weights) -> TriageModel:
    """A model sure of self-harm (and of anything else given) whenever the message says "harbour"."""
    weights = {"sensitive_self_harm": {"wharbour": 8.0}, **{c: {"wharbour": w} for c, w in extra_weights.items()}}
    return TriageModel(weights, {c: -4.0 for c in weights}, {c: 0.9 for c in weights}, ["sensitive_self_harm"])


@pytest.fixture
def with_model(monkeypatch):
    def install(model):
        monkeypatch.setattr(learned, "shipped_model", lambda: model)
    return install


def test_features_are_words_word_pairs_and_letter_grams():
    found = features("Where's order 1234?")
    assert {"wwhere's", "worder", "w0000", "bwhere's order", "border 0000", "c ord", "corde", "crder", "cder "} <= set(
        found
    )
    assert not any(f.startswith("c") and len(f) != 5 for f in found)


@pytest.mark.parametrize(
    "text",
    ["I can't cope anymore, I took all my pills", "is 500mg of ibuprofen too much?", "let me talk to a real person",
     "the the the going doing being", "where is my order 1234", "", "ok"],
)
def test_best_scores_each_category_as_probability_does(text):
    model = TriageModel.load()
    for threshold in (0.0, 0.5):
        best = model.best(text, dict.fromkeys(model.categories, threshold))
        scores = {c: model.probability(c, features(text)) for c in model.categories}
        top = max(scores.values())
        assert (best.probability if best is not None else None) == (top if top >= threshold else None), text


def test_the_shipped_model_is_small_and_switches_self_harm_medical_and_person_on():
    model = TriageModel.load()
    assert MODEL_PATH.stat().st_size < 600_000  # long Reddit posts (rmhd_tune) brought 170 KB of vocabulary
    assert model.enabled == ("sensitive_self_harm", "sensitive_medical", "human_request")
    assert "human_request" in model.categories  # on; TANDEM_CONFIG can switch it off
    assert 0.5 <= model.thresholds["sensitive_self_harm"] < 1
    trained_on = model.about["trained_on"]
    assert {"cfpb", "rmhd_tune"} <= set(trained_on)
    assert not {"rasa", "airline_tweets", "learned_hands", "rmhd", "esconv"} & set(trained_on)  # never REPORT


@pytest.mark.slow
def test_the_model_adds_a_handoff_the_rules_did_not_make_and_says_so(with_model):
    assert Triage(TriageConfig(model=False)).classify(RULES_MISS).route is Route.BOT
    with_model(fake_model())
    result = Triage().classify(RULES_MISS)
    assert result.route is Route.HUMAN and result.reason == "sensitive:self_harm"
    assert result.signals == ("model: sensitive_self_harm 0.98",)
    assert Triage().classify("where is my order?").route is Route.BOT


def test_the_rules_stay_the_floor(with_model):
    with_model(fake_model())
    text = "I want to talk to a person about the harbour"
    assert Triage().classify(text) == Triage(TriageConfig(model=False)).classify(text)


def test_mistakes_explain_a_handoff_the_model_made(with_model):
    with_model(fake_model())
    rows = [EvalRow(RULES_MISS, "bot", "calm")]
    import asyncio

    report = asyncio.run(evaluate(rows, rules_classifier(Triage()), mistakes=5))
    assert "← sensitive:self_harm: model: sensitive_self_harm 0.98" in format_mistakes(report.mistakes)


@pytest.mark.slow
def test_tandem_config_switches_it_off_or_moves_a_threshold(with_model):
    with_model(fake_model(frustration=3.0))  # frustration: p = 0.27 on "harbour"; shipped off
    assert Triage(TriageConfig.from_mapping({"model": False})).classify(RULES_MISS).route is Route.BOT
    off = TriageConfig.from_mapping({"model_thresholds": {"self_harm": 1}})
    assert Triage(off).classify(RULES_MISS).route is Route.BOT
    strict = TriageConfig.from_mapping({"model_thresholds": {"sensitive_self_harm": 0.999}})
    assert Triage(strict).classify(RULES_MISS).route is Route.BOT
    frustrated = TriageConfig.from_mapping({"model_thresholds": {"self_harm": 1, "frustration": 0.2}})
    result = Triage(frustrated).classify(RULES_MISS)
    assert result.reason == "frustration" and result.signals == ("model: frustration 0.27",)
    disabled = TriageConfig.from_mapping({"categories": {"self_harm": {"enabled": False}}})
    assert Triage(disabled).classify(RULES_MISS).route is Route.BOT


@pytest.mark.parametrize("table, message", [
    ({"model": "yes"}, "triage.model: expected true or false"),
    ({"model_thresholds": {"moods": 0.5}}, "triage.model_thresholds.moods: unknown category"),
    ({"model_thresholds": {"self_harm": 0}}, "above 0 and at most 1"),
    ({"model_thresholds": {"self_harm": 1.5}}, "above 0 and at most 1"),
    ({"model_thresholds": [0.5]}, "expected a table"),
])
def test_bad_model_settings_are_clear_errors(table, message):
    with pytest.raises(ValueError, match=message):
        TriageConfig.from_mapping(table)


def test_an_unreadable_model_leaves_the_rules_working(tmp_path, monkeypatch, caplog):
    broken = tmp_path / "model.json.gz"
    broken.write_bytes(b"not gzip")
    monkeypatch.setattr(learned, "MODEL_PATH", broken)
    learned.shipped_model.cache_clear()
    try:
        assert learned.shipped_model() is None
        assert "rules only" in caplog.text
        assert Triage().classify("I want to talk to a person").route is Route.HUMAN
    finally:
        learned.shipped_model.cache_clear()
