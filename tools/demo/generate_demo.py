#!/usr/bin/env python3
"""Generate the dbt artifacts of Tidemark's demo project (resources/demo).

Reads the demo dbt project in resources/demo/project (SQL, YAML, CSV), applies the pull request's
changes from resources/demo/pr_changes (files there replace or add project files; REMOVED_FILES.txt
lists deleted ones) and writes, for both sides, what dbt-core 1.8 with dbt-postgres writes after a
dbt Cloud job:

  resources/demo/prod/manifest.json, run_results.json   production job: `dbt build` into `analytics`
  resources/demo/pr/manifest.json,   run_results.json   CI job 4242 for PR #17:
                                                         `dbt build --select state:modified+` with
                                                         deferral to production, into
                                                         `dbt_cloud_pr_4242_17`

Only the Python standard library is used, so the script carries a small YAML reader (the block and
flow subset the demo's YAML files use) and a small Jinja evaluator (ref, source, config, this,
target, is_incremental and the project's macros). Output is deterministic: fixed timestamps and
ids, no randomness.

The script also works out dbt's `state:modified` answer for prod -> PR and each model's primary key
(Tidemark's rules) and checks both against resources/demo/expected_changes.json, which is written
by hand; it exits non-zero when they disagree.

Usage: python3 tools/demo/generate_demo.py [--check]
  --check: write nothing; fail when the expected answer or the files on disk are out of date.
"""

from __future__ import annotations

import ast
import copy
import csv
import hashlib
import io
import json
import re
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
DEMO = REPO / "resources" / "demo"
PROJECT_DIR = DEMO / "project"
OVERLAY_DIR = DEMO / "pr_changes"
REMOVED_LIST = "REMOVED_FILES.txt"

PACKAGE = "tidemark_coffee"

DBT_VERSION = "1.8.7"
ADAPTER = "postgres"
DATABASE = "warehouse"
USER_ID = "5b0d4a59-2f8e-4c47-9a1e-0c6f3d2b7e11"
THREADS = 4

SIDES = {
    "prod": {
        "target_name": "prod",
        "schema": "analytics",
        "job_id": 4100,
        "run_id": 318250017,
        "invocation_id": "0b7e3c52-8d4f-4a8e-b1f6-5c2d9e7a4f10",
        "started_at": "2024-05-20T06:00:04.102551Z",
        "created_at": 1716184805.0,
        "reason": "scheduled",
        "reason_category": "scheduled",
        "command": "dbt build",
    },
    "pr": {
        "target_name": "ci",
        "schema": "dbt_cloud_pr_4242_17",
        "job_id": 4242,
        "run_id": 318251190,
        "invocation_id": "9c41f7d2-3a6b-4f05-8e2c-7d1b5a9e3c28",
        "started_at": "2024-05-21T14:25:31.774018Z",
        "created_at": 1716301532.0,
        "reason": "Kicked off by GitHub pull request #17",
        "reason_category": "github_pull_request",
        "command": "dbt build --select state:modified+",
    },
}
DBT_CLOUD_PROJECT_ID = 70211


# --------------------------------------------------------------------------------------------
# A small YAML reader: block mappings and sequences, flow [..] and {..} on one line, plain and
# quoted scalars, `>` and `|` block scalars, comments. Anything else raises.
# --------------------------------------------------------------------------------------------

class YamlError(ValueError):
    pass


def _strip_comment(line: str) -> str:
    quote = None
    for i, ch in enumerate(line):
        if quote:
            if ch == quote:
                quote = None
        elif ch in "'\"":
            quote = ch
        elif ch == "#" and (i == 0 or line[i - 1] in " \t"):
            return line[:i].rstrip()
    return line.rstrip()


def _scalar(text: str):
    text = text.strip()
    if text == "":
        return None
    if text[0] == "'":
        if not text.endswith("'") or len(text) < 2:
            raise YamlError(f"unterminated quote: {text}")
        return text[1:-1].replace("''", "'")
    if text[0] == '"':
        return json.loads(text)
    if text in ("null", "~", "Null", "NULL"):
        return None
    if text in ("true", "True", "TRUE"):
        return True
    if text in ("false", "False", "FALSE"):
        return False
    if re.fullmatch(r"[-+]?\d+", text):
        return int(text)
    if re.fullmatch(r"[-+]?(\d+\.\d*|\.\d+)([eE][-+]?\d+)?", text):
        return float(text)
    return text


class _Flow:
    def __init__(self, text: str):
        self.s = text
        self.i = 0

    def ws(self):
        while self.i < len(self.s) and self.s[self.i] in " \t":
            self.i += 1

    def value(self):
        self.ws()
        ch = self.s[self.i]
        if ch == "[":
            self.i += 1
            out = []
            self.ws()
            if self.s[self.i] == "]":
                self.i += 1
                return out
            while True:
                out.append(self.value())
                self.ws()
                ch = self.s[self.i]
                self.i += 1
                if ch == "]":
                    return out
                if ch != ",":
                    raise YamlError(f"bad flow sequence: {self.s}")
        if ch == "{":
            self.i += 1
            out = {}
            self.ws()
            if self.s[self.i] == "}":
                self.i += 1
                return out
            while True:
                self.ws()
                key = self.plain(": ")
                self.ws()
                if self.s[self.i] != ":":
                    raise YamlError(f"bad flow mapping: {self.s}")
                self.i += 1
                out[key] = self.value()
                self.ws()
                ch = self.s[self.i]
                self.i += 1
                if ch == "}":
                    return out
                if ch != ",":
                    raise YamlError(f"bad flow mapping: {self.s}")
        if ch in "'\"":
            j = self.i + 1
            while True:
                j = self.s.index(ch, j)
                if ch == "'" and j + 1 < len(self.s) and self.s[j + 1] == "'":
                    j += 2
                    continue
                if ch == '"' and self.s[j - 1] == "\\":
                    j += 1
                    continue
                break
            text = self.s[self.i:j + 1]
            self.i = j + 1
            return _scalar(text)
        return _scalar(self.plain(",]}"))

    def plain(self, stops: str) -> str:
        start = self.i
        while self.i < len(self.s):
            ch = self.s[self.i]
            if stops == ": " and ch == ":":
                break
            if stops != ": " and ch in stops:
                break
            self.i += 1
        return self.s[start:self.i].strip()


def _inline_value(text: str):
    text = text.strip()
    if text.startswith("[") or text.startswith("{"):
        parser = _Flow(text)
        value = parser.value()
        if parser.s[parser.i:].strip():
            raise YamlError(f"trailing text after flow value: {text}")
        return value
    return _scalar(text)


def _split_key(content: str):
    """'key: value' -> (key, value); 'key:' -> (key, ''); otherwise None."""
    if content[0] in "'\"":
        quote = content[0]
        end = content.index(quote, 1)
        rest = content[end + 1:]
        if rest.startswith(":") and (len(rest) == 1 or rest[1] == " "):
            return content[1:end], rest[1:].strip()
        return None
    m = re.match(r"([^\s:\[\]{},#'\"][^:]*?)\s*:(\s+(.*))?$", content)
    if not m or content.startswith("- "):
        return None
    return m.group(1), (m.group(3) or "").strip()


def parse_yaml(text: str):
    raw = text.split("\n")
    lines = []  # (indent, content, raw index)
    for idx, line in enumerate(raw):
        if "\t" in line[: len(line) - len(line.lstrip())]:
            raise YamlError("tabs in indentation")
        content = _strip_comment(line)
        if not content.strip():
            continue
        if content.strip() in ("---", "..."):
            continue
        lines.append([len(content) - len(content.lstrip(" ")), content.strip(), idx])

    def block_scalar(style: str, parent_indent: int, raw_idx: int):
        body = []
        j = raw_idx + 1
        indent = None
        while j < len(raw):
            line = raw[j]
            if line.strip() == "":
                body.append("")
                j += 1
                continue
            ind = len(line) - len(line.lstrip(" "))
            if ind <= parent_indent:
                break
            if indent is None:
                indent = ind
            body.append(line[indent:])
            j += 1
        while body and body[-1] == "":
            body.pop()
        if style.startswith("|"):
            value = "\n".join(body)
        else:
            value, para = [], []
            for b in body:
                if b == "":
                    value.append(" ".join(para))
                    para = []
                else:
                    para.append(b)
            value.append(" ".join(para))
            value = "\n".join(value)
        if not style.endswith("-"):
            value += "\n"
        return value, j

    pos = 0

    def skip_to_raw(raw_end: int):
        nonlocal pos
        while pos < len(lines) and lines[pos][2] < raw_end:
            pos += 1

    def parse_block(indent: int):
        if lines[pos][1].startswith("- ") or lines[pos][1] == "-":
            return parse_seq(indent)
        return parse_map(indent)

    def parse_value_after_key(key_indent: int, value_text: str, raw_idx: int, allow_seq_same: bool):
        nonlocal pos
        if value_text in (">", "|", ">-", "|-"):
            value, raw_end = block_scalar(value_text, key_indent, raw_idx)
            skip_to_raw(raw_end)
            return value
        if value_text:
            return _inline_value(value_text)
        if pos < len(lines):
            ind, content, _ = lines[pos]
            if ind > key_indent:
                return parse_block(ind)
            if allow_seq_same and ind == key_indent and (content.startswith("- ") or content == "-"):
                return parse_seq(ind)
        return None

    def parse_map(indent: int):
        nonlocal pos
        out = {}
        while pos < len(lines):
            ind, content, raw_idx = lines[pos]
            if ind < indent:
                break
            if ind > indent:
                raise YamlError(f"unexpected indentation at line {raw_idx + 1}")
            if content.startswith("- "):
                break
            kv = _split_key(content)
            if kv is None:
                raise YamlError(f"expected 'key: value' at line {raw_idx + 1}: {content}")
            key, value_text = kv
            pos += 1
            if key in out:
                raise YamlError(f"duplicate key {key!r} at line {raw_idx + 1}")
            out[key] = parse_value_after_key(indent, value_text, raw_idx, True)
        return out

    def parse_seq(indent: int):
        nonlocal pos
        out = []
        while pos < len(lines):
            ind, content, raw_idx = lines[pos]
            if ind != indent or not (content.startswith("- ") or content == "-"):
                if ind > indent:
                    raise YamlError(f"unexpected indentation at line {raw_idx + 1}")
                break
            item = content[1:].lstrip(" ")
            if item == "":
                pos += 1
                out.append(parse_value_after_key(indent, "", raw_idx, False))
                continue
            item_indent = indent + (len(content) - len(item))
            kv = _split_key(item) if not item.startswith(("[", "{", "'", '"')) else None
            if kv is None and item[0] in "'\"":
                kv = _split_key(item)
            if kv is not None:
                lines[pos] = [item_indent, item, raw_idx]
                out.append(parse_map(item_indent))
            else:
                pos += 1
                out.append(_inline_value(item))
        return out

    if not lines:
        return None
    result = parse_block(lines[0][0])
    if pos != len(lines):
        raise YamlError(f"could not parse from line {lines[pos][2] + 1}")
    return result


