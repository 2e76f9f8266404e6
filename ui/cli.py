"""The ``jixiao`` command: a thin wrapper over the library.

Every command takes ``--index DIR`` (default: $JIXIAO_INDEX_DIR, then ./jixiao-index). User
errors print one line to stderr and exit non-zero; there are no tracebacks for them.
"""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path
from typing import Annotated

import typer

os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("ANONYMIZED_TELEMETRY", "False")
os.environ.setdefault("TOKENIZERS_PARALLELISM", "false")

from index import Settings  # noqa: E402
from index.errors import IndexMissingError, JixiaoError  # noqa: E402

app = typer.Typer(add_completion=False, no_args_is_help=True, help="Ask questions of 绩效自评表 forms.")
IndexOpt = Annotated[
    Path | None, typer.Option("--index", help="Index folder (default $JIXIAO_INDEX_DIR or ./jixiao-index).")
]
UserOpt = Annotated[
    str | None,
    typer.Option(
        "--user",
        help="Answer as this user sees the forms (only their departments' forms) and record it in "
        "the audit log under their name.",
    ),
]


def _settings(index: Path | None) -> Settings:
    settings = Settings()
    return settings.model_copy(update={"index_dir": index}) if index else settings


def _fail(err: Exception, code: int = 1) -> None:
    typer.echo(f"error: {err}", err=True)
    raise typer.Exit(code)


def _progress():  # type: ignore[no-untyped-def]
    from tqdm import tqdm

    bars: dict[str, tqdm] = {}

    def update(stage: str, done: int, total: int) -> None:
        if stage not in bars:
            label = {"parse": "parsing files", "embed": "embedding chunks"}.get(stage, stage)
            bars[stage] = tqdm(total=total, desc=label, unit="", file=sys.stderr, leave=False)
        bar = bars[stage]
        bar.update(done - bar.n)
        if done >= total:
            bar.close()

    return update


@app.command()
def ingest(
    paths: list[Path],
    index: IndexOpt = None,
    replace: Annotated[
        bool,
        typer.Option("--replace", help="A file named like a form from another file replaces that form."),
    ] = False,
) -> None:
    """Ingest form files or folders (.txt .xlsx .xls .docx .pdf, scans .png .jpg) into the index; forms are named by their path relative to
    the folder given (a file given alone by its file name).

    Example: jixiao ingest forms/2021/ --index ./jixiao-index
    """
    from index import ingest as run_ingest

    settings = _settings(index)
    try:
        report = run_ingest(paths, settings, progress=_progress(), replace=replace)
    except JixiaoError as err:
        _fail(err)
    for outcome in report.outcomes:
        if outcome.note:
            typer.echo(f"{outcome.path}: {outcome.note}")
    typer.echo(
        f"ingested {report.files} file(s): {report.forms_added} added, {report.forms_replaced} "
        f"replaced, {report.forms_skipped} unchanged; {report.projects} projects, "
        f"{report.indicators} indicator rows, {report.chunks} chunks, {report.findings} findings "
        f"in {report.seconds:.1f}s → {settings.index_dir}"
    )


@app.command()
def check(paths: list[Path], as_json: Annotated[bool, typer.Option("--json")] = False) -> None:
    """Parse and check forms without storing them; print the findings.

    Example: jixiao check forms/2021/form.xlsx scans/form.pdf
    """
    from index import check_paths
    from index.errors import locator
    from index.export import export_projects

    try:
        parsed = check_paths(paths)
    except JixiaoError as err:
        _fail(err)
    if as_json:
        typer.echo(
            json.dumps(
                [r for f in parsed for r in export_projects(list(f.projects))], ensure_ascii=False, indent=2
            )
        )
        return
    for f in parsed:
        for p in f.projects:
            where = locator(f.form, p.sheet, p.page, p.line)
            typer.echo(f"{where} {p.name}: {len(p.indicators)} indicators, {len(p.findings)} findings")
            for n in p.findings:
                typer.echo(f"  {locator(f.form, n.sheet, n.page, n.line)} {n.severity} {n.code}: {n.message}")


