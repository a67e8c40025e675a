"""The public sources of the triage evaluation: where each lives (a pinned commit of a fetched snapshot),
its licence, and how its labels map to Tandem's (docs/triage.md › "Evaluation sources").

Read by ``scripts/triage_data.py``; standard library only.
"""

from __future__ import annotations

import csv
import html
import io
import json
import random
import re
import subprocess
import xml.etree.ElementTree as ET
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

from triage_sources_more import MORE_SOURCES, Wheel
from triage_sources_reviews import REVIEW_SOURCES

SEED = 11
Row = tuple[str, str, str]  # text, route, category
HUMAN, BOT, EITHER = "human", "bot", "either"


@dataclass(frozen=True)
class Source:
    name: str
    split: str  # "tune": rules may be written while reading its misses; "report": never read while tuning
    repo: str  # owner+name as the mirror names it
    commit: str
    licence: str
    rows: Callable[[Snapshot], Iterator[Row]]


class Snapshot:
    def __new__(cls, mirror: Path, repo: str, commit: str) -> Snapshot:
        if repo.startswith("pypi+"):  # a data file shipped inside a registry package, pinned by its sha256
            return Wheel(mirror, repo, commit)  # type: ignore[return-value]
        return super().__new__(cls)

    def __init__(self, mirror: Path, repo: str, commit: str):
        self.git_dir = mirror / repo / "repo"
        self.commit = commit
        if not self.git_dir.exists():
            raise SystemExit(f"{self.git_dir}: missing; fetch github:{repo.replace('+', '/', 1)} first")

    def sibling(self, repo: str, commit: str) -> Snapshot:
        return Snapshot(self.git_dir.parent.parent, repo, commit)

    def read(self, path: str, encoding: str = "utf-8") -> str:
        done = subprocess.run(["git", "-C", str(self.git_dir), "show", f"{self.commit}:{path}"], capture_output=True)
        if done.returncode != 0:
            raise SystemExit(f"{self.git_dir}: cannot read {path} at {self.commit}: {done.stderr.decode().strip()}")
        return done.stdout.decode(encoding)

    def names(self, folder: str) -> list[str]:
        out = subprocess.run(["git", "-C", str(self.git_dir), "ls-tree", "--name-only", f"{self.commit}:{folder}"],
                             capture_output=True, text=True, check=True).stdout
        return sorted(out.split())


# --- GoEmotions (train split; dev.csv holds the test split) --------------------------------------------
_CALM_EMOTIONS = {"neutral", "admiration", "amusement", "approval", "caring", "curiosity", "desire", "excitement",
                  "gratitude", "joy", "love", "optimism", "pride", "realization", "relief", "surprise"}


def goemotions(snap: Snapshot) -> Iterator[Row]:
    labels = snap.read("data/original/labels.txt").split()
    frustrated, calm = [], []
    for line in snap.read("data/original/train.tsv").splitlines():
        text, ids, _ = line.split("\t")
        emotions = {labels[int(i)] for i in ids.split(",")}
        if emotions & {"anger", "annoyance"}:
            frustrated.append((text, HUMAN, "frustration"))
        elif emotions <= _CALM_EMOTIONS:
            calm.append((text, BOT, "calm"))
    yield from _sample(frustrated, 1500) + _sample(calm, 3000)


# --- DiaSafety (train split): the user's side of each pair ---------------------------------------------
def diasafety(snap: Snapshot) -> Iterator[Row]:
    kinds = {"Risk Ignorance": "sensitive_self_harm", "Unauthorized Expertise": "sensitive_medical"}
    for item in json.loads(snap.read("DiaSafety_dataset/train.json")):
        if item["category"] in kinds:
            yield item["context"], HUMAN, kinds[item["category"]]


