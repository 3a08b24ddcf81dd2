#!/usr/bin/env python3
"""Generate the demo's SQLite warehouse script (resources/demo/warehouse.json).

The demo warehouse holds what the two dbt jobs of resources/demo built: production's `dbt build`
into `analytics` (and its seed and snapshot schemas) and the PR job's `dbt build --select
state:modified+` into `dbt_cloud_pr_4242_17`. This script replays those builds: for each side it
takes the nodes that side's run_results.json says were built, in dependency order, and turns each
into SQLite statements:

  seeds      CREATE TABLE + INSERT from the CSV file (the PR's own copy when the PR changed it)
  models     CREATE TABLE with the types their rows have, then INSERT ... <the compiled SQL of that
             side's manifest>, rewritten for SQLite
  snapshots  the same for the snapshot query plus dbt's snapshot columns
  source     raw.stores from source_data/raw.stores.csv (loaded by the POS sync, not by dbt)

Schemas follow dbt-sqlite: each schema is its own database file beside the main one (Tidemark
attaches `<folder>/<schema>.db` when a table names that schema). Views are materialised as tables,
because a SQLite view cannot read another attached database. `current_timestamp` becomes each job's
fixed start time, so the output is deterministic; incremental models are built from scratch (their
is_incremental() filter on their own table is dropped).

The compiled SQL is dbt-postgres SQL; the few constructs SQLite lacks are rewritten:
cast(x as date) -> date(x), cast(x as timestamp) -> datetime(x), cast(x as numeric) ->
cast(x as real), date_trunc('month', x) -> date(x, 'start of month'), and three-part names lose
their database part. The script runs the result in an in-memory SQLite and fails if a statement
fails or a built table is empty.

Usage: python3 tools/demo/generate_warehouse.py [--check]
  --check: write nothing; fail when resources/demo/warehouse.json is out of date.
"""

from __future__ import annotations

import csv
import json
import re
import sqlite3
import sys
import tempfile
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
DEMO = REPO / "resources" / "demo"
OUTPUT = DEMO / "warehouse.json"

# When each job started: what current_timestamp returns in its SQL.
BUILD_TIME = {"prod": "2024-03-01 06:00:00", "pr": "2024-03-04 14:22:10"}
SOURCE_SCHEMA = "raw"


def read_json(path: Path):
    with path.open(encoding="utf-8") as f:
        return json.load(f)


def quote(identifier: str) -> str:
    return '"' + identifier.replace('"', '""') + '"'


def literal(value) -> str:
    if value is None:
        return "NULL"
    if isinstance(value, (int, float)):
        return repr(value)
    return "'" + str(value).replace("'", "''") + "'"


def find_closing(text: str, open_index: int) -> int:
    depth = 0
    quote_char = None
    for i in range(open_index, len(text)):
        c = text[i]
        if quote_char:
            if c == quote_char:
                quote_char = None
        elif c in "'\"":
            quote_char = c
        elif c == "(":
            depth += 1
        elif c == ")":
            depth -= 1
            if depth == 0:
                return i
    raise ValueError("unbalanced parentheses in: " + text[open_index:open_index + 80])


def rewrite_calls(sql: str, name: str, rewrite) -> str:
    pattern = re.compile(r"\b" + name + r"\s*\(", re.IGNORECASE)
    out = []
    pos = 0
    while True:
        m = pattern.search(sql, pos)
        if not m:
            out.append(sql[pos:])
            return "".join(out)
        open_index = m.end() - 1
        close = find_closing(sql, open_index)
        inner = rewrite_calls(sql[open_index + 1:close], name, rewrite)
        out.append(sql[pos:m.start()])
        out.append(rewrite(inner))
        pos = close + 1


def rewrite_cast(inner: str) -> str:
    m = re.match(r"(?s)(.*)\s+as\s+(\w+)\s*$", inner, re.IGNORECASE)
    if not m:
        raise ValueError("cannot read cast(" + inner + ")")
    expr, type_name = m.group(1), m.group(2).lower()
    if type_name == "date":
        return "date(" + expr + ")"
    if type_name == "timestamp":
        return "datetime(" + expr + ")"
    if type_name in ("numeric", "decimal"):
        return "cast(" + expr + " as real)"
    return "cast(" + expr + " as " + type_name + ")"


