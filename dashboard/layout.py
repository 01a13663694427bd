"""The page's two panes: charts and evidence on one side, the source text on the other.

On a wide screen the source pane stays in view while the charts scroll
(CSS ``position: sticky``), so the sentence behind a chart mark or an
evidence row can be read beside it. On a narrow screen the panes stack, the
source under the evidence. Only CSS of our own is added here; selecting a
sentence scrolls the source to it with a fixed script of our own
(:func:`scroll_to_focus`), which reads nothing from the documents.

It also orders a session's first page: the sidebar's filter widgets and what is
below the fold (the evidence table, the per-actor bars) wait until the first chart is drawn
(:func:`first_paint_done`), so that a new visitor's browser is not parsing
their scripts while it draws it; a button of ours, pressed by another fixed
script once a chart is on the screen, lets them in.
"""

from __future__ import annotations

import streamlit as st

PANES_KEY = "lens-panes"
SOURCE_KEY = "lens-source-pane"
# Below this width the panes stack (the sidebar takes about 300 px of it).
STACK_BELOW_PX = 1200

_CSS = f"""
<style>
[data-testid='stMainBlockContainer'] {{ padding-top: 2.5rem; max-width: 100%; }}
[data-testid='stColumn']:has(.st-key-{SOURCE_KEY}) {{
  position: sticky; top: 3.75rem; align-self: flex-start;
  max-height: calc(100vh - 4.5rem); overflow-y: auto;
}}
.st-key-{SOURCE_KEY} .lens-source {{ max-height: calc(100vh - 16rem) !important; }}
@media (max-width: {STACK_BELOW_PX}px) {{
  .st-key-{PANES_KEY} [data-testid='stHorizontalBlock']:has(.st-key-{SOURCE_KEY}) {{
    flex-direction: column;
  }}
  .st-key-{PANES_KEY} [data-testid='stColumn']:has(.st-key-{SOURCE_KEY}) {{
    position: static; max-height: none; width: 100%; flex: 1 1 100%;
  }}
  .st-key-{PANES_KEY} [data-testid='stHorizontalBlock']:has(.st-key-{SOURCE_KEY})
    > [data-testid='stColumn'] {{ width: 100%; flex: 1 1 100%; }}
  .st-key-{SOURCE_KEY} .lens-source {{ max-height: 640px !important; }}
}}
</style>
"""

# Scrolls the source box (not the page) so the focused sentence sits in its upper
# third. Fixed text: the only thing that varies is the number in the comment,
# which makes Streamlit run it again when another sentence is focused.
_SCROLL = """
<script>
(() => {
  let tries = 0;
  const go = () => {
    const mark = document.querySelector('.lens-source mark.lens-focus')
      || document.querySelector('.lens-source mark.lens-signal');
    if (!mark) { if (++tries < 20) setTimeout(go, 100); return; }
    const box = mark.closest('.lens-source');
    box.scrollTop = Math.max(0, mark.offsetTop - box.offsetTop - box.clientHeight / 3);
  };
  go();
})();
</script>
<!-- focus %d -->
"""


# Presses a button of ours once the first chart is drawn (or after 3 s without one),
# so that what the button draws comes after the first paint. The button's key is
# the only thing that varies, and it is one of our constants (checked below).
_CLICK_WHEN_DRAWN = """
<script>
(() => {
  const started = Date.now();
  const go = () => {
    const drawn = document.querySelector('[data-testid="stPlotlyChart"] .main-svg');
    const button = document.querySelector('.st-key-%s button');
    if (button && (drawn || Date.now() - started > 3000)) {
      setTimeout(() => button.click(), 100);
      return;
    }
    if (Date.now() - started < 20000) setTimeout(go, 100);
  };
  go();
})();
</script>
"""


# Session key: this session's first page has drawn its first chart, so what waits
# for that (the evidence table, charts below the fold) may be drawn.
FIRST_PAINT_DONE = "first-paint-done"
FINISH_BUTTON = "finish-first-paint"


def first_paint_done() -> bool:
    return bool(st.session_state.get(FIRST_PAINT_DONE))


def finish_first_paint() -> None:
    """What waits for the first paint may be drawn (from the next run, or a callback's)."""
    st.session_state[FIRST_PAINT_DONE] = True


def finish_first_paint_button(label: str) -> None:
    """A button that draws what waits for the first paint; pressed by our script as
    soon as the first chart is drawn (and by hand where scripts do not run)."""
    st.button(label, key=FINISH_BUTTON, on_click=finish_first_paint)
    click_when_drawn(FINISH_BUTTON)


def click_when_drawn(button_key: str) -> None:
    """Press the button with ``button_key`` once the page's first chart is drawn."""
    if not button_key.replace("-", "").isalnum():
        raise ValueError(f"not a button key of ours: {button_key!r}")
    st.html(_CLICK_WHEN_DRAWN % button_key, unsafe_allow_javascript=True)


def style() -> None:
    """The layout's CSS; call once, before the panes."""
    st.html(_CSS)


def panes():
    """(charts pane, source pane): two columns on a wide screen, stacked on a narrow one."""
    with st.container(key=PANES_KEY):
        left, right = st.columns([3, 2], gap="large")
    return left, right.container(key=SOURCE_KEY)


def scroll_to_focus(token: int) -> None:
    """Scroll the source box to the focused sentence (else the first highlight).

    ``token`` must change when the focus does (e.g. the sentence's start offset).
    """
    st.html(_SCROLL % int(token), unsafe_allow_javascript=True)