# --- HWU64 (home-assistant requests, one cross-validation fold's test set) -----------------------------
_HWU = "CrossValidation/autoGeneFromRealAnno/autoGene_2018_03_22-13_01_25_169/CrossValidation/KFold_{}/testset/text"
_HWU_FOLDS = (1, 2, 3)
_HWU_CALM = {"general_praise", "general_affirm", "general_confirm", "general_joke"}
_HWU_EITHER = {"general_negate", "general_dontcare", "general_repeat", "general_commandstop", "general_explain"}


def hwu64(snap: Snapshot) -> Iterator[Row]:
    for fold in _HWU_FOLDS:
        yield from _hwu_fold(snap, _HWU.format(fold))


def _hwu_fold(snap: Snapshot, folder: str) -> Iterator[Row]:
    for name in snap.names(folder):
        intent = name.removesuffix(".txt")
        if intent == "general_quirky":
            label = (EITHER, "out_of_scope")
        elif intent in _HWU_EITHER:
            label = (EITHER, "other_request")
        else:
            label = (BOT, "calm" if intent in _HWU_CALM else "routine")
        for line in snap.read(f"{folder}/{name}").splitlines():
            if line.strip():
                yield (line.strip(), *label)


# --- Banking77 (test split) ----------------------------------------------------------------------------
_BANKING_EITHER = {"compromised_card", "lost_or_stolen_card", "lost_or_stolen_phone", "card_payment_not_recognised",
                   "cash_withdrawal_not_recognised", "direct_debit_payment_not_recognised", "card_swallowed",
                   "transaction_charged_twice", "wrong_amount_of_cash_received"}


def banking77(snap: Snapshot) -> Iterator[Row]:
    for row in csv.DictReader(io.StringIO(snap.read("banking_data/test.csv"))):
        either = row["category"] in _BANKING_EITHER
        yield row["text"], EITHER if either else BOT, "other_request" if either else "routine"


# --- NLU++ (PolyAI): banking and hotel requests, several intents each; "handoff" asks for a person ----
_NLUPP_EITHER = {"lost_stolen", "wrong_notworking_notshowing", "dont_know"}
_NLUPP_CALM = {"affirm", "deny", "thank", "greet", "acknowledge", "end_call"}


def nlupp(snap: Snapshot) -> Iterator[Row]:
    for domain in ("banking", "hotels"):
        for name in snap.names(f"nlupp/data/{domain}"):
            for item in json.loads(snap.read(f"nlupp/data/{domain}/{name}")):
                intents = set(item.get("intents", ()))
                if "handoff" in intents:
                    yield item["text"], HUMAN, "human_request"
                elif intents & _NLUPP_EITHER:
                    yield item["text"], EITHER, "other_request"
                else:
                    yield item["text"], BOT, "calm" if intents and intents <= _NLUPP_CALM else "routine"


# --- MultiDoGO: customers' sentences in chats with agents (airline, fast food, finance, insurance, ...) -
_DOGO = "data/paper_splits/splits_annotated_at_sentence_level/{}/test.tsv"
_DOGO_CALM = {"openinggreeting", "closinggreeting", "thankyou", "confirmation", "rejection"}
_DOGO_EITHER = {"disputecharge", "reportlostcard", "reportbrokenphone", "reportbrokensoftware"}


def multidogo(snap: Snapshot) -> Iterator[Row]:
    rows: list[Row] = []
    for domain in ("airline", "fastfood", "finance", "insurance", "media", "software"):
        for item in csv.DictReader(
            io.StringIO(snap.read(_DOGO.format(domain))), delimiter="\t", quoting=csv.QUOTE_NONE
        ):
            intents = set((item.get("intent") or "").split("<div>"))
            text = (item.get("utterance") or "").strip()
            if not text or not intents <= _DOGO_KNOWN:
                continue  # a few lines are broken (an address in the intent column)
            if intents & _DOGO_EITHER:
                rows.append((text, EITHER, "other_request"))
            elif "outofdomain" in intents:
                rows.append((text, EITHER, "out_of_scope"))
            else:
                rows.append((text, BOT, "calm" if intents <= _DOGO_CALM else "routine"))
    yield from _sample(rows, 4000)


