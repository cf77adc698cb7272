// Reply templates on a report page: each template's button puts its text into the reply box where
// the cursor is (replacing a selection), to be edited before sending. Without this script the
// templates are a list to copy from.
(() => {
  for (const button of document.querySelectorAll("button[data-template]")) {
    const text = document.getElementById(button.dataset.template);
    const box = document.getElementById(button.dataset.target);
    if (!text || !box) continue;
    button.hidden = false;
    button.addEventListener("click", () => {
      box.focus();
      box.setRangeText(text.textContent, box.selectionStart, box.selectionEnd, "end");
      box.dispatchEvent(new Event("input", { bubbles: true }));
      button.closest("details")?.removeAttribute("open");
    });
  }
})();
