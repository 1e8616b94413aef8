"""Legacy Vietnamese encodings (TCVN3, VNI): kehoach's reading next to viparse's, same files.

    python -m benchmarks.legacy_encodings

Part 1, the real files: the three legacy-font files of corpus/formats (a TCVN3 text PDF, a
TCVN3 .doc, a VNI .doc), read by kehoach's loader and by `viparse.load`, each scored against
the Unicode transcript in corpus/formats/ground-truth/ (character error rate, diacritic and
syllable accuracy; see benchmarks/textmetrics.py) with seconds per file.

Part 2, round trips: bundled plans written in TCVN3 and VNI bytes (benchmarks/make_legacy.py)
run through the whole pipeline; each document's records are compared with those of its
Unicode original. TCVN3 has no accented capitals (headings were drawn in `.VnTimeH` from
lower-case codes), so its copies carry the capitals in lower case and their records are
compared case-insensitively.
"""

from __future__ import annotations

import json
import tempfile
import time
from pathlib import Path

from benchmarks.make_legacy import encode
from benchmarks.textmetrics import accuracy
from pipeline import stages
from pipeline.parse.load import load

ROOT = Path(__file__).resolve().parents[1]
FORMATS = ROOT / "corpus" / "formats"
FILES = {
    "14_quocgia_2004_bc-ke-hoach-ktxh-2005-vntime-tcvn3.pdf": "tcvn3",
    "25_quocgia_1998_nd-29-quy-che-dan-chu-o-xa-tcvn3.doc": "tcvn3",
    "23_binhphuoc_2008_qd-991-ubnd-ke-hoach-quy-hoach-rung-vni.doc": "vni",
}
ROUND_TRIP = ("000_07faa9962d629d68.txt", "001_cf9464726e1f8731.txt", "004_2db416048a280769.txt",
              "18_tphcm_2025_qd-ban-hanh-kh-quan-ly-rui-ro-thien-tai.txt")


def _viparse_text(path: Path) -> tuple[str, str]:
    """viparse's own loader; for a .doc, which it reads only through LibreOffice (not on
    this machine), `viparse.fix` on antiword's text — the same conversion step."""
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
    real_files()
    round_trips()
