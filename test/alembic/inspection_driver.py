"""Runs Alembic's inspection commands (heads, branches, history, current) on a history.

Reads one JSON document on stdin:
  {"dir": <empty scratch directory>,
   "revisions": [{"id", "down": [...], "depends_on": [...], "branch_labels": [...], "message"}],
   "current": [<revision ids the database is at, for current and history -r current:>]}
writes the history as an Alembic project (as driver.py does, with each revision's
message as its docstring), then prints one JSON object: command name -> what
Alembic printed. `current` runs against a SQLite database stamped at "current";
"rows" holds the version rows that stamp wrote.
"""
import io
import json
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import driver  # noqa: E402  (pins the listing order and writes projects)

from alembic import command  # noqa: E402
from alembic.config import Config  # noqa: E402

ENV_PY = """
from alembic import context
from sqlalchemy import create_engine

url = context.config.get_main_option("sqlalchemy.url")
if context.is_offline_mode():
    context.configure(url=url)
    with context.begin_transaction():
        context.run_migrations()
else:
    engine = create_engine(url)
    with engine.connect() as connection:
        context.configure(connection=connection)
        with context.begin_transaction():
            context.run_migrations()
"""


def write(root, revisions):
    driver.write_project(root, revisions)
    with open(os.path.join(root, "env.py"), "w") as f:
        f.write(ENV_PY)
    versions = os.path.join(root, "versions")
    for r in revisions:
        path = os.path.join(versions, r["id"] + ".py")
        with open(path) as f:
            body = f.read()
        with open(path, "w") as f:
            f.write("%s\n\n%s" % (json.dumps(r.get("message", r["id"])), body))


def main():
    doc = json.load(sys.stdin)
    root = doc["dir"]
    write(root, doc["revisions"])
    db = os.path.join(root, "db.sqlite")
    out = {}

    def run(name, fn, *args, **kw):
        buf = io.StringIO()
        cfg = Config(stdout=buf)
        cfg.set_main_option("script_location", root)
        cfg.set_main_option("sqlalchemy.url", "sqlite:///" + db)
        try:
            fn(cfg, *args, **kw)
            out[name] = {"ok": True, "text": buf.getvalue()}
        except Exception as e:  # noqa: BLE001  (reported, compared as a refusal)
            out[name] = {"ok": False, "text": "%s: %s" % (type(e).__name__, e)}

    run("heads", command.heads)
    run("heads --verbose", command.heads, verbose=True)
    run("branches", command.branches)
    run("branches --verbose", command.branches, verbose=True)
    run("history", command.history)
    run("history --verbose", command.history, verbose=True)
    if doc.get("current"):
        run("stamp", command.stamp, doc["current"])
        import sqlite3

        with sqlite3.connect(db) as conn:
            rows = [r[0] for r in conn.execute("SELECT version_num FROM alembic_version")]
        out["rows"] = {"ok": True, "text": "\n".join(sorted(rows))}
        run("current", command.current)
        run("current --verbose", command.current, verbose=True)
        run("history --indicate-current", command.history, indicate_current=True)
    sys.stdout.write(json.dumps(out) + "\n")


if __name__ == "__main__":
    main()
