"""The examples of a Markdown page, run or checked, and the page rewritten with real output.

Every fenced block of a checked page is one of these, or the page fails its test:

- ``sql`` then ``text``: a query and what it prints. The query runs with
  ``wirehouse query`` (``--file`` when it is a file of ``warehouse/queries``) on
  ``data/warehouse.duckdb``, or on the warehouse a ``<!-- db: PATH -->`` comment
  just above the ``sql`` fence names.
- ``console``: a transcript. Each ``$ `` line runs in bash; the lines up to the
  next ``$ `` are what it prints (stdout and stderr, without Prefect's log lines).
- ``sh``: commands shown without output. Each is checked without running it:
  ``wirehouse`` command lines are parsed by the CLI itself (commands, options and
  their values), ``make`` targets must exist, benchmark scripts must exist and
  know the options given; other programs must be in ``EXTERNAL``.
- ``mermaid``: every table or mart the diagram names exists, with the columns
  an ``erDiagram`` lists.
- a block under ``<!-- file: PATH -->`` equals that file; a ``json`` block parses.

Examples run in order in a sandbox folder shaped like a checkout after ``make
run`` (``Sandbox``), so an example may use what an earlier one made. Run ids
are compared as ``<run_id>``.
"""

import json
import os
import re
import shlex
import subprocess
from dataclasses import dataclass, field
from difflib import unified_diff
from pathlib import Path

FENCE = re.compile(r"^```(\w*)[ \t]*$")
MARKER = re.compile(r"<!--\s*(db|file):\s*(\S+)\s*-->")
LOG_LINE = re.compile(r"^\d\d:\d\d:\d\d\.\d{3} \| ")
RUN_ID = re.compile(r"\b\d{8}T\d{6}-[0-9a-f]{8}\b")
DEFAULT_DB = "data/warehouse.duckdb"
# Programs a `sh` example may call besides wirehouse, make and the benchmark scripts.
EXTERNAL = {"prefect", "python3.11", "pip", "export", "crontab", "cd", "kill", "mkdir", "cp", "mv", "duckdb", "open"}
SEPARATORS = {"&&", "||", ";", "|", "&"}


@dataclass
class Block:
    lang: str
    text: str  # the block's content, with its final newline
    start: int  # index of the first content line
    end: int  # index of the closing fence
    marker: tuple[str, str] | None = None  # ("db" | "file", value) just above the opening fence


@dataclass
class Outcome:
    """What checking a page found: mismatched outputs (as diffs), failures, skips, and the page as it should be."""

    diffs: list[str] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)
    skipped: list[str] = field(default_factory=list)
    replacements: dict[int, tuple[int, str]] = field(default_factory=dict)  # start line -> (end line, new content)


def blocks(markdown: str) -> list[Block]:
    lines = markdown.splitlines(keepends=True)
    found, i, prose_start = [], 0, 0
    while i < len(lines):
        opening = FENCE.match(lines[i].rstrip("\n"))
        if not opening:
            i += 1
            continue
        close = next(j for j in range(i + 1, len(lines)) if lines[j].rstrip("\n") == "```")
        above = [MARKER.search(line) for line in lines[prose_start:i][-3:]]
        marker = next((m.groups() for m in reversed(above) if m), None)
        found.append(Block(opening.group(1), "".join(lines[i + 1:close]), i + 1, close, marker))
        i = prose_start = close + 1
    return found


def normalised(output: str) -> str:
    return RUN_ID.sub("<run_id>", output)


def transcript(text: str) -> list[tuple[str, str]]:
    """A console block as (command, output shown) pairs."""
    pairs: list[tuple[str, str]] = []
    for line in text.splitlines(keepends=True):
        if line.startswith("$ "):
            pairs.append((line[2:].rstrip("\n"), ""))
        elif pairs:
            pairs[-1] = (pairs[-1][0], pairs[-1][1] + line)
        else:
            raise ValueError(f"a console block starts with output, not a `$ ` command: {line!r}")
    return pairs


