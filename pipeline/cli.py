"""The `kehoach` command line."""

from __future__ import annotations

import json
import os
import sys
import time
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn
from rich.table import Table

from pipeline import __version__
from pipeline.batch import (
    CACHE_DIR,
    SKIPPED_NAMES,
    BatchConfig,
    BatchInterrupted,
    BatchSummary,
    extract_batch,
)
from pipeline.errors import UnknownStage, UsageError
from pipeline.limits import Limits
from pipeline.models import RECORD_LISTS, Document
from pipeline.outputs import parse_formats
from pipeline.project import Project, load_project
from pipeline.stages import DEFAULT_STAGES, build, load_registry

if TYPE_CHECKING:
    from pipeline.extract.indicators import Taxonomy

app = typer.Typer(
    name="kehoach",
    help="Turn Vietnamese government plans (kế hoạch) into structured, evidence-linked records.",
    no_args_is_help=True,
    add_completion=False,
    rich_markup_mode="rich",
    pretty_exceptions_enable=False,
)
err_console = Console(stderr=True)

EXIT_OK, EXIT_FAILED_INPUTS, EXIT_USAGE, EXIT_INTERRUPTED = 0, 1, 2, 130


def _usage_error(exc: UsageError) -> typer.Exit:
    """A `UsageError` (a folder that is not an output, a pattern matching nothing, a bad
    project file) as the command line reports it: the reason, exit 2."""
    from rich.markup import escape

    err_console.print(f"[red]error:[/red] {escape(exc.cause)}", highlight=False)
    return typer.Exit(EXIT_USAGE)


def _project() -> Project:
    try:
        return load_project()
    except UsageError as exc:
        raise _usage_error(exc) from None


def _documents(pred: Path) -> dict[str, Document]:
    """The Documents of an `extract` output folder in any format, or exit 2 saying why not."""
    from pipeline.readers import load_documents

    try:
        return load_documents(pred)
    except UsageError as exc:
        raise _usage_error(exc) from None


def _version(value: bool) -> None:
    if value:
        typer.echo(f"kehoach {__version__}")
        raise typer.Exit()


@app.callback()
def main(
    version: Annotated[
        bool, typer.Option("--version", callback=_version, is_eager=True, help="Print the version and exit.")
    ] = False,
) -> None:
    """kehoach: plans in, records out, every value traceable to its sentence."""