_DOGO_KNOWN = _DOGO_CALM | _DOGO_EITHER | {
    "contentonly", "outofdomain", "changeseatassignment", "getboardingpass", "bookflight", "getseatinfo",
    "orderpizzaintent", "orderdrinkintent", "orderburgerintent", "ordersaladintent", "orderdessertintent",
    "ordersideintent", "orderbreakfastintent", "updateaddress", "checkbalance", "transfermoney", "closeaccount",
    "getroutingnumber", "replacecard", "checkoffereligibility", "orderchecks", "getproofofinsurance",
    "checkclaimstatus", "startserviceintent", "getinformationintent", "viewbillsintent", "transferserviceintent",
    "viewdatausageintent", "upgradeserviceintent", "cancelserviceintent", "expensereport", "softwareupdate",
    "startorder", "checkserverstatus", "changeorder", "providereceipt", "stoporder", "getpromotions",
}


# --- Rasa demo and starter bots (NLU training examples) ------------------------------------------------
_RASA_FILES = {
    "RasaHQ+rasa-demo": ("6935627237436726aeb16e44add8d9fab6e43a82",
                         ("data/nlu/nlu.yml", "data/nlu/general.yml", "data/nlu/chitchat.yml",
                          "data/nlu/out_of_scope.yml")),
    "RasaHQ+retail-demo": ("4137920c1e7090d4571b27b79867cdea1428a159", ("data/nlu.yml",)),
    "RasaHQ+financial-demo": ("7627cebef1571d55855b886cf4ac20459af9566c", ("data/nlu/nlu.yml",)),
    "RasaHQ+helpdesk-assistant": ("2e9f2258c6648488bd02af86ea2803de5a9fde04", ("data/nlu.yml",)),
    "RasaHQ+NLU-training-data": ("adf95065e808be76f51ce2c39b9f564cde5a77ae",
                                 ("retail/nlu.yml", "smalltalk/nlu.yml", "mood/nlu.yml", "banking/nlu.yml")),
}
_RASA_LABELS = {
    "human_handoff": (HUMAN, "human_request"), "order_status": (BOT, "order_tracking"),
    "show_my_order_status": (BOT, "order_tracking"), "mood_angry": (HUMAN, "frustration"),
    "out_of_scope": (EITHER, "out_of_scope"), "out_of_scope/other": (EITHER, "out_of_scope"),
    "react_negative": (EITHER, "other_request"), "canthelp": (EITHER, "other_request"),
    "broken": (EITHER, "other_request"),
}
_RASA_CALM = re.compile(r"^(greet|goodbye|bye|thank|thankyou|affirm|deny|react_positive|mood_happy|mood_excited|"
                        r"chitchat/.*|.*_smalltalk)$")
_RASA_SKIP = re.compile(r"^(inform|enter_data|restart|switch|nlu_fallback|out_of_scope/non_english|mood_.*|"
                        r"chitchat/mood_unhappy|need_more_time_retail)$")
_ANNOTATION = re.compile(r"\[([^\]]*)\](?:\([^)]*\)|\{[^}]*\})")


def rasa(demo: Snapshot) -> Iterator[Row]:
    for repo, (commit, paths) in _RASA_FILES.items():
        snap = demo.sibling(repo, commit)
        for path in paths:
            for intent, text in _rasa_examples(snap.read(path)):
                if _RASA_SKIP.match(intent) and intent not in _RASA_LABELS:
                    continue
                label = _RASA_LABELS.get(intent) or ((BOT, "calm") if _RASA_CALM.match(intent) else (BOT, "routine"))
                yield (text, *label)


