"""Viewers read, editors write: the deployment's rule, what each visitor sees, and
write paths that refuse on the server whatever the page or the session state says."""

from __future__ import annotations

from pathlib import Path

import pytest
from helpers import ROOT, run_cli
from streamlit.testing.v1 import AppTest

from analysis.store import open_store
from dashboard import writes
from dashboard.access import LOG_IN, NO_LOGIN, READ_ONLY, Access, decide_access, editor_set

APP = str(ROOT / "dashboard" / "app.py")
STATEMENT = "Qatar offers to mediate\n\nQatar offered on Monday to mediate between the two sides.\n"
AUTH = {
    "redirect_uri": "http://localhost:8501/oauth2callback",
    "cookie_secret": "not-a-real-secret",
    "client_id": "lens",
    "client_secret": "not-a-real-secret",
    "server_metadata_url": "https://accounts.example.com/.well-known/openid-configuration",
}
EDITOR = "editor@example.com"

# ---- the rule -------------------------------------------------------------------


def rule(read_only=False, login=False, editors="", **user) -> Access:
    return decide_access(
        read_only=read_only,
        login_configured=login,
        editors=editor_set(editors),
        user_info=user,
        fallback_user="laptop-user",
    )


@pytest.mark.parametrize(
    ("access", "can_write", "user", "reason"),
    [
        # a laptop: nothing configured, everyone writes as the OS user
        (rule(), True, "laptop-user", ""),
        (rule(read_only=True), False, "laptop-user", READ_ONLY),
        # read-only wins over everything, editors included
        (rule(read_only=True, login=True, editors=EDITOR, is_logged_in=True, email=EDITOR),
         False, EDITOR, READ_ONLY),
        (rule(login=True, editors=EDITOR, is_logged_in=True, email=EDITOR), True, EDITOR, ""),
        (rule(login=True, editors="Editor@Example.com ", is_logged_in=True, email=EDITOR),
         True, EDITOR, ""),
        (rule(login=True, editors=EDITOR, is_logged_in=False), False, "laptop-user", LOG_IN),
        (rule(login=True, editors=EDITOR), False, "laptop-user", LOG_IN),
        # an address the identity provider has not verified is nobody's
        (rule(login=True, editors=EDITOR, is_logged_in=True, email=EDITOR, email_verified=False),
         False, EDITOR, "not one of this deployment's editors"),
        (rule(login=True, editors="", is_logged_in=True, email=EDITOR),
         False, EDITOR, "not one of this deployment's editors"),
        # editors listed with no login to tell who is who: closed, not open
        (rule(editors=EDITOR, is_logged_in=True, email=EDITOR), False, "laptop-user", NO_LOGIN),
    ],
)  # fmt: skip
def test_the_deployment_decides_who_writes(access, can_write, user, reason):
    assert access.can_write is can_write
    assert access.user == user
    assert reason in access.reason


def test_editors_come_from_lists_or_comma_separated_text():
    assert editor_set("a@x.org, B@x.org,,", ["c@x.org"], None) == {"a@x.org", "b@x.org", "c@x.org"}


def test_secrets_that_cannot_be_read_leave_the_dashboard_read_only(monkeypatch):
    import streamlit as st
    from streamlit.errors import StreamlitSecretNotFoundError

    from dashboard.access import current_access

    class Broken:
        def to_dict(self):
            raise StreamlitSecretNotFoundError("Error parsing secrets file at x: bad line 3")

    monkeypatch.delenv("LENS_READ_ONLY", raising=False)
    monkeypatch.setattr(st, "secrets", Broken())
    access = current_access()
    assert access.can_write is False
    assert "secrets could not be read (Error parsing secrets file" in access.reason


# ---- the write paths refuse on the server --------------------------------------


def stored(data: Path) -> tuple:
    """Everything a write could change: documents, trash, activity."""
    with open_store(data) as store:
        return (store.document_names(), store.trash(), store.activity(), store.revision())


VIEWER = Access(False, "viewer@example.com", READ_ONLY)


@pytest.mark.parametrize(
    "access",
    [VIEWER, {"can_write": True, "user": "forged"}, Access("yes", "forged")],  # type: ignore[arg-type]
    ids=["viewer", "a dict posing as access", "a truthy string"],
)
def test_every_write_path_refuses_without_the_right_to_write(tmp_path, access):
    data = tmp_path / "data"
    with open_store(data) as store:
        store.add_text(STATEMENT, title="Doha offer")
        (doc_id,) = store.document_names()
        store.remove_document(doc_id)
        store.restore_document(doc_id)
    before = stored(data)
    with open_store(data) as store:
        for write in (
            lambda: writes.upload(access, store, "new.txt", b"Egypt called for a truce."),
            lambda: writes.paste(access, store, "Egypt called for a truce."),
            lambda: writes.remove(access, store, doc_id),
            lambda: writes.restore(access, store, doc_id),
        ):
            with pytest.raises(writes.WriteRefused, match="Nothing was changed"):
                write()
    assert stored(data) == before