# --------------------------------------------------------------------------------------------
# A small Jinja evaluator for the demo's SQL and macros.
# --------------------------------------------------------------------------------------------

TAG_RE = re.compile(r"\{\{(-?)(.*?)(-?)\}\}|\{%(-?)(.*?)(-?)%\}|\{#.*?#\}", re.S)


def tokenize(text: str):
    """Split a template into ('text', s) / ('expr', code) / ('stmt', code) tokens, applying the
    `-` whitespace control the way Jinja does."""
    tokens = []
    pos = 0
    strip_next = False
    for m in TAG_RE.finditer(text):
        chunk = text[pos:m.start()]
        if strip_next:
            chunk = chunk.lstrip()
        if m.group(0).startswith("{#"):
            kind, code, left, right = "comment", "", False, False
        elif m.group(0).startswith("{{"):
            kind, code, left, right = "expr", m.group(2).strip(), m.group(1) == "-", m.group(3) == "-"
        else:
            kind, code, left, right = "stmt", m.group(5).strip(), m.group(4) == "-", m.group(6) == "-"
        if left:
            chunk = chunk.rstrip()
        tokens.append(("text", chunk))
        if kind != "comment":
            tokens.append((kind, code))
        strip_next = right
        pos = m.end()
    chunk = text[pos:]
    if strip_next:
        chunk = chunk.lstrip()
    tokens.append(("text", chunk))
    return tokens


def build_tree(tokens):
    """Nest {% if %}/{% endif %} and {% macro %}/{% endmacro %} and {% snapshot %} blocks."""
    root = []
    stack = [(None, root)]
    for kind, value in tokens:
        if kind == "stmt":
            word = value.split(None, 1)[0]
            if word in ("if", "macro", "snapshot"):
                node = {"kind": word, "arg": value[len(word):].strip(), "body": [], "else": []}
                stack[-1][1].append(node)
                stack.append((node, node["body"]))
                continue
            if word == "else":
                node = stack[-1][0]
                stack[-1] = (node, node["else"])
                continue
            if word in ("endif", "endmacro", "endsnapshot"):
                stack.pop()
                continue
            raise ValueError(f"unsupported Jinja statement: {value}")
        stack[-1][1].append((kind, value))
    if len(stack) != 1:
        raise ValueError("unclosed Jinja block")
    return root


class Macro:
    def __init__(self, name, params, defaults, body, sql, path):
        self.name = name
        self.params = params
        self.defaults = defaults
        self.body = body
        self.macro_sql = sql
        self.path = path

    def called_macros(self, known):
        names = []

        def walk(items):
            for item in items:
                if isinstance(item, dict):
                    names.extend(_called_names(item["arg"]))
                    walk(item["body"])
                    walk(item["else"])
                elif item[0] in ("expr", "stmt"):
                    names.extend(_called_names(item[1]))
        walk(self.body)
        out = []
        for n in names:
            if n in known and n not in out:
                out.append(n)
        return out


def _called_names(code: str):
    try:
        tree = ast.parse(code, mode="eval")
    except SyntaxError:
        return []
    return [n.func.id for n in ast.walk(tree) if isinstance(n, ast.Call) and isinstance(n.func, ast.Name)]


def parse_macros(text: str, path: str):
    macros = []
    for m in re.finditer(r"\{%-?\s*macro\s+(\w+)\s*\((.*?)\)\s*-?%\}(.*?)\{%-?\s*endmacro\s*-?%\}", text, re.S):
        name, args = m.group(1), m.group(2)
        fn = ast.parse(f"def f({args}): pass").body[0].args
        params = [a.arg for a in fn.args]
        defaults = {}
        for a, d in zip(params[len(params) - len(fn.defaults):], fn.defaults):
            defaults[a] = ast.literal_eval(d)
        tree = build_tree(tokenize(m.group(0)))
        body = next(x for x in tree if isinstance(x, dict))["body"]
        macros.append(Macro(name, params, defaults, body, m.group(0), path))
    return macros


class Relation(str):
    """A rendered relation name; `{{ this }}` and `ref()` return these."""


class Renderer:
    """Evaluates the expressions the demo uses. `mode` is 'parse' (records refs, sources, config
    calls and depth-0 macro calls, like dbt's parser) or 'compile' (renders relation names)."""

    def __init__(self, macros, mode, resolve_ref=None, resolve_source=None, this=None,
                 target=None, incremental=False):
        self.macros = macros
        self.mode = mode
        self.resolve_ref = resolve_ref
        self.resolve_source = resolve_source
        self.this = this
        self.target = target or {}
        self.incremental = incremental
        self.refs, self.sources, self.config_call, self.macro_calls = [], [], {}, []
        self.depth = 0

    def render(self, items, env):
        out = []
        for item in items:
            if isinstance(item, dict):
                if item["kind"] != "if":
                    raise ValueError("nested macro/snapshot blocks are not supported")
                cond = self.eval(item["arg"], env)
                out.append(self.render(item["body"] if cond else item["else"], env))
            elif item[0] == "text":
                out.append(item[1])
            elif item[0] == "expr":
                value = self.eval(item[1], env)
                out.append("" if value is None else str(value))
            else:
                raise ValueError(f"unsupported statement {item[1]}")
        return "".join(out)

    def eval(self, code, env):
        return self._eval(ast.parse(code, mode="eval").body, env)

    def _eval(self, node, env):
        if isinstance(node, ast.Constant):
            return node.value
        if isinstance(node, ast.List):
            return [self._eval(e, env) for e in node.elts]
        if isinstance(node, ast.Name):
            if node.id in env:
                return env[node.id]
            if node.id == "this":
                return self.this
            if node.id == "target":
                return self.target
            raise NameError(node.id)
        if isinstance(node, ast.Attribute):
            base = self._eval(node.value, env)
            return base[node.attr]
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Name):
            name = node.func.id
            args = [self._eval(a, env) for a in node.args]
            kwargs = {k.arg: self._eval(k.value, env) for k in node.keywords}
            if name == "ref":
                if self.mode == "parse":
                    self.refs.append(args[-1])
                    return Relation(args[-1])
                return self.resolve_ref(args[-1])
            if name == "source":
                if self.mode == "parse":
                    self.sources.append([args[0], args[1]])
                    return Relation(".".join(args))
                return self.resolve_source(args[0], args[1])
            if name == "config":
                self.config_call.update(kwargs)
                return ""
            if name == "is_incremental":
                if self.mode == "parse" and self.depth == 0:
                    self._record("macro.dbt.is_incremental")
                return self.mode == "compile" and self.incremental
            if name in self.macros:
                macro = self.macros[name]
                if self.depth == 0 and self.mode == "parse":
                    self._record(f"macro.{PACKAGE}.{name}")
                bound = dict(macro.defaults)
                bound.update(zip(macro.params, args))
                bound.update(kwargs)
                self.depth += 1
                try:
                    return self.render(macro.body, bound)
                finally:
                    self.depth -= 1
            raise NameError(f"unknown function {name}")
        raise ValueError(f"unsupported expression: {ast.dump(node)}")

    def _record(self, uid):
        if uid not in self.macro_calls:
            self.macro_calls.append(uid)


def render_string(value, target):
    """Render `{{ target.x }}` inside a config value from dbt_project.yml."""
    if isinstance(value, str) and "{{" in value:
        r = Renderer({}, "compile", target=target)
        return r.render(build_tree(tokenize(value)), {})
    return value


# --------------------------------------------------------------------------------------------
# dbt's built-in macros the demo's nodes depend on. These bodies are short stand-ins written for
# the demo (dbt's own versions are longer); they are identical on both sides.
# --------------------------------------------------------------------------------------------

