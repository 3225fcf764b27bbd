// The speaker picker (components/_actor_picker.html): suggestions as the editor types, chosen
// with the arrow keys and Enter, or a click; "Create …" opens a small form that adds the
// speaker to the registry and picks them. Without this file the typed name is looked up
// when the form is sent, and a link opens the registry's new-actor page.
(() => {
  const DELAY = 150;
  const timers = new WeakMap();
  let optionCount = 0;

  const partsOf = (picker) => ({
    input: picker.querySelector("[data-picker-input]"),
    id: picker.querySelector("[data-picker-id]"),
    list: picker.querySelector("[data-picker-list]"),
    status: picker.querySelector("[data-picker-status]"),
    create: picker.querySelector("[data-picker-create]"),
    newLink: picker.querySelector("[data-picker-new]"),
  });
  const options = (list) => [...list.querySelectorAll("[role=option]:not([aria-disabled=true])")];
  const active = (list) => list.querySelector("[role=option][aria-selected=true]");
  const say = (picker, words) => {
    partsOf(picker).status.textContent = words;
  };

  const close = (picker) => {
    const { input, list } = partsOf(picker);
    list.hidden = true;
    input.setAttribute("aria-expanded", "false");
    input.removeAttribute("aria-activedescendant");
  };

  const open = (picker) => {
    const { input, list } = partsOf(picker);
    if (!list.children.length) return;
    list.hidden = false;
    input.setAttribute("aria-expanded", "true");
  };

  const highlight = (picker, option) => {
    const { input, list } = partsOf(picker);
    for (const other of list.querySelectorAll("[role=option]")) other.setAttribute("aria-selected", "false");
    option.setAttribute("aria-selected", "true");
    input.setAttribute("aria-activedescendant", option.id);
    option.scrollIntoView({ block: "nearest" });
  };

  const pick = (picker, id, name, quotes) => {
    const { input, id: hidden } = partsOf(picker);
    hidden.value = id;
    input.value = name;
    close(picker);
    const counted = picker.dataset.countText && quotes !== undefined;
    say(picker, counted ? picker.dataset.countText.replace("{n}", quotes).replace("{name}", name) : `${name} picked.`);
  };

  const choose = (picker, option) => {
    if (option.dataset.create !== undefined) {
      openCreate(picker, option.dataset.create);
      return;
    }
    pick(picker, option.dataset.actorId, option.dataset.actorName, option.dataset.quotes);
  };

  const suggest = (picker) => {
    const { input, list, newLink } = partsOf(picker);
    const typed = input.value.trim();
    if (newLink) newLink.href = `${picker.dataset.newUrl}?${new URLSearchParams({ name: typed })}`;
    if (!typed) {
      list.replaceChildren();
      close(picker);
      say(picker, picker.dataset.offerCreate !== undefined ? "Empty: unknown speaker." : "");
      return;
    }
    const query = new URLSearchParams({ q: typed });
    if (picker.dataset.offerCreate !== undefined) query.set("create", "1");
    htmx.ajax("GET", `${picker.dataset.suggestUrl}?${query}`, { target: list, swap: "innerHTML" }).then(() => {
      // An answer to an older keystroke: ask again for what the box says now.
      if (input.value.trim() !== typed) return suggest(picker);
      for (const option of list.querySelectorAll("[role=option]")) option.id = `picker-option-${++optionCount}`;
      const found = options(list).filter((option) => option.dataset.actorId).length;
      open(picker);
      say(picker, found ? `${found} suggestion${found === 1 ? "" : "s"}: arrow keys to choose, Enter to pick.` : "No actor found.");
    });
  };

  const openCreate = (picker, name) => {
    const { create } = partsOf(picker);
    close(picker);
    const query = new URLSearchParams({ name, picker: "1" });
    htmx.ajax("GET", `${picker.dataset.newUrl}?${query}`, { target: create, swap: "innerHTML" }).then(() => {
      create.hidden = false;
      const first = create.querySelector("select, input:not([type=hidden])");
      if (first) first.focus();
    });
  };

  document.addEventListener("input", (event) => {
    const input = event.target.closest("[data-picker-input]");
    if (!input) return;
    const picker = input.closest("[data-picker]");
    // Typing unpicks: only a name chosen from the suggestions carries an id.
    partsOf(picker).id.value = "";
    clearTimeout(timers.get(picker));
    timers.set(picker, setTimeout(() => suggest(picker), DELAY));
  });

  document.addEventListener("keydown", (event) => {
    const picker = event.target.closest("[data-picker]");
    if (!picker) return;
    if (event.target.closest("[data-picker-create]")) {
      // Enter in the small form creates the speaker, never sends the quote editor.
      if (event.key === "Enter" && event.target.tagName !== "TEXTAREA") {
        event.preventDefault();
        picker.querySelector("[data-picker-create-submit]").click();
      }
      return;
    }
    if (!event.target.matches("[data-picker-input]")) return;
    const { list } = partsOf(picker);
    const all = options(list);
    const current = active(list);
    if (event.key === "ArrowDown" || event.key === "ArrowUp") {
      event.preventDefault();
      if (list.hidden) open(picker);
      if (!all.length) return;
      const step = event.key === "ArrowDown" ? 1 : -1;
      const at = all.indexOf(current);
      const next = at === -1 ? (step === 1 ? 0 : all.length - 1) : (at + step + all.length) % all.length;
      highlight(picker, all[next]);
    } else if (event.key === "Enter" && !list.hidden && current) {
      event.preventDefault();
      choose(picker, current);
    } else if (event.key === "Escape" && !list.hidden) {
      event.preventDefault();
      close(picker);
    }
  });

  // A mouse press would blur the box before the click lands: keep the focus where it is.
  document.addEventListener("mousedown", (event) => {
    if (event.target.closest("[data-picker-list] [role=option]")) event.preventDefault();
  });

  document.addEventListener("click", (event) => {
    const option = event.target.closest("[data-picker-list] [role=option]:not([aria-disabled=true])");
    if (option) {
      choose(option.closest("[data-picker]"), option);
      return;
    }
    const cancel = event.target.closest("[data-picker-create-cancel]");
    if (cancel) {
      const picker = cancel.closest("[data-picker]");
      const { create, input } = partsOf(picker);
      create.hidden = true;
      create.replaceChildren();
      input.focus();
    }
  });

  document.addEventListener("focusout", (event) => {
    const picker = event.target.closest("[data-picker]");
    if (picker && !picker.contains(event.relatedTarget)) close(picker);
  });

  // The server added the speaker (see positions.views.registry.actor_new): pick them.
  document.addEventListener("actorCreated", (event) => {
    const picker = event.target.closest("[data-picker]");
    if (!picker) return;
    pick(picker, String(event.detail.id), event.detail.name);
    partsOf(picker).input.focus();
  });
})();
