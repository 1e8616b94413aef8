"""Legacy Vietnamese encodings (TCVN3, VNI): kehoach's reading next to viparse's, same files.

    python -m benchmarks.legacy_encodings [--corpus /work/shared/corpus-legacy] [--only-corpus]

Part 1, the external corpus (corpus-legacy: real TCVN3 and VNI government .doc, .xls, .rtf,
.ppt and PDF files with hand transcripts, half of the public-domain viparse-corpus): each file
read by kehoach's loader and by `viparse.load`, both outputs scored by the corpus's own scorer
(`score.py`, run from the corpus folder, METRIC.md: NFC, white space collapsed, diacritic
accuracy over the transcript's diacritic-bearing letters), per file and in total; a file a
tool fails on is counted as not read.

Part 2, the held-out real files: the three legacy-font files of corpus/formats (a TCVN3 text PDF, a
TCVN3 .doc, a VNI .doc), read by kehoach's loader and by `viparse.load`, each scored against
the Unicode transcript in corpus/formats/ground-truth/ (character error rate, diacritic and
syllable accuracy; see benchmarks/textmetrics.py) with seconds per file.

Part 3, round trips: bundled plans written in TCVN3 and VNI bytes (benchmarks/make_legacy.py)
run through the whole pipeline; each document's records are compared with those of its
Unicode original. TCVN3 has no accented capitals (headings were drawn in `.VnTimeH` from
lower-case codes), so its copies carry the capitals in lower case and their records are
compared case-insensitively.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from benchmarks.make_legacy import encode
from benchmarks.textmetrics import accuracy
from pipeline import stages
from pipeline.parse.load import load

ROOT = Path(__file__).resolve().parents[1]
LEGACY_CORPUS = Path("/work/shared/corpus-legacy")
FORMATS = ROOT / "corpus" / "formats"
FILES = {
    "14_quocgia_2004_bc-ke-hoach-ktxh-2005-vntime-tcvn3.pdf": "tcvn3",
    "25_quocgia_1998_nd-29-quy-che-dan-chu-o-xa-tcvn3.doc": "tcvn3",
    "23_binhphuoc_2008_qd-991-ubnd-ke-hoach-quy-hoach-rung-vni.doc": "vni",
}
ROUND_TRIP = ("000_07faa9962d629d68.txt", "001_cf9464726e1f8731.txt", "004_2db416048a280769.txt",
              "18_tphcm_2025_qd-ban-hanh-kh-quan-ly-rui-ro-thien-tai.txt")


def _viparse_text(path: Path) -> tuple[str, str]:
    """viparse's own loader; for a .doc when LibreOffice is not installed (viparse reads .doc
    only through it), `viparse.fix` on antiword's text — the same conversion step."""
    import subprocess

    import viparse
    from viparse.errors import MissingDependency

    try:
        (doc,) = viparse.load(str(path), encoding="auto")
        return doc.text, "viparse.load"
    except MissingDependency:
        raw = subprocess.run(["antiword", "-m", "UTF-8.txt", "-w", "0", str(path)], capture_output=True,
                             check=True).stdout.decode("utf-8")
        return viparse.fix(raw, encoding="auto"), "antiword+viparse.fix"


def _kehoach_text(path: Path) -> str:
    """kehoach's loader output, its table rows `| a | b |` written as the transcripts lay
    tables out (cells apart by a tab, a line break in a cell as a space): the scorer measures
    letters, and `|`, `<br>` are kehoach's table syntax, not the document's text."""
    text = load(path, path.read_bytes()).text
    return "\n".join("\t".join(line[2:-2].split(" | ")).replace("<br>", " ")
                     if line.startswith("| ") and line.endswith(" |") else line for line in text.split("\n"))


def _score(corpus: Path, pred: Path, tool: str) -> dict[str, dict]:
    """The corpus's scorer (run from its own folder, as its README asks) on a folder of
    outputs: per document its scores; documents with no output are its failures."""
    done = subprocess.run([sys.executable, "score.py", "--pred", str(pred), "--truth", "ground-truth",
                           "--subset", "public-domain", "--tool", tool], cwd=corpus, capture_output=True,
                          check=True, text=True)
    report = json.loads(done.stdout)
    return {d["document"]: d for d in report["documents"]} | {"__summary__": report["summary"]}