DBT_MACROS = [
    ("dbt", "is_incremental", "macros/materializations/models/incremental/is_incremental.sql",
     ["macro.dbt.should_full_refresh"],
     "{% macro is_incremental() %}\n"
     "    {#-- True when the model is incremental, its table exists and this is not a full refresh --#}\n"
     "    {% if not execute %}\n        {{ return(False) }}\n    {% else %}\n"
     "        {% set relation = adapter.get_relation(this.database, this.schema, this.table) %}\n"
     "        {{ return(relation is not none and relation.type == 'table'"
     " and model.config.materialized == 'incremental' and not should_full_refresh()) }}\n"
     "    {% endif %}\n{% endmacro %}"),
    ("dbt", "should_full_refresh", "macros/materializations/configs.sql", [],
     "{% macro should_full_refresh() %}\n"
     "  {% set config_full_refresh = config.get('full_refresh') %}\n"
     "  {% if config_full_refresh is none %}\n    {% set config_full_refresh = flags.FULL_REFRESH %}\n  {% endif %}\n"
     "  {% do return(config_full_refresh) %}\n{% endmacro %}"),
    ("dbt", "should_store_failures", "macros/materializations/configs.sql", [],
     "{% macro should_store_failures() %}\n"
     "  {% set config_store_failures = config.get('store_failures') %}\n"
     "  {% if config_store_failures is none %}\n    {% set config_store_failures = flags.STORE_FAILURES %}\n  {% endif %}\n"
     "  {% do return(config_store_failures) %}\n{% endmacro %}"),
    ("dbt", "get_where_subquery", "macros/materializations/tests/where_subquery.sql",
     ["macro.dbt.default__get_where_subquery"],
     "{% macro get_where_subquery(relation) -%}\n"
     "    {% do return(adapter.dispatch('get_where_subquery', 'dbt')(relation)) %}\n{%- endmacro %}"),
    ("dbt", "default__get_where_subquery", "macros/materializations/tests/where_subquery.sql", [],
     "{% macro default__get_where_subquery(relation) -%}\n"
     "    {% set where = config.get('where', '') %}\n"
     "    {% if where %}\n"
     "        {%- set filtered -%}\n            (select * from {{ relation }} where {{ where }}) dbt_subquery\n"
     "        {%- endset -%}\n        {% do return(filtered) %}\n"
     "    {%- else -%}\n        {% do return(relation) %}\n    {%- endif -%}\n{%- endmacro %}"),
    ("dbt", "test_unique", "tests/generic/builtin.sql", ["macro.dbt.default__test_unique"],
     "{% test unique(model, column_name) %}\n"
     "    {% set macro = adapter.dispatch('test_unique', 'dbt') %}\n"
     "    {{ macro(model, column_name) }}\n{% endtest %}"),
    ("dbt", "default__test_unique", "macros/generic_test_sql/unique.sql", [],
     "{% macro default__test_unique(model, column_name) %}\n\n"
     "select\n    {{ column_name }} as unique_field,\n    count(*) as n_records\n\n"
     "from {{ model }}\nwhere {{ column_name }} is not null\ngroup by {{ column_name }}\n"
     "having count(*) > 1\n\n{% endmacro %}"),
    ("dbt", "test_not_null", "tests/generic/builtin.sql", ["macro.dbt.default__test_not_null"],
     "{% test not_null(model, column_name) %}\n"
     "    {% set macro = adapter.dispatch('test_not_null', 'dbt') %}\n"
     "    {{ macro(model, column_name) }}\n{% endtest %}"),
    ("dbt", "default__test_not_null", "macros/generic_test_sql/not_null.sql",
     ["macro.dbt.should_store_failures"],
     "{% macro default__test_not_null(model, column_name) %}\n\n"
     "{% set column_list = '*' if should_store_failures() else column_name %}\n\n"
     "select {{ column_list }}\nfrom {{ model }}\nwhere {{ column_name }} is null\n\n{% endmacro %}"),
    ("dbt", "test_accepted_values", "tests/generic/builtin.sql",
     ["macro.dbt.default__test_accepted_values"],
     "{% test accepted_values(model, column_name, values, quote=True) %}\n"
     "    {% set macro = adapter.dispatch('test_accepted_values', 'dbt') %}\n"
     "    {{ macro(model, column_name, values, quote) }}\n{% endtest %}"),
    ("dbt", "default__test_accepted_values", "macros/generic_test_sql/accepted_values.sql", [],
     "{% macro default__test_accepted_values(model, column_name, values, quote=True) %}\n\n"
     "with all_values as (\n\n    select\n        {{ column_name }} as value_field,\n"
     "        count(*) as n_records\n\n    from {{ model }}\n    group by {{ column_name }}\n\n)\n\n"
     "select *\nfrom all_values\nwhere value_field not in (\n"
     "    {% for value in values -%}\n        {% if quote -%}'{{ value }}'{%- else -%}{{ value }}{%- endif -%}\n"
     "        {%- if not loop.last -%},{%- endif %}\n    {%- endfor %}\n)\n\n{% endmacro %}"),
    ("dbt", "test_relationships", "tests/generic/builtin.sql",
     ["macro.dbt.default__test_relationships"],
     "{% test relationships(model, column_name, to, field) %}\n"
     "    {% set macro = adapter.dispatch('test_relationships', 'dbt') %}\n"
     "    {{ macro(model, column_name, to, field) }}\n{% endtest %}"),
    ("dbt", "default__test_relationships", "macros/generic_test_sql/relationships.sql", [],
     "{% macro default__test_relationships(model, column_name, to, field) %}\n\n"
     "with child as (\n    select {{ column_name }} as from_field\n    from {{ model }}\n"
     "    where {{ column_name }} is not null\n),\n\nparent as (\n    select {{ field }} as to_field\n"
     "    from {{ to }}\n)\n\nselect\n    from_field\n\nfrom child\nleft join parent\n"
     "    on child.from_field = parent.to_field\n\nwhere parent.to_field is null\n\n{% endmacro %}"),
    ("dbt_utils", "test_unique_combination_of_columns",
     "macros/generic_tests/unique_combination_of_columns.sql",
     ["macro.dbt_utils.default__test_unique_combination_of_columns"],
     "{% test unique_combination_of_columns(model, combination_of_columns, quote_columns=false) %}\n"
     "  {{ return(adapter.dispatch('test_unique_combination_of_columns', 'dbt_utils')"
     "(model, combination_of_columns, quote_columns)) }}\n{% endtest %}"),
    ("dbt_utils", "default__test_unique_combination_of_columns",
     "macros/generic_tests/unique_combination_of_columns.sql", [],
     "{% macro default__test_unique_combination_of_columns(model, combination_of_columns, quote_columns=false) %}\n\n"
     "{%- set columns_csv = combination_of_columns | join(', ') %}\n\n"
     "with validation_errors as (\n\n    select\n        {{ columns_csv }}\n    from {{ model }}\n"
     "    group by {{ columns_csv }}\n    having count(*) > 1\n\n)\n\n"
     "select *\nfrom validation_errors\n\n{% endmacro %}"),
]

DBT_OVERVIEW = ("### Welcome!\n\nThis is the auto-generated documentation site for your dbt project. "
                "Use the navigation on the left to browse the project's models, sources, seeds, "
                "snapshots, tests and macros.")


# --------------------------------------------------------------------------------------------
# Configs: defaults in dbt 1.8's field order, merge behaviour, project-level config lookup.
# --------------------------------------------------------------------------------------------

def _base_config(materialized):
    return {
        "enabled": True, "alias": None, "schema": None, "database": None, "tags": [], "meta": {},
        "group": None, "materialized": materialized, "incremental_strategy": None,
        "persist_docs": {}, "post-hook": [], "pre-hook": [], "quoting": {}, "column_types": {},
        "full_refresh": None, "unique_key": None, "on_schema_change": "ignore",
        "on_configuration_change": "apply", "grants": {}, "packages": [],
        "docs": {"show": True, "node_color": None},
        "contract": {"enforced": False, "alias_types": True},
    }


def default_config(resource_type):
    if resource_type == "model":
        cfg = _base_config("view")
        cfg["access"] = "protected"
        return cfg
    if resource_type == "seed":
        cfg = _base_config("seed")
        cfg.update({"delimiter": ",", "quote_columns": None})
        return cfg
    if resource_type == "snapshot":
        cfg = _base_config("snapshot")
        cfg.update({"strategy": None, "target_schema": None, "target_database": None,
                    "updated_at": None, "check_cols": None})
        return cfg
    if resource_type == "test":
        return {"enabled": True, "alias": None, "schema": "dbt_test__audit", "database": None,
                "tags": [], "meta": {}, "group": None, "materialized": "test", "severity": "ERROR",
                "store_failures": None, "store_failures_as": None, "where": None, "limit": None,
                "fail_calc": "count(*)", "warn_if": "!= 0", "error_if": "!= 0"}
    raise ValueError(resource_type)


APPEND_KEYS = {"tags", "pre-hook", "post-hook"}
UPDATE_KEYS = {"meta", "docs", "contract", "quoting", "column_types", "persist_docs"}


def merge_rendered(cfg, partial):
    for key, value in partial.items():
        key = {"pre_hook": "pre-hook", "post_hook": "post-hook"}.get(key, key)
        if key in APPEND_KEYS:
            value = [value] if isinstance(value, str) else list(value)
            cfg[key] = list(cfg.get(key) or []) + [v for v in value if v not in (cfg.get(key) or [])]
        elif key in UPDATE_KEYS and isinstance(cfg.get(key), dict) and isinstance(value, dict):
            merged = dict(cfg[key])
            merged.update(value)
            cfg[key] = merged
        else:
            cfg[key] = copy.deepcopy(value)
    return cfg