def rewrite_date_trunc(inner: str) -> str:
    m = re.match(r"(?s)\s*'(\w+)'\s*,\s*(.*)$", inner)
    if not m or m.group(1).lower() not in ("month", "year", "day"):
        raise ValueError("cannot read date_trunc(" + inner + ")")
    unit, expr = m.group(1).lower(), m.group(2)
    if unit == "day":
        return "date(" + expr + ")"
    return "date(" + expr + ", 'start of " + unit + "')"


def sqlite_sql(compiled: str, side: str) -> str:
    sql = re.sub(r'"[^"]+"\.("[^"]+"\.)("[^"]+")', r"\1\2", compiled)  # drop the database part
    sql = rewrite_calls(sql, "cast", rewrite_cast)
    sql = rewrite_calls(sql, "date_trunc", rewrite_date_trunc)
    sql = re.sub(r"\bcurrent_timestamp\b", literal(BUILD_TIME[side]), sql, flags=re.IGNORECASE)
    return sql.strip()


def relation_parts(node) -> tuple[str, str]:
    return node["schema"], node.get("alias") or node["name"]


def infer_column(values: list[str]) -> tuple[str, callable]:
    present = [v for v in values if v != ""]
    def all_match(pattern):
        return all(re.fullmatch(pattern, v) for v in present)
    if present and all_match(r"-?\d+"):
        return "INTEGER", int
    if present and all_match(r"-?\d+(\.\d+)?"):
        return "REAL", float
    if present and all(v.lower() in ("true", "false") for v in present):
        return "BOOLEAN", lambda v: 1 if v.lower() == "true" else 0
    if present and all_match(r"\d{4}-\d{2}-\d{2}"):
        return "DATE", str
    if present and all_match(r"\d{4}-\d{2}-\d{2}[ T]\d{2}:\d{2}(:\d{2})?"):
        return "TIMESTAMP", str
    return "TEXT", str


def load_csv(schema: str, table: str, path: Path) -> list[str]:
    with path.open(encoding="utf-8", newline="") as f:
        rows = list(csv.reader(f))
    header, body = rows[0], rows[1:]
    columns = [infer_column([r[i] for r in body]) for i in range(len(header))]
    target = quote(schema) + "." + quote(table)
    statements = [
        "CREATE TABLE " + target + " ("
        + ", ".join(quote(name) + " " + kind for name, (kind, _) in zip(header, columns)) + ")"
    ]
    values = []
    for r in body:
        cells = [literal(None if v == "" else convert(v)) for v, (_, convert) in zip(r, columns)]
        values.append("(" + ", ".join(cells) + ")")
    if values:
        statements.append("INSERT INTO " + target + " VALUES\n" + ",\n".join(values))
    return statements


def seed_file(node, side: str) -> Path:
    relative = node["original_file_path"]
    if side == "pr" and (DEMO / "pr_changes" / relative).exists():
        return DEMO / "pr_changes" / relative
    return DEMO / "project" / relative


def build_order(manifest, built: set[str]) -> list[str]:
    order, seen = [], set()

    def visit(unique_id):
        if unique_id in seen:
            return
        seen.add(unique_id)
        node = manifest["nodes"][unique_id]
        for parent in node.get("depends_on", {}).get("nodes", []):
            if parent in built:
                visit(parent)
        order.append(unique_id)

    for unique_id in sorted(built):
        visit(unique_id)
    return order


def infer_value_type(values: list) -> str:
    present = [v for v in values if v is not None]
    if not present:
        return "TEXT"
    if all(isinstance(v, int) for v in present):
        return "INTEGER"
    if all(isinstance(v, (int, float)) for v in present):
        return "REAL"
    texts = [str(v) for v in present]
    if all(re.fullmatch(r"\d{4}-\d{2}-\d{2}", t) for t in texts):
        return "DATE"
    if all(re.fullmatch(r"\d{4}-\d{2}-\d{2}[ T]\d{2}:\d{2}(:\d{2})?", t) for t in texts):
        return "TIMESTAMP"
    return "TEXT"


def typed_table(db: sqlite3.Connection, target: str, select: str) -> list[str]:
    """CREATE TABLE with the column types the rows have (as dbt-postgres would declare them),
    then INSERT ... SELECT."""
    cursor = db.execute("SELECT * FROM (\n" + select + "\n)")
    names = [d[0] for d in cursor.description]
    rows = cursor.fetchall()
    types = [infer_value_type([r[i] for r in rows]) for i in range(len(names))]
    return [
        "CREATE TABLE " + target + " (" + ", ".join(quote(n) + " " + t for n, t in zip(names, types)) + ")",
        "INSERT INTO " + target + "\n" + select,
    ]