def external_corpus(corpus: Path) -> None:
    import viparse

    files = sorted((corpus / "files").glob("*/*"))
    print(f"external corpus: {corpus} ({len(files)} files), scored by its own score.py "
          f"(diacritic accuracy, METRIC.md); viparse {viparse.__version__}\n")
    errors: dict[str, dict[str, str]] = {"kehoach": {}, "viparse": {}}
    with tempfile.TemporaryDirectory() as tmp:
        preds = {tool: Path(tmp) / tool for tool in errors}
        for folder in preds.values():
            folder.mkdir()
        for path in files:
            for tool, reader in (("kehoach", _kehoach_text), ("viparse", lambda p: _viparse_text(p)[0])):
                try:
                    text = reader(path)
                except Exception as exc:  # a failure is counted, not dropped (METRIC.md)
                    errors[tool][path.stem] = f"{type(exc).__name__}: {exc}"[:90]
                    continue
                if not text.strip():
                    errors[tool][path.stem] = "no text"
                    continue
                (preds[tool] / f"{path.stem}.txt").write_text(text, encoding="utf-8")
        scores = {tool: _score(corpus, folder, tool) for tool, folder in preds.items()}
    print(f"{'file':<48} {'enc':<5} {'format':<6} {'read':<5} {'kehoach':>8} {'viparse':>8} {'diff':>7}")
    diffs: list[float] = []
    for path in files:
        stem = path.stem
        k = scores["kehoach"].get(stem, {}).get("diacritic_accuracy")
        v = scores["viparse"].get(stem, {}).get("diacritic_accuracy")
        diff = f"{k - v:+.3f}" if k is not None and v is not None else "-"
        if k is not None and v is not None:
            diffs.append(k - v)
        print(f"{stem[:47]:<48} {path.parent.name:<5} {path.suffix[1:]:<6} {'yes' if k is not None else 'no':<5} "
              f"{k if k is not None else float('nan'):>8.3f} {v if v is not None else float('nan'):>8.3f} {diff:>7}")
    print()
    for tool in ("kehoach", "viparse"):
        read = [s for name, s in scores[tool].items() if name != "__summary__"]
        values = [s["diacritic_accuracy"] for s in read if s["diacritic_accuracy"] is not None]
        summary = scores[tool]["__summary__"]
        print(f"  {tool:<8} files read {len(read)}/{len(files)} ({len(read) / len(files):.0%}); diacritic accuracy "
              f"mean over files read {sum(values) / max(1, len(values)):.4f}, weighted by length (score.py) "
              f"{summary['diacritic_accuracy']}; char accuracy {summary['char_accuracy']}")
    worst = min(diffs, default=0.0)
    print(f"  kehoach minus viparse on files both read: worst {worst:+.3f}, files more than 0.01 below: "
          f"{sum(d < -0.01 for d in diffs)}")
    for tool, failed in errors.items():
        for stem, why in failed.items():
            print(f"  not read by {tool}: {stem}: {why}")
    print()


def real_files() -> None:
    print("real files against their transcripts (corpus/formats/ground-truth/)\n")
    print(f"{'file':<58} {'reader':<22} {'found':<6} {'CER':>7} {'diacritics':>10} {'syllables':>9} {'s':>6}")
    for name, encoding in FILES.items():
        path = FORMATS / name
        truth = (FORMATS / "ground-truth" / (path.stem + ".txt")).read_text(encoding="utf-8")
        for reader in ("kehoach", "viparse"):
            started = time.perf_counter()
            if reader == "kehoach":
                loaded = load(path, path.read_bytes())
                text, found = loaded.text, loaded.encoding_repaired
            else:
                text, reader = _viparse_text(path)
                found = "-"
            seconds = time.perf_counter() - started
            acc = accuracy(text, truth)
            print(f"{name[:57]:<58} {reader:<22} {str(found):<6} {acc.cer:>7.2%} {acc.diacritics:>10.4f} "
                  f"{acc.syllables:>9.4f} {seconds:>6.2f}")
    print()


def _records(doc: object, fold: bool) -> dict[str, list]:
    data = json.loads(doc.model_dump_json(include={"metadata", "targets", "tasks", "deadlines", "citations"}))  # type: ignore[attr-defined]
    text = json.dumps(data, ensure_ascii=False, sort_keys=True)
    return json.loads(text.casefold() if fold else text)


def round_trips() -> None:
    print("round trips: plans written in legacy bytes, whole pipeline, records against the Unicode original\n")
    with tempfile.TemporaryDirectory() as tmp:
        for encoding in ("vni", "tcvn3"):
            same = 0
            for name in ROUND_TRIP:
                original = ROOT / "corpus" / name
                copy = Path(tmp) / f"{encoding}-{name}"
                copy.write_bytes(encode(original.read_text(encoding="utf-8"), encoding))
                want = stages.run(original)
                got = stages.run(copy, doc_id=want.doc_id)
                fold = encoding == "tcvn3"
                identical = _records(got, fold) == _records(want, fold)
                same += identical
                counts = ", ".join(f"{k} {len(getattr(got, k))}/{len(getattr(want, k))}"
                                   for k in ("targets", "tasks", "deadlines", "citations"))
                print(f"  {encoding:<6} {name:<58} repaired as {got.source.encoding_repaired}: "
                      f"{'identical records' if identical else 'records differ'} ({counts})")
            print(f"  {encoding}: {same}/{len(ROUND_TRIP)} documents give records identical to the Unicode original\n")


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--corpus", type=Path, default=LEGACY_CORPUS, help="the corpus-legacy folder")
    parser.add_argument("--only-corpus", action="store_true", help="part 1 only")
    args = parser.parse_args()
    if (args.corpus / "score.py").exists():
        external_corpus(args.corpus)
    else:
        print(f"external corpus not found at {args.corpus}: part 1 skipped\n")
    if not args.only_corpus:
        real_files()
        round_trips()