def project_levels(resource_configs, fqn):
    """dbt's fqn_search over the dbt_project.yml block of a resource type."""
    levels = []
    root = resource_configs or {}
    chain = [root]
    for part in fqn:
        nxt = root.get(part)
        if not isinstance(nxt, dict):
            break
        chain.append(nxt)
        root = nxt
    for level in chain:
        out = {}
        for key, value in level.items():
            if key.startswith("+"):
                out[key[1:].strip()] = copy.deepcopy(value)
            elif not isinstance(value, dict):
                out[key] = copy.deepcopy(value)
        levels.append(out)
    return levels


def normalize_patch(entry):
    """Move top-level meta/docs/group/contract/access of a YAML entry into its config, as dbt
    does, and return the patch config."""
    config = copy.deepcopy(entry.get("config") or {})
    for attr in ("meta", "docs", "group", "contract", "access"):
        if attr in entry:
            if attr in config:
                raise ValueError(f"{entry['name']}: {attr} both top-level and in config")
            config[attr] = copy.deepcopy(entry[attr])
    return config


def build_configs(resource_type, resource_configs, fqn, patch_config, call_config, target):
    unrendered = {}
    rendered = default_config(resource_type)
    for level in project_levels(resource_configs, fqn):
        unrendered.update(copy.deepcopy(level))
        merge_rendered(rendered, {k: render_string(v, target) for k, v in level.items()})
    for partial in (patch_config or {}, call_config or {}):
        unrendered.update(copy.deepcopy(partial))
        merge_rendered(rendered, partial)
    return rendered, unrendered


# --------------------------------------------------------------------------------------------
# Loading one side of the project
# --------------------------------------------------------------------------------------------


def load_files(side):
    files = {}
    for path in sorted(PROJECT_DIR.rglob("*")):
        if path.is_file():
            files[path.relative_to(PROJECT_DIR).as_posix()] = path.read_text(encoding="utf-8")
    if side == "pr":
        for path in sorted(OVERLAY_DIR.rglob("*")):
            rel = path.relative_to(OVERLAY_DIR).as_posix()
            if path.is_file() and rel != REMOVED_LIST:
                files[rel] = path.read_text(encoding="utf-8")
        removed = (OVERLAY_DIR / REMOVED_LIST).read_text(encoding="utf-8").splitlines()
        for rel in removed:
            rel = rel.strip()
            if rel and not rel.startswith("#"):
                if rel not in files:
                    raise SystemExit(f"{REMOVED_LIST}: {rel} is not a project file")
                del files[rel]
    return files


def sha256(text):
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def relation_name(database, schema, alias):
    return f'"{database}"."{schema}"."{alias}"'


def column_info(col):
    constraints = []
    for c in col.get("constraints") or []:
        constraints.append({"type": c["type"], "name": c.get("name"), "expression": c.get("expression"),
                            "warn_unenforced": c.get("warn_unenforced", True),
                            "warn_unsupported": c.get("warn_unsupported", True)})
    return {"name": col["name"], "description": col.get("description", ""), "meta": col.get("meta") or {},
            "data_type": col.get("data_type"), "constraints": constraints, "quote": col.get("quote"),
            "tags": list(col.get("tags") or [])}


def _constraint_repr(c, model_level=False):
    cls = "ModelLevelConstraint" if model_level else "ColumnLevelConstraint"
    parts = [f"type=<ConstraintType.{c['type']}: '{c['type']}'>", f"name={c['name']!r}",
             f"expression={c['expression']!r}", f"warn_unenforced={c['warn_unenforced']!r}",
             f"warn_unsupported={c['warn_unsupported']!r}"]
    if model_level:
        parts.append(f"columns={c['columns']!r}")
    return f"{cls}({', '.join(parts)})"


def contract_checksum(node):
    """dbt 1.8 ModelNode.build_contract_checksum."""
    state = ""
    for col in sorted(node["columns"].values(), key=lambda c: c["name"]):
        state += f"|{col['name']}"
        state += str(col["data_type"])
        state += "[" + ", ".join(_constraint_repr(c) for c in col["constraints"]) + "]"
    if node["config"]["materialized"] in ("table", "incremental"):
        state += node["config"]["materialized"]
        state += "[" + ", ".join(_constraint_repr(c, True) for c in node["constraints"]) + "]"
    return hashlib.new("sha256", state.encode("utf-8")).hexdigest()


def synthesize_test_names(test_type, target_name, args):
    """dbt's synthesize_generic_test_names: (short name for files/alias, full name)."""
    flat = []
    for arg_name in sorted(args):
        if arg_name == "model":
            continue
        value = args[arg_name]
        parts = list(value.values()) if isinstance(value, dict) else (
            list(value) if isinstance(value, (list, tuple)) else [value])
        flat.extend(str(p) for p in parts)
    unique = "__".join(re.sub("[^0-9a-zA-Z_]+", "_", a) for a in flat)
    identifier = f"{test_type}_{target_name}"
    full = f"{identifier}_{unique}"
    if len(full) >= 64:
        return f"{identifier[:30]}_{hashlib.md5(full.encode('utf-8')).hexdigest()}", full
    return full, full


def test_hash(name, test_metadata):
    def hashable(d):
        if type(d) == dict:
            return {k: hashable(d[k]) for k in sorted(d)}
        if type(d) == list:
            return [hashable(v) for v in d]
        return str(d)
    return hashlib.md5((name + repr(hashable(test_metadata))).encode("utf-8")).hexdigest()[-10:]