@app.command()
def export(
    index: IndexOpt = None,
    as_json: Annotated[bool, typer.Option("--json", help="Print JSON.")] = True,
    user: UserOpt = None,
) -> None:
    """Print every ingested project (every one a user may see, with --user) as JSON.

    Example: jixiao export --json > projects.json
    """
    from index import export_projects, index_exists, load_records

    settings = _settings(index)
    if not index_exists(settings):
        _fail(IndexMissingError(f"no index at {settings.index_dir}; run `jixiao ingest PATH` first"), 2)
    scope = _scope(settings, user)
    records = [p for p in load_records(settings) if scope is None or {p.department, p.unit} & scope]
    _audit(settings, user, "export", detail=f"cli: {len(records)} records")
    typer.echo(json.dumps(export_projects(records), ensure_ascii=False, indent=2))


@app.command("check-index")
def check_index(
    index: IndexOpt = None,
    repair: Annotated[bool, typer.Option("--repair", help="Fix what differs.")] = False,
    as_json: Annotated[bool, typer.Option("--json", help="Print JSON.")] = False,
) -> None:
    """Compare the vector store with the form store; exit 1 when they differ (0 once repaired).

    Example: jixiao check-index --repair
    """
    from dataclasses import asdict

    from index import check_index as run_check
    from index.store import store_exists

    settings = _settings(index)
    if not store_exists(settings):
        _fail(IndexMissingError(f"no index at {settings.index_dir}; run `jixiao ingest PATH` first"), 2)
    try:
        report = run_check(settings, repair=repair)
    except JixiaoError as err:
        _fail(err, 2)
    if as_json:
        typer.echo(json.dumps({**asdict(report), "consistent": report.consistent}, ensure_ascii=False))
    else:
        typer.echo(
            f"{report.forms} forms, {report.records_expected} vector records expected, "
            f"{report.records_present} present"
        )
        for form, generation, n in report.orphans:
            typer.echo(f"  orphan: {n} records of {form or '(before generations)'} {generation}".rstrip())
        for form, expected, present in report.missing:
            typer.echo(f"  missing: {form} has {present} of {expected} records")
        typer.echo(
            "consistent"
            if report.consistent
            else "repaired"
            if report.repaired
            else "differs: run with --repair"
        )
    if not (report.consistent or report.repaired):
        raise typer.Exit(1)


@app.command()
def migrate(index: IndexOpt = None) -> None:
    """Create the store's tables or upgrade them to this release's schema, keeping every row
    (opening a store does this too; run it on its own before starting upgraded app instances).

    Example: JIXIAO_DATABASE_URL=postgresql://jixiao@db/jixiao jixiao migrate
    """
    from index.store import upgrade_store

    settings = _settings(index)
    try:
        before, after, applied = upgrade_store(settings)
    except JixiaoError as err:
        _fail(err, 2)
    for step in applied:
        typer.echo(f"applied {step}")
    where = settings.store_key.split("#")[0]
    if before == after:
        typer.echo(f"{where}: schema version {after}, up to date")
    else:
        typer.echo(f"{where}: schema version {before} → {after}")