def _rasa_examples(yml: str) -> Iterator[tuple[str, str]]:
    intent = None
    for line in yml.splitlines():
        head = re.match(r"^- (intent|synonym|lookup|regex): *(.+)$", line)
        if head:
            intent = head.group(2).strip() if head.group(1) == "intent" else None
            continue
        example = re.match(r"^\s+- (.+)$", line)
        if intent and example:
            text = _ANNOTATION.sub(r"\1", example.group(1)).strip().rstrip("\\").strip()
            if text:
                yield intent, text


# --- Twitter US Airline Sentiment (tweets to six airlines, February 2015) ------------------------------
def airline_tweets(snap: Snapshot) -> Iterator[Row]:
    by_label: dict[str, list[Row]] = {"negative": [], "positive": [], "neutral": []}
    labels = {"negative": (HUMAN, "complaint"), "positive": (BOT, "calm"), "neutral": (EITHER, "other_request")}
    for row in csv.DictReader(io.StringIO(snap.read("Tweets.csv"))):
        text = re.sub(r"^(?:@\w+[\s,:]*)+", "", html.unescape(row["text"])).strip()  # the airline's handle, not words
        if text and row["airline_sentiment"] in by_label:
            by_label[row["airline_sentiment"]].append((text, *labels[row["airline_sentiment"]]))
    yield from (
        _sample(by_label["negative"], 1500) + _sample(by_label["positive"], 800) + _sample(by_label["neutral"], 500)
    )


# --- CounselChat (questions people asked licensed therapists; a question may carry several topics) -----
_COUNSEL_TOPICS = (("Self-harm", "sensitive_self_harm"), ("Domestic Violence", "sensitive_harassment"),
                   ("Grief and Loss", "sensitive_bereavement"), ("Depression", "sensitive_self_harm"))


def counselchat(snap: Snapshot) -> Iterator[Row]:
    csv.field_size_limit(1 << 24)
    seen: set[str] = set()
    for row in csv.DictReader(io.StringIO(snap.read("data/counselchat-data.csv"))):
        topics = {t.strip() for t in row["topics"].split(",")}
        category = next((label for topic, label in _COUNSEL_TOPICS if topic in topics), None)
        title, body = (" ".join((row[k] or "").split()) for k in ("questionTitle", "questionText"))
        text = body if body.lower().startswith(title.lower()[:40]) else f"{title} {body}".strip()
        if category and text and title not in seen:
            seen.add(title)
            yield text, HUMAN, category


# --- TREC 2017 LiveQA medical: consumer health questions sent to the U.S. National Library of Medicine --
def liveqa_medical(snap: Snapshot) -> Iterator[Row]:
    root = ET.fromstring(snap.read("TestDataset/TREC-2017-LiveQA-Medical-Test.xml"))
    for question in root.iter("Original-Question"):
        message = " ".join((question.findtext("MESSAGE") or "").split())
        subject = " ".join((question.findtext("SUBJECT") or "").split())
        text = message if len(message) >= 15 else f"{subject}. {message}".strip(". ")
        if text:
            yield text, HUMAN, "sensitive_medical"


# --- CFPB Consumer Complaint Database: a sample of complaints with the consumer's own narrative ----------
_CFPB_HARDSHIP = re.compile(r"^Struggling to (pay|repay)")


def cfpb(snap: Snapshot) -> Iterator[Row]:
    csv.field_size_limit(1 << 24)
    rows = list(csv.reader(io.StringIO(snap.read("complaints.csv"))))
    head = rows[0]
    text_at, issue_at, id_at = (head.index(k) for k in ("Consumer complaint narrative", "Issue", "Complaint ID"))
    for row in rows[1:]:
        if len(row) != len(head) or not row[id_at].strip():
            continue  # the file was cut at 1 MiB: its last line is incomplete
        text = " ".join(row[text_at].split())
        if text:
            hardship = _CFPB_HARDSHIP.match(row[issue_at])
            yield text, HUMAN, "sensitive_financial_hardship" if hardship else "complaint"