class Side:
    def __init__(self, key):
        self.key = key
        self.env = SIDES[key]
        self.schema = self.env["schema"]
        self.target = {"schema": self.schema, "name": self.env["target_name"], "database": DATABASE,
                       "type": ADAPTER}
        self.files = load_files(key)
        self.project = parse_yaml(self.files["dbt_project.yml"])
        assert self.project["name"] == PACKAGE
        self.clock = self.env["created_at"]
        self.nodes, self.sources, self.macros, self.docs = {}, {}, {}, {}
        self.exposures, self.groups = {}, {}
        self.sql_macros = {}
        self.templates = {}  # uid -> (tree, kind)
        self.yaml = {p: parse_yaml(t) or {} for p, t in self.files.items() if p.endswith(".yml")
                     and p not in ("dbt_project.yml", "packages.yml")}
        self.build()

    def tick(self, step=0.0137):
        self.clock = round(self.clock + step, 6)
        return self.clock

    # -- helpers --------------------------------------------------------------------------
    def resource_configs(self, resource_type):
        key = {"model": "models", "seed": "seeds", "snapshot": "snapshots", "test": "data_tests"}[resource_type]
        return self.project.get(key) or {}

    def patches(self, key):
        out = {}
        for path in sorted(self.yaml):
            for entry in self.yaml[path].get(key) or []:
                out[entry["name"]] = (path, entry)
        return out

    def schema_for(self, custom):
        return self.schema if not custom else f"{self.schema}_{custom}"

    # -- build ----------------------------------------------------------------------------
    def build(self):
        self.load_macros()
        model_patches = self.patches("models")
        seed_patches = self.patches("seeds")
        snapshot_patches = self.patches("snapshots")
        self.test_specs = []  # (yml path, target uid, target name, column or None, test def, file_key)

        for path in sorted(p for p in self.files if p.startswith("models/") and p.endswith(".sql")):
            self.add_model(path, model_patches)
        for path in sorted(p for p in self.files if p.startswith("snapshots/") and p.endswith(".sql")):
            self.add_snapshot(path, snapshot_patches)
        for path in sorted(p for p in self.files if p.startswith("seeds/") and p.endswith(".csv")):
            self.add_seed(path, seed_patches)
        self.add_sources()
        self.add_docs()
        self.resolve_refs()
        self.add_tests()
        self.add_exposures_and_groups()

    def load_macros(self):
        for package, name, path, deps, sql in DBT_MACROS:
            uid = f"macro.{package}.{name}"
            self.macros[uid] = {
                "name": name, "resource_type": "macro", "package_name": package, "path": path,
                "original_file_path": path, "unique_id": uid, "macro_sql": sql,
                "depends_on": {"macros": list(deps)}, "description": "", "meta": {},
                "docs": {"show": True, "node_color": None}, "patch_path": None, "arguments": [],
                "created_at": round(self.env["created_at"] - 2.5 + len(self.macros) * 0.0011, 6),
                "supported_languages": None,
            }
        for path in sorted(p for p in self.files if p.startswith("macros/") and p.endswith(".sql")):
            for macro in parse_macros(self.files[path], path):
                self.sql_macros[macro.name] = macro
        patches = self.patches("macros")
        for name in sorted(self.sql_macros):
            macro = self.sql_macros[name]
            uid = f"macro.{PACKAGE}.{name}"
            patch_path, entry = patches.get(name, (None, {}))
            self.macros[uid] = {
                "name": name, "resource_type": "macro", "package_name": PACKAGE, "path": macro.path,
                "original_file_path": macro.path, "unique_id": uid, "macro_sql": macro.macro_sql,
                "depends_on": {"macros": [f"macro.{PACKAGE}.{n}" for n in macro.called_macros(self.sql_macros)]},
                "description": entry.get("description", ""), "meta": entry.get("meta") or {},
                "docs": {"show": True, "node_color": None},
                "patch_path": f"{PACKAGE}://{patch_path}" if patch_path else None,
                "arguments": [{"name": a["name"], "type": a.get("type"), "description": a.get("description", "")}
                              for a in entry.get("arguments") or []],
                "created_at": round(self.env["created_at"] - 1.2 + len(self.macros) * 0.0011, 6),
                "supported_languages": None,
            }

    def parse_template(self, text):
        tree = build_tree(tokenize(text))
        r = Renderer(self.sql_macros, "parse", target=self.target)
        r.render(tree, {})
        return tree, r

    def node_common(self, resource_type, name, path, original, fqn, checksum, config, unrendered,
                    patch_path, entry):
        schema = self.schema_for(config["schema"])
        if resource_type == "snapshot":
            schema = config["target_schema"] or schema
        database = config["database"] or DATABASE
        alias = config["alias"] or name
        columns = {c["name"]: column_info(c) for c in (entry.get("columns") or [])}
        uid = f"{resource_type}.{PACKAGE}.{name}"
        return uid, {
            "database": database, "schema": schema, "name": name, "resource_type": resource_type,
            "package_name": PACKAGE, "path": path, "original_file_path": original, "unique_id": uid,
            "fqn": fqn, "alias": alias, "checksum": checksum, "config": config,
            "tags": list(config["tags"]), "description": entry.get("description", ""),
            "columns": columns, "meta": config["meta"], "group": config["group"],
            "docs": config["docs"], "patch_path": f"{PACKAGE}://{patch_path}" if patch_path else None,
            "build_path": None, "unrendered_config": unrendered, "created_at": self.tick(),
            "relation_name": relation_name(database, schema, alias),
        }

    def add_model(self, path, patches):
        text = self.files[path].strip()
        rel = path[len("models/"):]
        name = Path(rel).stem
        fqn = [PACKAGE] + list(Path(rel).parent.parts) + [name]
        tree, parsed = self.parse_template(text)
        patch_path, entry = patches.get(name, (None, {}))
        config, unrendered = build_configs("model", self.resource_configs("model"), fqn,
                                           normalize_patch(entry), parsed.config_call, self.target)
        uid, node = self.node_common("model", name, rel, path, fqn,
                                     {"name": "sha256", "checksum": sha256(text)}, config, unrendered,
                                     patch_path, entry)
        node.update({
            "raw_code": text, "language": "sql",
            "refs": [{"name": r, "package": None, "version": None} for r in parsed.refs],
            "sources": parsed.sources, "metrics": [],
            "depends_on": {"macros": parsed.macro_calls, "nodes": []},
            "compiled_path": None,
            "contract": {"enforced": config["contract"]["enforced"],
                         "alias_types": config["contract"]["alias_types"], "checksum": None},
            "access": config["access"], "constraints": [], "version": None, "latest_version": None,
            "deprecation_date": None,
        })
        if node["contract"]["enforced"]:
            node["contract"]["checksum"] = contract_checksum(node)
        self.nodes[uid] = node
        self.templates[uid] = tree
        self.queue_tests(patch_path, uid, name, entry, f"models.{name}")

    def add_snapshot(self, path, patches):
        text = self.files[path].strip()
        m = re.search(r"\{%-?\s*snapshot\s+(\w+)\s*-?%\}(.*?)\{%-?\s*endsnapshot\s*-?%\}", text, re.S)
        name, raw_code = m.group(1), m.group(2)
        rel = path[len("snapshots/"):]
        fqn = [PACKAGE] + list(Path(rel).parent.parts) + [Path(rel).stem, name]
        tree, parsed = self.parse_template(raw_code)
        patch_path, entry = patches.get(name, (None, {}))
        config, unrendered = build_configs("snapshot", self.resource_configs("snapshot"), fqn,
                                           normalize_patch(entry), parsed.config_call, self.target)
        uid, node = self.node_common("snapshot", name, rel, path, fqn,
                                     {"name": "sha256", "checksum": sha256(text)}, config, unrendered,
                                     patch_path, entry)
        node.update({
            "raw_code": raw_code, "language": "sql",
            "refs": [{"name": r, "package": None, "version": None} for r in parsed.refs],
            "sources": parsed.sources, "metrics": [],
            "depends_on": {"macros": parsed.macro_calls, "nodes": []},
            "compiled_path": None,
            "contract": {"enforced": False, "alias_types": True, "checksum": None},
        })
        self.nodes[uid] = node
        self.templates[uid] = tree
        self.queue_tests(patch_path, uid, name, entry, f"snapshots.{name}")

    def add_seed(self, path, patches):
        text = self.files[path].strip()
        rel = path[len("seeds/"):]
        name = Path(rel).stem
        fqn = [PACKAGE] + list(Path(rel).parent.parts) + [name]
        patch_path, entry = patches.get(name, (None, {}))
        config, unrendered = build_configs("seed", self.resource_configs("seed"), fqn,
                                           normalize_patch(entry), {}, self.target)
        uid, node = self.node_common("seed", name, rel, path, fqn,
                                     {"name": "sha256", "checksum": sha256(text)}, config, unrendered,
                                     patch_path, entry)
        node.update({"raw_code": "", "root_path": f"/tmp/jobs/{self.env['run_id']}/target",
                     "depends_on": {"macros": []}})
        self.nodes[uid] = node
        self.queue_tests(patch_path, uid, name, entry, f"seeds.{name}")

    def add_sources(self):
        for path in sorted(self.yaml):
            for src in self.yaml[path].get("sources") or []:
                for table in src.get("tables") or []:
                    uid = f"source.{PACKAGE}.{src['name']}.{table['name']}"
                    freshness = table.get("freshness", src.get("freshness")) or {}
                    def thr(k):
                        v = freshness.get(k) or {}
                        return {"count": v.get("count"), "period": v.get("period")}
                    database = src.get("database", DATABASE)
                    schema = src.get("schema", src["name"])
                    identifier = table.get("identifier", table["name"])
                    rel = path[len("models/"):]
                    self.sources[uid] = {
                        "database": database, "schema": schema, "name": table["name"],
                        "resource_type": "source", "package_name": PACKAGE, "path": path,
                        "original_file_path": path, "unique_id": uid,
                        "fqn": [PACKAGE] + list(Path(rel).parent.parts) + [src["name"], table["name"]],
                        "source_name": src["name"], "source_description": src.get("description", ""),
                        "loader": src.get("loader", ""), "identifier": identifier,
                        "quoting": {"database": None, "schema": None, "identifier": None, "column": None},
                        "loaded_at_field": table.get("loaded_at_field", src.get("loaded_at_field")),
                        "freshness": {"warn_after": thr("warn_after"), "error_after": thr("error_after"),
                                      "filter": freshness.get("filter")},
                        "external": None, "description": table.get("description", ""),
                        "columns": {c["name"]: column_info(c) for c in table.get("columns") or []},
                        "meta": table.get("meta") or {}, "source_meta": src.get("meta") or {},
                        "tags": [], "config": {"enabled": True}, "patch_path": None,
                        "unrendered_config": {},
                        "relation_name": relation_name(database, schema, identifier),
                        "created_at": self.tick(),
                    }
                    self.queue_tests(path, uid, f"{src['name']}_{table['name']}", table,
                                     f"sources.{src['name']}", source=(src["name"], table["name"]))

    def add_docs(self):
        uid = "doc.dbt.__overview__"
        self.docs[uid] = {"name": "__overview__", "resource_type": "doc", "package_name": "dbt",
                          "path": "overview.md", "original_file_path": "docs/overview.md",
                          "unique_id": uid, "block_contents": DBT_OVERVIEW}
        for path in sorted(p for p in self.files if p.startswith("models/") and p.endswith(".md")):
            for m in re.finditer(r"\{%\s*docs\s+(\w+)\s*%\}(.*?)\{%\s*enddocs\s*%\}", self.files[path], re.S):
                uid = f"doc.{PACKAGE}.{m.group(1)}"
                self.docs[uid] = {"name": m.group(1), "resource_type": "doc", "package_name": PACKAGE,
                                  "path": path[len("models/"):], "original_file_path": path,
                                  "unique_id": uid, "block_contents": m.group(2).strip()}

    def ref_uid(self, name):
        for rt in ("model", "seed", "snapshot"):
            uid = f"{rt}.{PACKAGE}.{name}"
            if uid in self.nodes:
                return uid
        raise SystemExit(f"{self.key}: ref('{name}') does not resolve")

    def resolve_refs(self):
        for uid, node in self.nodes.items():
            if node["resource_type"] not in ("model", "snapshot"):
                continue
            deps = []
            for s in node["sources"]:
                sid = f"source.{PACKAGE}.{s[0]}.{s[1]}"
                if sid not in self.sources:
                    raise SystemExit(f"{uid}: unknown source {s}")
                deps.append(sid)
            for r in node["refs"]:
                deps.append(self.ref_uid(r["name"]))
            node["depends_on"]["nodes"] = list(dict.fromkeys(deps))

    # -- tests ----------------------------------------------------------------------------
    def queue_tests(self, yml_path, uid, target_name, entry, file_key, source=None):
        if not yml_path:
            return
        for col in entry.get("columns") or []:
            for t in col.get("data_tests") or col.get("tests") or []:
                self.test_specs.append((yml_path, uid, target_name, col, t, file_key, source))
        for t in entry.get("data_tests") or entry.get("tests") or []:
            self.test_specs.append((yml_path, uid, target_name, None, t, file_key, source))

    def add_tests(self):
        model_specs = [s for s in self.test_specs if s[6] is None]
        source_specs = [s for s in self.test_specs if s[6] is not None]
        for spec in model_specs + source_specs:
            self.add_test(*spec)

    def add_test(self, yml_path, target_uid, target_name, column, test_def, file_key, source):
        if isinstance(test_def, str):
            test_def = {test_def: {}}
        full_test_name, args = next(iter(test_def.items()))
        args = copy.deepcopy(args or {})
        namespace, test_name = (full_test_name.split(".", 1) if "." in full_test_name
                                else (None, full_test_name))
        if column is not None:
            args["column_name"] = column["name"]
        if source:
            model_arg = f"{{{{ get_where_subquery(source('{source[0]}', '{source[1]}')) }}}}"
        else:
            model_arg = f"{{{{ get_where_subquery(ref('{target_name}')) }}}}"
        args["model"] = model_arg
        test_type = f"{namespace}_{test_name}" if namespace else test_name
        if source:
            test_type = f"source_{test_type}"
        short, full = synthesize_test_names(test_type, target_name, args)
        metadata = {"name": test_name, "kwargs": args, "namespace": namespace}
        uid = f"test.{PACKAGE}.{full}.{test_hash(full, metadata)}"
        rel_dir = Path(yml_path).parent.parts[1:]
        config = default_config("test")
        unrendered = {}
        if short != full:
            config["alias"] = short
            unrendered["alias"] = short
        refs, deps = [], []
        if "to" in args:
            m = re.fullmatch(r"ref\('(\w+)'\)", args["to"])
            refs.append(m.group(1))
        sources = []
        if source:
            sources.append([source[0], source[1]])
            deps.append(f"source.{PACKAGE}.{source[0]}.{source[1]}")
        else:
            refs.append(target_name)
        deps += [self.ref_uid(r) for r in refs]
        macro_prefix = f"{namespace}." if namespace else ""
        node = {
            "database": DATABASE, "schema": self.schema_for(config["schema"]), "name": full,
            "resource_type": "test", "package_name": PACKAGE, "path": f"{short}.sql",
            "original_file_path": yml_path, "unique_id": uid,
            "fqn": [PACKAGE] + list(rel_dir) + [full], "alias": config["alias"] or full,
            "checksum": {"name": "none", "checksum": ""}, "config": config,
            "tags": list(column.get("tags") or []) if column else [], "description": "",
            "columns": {}, "meta": {}, "group": None, "docs": {"show": True, "node_color": None},
            "patch_path": None, "build_path": None, "unrendered_config": unrendered,
            "created_at": self.tick(), "relation_name": None,
            "raw_code": f"{{{{ {macro_prefix}test_{test_name}(**_dbt_generic_test_kwargs) }}}}",
            "language": "sql",
            "refs": [{"name": r, "package": None, "version": None} for r in refs],
            "sources": sources, "metrics": [],
            "depends_on": {"macros": [f"macro.{namespace or 'dbt'}.test_{test_name}",
                                      "macro.dbt.get_where_subquery"],
                           "nodes": list(dict.fromkeys(deps))},
            "compiled_path": None,
            "contract": {"enforced": False, "alias_types": True, "checksum": None},
            "column_name": column["name"] if column else None,
            "file_key_name": file_key,
            "attached_node": None if source else target_uid,
            "test_metadata": metadata,
        }
        if uid in self.nodes:
            raise SystemExit(f"duplicate test {uid}")
        self.nodes[uid] = node

    def add_exposures_and_groups(self):
        for path in sorted(self.yaml):
            rel = path[len("models/"):] if path.startswith("models/") else path
            for e in self.yaml[path].get("exposures") or []:
                uid = f"exposure.{PACKAGE}.{e['name']}"
                refs = [re.fullmatch(r"ref\('(\w+)'\)", d).group(1) for d in e.get("depends_on") or []]
                self.exposures[uid] = {
                    "name": e["name"], "resource_type": "exposure", "package_name": PACKAGE,
                    "path": rel, "original_file_path": path, "unique_id": uid,
                    "fqn": [PACKAGE] + list(Path(rel).parent.parts) + [e["name"]],
                    "type": e["type"], "owner": {"email": e["owner"].get("email"), "name": e["owner"].get("name")},
                    "description": e.get("description", ""), "label": e.get("label"),
                    "maturity": e.get("maturity"), "meta": e.get("meta") or {}, "tags": e.get("tags") or [],
                    "config": {"enabled": True}, "unrendered_config": {}, "url": e.get("url"),
                    "depends_on": {"macros": [], "nodes": [self.ref_uid(r) for r in refs]},
                    "refs": [{"name": r, "package": None, "version": None} for r in refs],
                    "sources": [], "metrics": [], "created_at": self.tick(),
                }
            for g in self.yaml[path].get("groups") or []:
                uid = f"group.{PACKAGE}.{g['name']}"
                self.groups[uid] = {"name": g["name"], "resource_type": "group", "package_name": PACKAGE,
                                    "path": rel, "original_file_path": path, "unique_id": uid,
                                    "owner": {"email": g["owner"].get("email"), "name": g["owner"].get("name")}}

    # -- maps -----------------------------------------------------------------------------
    def maps(self):
        members = list(self.nodes.values()) + list(self.sources.values()) + list(self.exposures.values())
        parent = {}
        child = {m["unique_id"]: [] for m in members}
        for m in members:
            deps = list(m.get("depends_on", {}).get("nodes", []))
            parent[m["unique_id"]] = sorted(deps)
            for d in deps:
                if d in child:
                    child[d].append(m["unique_id"])
        return parent, {k: sorted(v) for k, v in child.items()}


