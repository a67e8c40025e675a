"""Prepare the public multilingual text that trains and measures Tandem's language check (bot/language).

    python tools/language_data.py --mirror /work/.mirror --out /work/data/lang

Reads sentences from local git mirrors of public repositories (never from the network) and writes one
sentence per line to ``OUT/train/<lang>.txt`` and ``OUT/eval/<source>/<lang>.txt``. Nothing it writes
belongs in this repository: the repository keeps this script and the trained profiles only.

Sources (provenance and licences are in docs/triage.md, "Other languages"):
- training: Universal Dependencies treebanks' dev and test splits (news, wikis, blogs, reviews, web answers) and
  xSID-0.7's validation splits (short requests to an assistant);
- measuring: the Parallel UD (PUD) test splits, one thousand sentences translated into each language, and
  xSID-0.7's test splits: sources the profiles were not trained on.
"""

from __future__ import annotations

import argparse
import re
import subprocess
import sys
from pathlib import Path

# (mirrored repository, file in it[, the part of its sentences to take])
Spec = tuple[str, str] | tuple[str, str, slice]

# language → the files read for training
TRAIN: dict[str, list[Spec]] = {
    "en": [("UniversalDependencies/UD_English-EWT", "en_ewt-ud-dev.conllu"),
           ("UniversalDependencies/UD_English-EWT", "en_ewt-ud-test.conllu"),
           ("mainlp/xsid", "data/xSID-0.7/en.valid.conll"),
           ("UniversalDependencies/UD_English-Atis", "en_atis-ud-train.conllu")],
    "es": [("UniversalDependencies/UD_Spanish-GSD", "es_gsd-ud-dev.conllu"),
           ("UniversalDependencies/UD_Spanish-GSD", "es_gsd-ud-test.conllu")],
    "fr": [("UniversalDependencies/UD_French-GSD", "fr_gsd-ud-dev.conllu"),
           ("UniversalDependencies/UD_French-GSD", "fr_gsd-ud-test.conllu")],
    "de": [("UniversalDependencies/UD_German-GSD", "de_gsd-ud-dev.conllu"),
           ("UniversalDependencies/UD_German-GSD", "de_gsd-ud-test.conllu"),
           ("mainlp/xsid", "data/xSID-0.7/de.valid.conll")],
    "pt": [("UniversalDependencies/UD_Portuguese-GSD", "pt_gsd-ud-dev.conllu"),
           ("UniversalDependencies/UD_Portuguese-GSD", "pt_gsd-ud-test.conllu")],
    "it": [("UniversalDependencies/UD_Italian-TWITTIRO", "it_twittiro-ud-train.conllu"),
           ("UniversalDependencies/UD_Italian-TWITTIRO", "it_twittiro-ud-dev.conllu"),
           ("mainlp/xsid", "data/xSID-0.7/it.valid.conll")],
    "nl": [("UniversalDependencies/UD_Dutch-Alpino", "nl_alpino-ud-dev.conllu"),
           ("UniversalDependencies/UD_Dutch-Alpino", "nl_alpino-ud-test.conllu"),
           ("mainlp/xsid", "data/xSID-0.7/nl.valid.conll")],
    # the only Polish treebank under a licence that allows it: half of PUD trains, the other half measures
    "pl": [("UniversalDependencies/UD_Polish-PUD", "pl_pud-ud-test.conllu", slice(0, 500))],
    "tr": [("UniversalDependencies/UD_Turkish-BOUN", "tr_boun-ud-dev.conllu"),
           ("UniversalDependencies/UD_Turkish-BOUN", "tr_boun-ud-test.conllu"),
           ("mainlp/xsid", "data/xSID-0.7/tr.valid.conll")],
    "ru": [("UniversalDependencies/UD_Russian-GSD", "ru_gsd-ud-dev.conllu"),
           ("UniversalDependencies/UD_Russian-GSD", "ru_gsd-ud-test.conllu")],
    "zh": [("UniversalDependencies/UD_Chinese-GSD", "zh_gsd-ud-dev.conllu"),
           ("UniversalDependencies/UD_Chinese-GSD", "zh_gsd-ud-test.conllu"),
           ("mainlp/xsid", "data/xSID-0.7/zh.valid.conll")],
    "ja": [("UniversalDependencies/UD_Japanese-GSD", "ja_gsd-ud-dev.conllu"),
           ("UniversalDependencies/UD_Japanese-GSD", "ja_gsd-ud-test.conllu"),
           ("mainlp/xsid", "data/xSID-0.7/ja.valid.conll")],
    "ar": [("mainlp/xsid", "data/xSID-0.7/ar.valid.conll")],
    # languages Tandem has no wording for, so that they are told apart from the ones it has
    "da": [("mainlp/xsid", "data/xSID-0.7/da.valid.conll")],
    "id": [("mainlp/xsid", "data/xSID-0.7/id.valid.conll")],
    "lt": [("mainlp/xsid", "data/xSID-0.7/lt.valid.conll")],
}
EVAL: dict[str, dict[str, list[Spec]]] = {
    "pud": {
        lang: [(f"UniversalDependencies/UD_{name}-PUD", f"{lang}_pud-ud-test.conllu",
                slice(500, None) if lang == "pl" else slice(None))]
        for lang, name in {
            "en": "English", "es": "Spanish", "fr": "French", "de": "German", "pt": "Portuguese",
            "it": "Italian", "pl": "Polish", "tr": "Turkish", "ru": "Russian",
        }.items()
    },
    "xsid": {
        lang: [("mainlp/xsid", f"data/xSID-0.7/{lang}.test.conll")]
        for lang in ("en", "de", "it", "nl", "tr", "zh", "ja", "ar", "da", "id")
    },
}


_MENTIONS = re.compile(r"[@#]\w+|https?://\S+")  # tweets' "@user" and links say nothing of the language


def sentences(mirror: Path, repo: str, path: str, part: slice = slice(None)) -> list[str]:
    git_dir = mirror / repo.replace("/", "+") / "repo"
    if not git_dir.exists():
        raise SystemExit(f"{git_dir}: not there; bring {repo} with the fetch tool first")
    text = subprocess.run(
        ["git", "-C", str(git_dir), "show", f"HEAD:{path}"], check=True, capture_output=True, text=True
    ).stdout
    found = [
        _MENTIONS.sub(" ", line.split("=", 1)[1]).strip() for line in text.splitlines() if line.startswith("# text =")
    ]
    if not found:
        raise SystemExit(f"{repo}/{path}: no '# text =' lines (is the file only a pointer in the mirror?)")
    return found[part]


def write(target: Path, lines: list[str]) -> None:
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"{target}: {len(lines)} sentences", file=sys.stderr)


def main(argv: list[str] | None = None) -> None:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--mirror", type=Path, default=Path("/work/.mirror"), help="folder of fetched git mirrors")
    p.add_argument("--out", type=Path, default=Path("/work/data/lang"), help="where the text goes (outside the repo)")
    options = p.parse_args(argv)
    for lang, files in TRAIN.items():
        write(options.out / "train" / f"{lang}.txt", [s for spec in files for s in sentences(options.mirror, *spec)])
    for source, languages in EVAL.items():
        for lang, files in languages.items():
            lines = [s for spec in files for s in sentences(options.mirror, *spec)]
            write(options.out / "eval" / source / f"{lang}.txt", lines)


if __name__ == "__main__":
    main()
