// Small progressive enhancements; every page works without this file.
document.documentElement.classList.add("js");

document.addEventListener("change", (event) => {
  const field = event.target.closest("[data-autosubmit]");
  if (field && field.form) {
    field.form.requestSubmit();
  }
});

// The negotiation switcher keeps the page's filters. htmx may have changed them since the
// page was drawn (the address bar has the current ones), so they are read afresh on submit.
document.addEventListener("submit", (event) => {
  const form = event.target.closest(".negotiation-switcher");
  if (!form) return;
  for (const kept of form.querySelectorAll("input[data-kept]")) kept.remove();
  for (const [name, value] of new URLSearchParams(window.location.search)) {
    if (name === "negotiation" || name === "after") continue;
    const input = document.createElement("input");
    Object.assign(input, { type: "hidden", name, value });
    input.dataset.kept = "";
    form.append(input);
  }
});

// A form marked data-swap-refusals shows what the server answers when it refuses a save
// (400: the form with its errors; 409: someone saved first), where htmx would drop it.
document.addEventListener("htmx:beforeSwap", (event) => {
  const status = event.detail.xhr.status;
  if ((status === 400 || status === 409) && event.detail.requestConfig.elt.closest("[data-swap-refusals]")) {
    event.detail.shouldSwap = true;
    event.detail.isError = false;
  }
});

// A search box over a long list of choices: typing hides the options that do not hold the
// words, and picks the first that does. Without this file the box stays hidden.
for (const box of document.querySelectorAll("[data-option-filter]")) box.hidden = false;

document.addEventListener("input", (event) => {
  const input = event.target.closest("[data-filters]");
  const select = input && document.getElementById(input.dataset.filters);
  if (!select) return;
  const words = input.value.trim().toLowerCase();
  for (const option of select.options) {
    option.hidden = words !== "" && !option.text.toLowerCase().includes(words);
  }
  for (const group of select.querySelectorAll("optgroup")) {
    group.hidden = [...group.children].every((option) => option.hidden);
  }
  const first = [...select.options].find((option) => !option.hidden);
  if (first && select.selectedOptions[0]?.hidden) select.value = first.value;
});
