"""Who may change the store from this dashboard: viewers read, editors write.

A deployment chooses, in this order:

1. ``LENS_READ_ONLY=1`` (or ``read_only = true`` under ``[lens]`` in the
   Streamlit secrets): nobody writes; every write action is hidden.
2. Streamlit's built-in login configured (an ``[auth]`` section in the
   secrets): only the logged-in users whose e-mail is listed in ``editors``
   under ``[lens]`` (or in ``LENS_EDITORS``, comma-separated) write.
3. Neither (a laptop): everyone writes, as before. Editors listed without a
   login to tell who is who: nobody writes (closed, not open, when unsure).

``decide_access`` is the rule, a pure function over plain data; ``current_access``
reads the environment, the secrets and ``st.user`` on the server, once per run.
Nothing here reads ``st.session_state``, so no widget state a browser sends
can make a viewer an editor. The write functions (``dashboard/writes.py``)
take the ``Access`` and refuse without it; hiding the widgets is only the
polite half.
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any

import streamlit as st

from analysis.store import default_user
from dashboard.highlight import markdown_literal as _plain

READ_ONLY_ENV = "LENS_READ_ONLY"
EDITORS_ENV = "LENS_EDITORS"

READ_ONLY = "This is a read-only deployment: documents cannot be added or removed here."
LOG_IN = "Log in with an editor's account to add or remove documents."
NO_LOGIN = (
    "Editors are listed but login is not configured, so no visitor can be recognised as "
    "an editor and documents cannot be changed here; configure [auth] in the secrets."
)


@dataclass(frozen=True, slots=True)
class Access:
    """What this session may do, and who it is for the activity log."""

    can_write: bool
    user: str
    reason: str = ""  # why not, as a sentence for the viewer
    login: str = "none"  # "none" (no login configured), "logged_out" or "logged_in"


def truthy(value: Any) -> bool:
    """A setting that means yes: true, 1, yes, on (any case)."""
    if isinstance(value, bool):
        return value
    return str(value or "").strip().lower() in {"1", "true", "yes", "on"}


def editor_set(*values: Any) -> frozenset[str]:
    """E-mails from settings: comma-separated strings or lists, compared without case."""
    out: set[str] = set()
    for value in values:
        items: Iterable[Any]
        if value is None:
            continue
        items = value.split(",") if isinstance(value, str) else value
        out |= {str(i).strip().lower() for i in items if str(i).strip()}
    return frozenset(out)


def decide_access(
    *,
    read_only: bool,
    login_configured: bool,
    editors: frozenset[str],
    user_info: Mapping[str, Any],
    fallback_user: str,
) -> Access:
    """The deployment's rule (module docstring) applied to one visitor."""
    logged_in = login_configured and user_info.get("is_logged_in") is True
    email = str(user_info.get("email") or "").strip() if logged_in else ""
    who = (email or str(user_info.get("name") or "") or fallback_user) if logged_in else ""
    login = ("logged_in" if logged_in else "logged_out") if login_configured else "none"
    if read_only:
        return Access(False, who or fallback_user, READ_ONLY, login)
    if login_configured:
        if not logged_in:
            return Access(False, fallback_user, LOG_IN, login)
        # an address the provider says it has not verified is nobody's
        verified = user_info.get("email_verified", True) is not False
        if email and verified and email.lower() in editors:
            return Access(True, who, "", login)
        return Access(
            False,
            who,
            f"You are logged in as {email or who}, who is not one of this deployment's "
            "editors; you can read everything, and whoever runs it can add you.",
            login,
        )
    if editors:
        return Access(False, fallback_user, NO_LOGIN, login)
    return Access(True, fallback_user, "", login)


class _Unreadable(Exception):
    """The deployment's secrets exist but cannot be read."""


def _secrets() -> Mapping[str, Any]:
    """The Streamlit secrets; empty when there are none (a laptop)."""
    try:
        return dict(st.secrets.to_dict())
    except FileNotFoundError as e:  # StreamlitSecretNotFoundError
        if "No secrets found" in str(e):
            return {}
        raise _Unreadable(str(e)) from e


def lens_secret(name: str) -> Any:
    """A setting under ``[lens]`` in the secrets (e.g. ``database_url``); None when the
    secrets do not set it, or cannot be read (``current_access`` reports that)."""
    try:
        lens = _secrets().get("lens") or {}
    except _Unreadable:
        return None
    return lens.get(name) if isinstance(lens, Mapping) else None


def current_access() -> Access:
    """This session's access, from the environment, the secrets and ``st.user``."""
    fallback = default_user()
    try:
        secrets = _secrets()
    except _Unreadable as e:
        return Access(
            False, fallback,
            f"The deployment's secrets could not be read ({e}), so documents cannot be "
            "changed until they are fixed.",
        )  # fmt: skip
    lens = secrets.get("lens") or {}
    if not isinstance(lens, Mapping):
        lens = {}
    login_configured = bool(secrets.get("auth"))
    try:
        user_info = st.user.to_dict() if login_configured else {}
    except Exception:  # no user information in this context: a logged-out visitor
        user_info = {}
    return decide_access(
        read_only=truthy(os.environ.get(READ_ONLY_ENV)) or truthy(lens.get("read_only")),
        login_configured=login_configured,
        editors=editor_set(os.environ.get(EDITORS_ENV), lens.get("editors")),
        user_info=user_info,
        fallback_user=fallback,
    )


def render_account(access: Access, *, key: str = "account") -> None:
    """Log in / log out, and why this visitor reads only (in the sidebar)."""
    if access.login == "logged_in":
        role = "editor" if access.can_write else "viewer"
        st.caption(f"Logged in as {_plain(access.user)} ({role}).")
        if st.button("Log out", key=f"{key}-logout"):
            st.logout()
    if not access.can_write:
        st.caption(_plain(access.reason))
    if access.login == "logged_out" and st.button("Log in", key=f"{key}-login"):
        try:
            st.login()
        except Exception as e:  # e.g. Authlib missing, or [auth] incomplete
            hint = (
                "" if "install" in str(e).lower() else " Check the [auth] section of the secrets."
            )
            st.error(_plain(f"Login could not start: {str(e).rstrip('.')}.{hint}"))