@app.command()
def ask(
    questions: Annotated[list[str] | None, typer.Argument(help="One conversation, in order.")] = None,
    as_json: Annotated[bool, typer.Option("--json", help="Print JSON answers.")] = False,
    batch: Annotated[Path | None, typer.Option("--batch", help="File of JSON arrays, one per line.")] = None,
    index: IndexOpt = None,
    user: UserOpt = None,
) -> None:
    """Answer questions; several questions form one conversation.

    Example: jixiao ask "哪个项目满意度得分最低？" "为什么？"
    Example: jixiao ask --user li.wei "哪个项目总分最低？"
    """
    from bot import get_bot
    from index import index_exists

    settings = _settings(index)
    if not index_exists(settings):
        _fail(IndexMissingError(f"no index at {settings.index_dir}; run `jixiao ingest PATH` first"), 2)
    bot = get_bot(settings)
    scope = _scope(settings, user)
    conversations = _read_batch(batch) if batch else [list(questions or [])]
    if not any(conversations):
        _fail(JixiaoError("give at least one question, or --batch FILE"), 2)
    for conversation in conversations:
        history: list = []  # type: ignore[type-arg]
        for question in conversation:
            try:
                history.append(bot.answer(question, history, departments=scope))
            except JixiaoError as err:
                _fail(err)
            last = history[-1]
            _audit(settings, user, "ask", question, [c.id for c in last.citations], f"cli: {last.route}")
        if as_json or batch:
            typer.echo(
                json.dumps([a.to_json() for a in history], ensure_ascii=False, indent=None if batch else 2)
            )
        else:
            for a in history:
                typer.echo(f"Q: {a.question}")
                if a.interpretation:
                    typer.echo(f"   {a.understood()}")
                typer.echo(f"A: {a.answer}")
                for c in a.citations:
                    typer.echo(f"   [{c.form}:{c.line}] {c.text[:120]}")
                typer.echo("")


def _read_batch(path: Path) -> list[list[str]]:
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except OSError as err:
        _fail(JixiaoError(f"{path}: cannot read: {err.strerror}"), 2)
    out = []
    for number, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        try:
            items = json.loads(line)
        except json.JSONDecodeError as err:
            _fail(JixiaoError(f"{path}:{number}: not a JSON array of questions ({err.msg})"), 2)
        if not isinstance(items, list) or not all(isinstance(q, str) for q in items):
            _fail(JixiaoError(f"{path}:{number}: expected a JSON array of question strings"), 2)
        out.append(items)
    return out


@app.command("eval")
def evaluate(
    questions: Annotated[Path | None, typer.Argument(help="Question file (.jsonl/.yaml/.csv/.xlsx).")] = None,
    out: Annotated[Path, typer.Option("--out", help="Folder for the reports.")] = Path("eval-out"),
    baseline: Annotated[
        Path | None, typer.Option("--baseline", help="summary.json of an earlier run.")
    ] = None,
    gates: Annotated[Path | None, typer.Option("--gates", help="YAML of metric: {min|max: value}.")] = None,
    naive: Annotated[bool, typer.Option("--naive/--no-naive", help="Also score the naive baseline.")] = True,
    redact: Annotated[
        bool,
        typer.Option("--redact", help="Keep question and answer texts out of the reports (held-out set)."),
    ] = False,
    llm: Annotated[
        bool,
        typer.Option(
            "--llm",
            help="Answer with the configured model endpoint (JIXIAO_LLM_*; mode fallback unless "
            "JIXIAO_LLM_MODE says always) and report accuracy per planner; without it the model is off.",
        ),
    ] = False,
    index: IndexOpt = None,
) -> None:
    """Run the evaluation; exit 0 pass, 1 a gate failed, 2 harness error.

    Example: jixiao eval --out eval-out --gates eval/gates.yaml
    Example: JIXIAO_LLM_BASE_URL=http://127.0.0.1:8000/v1 JIXIAO_LLM_MODEL=qwen2.5 jixiao eval eval/suites/sample.jsonl --llm
    """
    from tqdm import tqdm

    from eval import QUESTIONS
    from eval.report import check_gates, compare, write_outputs
    from eval.run import run_eval
    from eval.schema import load_items

    settings = _eval_settings(_settings(index), llm)
    path = questions or QUESTIONS
    try:
        items = load_items(path)
        with tqdm(total=len(items), desc="evaluating", file=sys.stderr, leave=False) as bar:
            results, summary = run_eval(
                items, settings, path, naive, lambda n, _: bar.update(n - bar.n), redact=redact
            )
        write_outputs(out, results, summary)
        failed = check_gates(summary, gates) if gates else []
        deltas = compare(summary, baseline) if baseline else ""
    except JixiaoError as err:
        _fail(err, 2)
    typer.echo((out / "report.md").read_text(encoding="utf-8").split("## By question type")[0].rstrip())
    if llm:
        typer.echo("\n" + _planner_lines(summary))
    if deltas:
        typer.echo("\n" + deltas)
    if failed:
        typer.echo("gates failed:\n  " + "\n  ".join(failed), err=True)
        raise typer.Exit(1)
    typer.echo(
        f"\nwrote {out}/summary.json, results.jsonl, results.csv, report.md"
        + ("; gates passed" if gates else "")
    )


