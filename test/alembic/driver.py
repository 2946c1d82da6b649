"""Runs upgrade, downgrade and stamp cases through Alembic in offline (--sql) mode.

Reads one JSON document on stdin:
  {"dir": <empty scratch directory>,
   "revisions": [{"id", "down": [...], "depends_on": [...], "branch_labels": [...]}],
   "cases": [{"command": "upgrade" | "downgrade" | "stamp", "args": [...], "rows": [...]?}]}
writes the history as an Alembic project into "dir", then prints one JSON line
per case, in order:
  {"ok": true, "out": [...]}                     the script's events
  {"ok": false, "kind": "command", "message": ...} Alembic refused (CommandError)
  {"ok": false, "kind": "crash", "message": ...}   any other exception
With "rows", the script starts from those version rows (the project's range
start that names several revisions, which Alembic's command line cannot say)
and the arguments' own starts are ignored.
Events: ["create"], ["drop"], ["run", "upgrade" | "downgrade" | "stamp", from, to],
["insert", id], ["update", from, to], ["delete", id].

Alembic 1.8 loads revision files in the order os.listdir returns them; the
revision map's order (which decides the order of parallel branches) follows
it. The driver pins that order to sorted file names, so that a run depends only
on the history (and on PYTHONHASHSEED, which the caller fixes).
"""
import io
import json
import os
import re
import sys

from alembic import command
from alembic.config import Config
from alembic.runtime.environment import EnvironmentContext
from alembic.script import ScriptDirectory
from alembic.script.base import Script
from alembic.util import CommandError

_listdir = Script._list_py_dir.__func__


def _sorted_listing(cls, scriptdir, path):
    return sorted(_listdir(cls, scriptdir, path))


Script._list_py_dir = classmethod(_sorted_listing)

ENV_PY = """
from alembic import context

context.configure(url="sqlite://", literal_binds=True, transaction_per_migration=False)
with context.begin_transaction():
    context.run_migrations()
"""


def tup(values):
    if not values:
        return "None"
    if len(values) == 1:
        return repr(values[0])
    return "(" + ", ".join(repr(v) for v in values) + ",)"


def write_project(root, revisions):
    versions = os.path.join(root, "versions")
    os.makedirs(versions, exist_ok=True)
    with open(os.path.join(root, "env.py"), "w") as f:
        f.write(ENV_PY)
    for r in revisions:
        with open(os.path.join(versions, r["id"] + ".py"), "w") as f:
            f.write(
                "revision = %r\ndown_revision = %s\nbranch_labels = %s\ndepends_on = %s\n\n"
                "def upgrade():\n    pass\n\n\ndef downgrade():\n    pass\n"
                % (r["id"], tup(r["down"]), tup(r.get("branch_labels")), tup(r.get("depends_on")))
            )


RUNNING = re.compile(r"^-- Running (\w+) (.*?) ->\s*(.*)$")
INSERT = re.compile(r"^INSERT INTO alembic_version \(version_num\) VALUES \('([^']*)'\);$")
UPDATE = re.compile(
    r"^UPDATE alembic_version SET version_num='([^']*)' WHERE alembic_version.version_num = '([^']*)';$"
)
DELETE = re.compile(r"^DELETE FROM alembic_version WHERE alembic_version.version_num = '([^']*)';$")


def events(text):
    out = []
    for line in text.splitlines():
        line = line.strip()
        m = RUNNING.match(line)
        if m:
            kind = "stamp" if m.group(1) == "stamp_revision" else m.group(1)
            out.append(["run", kind, m.group(2).strip(), m.group(3).strip()])
        elif line.startswith("CREATE TABLE alembic_version"):
            out.append(["create"])
        elif line.startswith("DROP TABLE alembic_version"):
            out.append(["drop"])
        elif INSERT.match(line):
            out.append(["insert", INSERT.match(line).group(1)])
        elif UPDATE.match(line):
            m = UPDATE.match(line)
            out.append(["update", m.group(2), m.group(1)])
        elif DELETE.match(line):
            out.append(["delete", DELETE.match(line).group(1)])
    return out


def from_rows(cfg, name, args, rows):
    """Runs a command offline from explicit version rows."""
    script = ScriptDirectory.from_config(cfg)
    dests = [a.split(":")[-1] for a in args]
    if name == "upgrade":
        def fn(heads, _ctx):
            return script._upgrade_revs(dests[0], heads)
    elif name == "downgrade":
        def fn(heads, _ctx):
            return script._downgrade_revs(dests[0], heads)
    else:
        def fn(heads, _ctx):
            return script._stamp_revs(tuple(dests), heads)
    with EnvironmentContext(cfg, script, fn=fn, as_sql=True, starting_rev=list(rows), destination_rev=dests[0]):
        script.run_env()


def main():
    doc = json.load(sys.stdin)
    root = doc["dir"]
    write_project(root, doc["revisions"])
    # One script directory for every case: the revision map is read once.
    script = None
    original = ScriptDirectory.from_config

    def cached(cfg):
        nonlocal script
        if script is None:
            script = original(cfg)
        return script

    ScriptDirectory.from_config = staticmethod(cached)
    for case in doc["cases"]:
        buf = io.StringIO()
        cfg = Config(output_buffer=buf)
        cfg.set_main_option("script_location", root)
        try:
            fn = getattr(command, case["command"])
            args = case["args"]
            if case.get("rows"):
                from_rows(cfg, case["command"], args, case["rows"])
            elif case["command"] == "stamp":
                fn(cfg, args if len(args) > 1 else args[0], sql=True)
            else:
                fn(cfg, *args, sql=True)
            result = {"ok": True, "out": events(buf.getvalue())}
        except CommandError as e:
            result = {"ok": False, "kind": "command", "message": str(e)}
        except Exception as e:  # anything else is a crash of Alembic's
            result = {"ok": False, "kind": "crash", "message": "%s: %s" % (type(e).__name__, e)}
        sys.stdout.write(json.dumps(result) + "\n")
    sys.stdout.flush()


if __name__ == "__main__":
    main()