# --- Learned Hands (LegalBench): people's questions to r/legaladvice, a few per legal topic ------------
def learned_hands(snap: Snapshot) -> Iterator[Row]:
    csv.field_size_limit(1 << 24)
    for task in snap.names("legalbench"):
        if not task.startswith("learned_hands_"):
            continue
        for row in csv.DictReader(io.StringIO(snap.read(f"legalbench/{task}/train.tsv")), delimiter="\t"):
            text = " ".join((row["text"] or "").split())
            abuse = task == "learned_hands_domestic_violence" and row["answer"] == "Yes"
            if text:
                yield text, HUMAN, "sensitive_harassment" if abuse else "sensitive_legal"


SOURCES: tuple[Source, ...] = (
    Source("goemotions_train", "tune", "monologg+GoEmotions-pytorch", "b75f9d3a8b76bc1060687925b04ca98a1b8ea66b",
           "CC BY 4.0 (GoEmotions data; repository Apache-2.0)", goemotions),
    Source("diasafety_train", "tune", "thu-coai+DiaSafety", "5106a041b1c7e36f30e02a97c44897a7f2057278",
           "Apache-2.0", diasafety),
    Source("hwu64", "tune", "xliuhw+NLU-Evaluation-Data", "f6071b496b17d71e6eb43f543af0707f4ff30557", "CC BY 4.0",
           hwu64),
    Source("nlupp", "tune", "PolyAI-LDN+task-specific-datasets", "57ec275d8078af65b7731c2a98be812d844a6d6b",
           "CC BY 4.0", nlupp),
    Source("rasa", "report", "RasaHQ+rasa-demo", "6935627237436726aeb16e44add8d9fab6e43a82",
           "GPL-3.0 (rasa-demo, retail-demo), Apache-2.0 (financial-demo, helpdesk-assistant, NLU-training-data)",
           rasa),
    Source("banking77", "report", "PolyAI-LDN+task-specific-datasets", "57ec275d8078af65b7731c2a98be812d844a6d6b",
           "CC BY 4.0", banking77),
    Source("airline_tweets", "report", "Ramlah0+Twitter-US-Airline-Sentiment-Analysis",
           "b485e56d824c0c0c0ed573932a98db309523bc75", "CC BY-NC-SA 4.0 (Figure Eight / Kaggle)", airline_tweets),
    Source("multidogo", "report", "awslabs+multi-domain-goal-oriented-dialogues-dataset",
           "baa30639c4b271f394b81443c842193407cdf26d", "CDLA-Permissive-1.0", multidogo),
    Source("counselchat", "report", "nbertagnolli+counsel-chat", "e202e19c5002482f4f6631af754c276dd9adf7f2",
           "MIT (repository)", counselchat),
    Source("liveqa_medical", "report", "abachaa+LiveQA_MedicalTask_TREC2017",
           "3f5a42ccbaa0b8ff1c665a6dc23785740ab0f09f",
           "no licence file (U.S. NLM / NIST TREC data)", liveqa_medical),
    Source("cfpb", "tune", "aravindsriraj+Data-Science-Task---Consumer-Complaints",
           "1b2ab3cc3b2a58df6fd787dcffb1147df69ce2b2",
           "U.S. public domain (CFPB Consumer Complaint Database, 2023 export; copy in the repository)", cfpb),
    Source("learned_hands", "report", "NomosArtificial+static-eval", "b6af349af013bc6b84a3f769dc6e2e2a1aee47bb",
           "CC BY-NC-SA 4.0 (Learned Hands via LegalBench; measure only)", learned_hands),
    *(Source(*spec) for spec in MORE_SOURCES),
    *(Source(*spec) for spec in REVIEW_SOURCES),
)


def _sample(rows: list[Row], n: int) -> list[Row]:
    return rows if len(rows) <= n else random.Random(SEED).sample(rows, n)
