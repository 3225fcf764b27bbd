// The matrix's cell panel: once htmx swaps it in, move keyboard focus there and, on
// narrow screens where it sits below the grid, bring it into view. Without this file
// the cell links still work: they open the cell's own page.
document.addEventListener("htmx:afterSwap", (event) => {
  const panel = event.detail.target && event.detail.target.id === "cell-panel"
    ? document.getElementById("cell-panel")
    : null;
  // A panel redrawn after a quote was edited in it stays where the editor is reading.
  const redrawn = event.detail.requestConfig && event.detail.requestConfig.triggeringEvent
    && event.detail.requestConfig.triggeringEvent.type === "quoteEdited";
  if (!panel || redrawn) {
    return;
  }
  const stacked = window.matchMedia("(max-width: 1000px)").matches;
  panel.focus({ preventScroll: !stacked });
  if (stacked) {
    panel.scrollIntoView({ block: "start" });
  }
});
