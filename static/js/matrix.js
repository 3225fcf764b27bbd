// The matrix's cell panel: once htmx swaps it in, move keyboard focus there and, on
// narrow screens where it sits below the grid, bring it into view. Without this file
// the cell links still work: they open the cell's own page.
document.addEventListener("htmx:afterSwap", (event) => {
  const panel = event.detail.target && event.detail.target.id === "cell-panel"
    ? document.getElementById("cell-panel")
    : null;
  if (!panel) {
    return;
  }
  const stacked = window.matchMedia("(max-width: 1000px)").matches;
  panel.focus({ preventScroll: !stacked });
  if (stacked) {
    panel.scrollIntoView({ block: "start" });
  }
});