@app.command()
def extract(
    paths: Annotated[
        list[Path],
        typer.Argument(
            help="Files, folders or quoted glob patterns ('corpus/**/*.pdf') to process, or - for "
            "standard input. Folders are searched recursively; hidden files, "
            f"notes named {', '.join(SKIPPED_NAMES)} and folders kehoach wrote (the output folder, "
            "reports) are skipped.",
            show_default=False,
        ),
    ],
    out: Annotated[Path, typer.Option("--out", "-o", help="Output folder (created if missing).")] = Path("out"),
    fmt: Annotated[
        str | None,
        typer.Option(
            "--format", "-f",
            help="One or several, joined with commas (json,csv,parquet). json: one <doc_id>.json per "
            "document; jsonl: documents.jsonl; csv and parquet: documents, texts and one table per "
            "record type. In CSV, text that starts like a spreadsheet formula (= + - @, tab, CR) or "
            "with ' gets a leading ' so that Excel or LibreOffice shows it instead of running it; "
            "JSON, JSONL and Parquet keep every value as written. Default: the project file's, else json.",
            show_default=False,
        ),
    ] = None,
    name: Annotated[
        str, typer.Option(help="The file name of the document read from standard input (-): its stem is the "
                               "doc_id, its extension a hint of the format.")
    ] = "stdin",
    jobs: Annotated[
        int | None,
        typer.Option("--jobs", "-j", min=1, help="Worker processes. Default: the project file's, else all cores.",
                     show_default=False),
    ] = None,
    scheduler: Annotated[
        str,
        typer.Option(
            help="local (a process pool), dask (a dask.distributed LocalCluster), or the address of a "
            "running Dask scheduler, e.g. tcp://HOST:8786 (its workers must see the input paths).",
        ),
    ] = "local",
    timeout: Annotated[
        float | None, typer.Option(min=0, help=f"Seconds one document may take; 0 for no limit. Default: the "
                                   f"project file's, else {Limits.timeout:g}.", show_default=False)
    ] = None,
    max_pages: Annotated[int | None, typer.Option(min=1, help=f"Pages a PDF may have. Default: the project "
                                                  f"file's, else {Limits.max_pages}.", show_default=False)] = None,
    max_mb: Annotated[float | None, typer.Option(min=0.001, help=f"Size in MB an input file may have. Default: "
                                                 f"the project file's, else {(Limits.max_bytes or 0) / 1e6:g}.",
                                                 show_default=False)] = None,
    max_memory_mb: Annotated[
        float | None, typer.Option("--max-memory", min=0, help="MB of memory one document may add to its worker; "
                                   "past it the document is an errors.jsonl line and the batch goes on. 0 for no "
                                   f"limit. Default: the project file's, else {(Limits.max_memory or 0) / 1e6:g}.",
                                   show_default=False)
    ] = None,
    fresh: Annotated[
        bool, typer.Option("--fresh", help="Ignore finished documents in OUT/.kehoach-cache and redo them.")
    ] = False,
    stages: Annotated[
        str | None,
        typer.Option(help=f"Comma-separated stages to run, in order. Default: {','.join(DEFAULT_STAGES)}."),
    ] = None,
    extractors: Annotated[
        str,
        typer.Option(help="Which extractors fill each record list: `auto` (rules, merged with the trained model "
                          "for the record types where the test split says the merge wins), `rules`, `model` "
                          "(trained components where installed, rules for the other record types) or `both` "
                          "(merged everywhere). See `kehoach stages`."),
    ] = "auto",
    follow_symlinks: Annotated[
        bool, typer.Option("--follow-symlinks", help="Read symbolic links in the input folders that point outside "
                           "them (by default each is a line in errors.jsonl, not read).")
    ] = False,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="No progress bar or summary.")] = False,
    debug: Annotated[
        bool, typer.Option("--debug", help="Show Python tracebacks, and add them to errors.jsonl.")
    ] = False,
) -> None:
    """Extract records from plans into OUT.

    Every input becomes one Document (see `kehoach schema`) or one line in OUT/errors.jsonl
    with the stage and cause. Finished documents are cached in OUT/.kehoach-cache, so the
    same command run again (or after an interruption) only does what is left.

    A document's id is its file stem; where stems collide in the batch (a/plan.txt,
    b/plan.txt) it is the first 12 hex of the sha256 of the file's path. Symbolic links in
    a folder that lead out of it are not read (see --follow-symlinks).

    Defaults for --format, --jobs and the limits come from kehoach.toml (or the
    \\[tool.kehoach] table of pyproject.toml) in the current directory, when there is one.

    Exit code: 0 all processed, 1 some inputs failed, 2 usage error, 130 interrupted (Ctrl-C:
    finished documents stay cached, no output is left half-written; run it again to resume).
    """
    try:
        registry = load_registry()
        stage_names = (tuple(s.strip() for s in stages.split(",")) if stages
                       else registry.default_names(extractors))
        build(stage_names, registry)
    except UnknownStage as exc:
        err_console.print(f"[red]error:[/red] {exc}")
        raise typer.Exit(EXIT_USAGE) from None
    if scheduler not in ("local", "dask") and not scheduler.startswith(("tcp://", "tls://")):
        err_console.print(f"[red]error:[/red] unknown scheduler {scheduler!r}; use local, dask or tcp://HOST:PORT")
        raise typer.Exit(EXIT_USAGE)
    from pipeline.api import STDIN, resolve_inputs

    project = _project()
    try:
        formats = parse_formats(fmt) if fmt is not None else project.formats or ("json",)
        stdin = sys.stdin.buffer.read() if any(str(p) == STDIN for p in paths) else None
        inputs, missing = resolve_inputs(paths, out, follow_symlinks=follow_symlinks, stdin=stdin, name=name)
    except ValueError as exc:
        err_console.print(f"[red]error:[/red] {exc}", highlight=False)
        raise typer.Exit(EXIT_USAGE) from None
    except UsageError as exc:
        raise _usage_error(exc) from None
    jobs = jobs or project.jobs or os.cpu_count() or 1
    limits = project.limits_with(
        timeout=timeout, max_pages=max_pages, max_bytes=None if max_mb is None else int(max_mb * 1e6),
        max_memory=None if max_memory_mb is None else int(max_memory_mb * 1e6),
        ocr_threads=max(1, (os.cpu_count() or 1) // jobs))
    config = BatchConfig(stages=stage_names, debug=debug,
                         limits=replace(limits, timeout=limits.timeout or None, max_memory=limits.max_memory or None))
    started = time.perf_counter()
    progress = Progress(
        TextColumn("[bold]extract"),
        BarColumn(),
        MofNCompleteColumn(),
        TextColumn("{task.fields[current]}"),
        TimeElapsedColumn(),
        console=err_console,
        disable=quiet,
    )
    with progress:
        task = progress.add_task("extract", total=len(inputs), current="")

        def advance(path: Path, status: str) -> None:
            progress.update(task, advance=1, current=f"{status} {path.name[:40]}")

        try:
            summary = extract_batch(
                inputs, out, formats, config, jobs=jobs, scheduler=scheduler, on_done=advance, use_cache=not fresh,
                failed=missing,
            )
        except BatchInterrupted as stop:
            progress.stop()
            err_console.print(
                f"[yellow]interrupted:[/yellow] {stop.summary.ok} of {len(inputs)} documents finished and cached in "
                f"{out / CACHE_DIR}; run the same command again to go on from there", highlight=False)
            raise typer.Exit(EXIT_INTERRUPTED) from None
    if not quiet:
        _summary(summary, time.perf_counter() - started, out)
    if debug:
        for error in summary.errors:
            if "traceback" in error:
                err_console.print(f"[bold]{error['path']}[/bold]\n{error['traceback']}", highlight=False, markup=False)
    raise typer.Exit(EXIT_FAILED_INPUTS if summary.errors else EXIT_OK)


def _summary(summary: BatchSummary, seconds: float, out: Path) -> None:
    table = Table(title="kehoach extract", show_header=True)
    table.add_column("what")
    table.add_column("count", justify="right")
    table.add_row("documents ok", str(summary.ok))
    table.add_row("  of which from cache", str(summary.cached))
    table.add_row("documents failed", str(len(summary.errors)))
    for name in RECORD_LISTS:
        table.add_row(name, str(summary.records[name]))
    table.add_row("seconds", f"{seconds:.1f}")
    err_console.print(table)
    errors = sorted(summary.errors, key=lambda e: e["path"])
    for error in errors[:20]:
        err_console.print(f"[red]failed[/red] {error['path']} [{error['stage']}]: {error['error']}", highlight=False)
    if len(errors) > 20:
        err_console.print(f"… and {len(errors) - 20} more in {out / 'errors.jsonl'}")
    err_console.print(f"output: {out}/")


@app.command()
def schema(
    record: Annotated[
        str, typer.Argument(help="Document (default) or one record type: " + ", ".join(RECORD_LISTS))
    ] = "Document",
) -> None:
    """Print the JSON Schema (2020-12) of the records `extract` writes: every field with its
    description; `version` is the record contract's (docs/records.md)."""
    from pipeline import models

    name = record[:1].upper() + record[1:]
    name = {"Sections": "Section", "Targets": "Target", "Tasks": "Task", "Agencies": "Agency",
            "Deadlines": "Deadline", "Citations": "Citation"}.get(name, name)
    model = getattr(models, name, None)
    if not (isinstance(model, type) and issubclass(model, models.Record)):
        err_console.print(f"[red]error:[/red] unknown record {record!r}")
        raise typer.Exit(EXIT_USAGE)
    json.dump(models.json_schema(model), sys.stdout, ensure_ascii=False, indent=2)
    sys.stdout.write("\n")


gold_app = typer.Typer(help="Hand-labelled gold data.", no_args_is_help=True)
app.add_typer(gold_app, name="gold")


@gold_app.command("check")
def gold_check(
    gold: Annotated[Path, typer.Option(help="Folder of gold JSON files.")] = Path("gold"),
    root: Annotated[Path, typer.Option(help="Folder the gold files' `source` paths are relative to.")] = Path("."),
) -> None:
    """Validate every gold file: shape, enums, and every quote found in its document."""
    from pipeline.gold import check, load_gold, summary

    try:
        docs = load_gold(gold)
    except ValueError as exc:
        err_console.print(f"[red]invalid gold:[/red] {exc}", highlight=False)
        raise typer.Exit(EXIT_FAILED_INPUTS) from None
    problems = [p for doc in docs for p in check(doc, root)]
    for problem in problems:
        err_console.print(f"[red]problem:[/red] {problem}", highlight=False)
    counts = summary(docs)
    typer.echo(", ".join(f"{v} {k}" for k, v in counts.items()))
    if not docs:
        err_console.print(f"[red]error:[/red] no gold files in {gold}")
        raise typer.Exit(EXIT_USAGE)
    raise typer.Exit(EXIT_FAILED_INPUTS if problems else EXIT_OK)


@gold_app.command("import")
def gold_import(
    corrections: Annotated[Path, typer.Argument(help="A corrections JSON file exported by the viewer.")],
    gold: Annotated[Path, typer.Option(help="Folder of gold JSON files.")] = Path("gold"),
    root: Annotated[Path, typer.Option(help="Folder the gold files' `source` paths are relative to.")] = Path("."),
    split: Annotated[str, typer.Option(help="Split of a gold file the import creates: `dev` or `test`.")] = "dev",
) -> None:
    """Turn an analyst's corrections from `kehoach report` into gold labels: right → kept, wrong →
    removed, edited → the label with the analyst's fields, added → a new label; every changed gold
    file is checked as `kehoach gold check` does before anything is written."""
    from rich.markup import escape

    from pipeline.gold import CorrectionError, built_from, gold_json, import_corrections
    from pipeline.outputs import atomic_write

    if split not in ("dev", "test"):
        err_console.print(f"[red]error:[/red] unknown split {split!r}: choose dev or test")
        raise typer.Exit(EXIT_USAGE)
    try:
        changed, counts = import_corrections(corrections, gold, root, split)
    except CorrectionError as exc:
        err_console.print(f"[red]error:[/red] {escape(str(exc))}", highlight=False)
        raise typer.Exit(EXIT_USAGE) from None
    gold.mkdir(parents=True, exist_ok=True)
    for path, doc in changed.items():
        atomic_write(path, gold_json(doc).encode("utf-8"))
        typer.echo(f"{path}: " + ", ".join(f"{len(getattr(doc, k))} {k}" for k in
                                           ("targets", "tasks", "agencies", "deadlines", "citations")))
        labels = built_from(gold, doc.doc_id)
        if labels:
            err_console.print(f"[yellow]note:[/yellow] {path} is built from {labels}: carry the change over there, "
                              "or `python gold/src/build.py` will undo it", highlight=False)
    typer.echo(", ".join(f"{v} {k}" for k, v in counts.items()))


def _fmt(value: float | None) -> str:
    return "—" if value is None else f"{value:.3f}"


@app.command("evaluate")
def evaluate_cmd(
    pred: Annotated[Path, typer.Option(help="An `extract` output folder (json, jsonl, csv or parquet).")],
    gold: Annotated[Path, typer.Option(help="Folder of gold JSON files.")] = Path("gold"),
    as_json: Annotated[bool, typer.Option("--json", help="Print the scores as JSON.")] = False,
    by_doc: Annotated[bool, typer.Option("--by-doc", help="Also print F1 per document.")] = False,
    errors: Annotated[bool, typer.Option("--errors", help="List every miss, false positive and wrong field of a matched pair.")] = False,
    split: Annotated[str, typer.Option(
        help="Which gold to score: `test` (plans labelled before any rule saw them: the number that counts), "
             "`dev` (read while rules were written) or `all`.")] = "all",
) -> None:
    """Score extractor output against gold: precision, recall, F1 per record type.

    F1 pools every record of the split; `doc F1` is the mean of the documents' F1, so one long
    table cannot carry the number. Matching rules are in gold/README.md.
    """
    from pipeline.evaluate import dumps, evaluate
    from pipeline.gold import load_gold, select_split

    try:
        gold_docs = select_split(load_gold(gold), split)
    except ValueError as exc:
        err_console.print(f"[red]error:[/red] {exc}")
        raise typer.Exit(EXIT_USAGE) from None
    if not gold_docs:
        err_console.print(f"[red]error:[/red] no gold documents of split {split!r} in {gold}")
        raise typer.Exit(EXIT_USAGE)
    predictions = _documents(pred)
    result = evaluate(gold_docs, predictions)
    if as_json:
        typer.echo(dumps(result))
        raise typer.Exit(EXIT_OK)
    out = Console(width=150) if not sys.stdout.isatty() else Console()
    table = Table(title=f"kehoach evaluate — split {split}: {len(result.by_doc)} gold documents")
    for col in ("category", "P", "R", "F1", "doc F1", "tp", "pred", "gold", "on matched pairs"):
        table.add_column(col, justify="left" if col in ("category", "on matched pairs") else "right")
    for name, r in result.total.items():
        s = r.score
        attrs = ", ".join(f"{k} {c / t:.2f}" for k, (c, t) in r.attributes.items() if t)
        table.add_row(name, _fmt(s.precision), _fmt(s.recall), _fmt(s.f1), _fmt(result.macro_f1(name)), str(s.tp),
                      str(s.predicted), str(s.gold), attrs)
    out.print(table)
    if by_doc:
        names = [n for n in result.total if not n.startswith("metadata.")]
        doc_table = Table(title="F1 by document")
        doc_table.add_column("doc_id")
        doc_table.add_column("split")
        for n in names:
            doc_table.add_column(n, justify="right")
        for doc_id, cats in result.by_doc.items():
            doc_table.add_row(doc_id[:40], result.splits[doc_id], *(_fmt(cats[n].score.f1) if n in cats else "" for n in names))
        out.print(doc_table)
    if errors:
        for r in result.total.values():
            for e in r.errors:
                out.print(f"{e['doc_id'][:28]:28} {e['type']:22} {e['error']:15} {e['text'][:140]}", highlight=False,
                          markup=False)
    if result.missing:
        err_console.print(f"[yellow]no prediction for:[/yellow] {', '.join(result.missing)}")
    _print_lineage_scores(out, predictions, gold, errors)


def _print_lineage_scores(out: Console, predictions: dict, gold: Path, errors: bool) -> None:
    """Link precision and recall of `lineage` against each hand-judged `gold/lineage/*.yaml`
    whose documents are among the predictions."""
    from pipeline.compare import score_lineage

    for path in sorted((gold / "lineage").glob("*.yaml")):
        score = score_lineage(predictions, path)
        if score is None:
            continue
        out.print(f"lineage links ({score.batch}, {score.documents} documents): P {_fmt(score.precision)} "
                  f"R {_fmt(score.recall)} — {score.tp} true of {score.predicted} found, {score.gold} in gold",
                  highlight=False)
        if errors:
            for child, parent in score.false_links:
                out.print(f"  false link   {child} -> {parent}", highlight=False, markup=False)
            for child, parent in score.missed:
                out.print(f"  missed link  {child} -> {parent}", highlight=False, markup=False)


def _taxonomy(files: list[Path] | None) -> Taxonomy | None:
    """The bundled taxonomy extended by the user's files (--taxonomy, else the project file's
    `taxonomy`), or None to keep extraction's codes; a file that does not validate is a usage
    error naming it."""
    from pipeline.extract.indicators import Taxonomy
    from pipeline.lexicon import LexiconError

    files = files or _project().taxonomy
    if not files:
        return None
    try:
        return Taxonomy.load(files)
    except LexiconError as exc:
        from rich.markup import escape

        err_console.print(f"[red]error:[/red] {escape(str(exc))}", highlight=False)
        raise typer.Exit(EXIT_USAGE) from None


@app.command("indicators")
def indicators_cmd(
    pred: Annotated[Path | None, typer.Argument(help="An `extract` output folder (json, jsonl, csv or parquet).")] = None,
    as_csv: Annotated[bool, typer.Option("--csv", help="Print CSV instead of a table.")] = False,
    taxonomy: Annotated[list[Path] | None, typer.Option(
        "--taxonomy", help="A YAML file of your own indicators added to the bundled taxonomy (repeatable).")] = None,
    list_taxonomy: Annotated[bool, typer.Option(
        "--list", help="Print the taxonomy itself (code, Vietnamese name, unit, target kinds, source).")] = False,
) -> None:
    """Line up targets across plans: indicator × plan (locality and year) → each commitment with
    its comparator and unit, as `kehoach compare` writes it to targets_wide.csv. With `--list`,
    the taxonomy the targets are matched to."""
    from pipeline.compare import csv_text, tidy_targets, wide_targets
    from pipeline.extract.indicators import bundled

    if list_taxonomy:
        import pandas as pd

        entries = (_taxonomy(taxonomy) or bundled()).entries
        wide = pd.DataFrame([{"code": e.canonical, "name": e.name or "", "unit": e.unit or "",
                              "kinds": ", ".join(e.kinds or []), "source": e.source or "",
                              "nsis_code": e.nsis_code or ""} for e in entries])
    elif pred is None:
        err_console.print("[red]error:[/red] give an `extract` output folder, or --list for the taxonomy")
        raise typer.Exit(EXIT_USAGE)
    else:
        wide = wide_targets(tidy_targets(_documents(pred), _taxonomy(taxonomy))).fillna("")
    if as_csv:
        sys.stdout.write(csv_text(wide))
        return
    table = Table(title="indicator taxonomy" if list_taxonomy else "targets by indicator and plan")
    for column in wide.columns:
        table.add_column(str(column), overflow="fold")
    for row in wide.itertuples(index=False):
        table.add_row(*(str(cell).replace("; ", "\n") for cell in row))
    Console(width=max(120, 18 * (len(wide.columns) + 1))).print(table)


@app.command("compare")
def compare_cmd(
    pred: Annotated[Path, typer.Argument(help="An `extract` output folder (json, jsonl, csv or parquet).")],
    out: Annotated[Path, typer.Option("--out", "-o", help="Folder for the tables and charts.")],
    indicator: Annotated[list[str] | None, typer.Option(
        "--indicator", "-i", help="An indicator for the overview chart (repeat for more; default: every "
                                  "indicator two plans or more state).")] = None,
    taxonomy: Annotated[list[Path] | None, typer.Option(
        "--taxonomy", help="A YAML file of your own indicators (the schema of indicators.yaml) added to the "
                           "bundled taxonomy; targets are re-matched with it. Repeat for more.")] = None,
) -> None:
    """Targets lined up across plans (tidy CSV and Parquet, wide CSV, a chart per shared
    indicator and an overview of several stacked) and plan lineage (which plan of the batch
    each plan implements)."""
    from pipeline.compare import compare

    try:
        result = compare(pred, out, indicator or None, _taxonomy(taxonomy))
    except UsageError as exc:
        raise _usage_error(exc) from None
    except (FileNotFoundError, ValueError) as exc:
        err_console.print(f"[red]error:[/red] {exc}")
        raise typer.Exit(EXIT_USAGE) from None
    charts = result["charts"]
    err_console.print(
        f"{result['documents']} documents, {result['targets']} targets ({result['without_indicator']} without an "
        f"indicator), {len(charts) // 2} charts, {result['links']} lineage links → {out}/",
        highlight=False,
    )


@app.command("report")
def report_cmd(
    pred: Annotated[Path, typer.Argument(help="An `extract` output folder (json, jsonl, csv or parquet).")],
    out: Annotated[Path, typer.Option("--out", "-o", help="Folder for the site.")],
) -> None:
    """A static evidence viewer: search, filter and sort every record of the batch; each document's
    text with its records highlighted beside it; mark records right or wrong, edit or add them, and
    export the corrections for `kehoach gold import` (opens from disk, no server, no network)."""
    from pipeline.report import write_report

    try:
        result = write_report(pred, out)
    except UsageError as exc:
        raise _usage_error(exc) from None
    except FileNotFoundError as exc:
        err_console.print(f"[red]error:[/red] {exc}")
        raise typer.Exit(EXIT_USAGE) from None
    err_console.print(f"{result['documents']} documents → {out / 'index.html'}", highlight=False)


@app.command("stages")
def list_stages(
    as_json: Annotated[bool, typer.Option("--json", help="Print the components as JSON.")] = False,
) -> None:
    """List the pipeline's components: `*` marks the default pipeline, in its order; each says
    its kind (parse, rules, model), what it requires and what it assigns."""
    try:
        registry = load_registry()
    except UnknownStage as exc:
        err_console.print(f"[red]error:[/red] {exc}")
        raise typer.Exit(EXIT_USAGE) from None
    default = registry.default_names()
    rows = [{"name": c.name, "default": c.name in default, "kind": c.kind, "requires": list(c.requires),
             "assigns": list(c.assigns), "doc": c.doc} for c in registry]
    if as_json:
        typer.echo(json.dumps(rows, ensure_ascii=False, indent=2))
        return
    for row in rows:
        typer.echo(f"{'*' if row['default'] else ' '} {row['name']:16} {row['kind']:6} "
                   f"→ {', '.join(row['assigns']):22} {row['doc']}")


def run() -> None:
    """Entry point: usage errors exit 2 (click's convention); anything unexpected is one
    line naming the cause, not a traceback, unless `--debug` asks for it."""
    try:
        app()
    except OSError as exc:
        if "--debug" in sys.argv:
            raise
        err_console.print(f"[red]error:[/red] {exc.strerror or exc}: {exc.filename or ''}", highlight=False)
        sys.exit(EXIT_USAGE)
    except Exception as exc:
        if "--debug" in sys.argv:
            raise
        err_console.print(f"[red]internal error:[/red] {type(exc).__name__}: {exc} (run with --debug for the traceback)",
                          highlight=False)
        sys.exit(EXIT_FAILED_INPUTS)


__all__ = ["app", "run", "Document"]