class Sandbox:
    """A folder shaped like a checkout after `make run`: the project's venv, inputs and queries linked in,
    its own data/ for the warehouses the examples write."""

    LINKED = (".venv", "warehouse", "benchmarks", "build", "Makefile")

    def __init__(self, root: Path, project: Path):
        self.root, self.project = root, project
        (root / "data").mkdir(parents=True, exist_ok=True)
        for name in self.LINKED:
            if not (root / name).exists():
                (root / name).symlink_to(project / name)
        for name in ("sample", "examples"):
            if not (root / "data" / name).exists():
                (root / "data" / name).symlink_to(project / "data" / name)
        self.env = {**os.environ, "PATH": f"{root / '.venv' / 'bin'}{os.pathsep}{os.environ['PATH']}"}
        for name in ("WIREHOUSE_DB", "COLUMNS", "LINES", "CI"):  # the defaults and the width the pages show
            self.env.pop(name, None)

    def make_run(self) -> str:
        """What `make run` does, taken from the Makefile's recipe and run here."""
        makefile = (self.project / "Makefile").read_text(encoding="utf-8")
        variables = dict(re.findall(r"^(\w+)\s*:?=\s*(.+)$", makefile, re.M))
        recipe = re.search(r"^run:.*\n\t(.+)$", makefile, re.M).group(1)
        while "$(" in recipe:
            recipe = re.sub(r"\$\((\w+)\)", lambda m: variables[m.group(1)].strip(), recipe)
        return self.shell(recipe)

    def shell(self, command: str) -> str:
        result = subprocess.run(
            ["bash", "-c", command], cwd=self.root, env=self.env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT,
            text=True, timeout=900,
        )
        return "".join(line for line in result.stdout.splitlines(keepends=True) if not LOG_LINE.match(line))

    def query(self, sql: str, db: str) -> str:
        queries = self.project / "warehouse" / "queries"
        as_file = next((path for path in sorted(queries.glob("*.sql")) if path.read_text(encoding="utf-8") == sql), None)
        if as_file is not None:
            return self.shell(f".venv/bin/wirehouse query --file warehouse/queries/{as_file.name} --db {shlex.quote(db)}")
        return self.shell(f".venv/bin/wirehouse query {shlex.quote(sql)} --db {shlex.quote(db)}")

    def relations(self, db: str) -> dict[str, list[str]]:
        """Every table and view of a warehouse with its columns."""
        import duckdb

        con = duckdb.connect(str(self.root / db), read_only=True)
        try:
            rows = con.sql("select table_name, column_name from information_schema.columns order by table_name, ordinal_position").fetchall()
        finally:
            con.close()
        columns: dict[str, list[str]] = {}
        for table, column in rows:
            columns.setdefault(table, []).append(column)
        return columns


def check_page(page: Path, sandbox: Sandbox, unavailable: tuple[str, ...] = ()) -> Outcome:
    """Run or check every example of ``page`` in ``sandbox``; commands naming an ``unavailable`` path are skipped."""
    text = page.read_text(encoding="utf-8")
    found, outcome = blocks(text), Outcome()
    i = 0
    while i < len(found):
        block = found[i]
        where = f"{page.name}:{block.start}"
        try:
            if block.marker and block.marker[0] == "file":
                _check_file(block, sandbox.project / block.marker[1], where, outcome)
            if block.lang == "sql":
                output = found[i + 1] if i + 1 < len(found) else None
                if output is None or output.lang != "text" or text.splitlines()[block.end + 1:output.start - 1] != [""]:
                    outcome.errors.append(f"{where}: an sql example is followed by a ```text block of its output")
                else:
                    db = block.marker[1] if block.marker and block.marker[0] == "db" else DEFAULT_DB
                    _compare(where, output, output.text, sandbox.query(block.text, db), outcome)
                    i += 1
            elif block.lang == "console":
                _run_transcript(block, sandbox, unavailable, where, outcome)
            elif block.lang == "sh":
                outcome.errors.extend(f"{where}: {error}" for error in check_commands(block.text, sandbox.project))
            elif block.lang == "mermaid":
                outcome.errors.extend(f"{where}: {error}" for error in check_diagram(block.text, sandbox.relations(DEFAULT_DB)))
            elif block.lang == "json":
                json.loads(block.text)
            elif not (block.marker and block.marker[0] == "file"):
                outcome.errors.append(f"{where}: a ```{block.lang} block is no example this test knows how to check")
        except Exception as error:  # one broken example is reported with the others
            outcome.errors.append(f"{where}: {type(error).__name__}: {error}")
        i += 1
    return outcome


def _check_file(block: Block, path: Path, where: str, outcome: Outcome) -> None:
    if not path.is_file():
        outcome.errors.append(f"{where}: {path} does not exist")
    elif path.read_text(encoding="utf-8") != block.text:
        _compare(where, block, block.text, path.read_text(encoding="utf-8"), outcome)


def _compare(where: str, target: Block, shown: str, actual: str, outcome: Outcome) -> None:
    if normalised(shown) != normalised(actual):
        outcome.diffs.append(
            f"{where}:\n" + "".join(unified_diff(shown.splitlines(keepends=True), actual.splitlines(keepends=True), "shown", "real"))
        )
        outcome.replacements[target.start] = (target.end, actual)


def _run_transcript(block: Block, sandbox: Sandbox, unavailable: tuple[str, ...], where: str, outcome: Outcome) -> None:
    pairs = transcript(block.text)
    missing = [path for path in unavailable if path in block.text]
    if missing:
        outcome.skipped.append(f"{where}: {', '.join(missing)} not available")
        return
    real = [(command, sandbox.shell(command)) for command, _ in pairs]
    shown_text = "".join(f"$ {command}\n{output}" for command, output in pairs)
    real_text = "".join(f"$ {command}\n{output}" for command, output in real)
    _compare(where, block, shown_text, real_text, outcome)


def rewritten(page: Path, outcome: Outcome) -> str:
    """The page with every mismatched output replaced by the real one."""
    lines = page.read_text(encoding="utf-8").splitlines(keepends=True)
    for start, (end, content) in sorted(outcome.replacements.items(), reverse=True):
        lines[start:end] = [content if content.endswith("\n") or not content else content + "\n"]
    return "".join(lines)