# --------------------------------------------------------------------------------------------
# dbt's state:modified comparison (dbt-core 1.8 semantics; see reference §3)
# --------------------------------------------------------------------------------------------

STATE_TYPES = ("model", "seed", "snapshot")
CONFIG_EXCLUDED = {"alias", "schema", "database", "tags", "group"}


def modified_macros(old_macros, new_macros):
    out = set()
    for uid in set(old_macros) | set(new_macros):
        if uid not in old_macros or uid not in new_macros:
            out.add(uid)
        elif old_macros[uid]["macro_sql"] != new_macros[uid]["macro_sql"]:
            out.add(uid)
    return out


def macros_modified(node, macros, changed):
    visited = []

    def walk(item):
        for uid in item["depends_on"]["macros"]:
            if uid in visited:
                continue
            visited.append(uid)
            if uid in changed:
                return True
            if uid in macros and macros[uid]["depends_on"]["macros"] and walk(macros[uid]):
                return True
        return False
    return walk(node)


def modification_reasons(new, old, new_macros, changed_macros):
    reasons = []
    if new["resource_type"] == "seed":
        if new["checksum"] != old["checksum"]:
            reasons.append("body")
    elif new["raw_code"] != old["raw_code"]:
        reasons.append("body")
    a = {k: v for k, v in new["unrendered_config"].items() if k not in CONFIG_EXCLUDED}
    b = {k: v for k, v in old["unrendered_config"].items() if k not in CONFIG_EXCLUDED}
    if a != b:
        reasons.append("configs")
    if any(new["unrendered_config"].get(k) != old["unrendered_config"].get(k)
           for k in ("database", "schema", "alias")):
        reasons.append("relation")
    persist = new["config"].get("persist_docs") or {}
    if persist.get("relation") and new["description"] != old["description"]:
        reasons.append("persisted_descriptions")
    elif persist.get("columns") and ({k: c["description"] for k, c in new["columns"].items()}
                                     != {k: c["description"] for k, c in old["columns"].items()}):
        reasons.append("persisted_descriptions")
    if new["resource_type"] != "seed" and macros_modified(new, new_macros, changed_macros):
        reasons.append("macros")
    if new["resource_type"] == "model":
        nc, oc = new["contract"], old["contract"]
        if (nc["enforced"] or oc["enforced"]) and (nc["enforced"] != oc["enforced"]
                                                   or nc["checksum"] != oc["checksum"]):
            reasons.append("contract")
        if any(new.get(k) != old.get(k) for k in ("latest_version", "access", "deprecation_date")):
            reasons.append("versioning")
    if new["fqn"] != old["fqn"]:
        reasons.append("fqn")
    return sorted(reasons)


def state_modified(prod, pr):
    changed = modified_macros(prod.macros, pr.macros)
    new, removed, modified = [], [], {}
    for uid, node in pr.nodes.items():
        if node["resource_type"] not in STATE_TYPES:
            continue
        old = prod.nodes.get(uid)
        if old is None:
            new.append(uid)
            continue
        reasons = modification_reasons(node, old, pr.macros, changed)
        if reasons:
            modified[uid] = reasons
    for uid, node in prod.nodes.items():
        if node["resource_type"] in STATE_TYPES and uid not in pr.nodes:
            removed.append(uid)
    _, child = pr.maps()
    start = set(new) | set(modified)
    seen, stack = set(), list(start)
    while stack:
        for c in child.get(stack.pop(), []):
            if c not in seen:
                seen.add(c)
                stack.append(c)
    impacted = sorted(u for u in seen - start
                      if u in pr.nodes and pr.nodes[u]["resource_type"] in ("model", "snapshot"))
    return {"new": sorted(new), "removed": sorted(removed),
            "modified": {k: modified[k] for k in sorted(modified)}, "impacted": impacted}


# --------------------------------------------------------------------------------------------
# Tidemark's primary-key rules (PRODUCT.md "Primary keys"), used to check expected_changes.json
# --------------------------------------------------------------------------------------------

PK_TAG = "primary-key"


def _as_list(v):
    return [v] if isinstance(v, str) else list(v)