def test_an_editor_write_is_logged_under_the_editor(tmp_path):
    data = tmp_path / "data"
    editor = Access(True, EDITOR)
    with open_store(data) as store:
        report = writes.paste(editor, store, STATEMENT, title="Doha offer")
        assert writes.remove(editor, store, report.added[0])
        huge = writes.upload(editor, store, "big.txt", b"x" * (writes.UPLOAD_LIMIT_MB * 2**20 + 1))
        assert "larger than the 20 MB upload limit" in str(huge.errors[0])
        exe = writes.upload(editor, store, "tool.exe", b"MZ")
        assert "not supported" in str(exe.errors[0])
        assert [(a.user, a.action) for a in store.activity()] == [
            (EDITOR, "remove"),
            (EDITOR, "add"),
        ]


# ---- what each visitor sees ------------------------------------------------------

WRITE_BUTTONS = {"Analyse and add", "Add text", "Remove document", "Restore document"}


@pytest.fixture
def data(tmp_path, monkeypatch) -> Path:
    """An empty data folder the app seeds from seeds/ (conftest clears deployment settings)."""
    monkeypatch.setenv("LENS_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.setenv("LENS_SEEDS_DIR", str(ROOT / "seeds"))  # the seed article alone
    return tmp_path / "data"


# The page as a visitor has it with the editing panels opened (each is built only while
# open) and after the first paint (the evidence table is drawn once the first chart is).
OPENED = {"add-panel": True, "trash-panel": True, "first-paint-done": True}


def run_app(*, secrets: dict | None = None, user: dict | None = None, state=None) -> AppTest:
    at = AppTest.from_file(APP, default_timeout=60)
    if secrets:
        at.secrets = secrets
    if user is not None:
        at.user = user
    for key, value in {**OPENED, **(state or {})}.items():
        at.session_state[key] = value
    at.run()
    assert not at.exception, [e.value for e in at.exception]
    return at


def write_widgets(at: AppTest) -> set[str]:
    """The write actions a visitor can see: buttons, inputs and panels."""
    seen = {b.label for b in at.button if b.label in WRITE_BUTTONS}
    seen |= {f"uploader {u.label}" for u in at.file_uploader}
    seen |= {f"text area {t.key}" for t in at.text_area}
    seen |= {f"panel {e.label}" for e in at.expander if "document" in e.label.lower()
             or "trash" in e.label.lower()}  # fmt: skip
    return seen


def table(at: AppTest, column: str):
    """The one table on the page with this column."""
    (found,) = [t.value for t in at.dataframe if column in t.value.columns]
    return found


def captions(at: AppTest) -> str:
    return " ".join(c.value.replace("\\", "") for c in at.sidebar.caption)


def test_on_a_laptop_every_write_action_is_there(data):
    at = run_app()
    assert {"Analyse and add", "Add text", "Remove document", "uploader Files"} <= write_widgets(at)
    assert "panel Trash and activity" in write_widgets(at)


@pytest.mark.parametrize("how", ["environment", "secrets"])
def test_a_read_only_deployment_draws_no_write_widget(data, monkeypatch, how):
    if how == "environment":
        monkeypatch.setenv("LENS_READ_ONLY", "1")
    at = run_app(secrets={"lens": {"read_only": True}} if how == "secrets" else None)
    assert write_widgets(at) == set()
    assert "read-only deployment" in captions(at)
    assert at.dataframe, "viewers still read the evidence"


def test_forged_session_state_changes_nothing_in_a_read_only_deployment(data, monkeypatch):
    monkeypatch.setenv("LENS_READ_ONLY", "1")
    run_app()  # seeds the store
    before = stored(data)
    (doc_id,) = before[0]
    forged = {
        # the widgets of the write panels, as a crafted rerun would set them
        "add-text": STATEMENT, "add-title": "planted", "add-remove-doc": doc_id,
        "add-remove-sure": True, "trash-restore-doc": doc_id,
        "FormSubmitter:add-paste-form-Add text": True,
        "FormSubmitter:add-remove-form-Remove document": True,
        "account-login": True,
    }  # fmt: skip
    at = run_app(state=forged)
    assert write_widgets(at) == set()
    assert stored(data) == before


def test_with_login_only_listed_editors_see_write_actions(data):
    secrets = {"auth": AUTH, "lens": {"editors": [EDITOR]}}

    viewer = run_app(secrets=secrets, user={"is_logged_in": True, "email": "reader@example.com"})
    assert write_widgets(viewer) == set()
    assert "reader@example.com, who is not one of this deployment's editors" in captions(viewer)
    assert "Log out" in [b.label for b in viewer.sidebar.button]

    logged_out = run_app(secrets=secrets, user={"is_logged_in": False})
    assert write_widgets(logged_out) == set()
    assert "Log in" in [b.label for b in logged_out.sidebar.button]

    editor = run_app(secrets=secrets, user={"is_logged_in": True, "email": EDITOR})
    assert {"Analyse and add", "Add text", "Remove document", "uploader Files"} <= write_widgets(
        editor
    )
    assert f"Logged in as {EDITOR} (editor)" in captions(editor)


def test_editors_from_the_environment_count_too(data, monkeypatch):
    monkeypatch.setenv("LENS_EDITORS", f"someone@example.com, {EDITOR}")
    editor = run_app(secrets={"auth": AUTH}, user={"is_logged_in": True, "email": EDITOR})
    assert "Analyse and add" in write_widgets(editor)


def test_removed_in_the_dashboard_restored_on_the_command_line_exported_identically(
    data, monkeypatch
):
    monkeypatch.setenv("LENS_USER", "alice")  # who the laptop dashboard writes as
    at = run_app()
    before = run_cli("export", data=data)
    assert before.returncode == 0 and before.stdout.count("\n") > 5
    with open_store(data) as store:
        ((doc_id, name),) = store.document_names().items()

    at.selectbox(key="add-remove-doc").select(doc_id)
    at.checkbox(key="add-remove-sure").check()
    next(b for b in at.button if b.label == "Remove document").click().run()
    assert not at.exception
    assert "it is in the trash" in at.success[0].value.replace("\\", "")
    assert run_cli("export", data=data).stdout == ""
    assert f"({name}) · removed" in captions(at) and "by alice" in captions(at)

    restored = run_cli("restore", name, "--user", "bob", data=data)
    assert restored.returncode == 0, restored.stderr
    assert run_cli("export", data=data).stdout == before.stdout

    log = [line.split()[1:4] for line in run_cli("log", data=data).stdout.splitlines()[1:]]
    assert log[-2:] == [["alice", "remove", name], ["bob", "restore", name]]

    at.run()  # the dashboard shows the restored document and the log
    assert not at.exception
    assert f"bob · restore · {name}" in captions(at)
    next(b for b in at.button if b.label == "Show the activity log").click().run()
    activity = table(at, "action")
    assert list(activity["action"][:2]) == ["restore", "remove"]
    assert list(activity["who"][:2]) == ["bob", "alice"]


def test_an_editor_restores_a_document_from_the_trash_panel(data, monkeypatch):
    monkeypatch.setenv("LENS_USER", "alice")
    at = run_app()
    before = run_cli("export", data=data).stdout
    with open_store(data) as store:
        ((doc_id, name),) = store.document_names().items()
        store.remove_document(doc_id, user="bob")
    at.run()
    assert "by bob" in captions(at)

    next(b for b in at.button if b.label == "Restore document").click().run()
    assert "Choose the document to restore first." in at.warning[0].value

    at.selectbox(key="trash-restore-doc").select(doc_id)
    next(b for b in at.button if b.label == "Restore document").click().run()
    assert not at.exception
    assert "Restored" in at.success[0].value and "with its signals" in at.success[0].value
    assert "The trash is empty." in captions(at)
    assert run_cli("export", data=data).stdout == before
    with open_store(data) as store:
        assert [(a.user, a.action) for a in store.activity(2)] == [
            ("alice", "restore"),
            ("bob", "remove"),
        ]


def test_a_login_that_cannot_start_says_why_instead_of_failing(data):
    import importlib.util

    if importlib.util.find_spec("authlib") is not None:
        pytest.skip("Authlib is installed here, so the login would start")
    secrets = {"auth": AUTH, "lens": {"editors": [EDITOR]}}
    at = run_app(secrets=secrets, user={"is_logged_in": False})
    next(b for b in at.sidebar.button if b.label == "Log in").click().run()
    assert not at.exception
    (error,) = at.error
    assert error.value.replace("\\", "").startswith("Login could not start: ")
    assert "Authlib" in error.value
    assert write_widgets(at) == set()
