// Timeline: on a narrow screen the filters start folded so the stream comes first.
// Without this file they simply stay open.
(() => {
  const narrow = window.matchMedia("(max-width: 900px)");
  const fold = () => {
    if (!narrow.matches) return;
    for (const panel of document.querySelectorAll("details[data-collapse-narrow]:not([data-folded])")) {
      panel.open = false;
      panel.dataset.folded = "";
    }
  };
  fold();
  document.addEventListener("htmx:load", fold);
})();