def _eval_settings(settings: Settings, llm: bool) -> Settings:
    if not llm:
        return settings.model_copy(update={"llm_mode": "off"})
    if not settings.llm_base_url or not settings.llm_model:
        _fail(JixiaoError("--llm needs JIXIAO_LLM_BASE_URL and JIXIAO_LLM_MODEL (see `jixiao doctor`)"), 2)
    mode = settings.llm_mode if settings.llm_mode != "off" else "fallback"
    return settings.model_copy(update={"llm_mode": mode})


def _planner_lines(summary: dict) -> str:  # type: ignore[type-arg]
    llm = summary.get("llm") or {}
    lines = [
        f"model {llm.get('model')} at {llm.get('base_url')}, mode {llm.get('mode')}: {llm.get('calls')} model calls"
    ]
    for planner, row in sorted((summary.get("by_planner") or {}).items()):
        lines.append(
            f"  planner {planner}: {row['n']} answers, accuracy {row['accuracy']:.3f}, "
            f"answered and wrong {row['confident_wrong']}"
        )
    return "\n".join(lines)


@app.command()
def doctor(index: IndexOpt = None) -> None:
    """Print the effective settings and check the index, embedding model, Chroma server and
    model endpoint; exit 1 when something configured is broken.

    Example: JIXIAO_LLM_BASE_URL=http://127.0.0.1:11434/v1 JIXIAO_LLM_MODEL=qwen2.5 jixiao doctor
    """
    from bot.doctor import effective_settings, run_checks

    settings = _settings(index)
    typer.echo("settings:")
    for name, value in effective_settings(settings):
        typer.echo(f"  {name}={value}")
    typer.echo("checks:")
    checks = run_checks(settings)
    for c in checks:
        typer.echo(f"  {c.name}: {c.status} — {c.detail}")
        if c.status == "failed" and c.fix:
            typer.echo(f"    fix: {c.fix}")
    if any(c.status == "failed" for c in checks):
        raise typer.Exit(1)


@app.command()
def health(index: IndexOpt = None) -> None:
    """Check fast that the store and the vector server answer (for a proxy or a container
    health check; no model is loaded); exit 1 when one does not.

    Example: jixiao health && echo ready
    """
    from bot.doctor import health_checks

    checks = health_checks(_settings(index))
    for c in checks:
        typer.echo(f"{c.name}: {c.status} — {c.detail}")
    if any(c.status == "failed" for c in checks):
        raise typer.Exit(1)


@app.command()
def bench(
    forms: Annotated[int, typer.Option("--forms", min=1, help="Synthetic forms to generate.")] = 50,
    as_json: Annotated[bool, typer.Option("--json", help="Print JSON.")] = False,
    rounds: Annotated[int, typer.Option("--rounds", min=1, help="Passes over the question mix.")] = 10,
    workdir: Annotated[Path | None, typer.Option("--workdir", help="Keep the corpus and index here.")] = None,
    overview: Annotated[
        bool, typer.Option("--overview", help="Time the overview page's first paint in chromium instead.")
    ] = False,
) -> None:
    """Benchmark ingest and answering (or, with --overview, the overview page) on N generated forms.

    Example: jixiao bench --forms 100 --json
    """
    import tempfile

    with tempfile.TemporaryDirectory(prefix="jixiao-bench-") as tmp:
        if overview:
            from eval import uibench

            page = uibench.run_overview_bench(forms, workdir or Path(tmp), Settings(), loads=rounds)
            typer.echo(uibench.to_json(page) if as_json else uibench.render(page))
            return
        from eval.bench import render, run_bench, to_json

        report = run_bench(forms, workdir or Path(tmp), Settings(), rounds=rounds)
    typer.echo(to_json(report) if as_json else render(report))


