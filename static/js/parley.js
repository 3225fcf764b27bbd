// Small progressive enhancements; every page works without this file.
document.documentElement.classList.add("js");

document.addEventListener("change", (event) => {
  const field = event.target.closest("[data-autosubmit]");
  if (field && field.form) {
    field.form.requestSubmit();
  }
});