def primary_key(side, uid):
    node = side.nodes[uid]
    meta = node["config"]["meta"] or node["meta"]
    if PK_TAG in meta:
        return {"columns": _as_list(meta[PK_TAG]), "rule": "model_meta"}
    cols = [c for c in node["columns"].values() if c["meta"].get(PK_TAG)]
    if cols:
        return {"columns": [c["name"] for c in cols], "rule": "column_meta"}
    cols = [c for c in node["columns"].values() if PK_TAG in c["tags"]]
    if cols:
        return {"columns": [c["name"] for c in cols], "rule": "column_tag"}
    for t in side.nodes.values():
        if t["resource_type"] != "test" or t.get("attached_node") != uid:
            continue
        md = t["test_metadata"]
        if md["name"] == "unique" and md["namespace"] is None:
            expr = md["kwargs"]["column_name"]
            parts = re.split(r"\|\||,|\bconcat\s*\(|\)", expr)
            names = [p.strip() for p in parts if re.fullmatch(r"\s*[A-Za-z_]\w*\s*", p)]
            return {"columns": names, "rule": "uniqueness_test"}
        if md["name"] == "unique_combination_of_columns" and md["namespace"] == "dbt_utils":
            return {"columns": list(md["kwargs"]["combination_of_columns"]), "rule": "uniqueness_test"}
    if node["config"].get("unique_key"):
        return {"columns": _as_list(node["config"]["unique_key"]), "rule": "unique_key"}
    for c in node.get("constraints") or []:
        if c["type"] == "primary_key":
            return {"columns": list(c["columns"]), "rule": "constraint"}
    cols = [c["name"] for c in node["columns"].values()
            if any(k["type"] == "primary_key" for k in c["constraints"])]
    if cols:
        return {"columns": cols, "rule": "constraint"}
    for c in node["columns"]:
        if c.lower() in ("id", "pk", "pkey", f"{node['name'].lower()}_id"):
            return {"columns": [c], "rule": "name"}
    return {"columns": [], "rule": "none"}


# --------------------------------------------------------------------------------------------
# Compilation, execution order and run_results
# --------------------------------------------------------------------------------------------

def compile_tests_sql(node, relation_of):
    md = node["test_metadata"]
    kw = md["kwargs"]
    if node["sources"]:
        model = relation_of(node["depends_on"]["nodes"][-1])
    else:
        model = relation_of(node["attached_node"])
    name = md["name"]
    if name == "unique":
        c = kw["column_name"]
        return (f"\n    \n    \n\nselect\n    {c} as unique_field,\n    count(*) as n_records\n\n"
                f"from {model}\nwhere {c} is not null\ngroup by {c}\nhaving count(*) > 1\n\n\n")
    if name == "not_null":
        c = kw["column_name"]
        return f"\n    \n    \n\n\n\nselect {c}\nfrom {model}\nwhere {c} is null\n\n\n"
    if name == "accepted_values":
        c = kw["column_name"]
        values = ",".join(f"'{v}'" for v in kw["values"])
        return (f"\n    \n    \n\nwith all_values as (\n\n    select\n        {c} as value_field,\n"
                f"        count(*) as n_records\n\n    from {model}\n    group by {c}\n\n)\n\n"
                f"select *\nfrom all_values\nwhere value_field not in (\n    {values}\n)\n\n\n")
    if name == "relationships":
        c, f = kw["column_name"], kw["field"]
        to = relation_of(node["depends_on"]["nodes"][0])
        return (f"\n    \n    \n\nwith child as (\n    select {c} as from_field\n    from {model}\n"
                f"    where {c} is not null\n),\n\nparent as (\n    select {f} as to_field\n"
                f"    from {to}\n)\n\nselect\n    from_field\n\nfrom child\nleft join parent\n"
                f"    on child.from_field = parent.to_field\n\nwhere parent.to_field is null\n\n\n")
    if name == "unique_combination_of_columns":
        cols = ", ".join(kw["combination_of_columns"])
        return (f"\n\n\n\nwith validation_errors as (\n\n    select\n        {cols}\n    from {model}\n"
                f"    group by {cols}\n    having count(*) > 1\n\n)\n\nselect *\nfrom validation_errors\n\n\n")
    raise ValueError(name)


def read_csv(text):
    return list(csv.DictReader(io.StringIO(text)))


def row_counts(side):
    f = side.files
    customers = read_csv(f["seeds/raw_customers.csv"])
    orders = read_csv(f["seeds/raw_orders.csv"])
    items = read_csv(f["seeds/raw_order_items.csv"])
    products = read_csv(f["seeds/raw_products.csv"])
    payments = read_csv(f["seeds/raw_payments.csv"])
    status = {o["order_id"]: o["status"] for o in orders}
    date = {o["order_id"]: o["ordered_at"][:10] for o in orders}
    live = {k for k, s in status.items() if s not in ("returned", "canceled", "cancelled")}
    name = {p["product_id"]: p["product_name"] for p in products}
    counts = {
        "raw_customers": len(customers), "raw_orders": len(orders), "raw_order_items": len(items),
        "raw_products": len(products), "raw_payments": len(payments),
        "stg_customers": len(customers), "stg_orders": len(orders), "stg_order_items": len(items),
        "stg_products": len(products), "stg_payments": len(payments),
        "int_order_items_enriched": len(items),
        "int_customer_orders": len({o["customer_id"] for o in orders
                                    if o["status"] not in ("canceled", "cancelled")}),
        "int_order_margins": len([i for i in items if i["order_id"] in live]),
        "customers": len(customers), "orders": len(orders),
        "daily_revenue": len({(date[o["order_id"]], o["store_id"]) for o in orders if o["order_id"] in live}),
        "product_sales": len({(i["product_id"], date[i["order_id"]], name[i["product_id"]])
                              for i in items if i["order_id"] in live}),
        "monthly_revenue": len({date[k][:7] for k in live}),
        "snap_products": len(products),
    }
    return counts


def execution_order(side, selected):
    """The order `dbt build` runs the selected nodes in: a node waits for its parents and for the
    tests on its parents (a failing test skips everything downstream); ties go to seeds, then
    models and snapshots, then tests, then by unique_id."""
    prio = {"seed": 0, "model": 1, "snapshot": 1, "test": 2}
    tests_on = {}
    for u in selected:
        if side.nodes[u]["resource_type"] == "test":
            for d in side.nodes[u]["depends_on"]["nodes"]:
                tests_on.setdefault(d, []).append(u)
    deps = {}
    for u in selected:
        parents = [d for d in side.nodes[u]["depends_on"].get("nodes", []) if d in selected]
        deps[u] = list(parents)
        if side.nodes[u]["resource_type"] != "test":
            for p in parents:
                deps[u] += tests_on.get(p, [])
    done, order = set(), []
    pending = set(selected)
    while pending:
        ready = sorted((u for u in pending if all(d in done for d in deps[u])),
                       key=lambda u: (prio[side.nodes[u]["resource_type"]], u))
        if not ready:
            raise SystemExit("cycle in the graph")
        order.append(ready[0])
        done.add(ready[0])
        pending.discard(ready[0])
    return order


def iso(ts):
    import datetime as _dt
    return _dt.datetime.fromtimestamp(ts, _dt.timezone.utc).strftime("%Y-%m-%dT%H:%M:%S.%fZ")


def parse_iso(s):
    import datetime as _dt
    return _dt.datetime.strptime(s, "%Y-%m-%dT%H:%M:%S.%fZ").replace(tzinfo=_dt.timezone.utc).timestamp()


def duration(uid, lo, hi):
    h = int(hashlib.md5(uid.encode()).hexdigest()[:6], 16)
    return round(lo + (hi - lo) * (h % 1000) / 1000.0, 6)


def compile_and_run(side, selected, prod=None):
    """Fill compiled fields of the selected nodes, add defer_relation (PR) and return run_results."""
    counts = row_counts(side)

    def relation_of(uid):
        if uid.startswith("source."):
            return side.sources[uid]["relation_name"]
        if uid in selected or prod is None or uid not in prod.nodes:
            return side.nodes[uid]["relation_name"]
        return prod.nodes[uid]["relation_name"]  # deferred to production

    results = []
    clock = parse_iso(side.env["started_at"]) + 1.3
    order = execution_order(side, selected)
    for i, uid in enumerate(order):
        node = side.nodes[uid]
        rt = node["resource_type"]
        incremental_exists = (prod is None and node["config"]["materialized"] in ("incremental", "snapshot"))
        compiled = None
        if rt in ("model", "snapshot"):
            r = Renderer(side.sql_macros, "compile",
                         resolve_ref=lambda n: relation_of(side.ref_uid(n)),
                         resolve_source=lambda s, t: side.sources[f"source.{PACKAGE}.{s}.{t}"]["relation_name"],
                         this=node["relation_name"], target=side.target, incremental=incremental_exists)
            compiled = r.render(side.templates[uid], {})
        elif rt == "test":
            compiled = compile_tests_sql(node, relation_of)
        if compiled is not None:
            if rt == "test":
                node["compiled_path"] = (f"target/compiled/{PACKAGE}/{node['original_file_path']}/"
                                         f"{node['path']}")
            else:
                node["compiled_path"] = f"target/compiled/{PACKAGE}/{node['original_file_path']}"
            extra = {"compiled": True, "compiled_code": compiled, "extra_ctes_injected": True,
                     "extra_ctes": []}
            rebuilt = {}
            for k, v in node.items():
                rebuilt[k] = v
                if k == "compiled_path":
                    rebuilt.update(extra)
            node.clear()
            node.update(rebuilt)

        compile_time = duration(uid + "c", 0.004, 0.03)
        exec_time = {"seed": duration(uid, 0.18, 0.6), "model": duration(uid, 0.06, 0.9),
                     "snapshot": duration(uid, 0.3, 0.8), "test": duration(uid, 0.02, 0.12)}[rt]
        c0, c1 = clock, clock + compile_time
        e0, e1 = c1 + 0.0011, c1 + 0.0011 + exec_time
        clock = e1 + 0.0023
        n = counts.get(node["name"], 0)
        mat = node["config"]["materialized"]
        if rt == "test":
            status, message, response, failures = "pass", None, {}, 0
        elif rt == "seed":
            status, message, failures = "success", f"INSERT {n}", None
            response = {"_message": message, "code": "INSERT", "rows_affected": n}
        elif mat == "view":
            status, message, failures = "success", "CREATE VIEW", None
            response = {"_message": message, "code": "CREATE VIEW", "rows_affected": -1}
        elif incremental_exists:
            status, message, failures = "success", "INSERT 0 0", None
            response = {"_message": message, "code": "INSERT", "rows_affected": 0}
        else:
            status, message, failures = "success", f"SELECT {n}", None
            response = {"_message": message, "code": "SELECT", "rows_affected": n}
        results.append({
            "status": status,
            "timing": [{"name": "compile", "started_at": iso(c0), "completed_at": iso(c1)},
                       {"name": "execute", "started_at": iso(e0), "completed_at": iso(e1)}],
            "thread_id": f"Thread-{i % THREADS + 1} (worker)",
            "execution_time": round(e1 - c0, 6),
            "adapter_response": response,
            "message": message,
            "failures": failures,
            "unique_id": uid,
            "compiled": True if compiled is not None else None,
            "compiled_code": compiled,
            "relation_name": node.get("relation_name"),
        })
    if prod is not None:
        for uid, node in side.nodes.items():
            if node["resource_type"] in STATE_TYPES and uid in prod.nodes:
                old = prod.nodes[uid]
                node["defer_relation"] = {"database": old["database"], "schema": old["schema"],
                                          "alias": old["alias"], "relation_name": old["relation_name"]}
    elapsed = round(clock - parse_iso(side.env["started_at"]) + 0.41, 6)
    return results, elapsed, clock