@app.command()
def report(
    out: Annotated[Path, typer.Option("--out", help="The file to write: .xlsx or .docx.")],
    year: Annotated[
        list[int] | None, typer.Option("--year", help="Only this fiscal year (repeatable).")
    ] = None,
    department: Annotated[
        list[str] | None, typer.Option("--department", help="Only this department or unit (repeatable).")
    ] = None,
    index: IndexOpt = None,
    user: UserOpt = None,
) -> None:
    """Write the overview and every finding to an Excel or Word file.

    Example: jixiao report --out report.xlsx --year 2021 --department 上海市大数据中心
    """
    from datetime import datetime

    from bot import get_bot
    from index import index_exists
    from ui.overview import Scope
    from ui.report import write_report

    settings = _settings(index)
    if not index_exists(settings):
        _fail(IndexMissingError(f"no index at {settings.index_dir}; run `jixiao ingest PATH` first"), 2)
    scope = Scope(tuple(year or ()), tuple(department or ()))
    projects = get_bot(settings).corpus_for(_scope(settings, user)).select(scope.years, scope.departments)
    _audit(settings, user, "report", detail=f"cli: {out.name}, {len(projects)} projects")
    try:
        write_report(out, projects, scope, datetime.now())
    except JixiaoError as err:
        _fail(err)
    typer.echo(f"wrote {out}: {len(projects)} projects, {sum(len(p.findings) for p in projects)} findings")


@app.command()
def ui(
    index: IndexOpt = None,
    port: Annotated[int, typer.Option("--port", help="Port on 127.0.0.1.")] = 8501,
    address: Annotated[
        str, typer.Option("--address", help="Address to listen on (0.0.0.0 in a container behind a proxy).")
    ] = "127.0.0.1",
) -> None:
    """Serve the web app on 127.0.0.1 (ingests the bundled sample on an empty index), with
    /healthz and the JSON API (/api/login, /api/ask) on the same port.

    Example: jixiao ui --port 8501
    """
    settings = _settings(index)
    app_path = Path(__file__).parent / "server.py"  # the pages, /healthz and the JSON API
    env = {**os.environ, "JIXIAO_INDEX_DIR": str(settings.index_dir.resolve())}
    cmd = [
        sys.executable,
        "-m",
        "streamlit",
        "run",
        str(app_path),
        "--server.address",
        address,
        "--server.port",
        str(port),
        "--server.headless",
        "true",
        "--browser.gatherUsageStats",
        "false",
        "--client.toolbarMode",
        "minimal",
        "--client.showErrorDetails",
        "none",
    ]
    sys.stdout.flush()
    os.execve(sys.executable, cmd, env)  # become streamlit: signals reach the server itself


def _scope(settings: Settings, name: str | None) -> frozenset[str] | None:
    """The departments a --user may see (None: every form, for no --user or an admin)."""
    if name is None:
        return None
    from index.accounts import list_users

    try:
        found = next((u for u in list_users(settings) if u.name == name), None)
    except JixiaoError as err:
        _fail(err, 2)
    if found is None:
        _fail(JixiaoError(f"no user {name}; see `jixiao user list`"), 2)
    assert found is not None
    return found.scope


def _audit(
    settings: Settings, user: str | None, action: str, question: str = "", cited=(), detail: str = ""
) -> None:  # type: ignore[no-untyped-def]
    if user is not None:
        from index.accounts import audit

        audit(settings, user, action, question, cited, detail)


