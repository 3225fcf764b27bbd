// The reader, for editors: select words in the article's text and tag them as a quote,
// with the floating "Tag as quote" button, the one beside the quotes, or the t key.
// Each piece of the text carries data-offset, where it begins in the article's text, so a
// selection maps to exact characters (counted as Python counts them: by code point).
// Without this file the "Tag as quote" link opens a form where the span is typed in.
(() => {
  const bodyOf = () => document.querySelector(".article-body[data-tag-url]");
  if (!bodyOf()) return;
  let chosen = null; // the span last selected in the text: {start, end}
  const floating = document.createElement("button");
  floating.type = "button";
  floating.className = "button button--small button--primary tag-float";
  floating.textContent = "Tag as quote";
  floating.title = "Tag the selected words as a quote (t)";
  floating.hidden = true;
  document.body.append(floating);

  const codePoints = (text) => [...text].length;

  // Where a boundary of the selection falls in the article's text. Inside a piece's text
  // it is exact; elsewhere (between paragraphs, outside the text) it snaps to the nearest
  // piece inward: the next piece's start for a start, the previous piece's end for an end.
  const offsetAt = (body, node, offset, isEnd) => {
    const piece = node.nodeType === Node.TEXT_NODE ? node.parentElement.closest("[data-offset]") : null;
    if (piece && body.contains(piece)) {
      return Number(piece.dataset.offset) + codePoints(node.data.slice(0, offset));
    }
    const point = document.createRange();
    point.setStart(node, offset);
    const pieces = [...body.querySelectorAll("[data-offset]")];
    if (isEnd) {
      const before = pieces.filter((p) => point.comparePoint(p, p.childNodes.length) <= 0).pop();
      return before ? Number(before.dataset.offset) + codePoints(before.textContent) : 0;
    }
    const after = pieces.find((p) => point.comparePoint(p, 0) >= 0);
    const last = pieces[pieces.length - 1];
    return after ? Number(after.dataset.offset) : Number(last.dataset.offset) + codePoints(last.textContent);
  };

  const selectedSpan = () => {
    const body = bodyOf();
    const selection = window.getSelection();
    if (!body || !selection || selection.isCollapsed || selection.rangeCount === 0) return null;
    const range = selection.getRangeAt(0);
    if (!range.intersectsNode(body)) return null;
    const start = offsetAt(body, range.startContainer, range.startOffset, false);
    const end = offsetAt(body, range.endContainer, range.endOffset, true);
    return end > start ? { start, end, range } : null;
  };

  // Just below where the selection ends, where the pointer that made it usually is.
  const place = (range) => {
    const lines = range.getClientRects();
    const box = lines.length ? lines[lines.length - 1] : range.getBoundingClientRect();
    floating.hidden = false;
    const width = floating.offsetWidth;
    const left = Math.min(Math.max(8, box.left), document.documentElement.clientWidth - width - 8);
    floating.style.top = `${window.scrollY + box.bottom + 6}px`;
    floating.style.left = `${window.scrollX + left}px`;
  };

  const follow = () => {
    const span = selectedSpan();
    if (span) {
      chosen = { start: span.start, end: span.end };
      place(span.range);
    } else {
      floating.hidden = true;
    }
  };

  const tag = () => {
    const body = bodyOf();
    const slot = document.getElementById("quote-new");
    if (!body || !slot || !chosen) return false;
    const url = `${body.dataset.tagUrl}?start=${chosen.start}&end=${chosen.end}`;
    floating.hidden = true;
    htmx.ajax("GET", url, { source: slot, target: slot, swap: "outerHTML" });
    return true;
  };

  document.addEventListener("selectionchange", () => window.requestAnimationFrame(follow));
  // A click in the text starts a new selection: the last one no longer counts.
  document.addEventListener("mousedown", (event) => {
    if (event.target !== floating && bodyOf() && bodyOf().contains(event.target)) chosen = null;
  });
  // Keep the selection when the floating button is pressed.
  floating.addEventListener("mousedown", (event) => event.preventDefault());
  floating.addEventListener("click", tag);
  document.addEventListener("click", (event) => {
    if (event.target.closest("[data-tag-selection]") && tag()) event.preventDefault();
  });
  document.addEventListener("keydown", (event) => {
    if (event.key !== "t" || event.ctrlKey || event.metaKey || event.altKey) return;
    if (event.target.closest("input, textarea, select, [contenteditable]")) return;
    // Read the selection now: the key may come before the selection's change is noticed.
    const span = selectedSpan();
    if (!span) return;
    chosen = { start: span.start, end: span.end };
    if (tag()) event.preventDefault();
  });
  window.addEventListener("resize", () => {
    if (!floating.hidden) follow();
  });

  document.body.addEventListener("htmx:afterSwap", (event) => {
    const target = event.detail.target;
    if (target && target.id === "quote-new") {
      const tagger = document.getElementById("quote-new");
      if (tagger && tagger.tabIndex === -1) tagger.focus({ preventScroll: true });
      if (tagger) tagger.scrollIntoView({ block: "nearest" });
    }
    const tagged = document.querySelector(".quote-mark--new");
    if (target && target.id === "reader-columns" && tagged) {
      chosen = null;
      window.getSelection().removeAllRanges();
      tagged.scrollIntoView({ block: "center" });
    }
  });
})();