def env_block(side):
    e = side.env
    return {"DBT_CLOUD_PROJECT_ID": str(DBT_CLOUD_PROJECT_ID), "DBT_CLOUD_RUN_ID": str(e["run_id"]),
            "DBT_CLOUD_JOB_ID": str(e["job_id"]), "DBT_CLOUD_RUN_REASON": e["reason"],
            "DBT_CLOUD_RUN_REASON_CATEGORY": e["reason_category"]}


def manifest(side, generated_at):
    parent, child = side.maps()
    group_map = {g["name"]: [] for g in side.groups.values()}
    for uid, node in side.nodes.items():
        if node.get("group") in group_map:
            group_map[node["group"]].append(uid)
    return {
        "metadata": {
            "dbt_schema_version": "https://schemas.getdbt.com/dbt/manifest/v12.json",
            "dbt_version": DBT_VERSION, "generated_at": generated_at,
            "invocation_id": side.env["invocation_id"], "env": env_block(side),
            "project_name": PACKAGE, "project_id": hashlib.md5(PACKAGE.encode()).hexdigest(),
            "user_id": USER_ID, "send_anonymous_usage_stats": True, "adapter_type": ADAPTER,
        },
        "nodes": side.nodes, "sources": side.sources, "macros": side.macros, "docs": side.docs,
        "exposures": side.exposures, "metrics": {}, "groups": side.groups, "selectors": {},
        "disabled": {}, "parent_map": parent, "child_map": child, "group_map": group_map,
        "saved_queries": {}, "semantic_models": {}, "unit_tests": {},
    }


def run_results(side, results, elapsed, generated_at, args):
    return {
        "metadata": {"dbt_schema_version": "https://schemas.getdbt.com/dbt/run-results/v6.json",
                     "dbt_version": DBT_VERSION, "generated_at": generated_at,
                     "invocation_id": side.env["invocation_id"], "env": env_block(side)},
        "results": results, "elapsed_time": elapsed, "args": dict(sorted(args.items())),
    }


def cli_args(side, select):
    run = side.env["run_id"]
    args = {
        "which": "build", "invocation_command": side.env["command"], "target": side.env["target_name"],
        "profiles_dir": f"/tmp/jobs/{run}/.dbt", "project_dir": f"/tmp/jobs/{run}/target",
        "threads": THREADS, "select": select, "exclude": [], "resource_types": [],
        "indirect_selection": "eager", "write_json": True, "partial_parse": True,
        "static_parser": True, "log_format": "json", "log_level": "info", "printer_width": 80,
        "quiet": False, "send_anonymous_usage_stats": True, "use_colors": False,
        "version_check": True, "warn_error_options": {"include": [], "exclude": []},
        "favor_state": False, "full_refresh": False, "fail_fast": False, "vars": {},
        "log_path": f"/tmp/jobs/{run}/target/logs",
    }
    if select:
        args.update({"defer": True, "state": f"/tmp/jobs/{run}/.deferred-state"})
    return args


def serialize(obj):
    return json.dumps(obj, indent=2, ensure_ascii=False) + "\n"


def dump(obj, path):
    path.parent.mkdir(parents=True, exist_ok=True)
    text = serialize(obj)
    path.write_text(text, encoding="utf-8")
    return len(text.encode("utf-8"))


def main(argv):
    check_only = "--check" in argv
    prod = Side("prod")
    pr = Side("pr")

    changes = state_modified(prod, pr)
    keys = {}
    for side in (prod, pr):
        for uid, node in side.nodes.items():
            if node["resource_type"] in ("model", "snapshot") and (side is pr or uid not in pr.nodes):
                keys[uid] = primary_key(side, uid)
    computed = dict(changes)
    computed["primary_keys"] = {k: keys[k] for k in sorted(keys)}
    touched = set(changes["new"]) | set(changes["modified"]) | set(changes["impacted"])
    computed["unchanged"] = sorted(u for u, n in pr.nodes.items() if n["resource_type"] in STATE_TYPES
                                   and u not in touched)
    computed["affected_exposures"] = sorted(u for u, e in pr.exposures.items()
                                            if touched & set(e["depends_on"]["nodes"]))

    expected_path = DEMO / "expected_changes.json"
    expected = json.loads(expected_path.read_text(encoding="utf-8"))
    problems = []
    for key in ("new", "removed", "modified", "impacted", "unchanged", "affected_exposures",
                "primary_keys"):
        if expected.get(key) != computed[key]:
            problems.append(f"{key}:\n  expected {json.dumps(expected.get(key))}\n"
                            f"  computed {json.dumps(computed[key])}")

    # Selection of the PR job: state:modified+ (new, modified and everything downstream),
    # plus tests on any selected node (indirect selection "eager").
    _, child = pr.maps()
    selected = set(changes["new"]) | set(changes["modified"])
    stack = list(selected)
    while stack:
        for c in child.get(stack.pop(), []):
            if c in pr.nodes and c not in selected:
                selected.add(c)
                stack.append(c)
    for uid, node in pr.nodes.items():
        if node["resource_type"] == "test" and any(d in selected for d in node["depends_on"]["nodes"]):
            selected.add(uid)

    prod_results, prod_elapsed, prod_end = compile_and_run(prod, set(prod.nodes))
    pr_results, pr_elapsed, pr_end = compile_and_run(pr, selected, prod=prod)

    outputs = {
        DEMO / "prod" / "manifest.json": manifest(prod, iso(prod_end + 0.35)),
        DEMO / "prod" / "run_results.json": run_results(prod, prod_results, prod_elapsed,
                                                        iso(prod_end + 0.31), cli_args(prod, [])),
        DEMO / "pr" / "manifest.json": manifest(pr, iso(pr_end + 0.35)),
        DEMO / "pr" / "run_results.json": run_results(pr, pr_results, pr_elapsed, iso(pr_end + 0.31),
                                                      cli_args(pr, ["state:modified+"])),
    }

    # consistency: parent_map/child_map against depends_on
    for path, obj in outputs.items():
        if path.name != "manifest.json":
            continue
        members = {**obj["nodes"], **obj["sources"], **obj["exposures"]}
        for uid, item in members.items():
            deps = sorted(item.get("depends_on", {}).get("nodes", []))
            if obj["parent_map"][uid] != deps:
                problems.append(f"{path}: parent_map[{uid}] != depends_on.nodes")
            for d in deps:
                if d not in members:
                    problems.append(f"{path}: {uid} depends on unknown {d}")
                elif uid not in obj["child_map"][d]:
                    problems.append(f"{path}: child_map[{d}] misses {uid}")

    if problems:
        print("generate_demo: the demo does not match expected_changes.json:\n" + "\n".join(problems),
              file=sys.stderr)
        return 1
    if check_only:
        stale = [str(path.relative_to(REPO)) for path, obj in outputs.items()
                 if not path.exists() or path.read_text(encoding="utf-8") != serialize(obj)]
        if stale:
            print("generate_demo: out of date, run tools/demo/generate_demo.py: " + ", ".join(stale),
                  file=sys.stderr)
            return 1
        print("generated artifacts are up to date")
    else:
        for path, obj in outputs.items():
            size = dump(obj, path)
            print(f"wrote {path.relative_to(REPO)} ({size} bytes)")
    print(f"state:modified prod -> PR: {len(changes['new'])} new, {len(changes['removed'])} removed, "
          f"{len(changes['modified'])} modified, {len(changes['impacted'])} impacted; "
          f"PR job ran {len(pr_results)} of {len(pr.nodes)} nodes")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