def side_statements(side: str, db: sqlite3.Connection) -> tuple[list[str], set[str]]:
    manifest = read_json(DEMO / side / "manifest.json")
    run_results = read_json(DEMO / side / "run_results.json")
    built = {r["unique_id"] for r in run_results["results"]
             if r["status"] == "success" and r["unique_id"].split(".")[0] in ("model", "seed", "snapshot")}
    statements, schemas = [], set()

    def emit(more: list[str]):
        for statement in more:
            try:
                db.execute(statement)
            except sqlite3.Error as e:
                raise SystemExit("statement failed (" + str(e) + "):\n" + statement)
        statements.extend(more)

    for unique_id in build_order(manifest, built):
        node = manifest["nodes"][unique_id]
        schema, table = relation_parts(node)
        if schema not in schemas:
            attach(db, schema)
        schemas.add(schema)
        kind = node["resource_type"]
        if kind == "seed":
            emit(load_csv(schema, table, seed_file(node, side)))
            continue
        select = sqlite_sql(node["compiled_code"], side)
        if node["config"].get("materialized") == "incremental":
            # The demo builds from scratch: drop the is_incremental() filter on the model itself.
            this = re.escape(quote(schema) + "." + quote(table))
            select = re.sub(r"(?im)^\s*(where|and)\b[^\n]*\(select [^\n]*from " + this + r"\)[^\n]*$", "", select)
        if kind == "snapshot":
            key = node["config"]["unique_key"]
            # The snapshot first ran with production's build: both sides keep that time.
            stamp = literal(BUILD_TIME["prod"])
            select = ("select snapshot_source.*, cast(" + quote(key) + " as text) || '-' || " + stamp
                      + " as dbt_scd_id, " + stamp + " as dbt_updated_at, " + stamp
                      + " as dbt_valid_from, cast(null as text) as dbt_valid_to from (" + select
                      + ") as snapshot_source")
        emit(typed_table(db, quote(schema) + "." + quote(table), select))
    return statements, schemas


def attach(db: sqlite3.Connection, schema: str):
    db.execute("ATTACH DATABASE ':memory:' AS " + quote(schema))


def generate() -> dict:
    db = sqlite3.connect(":memory:")
    attach(db, SOURCE_SCHEMA)
    statements = load_csv(SOURCE_SCHEMA, "stores", DEMO / "source_data" / "raw.stores.csv")
    for statement in statements:
        db.execute(statement)
    schemas = {SOURCE_SCHEMA}
    for side in ("prod", "pr"):
        more, side_schemas = side_statements(side, db)
        statements += more
        schemas |= side_schemas
    return {
        "comment": "The demo's SQLite warehouse: statements that build production's and the PR job's "
                   "tables. Generated by tools/demo/generate_warehouse.py; do not edit.",
        "schemas": sorted(schemas),
        "statements": statements,
    }


def verify(warehouse: dict) -> list[str]:
    """Runs the statements the way Tidemark does (one file per schema) and counts the rows."""
    lines = []
    with tempfile.TemporaryDirectory() as folder:
        db = sqlite3.connect(str(Path(folder) / "warehouse.db"))
        for schema in warehouse["schemas"]:
            db.execute("ATTACH DATABASE ? AS " + quote(schema), (str(Path(folder) / (schema + ".db")),))
        for statement in warehouse["statements"]:
            try:
                db.execute(statement)
            except sqlite3.Error as e:
                raise SystemExit("statement failed (" + str(e) + "):\n" + statement)
        for statement in warehouse["statements"]:
            m = re.match(r'CREATE TABLE ("[^"]+"\."[^"]+")', statement)
            if m:
                rows = db.execute("SELECT COUNT(*) FROM " + m.group(1)).fetchone()[0]
                if rows == 0:
                    raise SystemExit(m.group(1) + " is empty")
                lines.append(m.group(1) + ": " + str(rows) + " rows")
    return lines


def main(argv: list[str]) -> int:
    check = "--check" in argv[1:]
    warehouse = generate()
    summary = verify(warehouse)
    text = json.dumps(warehouse, indent=1, ensure_ascii=False) + "\n"
    if check:
        if not OUTPUT.exists() or OUTPUT.read_text(encoding="utf-8") != text:
            print(str(OUTPUT) + " is out of date: run tools/demo/generate_warehouse.py", file=sys.stderr)
            return 1
        return 0
    OUTPUT.write_text(text, encoding="utf-8")
    print("\n".join(summary))
    print("wrote " + str(OUTPUT.relative_to(REPO)))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