def logical_lines(text: str) -> list[str]:
    return [line for line in text.replace("\\\n", " ").splitlines() if line.strip() and not line.lstrip().startswith("#")]


def commands_of(line: str) -> list[list[str]]:
    """The simple commands of one shell line, environment assignments and comments removed."""
    lexer = shlex.shlex(line, posix=True, punctuation_chars=True)
    lexer.whitespace_split = True
    lexer.commenters = "#"
    commands, current = [], []
    for token in lexer:
        if token in SEPARATORS:
            commands.append(current)
            current = []
        else:
            current.append(token)
    commands.append(current)
    return [[t for i, t in enumerate(c) if not (re.match(r"^[A-Z_][A-Z0-9_]*=", t) and all("=" in x for x in c[:i]))] for c in commands if c]


def check_commands(text: str, project: Path) -> list[str]:
    errors = []
    for line in logical_lines(text):
        for words in commands_of(line):
            if not words:
                continue
            program = words[0]
            if program.endswith("wirehouse"):
                error = parse_cli(words[1:])
            elif program == "make":
                error = _missing_targets(words[1:], project)
            elif program.endswith("python") and len(words) > 1 and words[1].startswith("benchmarks/"):
                error = _script_options(project / words[1], words[2:])
            elif program.rsplit("/", 1)[-1] in EXTERNAL:
                error = None
            else:
                error = f"{program} is not a program the examples may use"
            if error:
                errors.append(f"`{line.strip()}`: {error}")
    return errors


def parse_cli(args: list[str]) -> str | None:
    """Parse a wirehouse command line as the CLI would, without running it: None, or what is wrong."""
    import typer

    from flows.cli import app

    group = typer.main.get_command(app)
    try:
        with group.make_context("wirehouse", list(args), resilient_parsing=False) as context:
            name, command, rest = group.resolve_command(context, [*context._protected_args, *context.args])
            command.make_context(name, rest, parent=context).close()
    except typer.Exit:
        return None
    except typer.TyperException as error:  # click's usage errors, as typer vendors them
        return error.format_message()
    return None


def _missing_targets(targets: list[str], project: Path) -> str | None:
    makefile = (project / "Makefile").read_text(encoding="utf-8")
    missing = [t for t in targets if "=" not in t and not re.search(rf"^{re.escape(t)}:", makefile, re.M)]
    return f"no make target {', '.join(missing)}" if missing else None


def _script_options(script: Path, args: list[str]) -> str | None:
    if not script.is_file():
        return f"{script.name} does not exist"
    source = script.read_text(encoding="utf-8")
    unknown = [a.split("=")[0] for a in args if a.startswith("--") and f'"{a.split("=")[0]}"' not in source]
    return f"{script.name} has no option {', '.join(unknown)}" if unknown else None


ER_ENTITY = re.compile(r"^\s*([a-z_]+)\s*\{\s*$")
ER_ATTRIBUTE = re.compile(r"^\s*[\w\[\]]+\s+([a-z_]+)")
ER_RELATION = re.compile(r"^\s*([a-z_]+)\s+\S+--\S+\s+([a-z_]+)\s*:\s*\"?([a-z_, ]+)\"?")


def check_diagram(text: str, relations: dict[str, list[str]]) -> list[str]:
    """Names in a mermaid diagram that are not tables, views or their columns."""
    lines = text.splitlines()
    if lines and lines[0].strip() == "erDiagram":
        return _check_er(lines[1:], relations)
    return _check_flowchart(lines[1:], relations)


def _check_er(lines: list[str], relations: dict[str, list[str]]) -> list[str]:
    errors, entity = [], None
    for line in lines:
        if line.strip() == "}":
            entity = None
        elif opening := ER_ENTITY.match(line):
            entity = opening.group(1)
            if entity not in relations:
                errors.append(f"no table or view {entity}")
        elif entity and (attribute := ER_ATTRIBUTE.match(line)):
            if entity in relations and attribute.group(1) not in relations[entity]:
                errors.append(f"{entity} has no column {attribute.group(1)}")
        elif relation := ER_RELATION.match(line):
            left, right, keys = relation.groups()
            for name in (left, right):
                if name not in relations:
                    errors.append(f"no table or view {name}")
            for key in (k.strip() for k in keys.split(",")):
                if not any(key in relations.get(name, []) for name in (left, right)):
                    errors.append(f"neither {left} nor {right} has a column {key}")
    return errors


def _check_flowchart(lines: list[str], relations: dict[str, list[str]]) -> list[str]:
    groups = {m.group(1) for line in lines if (m := re.match(r"^\s*subgraph\s+(\w+)", line))}
    names = set()
    for line in lines:
        if re.match(r"^\s*(subgraph|end\b|%%|classDef|class\b|style\b)", line):
            continue
        line = re.sub(r"\[[^\]]*\]|-\.[^.]*\.->|--\s[^-]+-->", " ", line)
        names.update(re.findall(r"\b[a-z][a-z_]*\b", line))
    return [f"no table or view {name}" for name in sorted(names - groups - set(relations))]
