// Review queue: one key per verdict on the focused quote, e to edit it in place, j/k to
// move between quotes. Without this file the buttons and links work as they are.
(() => {
  // Filters swap the list for another, so listen on the document rather than on one list.
  if (!document.getElementById("review-results")) return;
  let judged = null; // the id of the quote a key just judged, to move on from after the swap
  let editing = null; // the id of the quote whose editor a key opened, or whose save is due
  const items = () => [...document.querySelectorAll("#review-list .review-item")];
  const move = (from, step) => {
    const all = items();
    const next = all[all.indexOf(from) + step];
    if (next) next.focus();
  };
  document.addEventListener("keydown", (event) => {
    if (!event.target.closest("#review-list")) return;
    if (event.ctrlKey || event.metaKey || event.altKey) return;
    if (event.target.closest("input, textarea, select, summary")) return;
    const item = event.target.closest(".review-item");
    if (!item || event.target !== item) return;
    if (event.key === "j" || event.key === "k") {
      event.preventDefault();
      move(item, event.key === "j" ? 1 : -1);
      return;
    }
    const control = item.querySelector(`[data-key="${event.key}"]`);
    if (control) {
      event.preventDefault();
      judged = control.tagName === "BUTTON" ? item.id : null;
      editing = event.key === "e" ? item.id : null;
      control.click();
    }
  });
  // An editor opened from the keyboard takes the focus; once saved, the quote gets it back.
  document.addEventListener("submit", (event) => {
    const item = event.target.closest(".quote-editor");
    if (item) editing = item.id;
  });
  // After a verdict replaces a quote, keep the keyboard on the next one.
  document.body.addEventListener("htmx:afterSettle", (event) => {
    // The speaker picker's suggestions settle inside an open editor: the focus stays put.
    if (event.target.closest("[data-picker]")) return;
    // Nor does the progress counted again after a verdict.
    if (event.target.closest(".review-progress")) return;
    if (editing) {
      const item = document.getElementById(editing);
      const field = item && item.querySelector(".quote-editor__form select, .quote-editor__form input:not([type=hidden])");
      if (field) field.focus();
      else if (item) {
        item.focus();
        editing = null;
      }
      return;
    }
    if (!judged) return;
    const done = document.getElementById(judged);
    judged = null;
    const next = done && done.nextElementSibling;
    if (next && next.classList.contains("review-item")) next.focus();
  });
})();