users = typer.Typer(
    no_args_is_help=True, help="Accounts of a shared deployment: who may sign in and what they see."
)
app.add_typer(users, name="user")


@users.command("add")
def user_add(
    name: str,
    role: Annotated[
        str, typer.Option("--role", help="admin (uploads, sees every form) or viewer.")
    ] = "viewer",
    department: Annotated[
        list[str] | None,
        typer.Option(
            "--department", "-d", help="A 主管部门 or 实施单位 whose forms the viewer sees (repeatable)."
        ),
    ] = None,
    password_stdin: Annotated[
        bool, typer.Option("--password-stdin", help="Read the password from the first line of stdin.")
    ] = False,
    replace: Annotated[
        bool, typer.Option("--replace", help="Change an existing user (signs them out).")
    ] = False,
    index: IndexOpt = None,
) -> None:
    """Add a user who signs in to the web app with a password (the app then asks everyone to sign in).

    Example: jixiao user add li.wei --role viewer -d 上海市卫生健康委员会
    """
    from index.accounts import add_user
    from index.ingest import load_records

    settings = _settings(index)
    if password_stdin:
        password = sys.stdin.readline().rstrip("\r\n")
    else:
        password = typer.prompt("password", hide_input=True, confirmation_prompt=True)
    try:
        user = add_user(settings, name, password, role, department or (), replace=replace)
        known = {n for p in load_records(settings) for n in (p.department, p.unit) if n}
    except JixiaoError as err:
        _fail(err, 2)
    sees = "every form" if user.scope is None else "the forms of " + "、".join(user.departments)
    typer.echo(f"{'changed' if replace else 'added'} {user.role} {user.name}: sees {sees}")
    for name_ in user.departments:
        if name_ not in known:
            typer.echo(f"note: no ingested form names {name_} as 主管部门 or 实施单位 (yet)")


@users.command("list")
def user_list(
    as_json: Annotated[bool, typer.Option("--json", help="Print JSON.")] = False, index: IndexOpt = None
) -> None:
    """List the users, their roles and departments.

    Example: jixiao user list --json
    """
    from index.accounts import list_users

    try:
        found = list_users(_settings(index))
    except JixiaoError as err:
        _fail(err, 2)
    if as_json:
        rows = [
            {"name": u.name, "role": u.role, "departments": list(u.departments), "created_at": u.created_at}
            for u in found
        ]
        typer.echo(json.dumps(rows, ensure_ascii=False, indent=2))
        return
    for u in found:
        typer.echo(f"{u.name}\t{u.role}\t{'、'.join(u.departments) or '(every form)'}\t{u.created_at}")
    if not found:
        typer.echo("no users: the web app uses JIXIAO_PASSWORD, or no login on localhost")


@users.command("remove")
def user_remove(name: str, index: IndexOpt = None) -> None:
    """Remove a user and end their sessions; exit 1 when there is no such user.

    Example: jixiao user remove li.wei
    """
    from index.accounts import remove_user

    try:
        found = remove_user(_settings(index), name)
    except JixiaoError as err:
        _fail(err, 2)
    if not found:
        _fail(JixiaoError(f"no user {name}"))
    typer.echo(f"removed {name}")


@app.command("audit")
def audit_log(
    user: Annotated[str | None, typer.Option("--user", help="Only this user's entries.")] = None,
    limit: Annotated[int, typer.Option("--limit", min=1, help="The latest N entries.")] = 1000,
    index: IndexOpt = None,
) -> None:
    """Print the audit log as JSON lines: who asked what, when, and which rows were cited.

    Example: jixiao audit --user li.wei --limit 50
    """
    from index.accounts import audit_entries

    try:
        entries = audit_entries(_settings(index), user, limit)
    except JixiaoError as err:
        _fail(err, 2)
    for e in entries:
        typer.echo(json.dumps(e.to_json(), ensure_ascii=False))


def main() -> None:
    """Entry point of the console script."""
    app()


if __name__ == "__main__":
    main()
