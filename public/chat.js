// The local web chat: renders the assistant's replies (never as HTML: every text goes through
// textContent), sends texts and pressed buttons, and fetches new messages every few seconds
// (status changes of a report arrive that way).
(() => {
  const list = document.getElementById("messages");
  const form = document.getElementById("composer");
  const input = document.getElementById("text");
  let last = 0;
  let busy = false;

  const headers = { "content-type": "application/json", "x-tro-ly-chat": "1" };

  function element(tag, className, text) {
    const node = document.createElement(tag);
    if (className) node.className = className;
    if (text !== undefined) node.textContent = text;
    return node;
  }

  function inline(parent, parts) {
    for (const part of parts) {
      if (typeof part === "string") parent.append(document.createTextNode(part));
      else if ("bold" in part) parent.append(element("strong", "", part.bold));
      else if ("italic" in part) parent.append(element("em", "", part.italic));
      else if ("code" in part) parent.append(element("code", "", part.code));
    }
  }

  function renderReply(reply) {
    const bubble = element("div", "bubble");
    for (const block of reply.blocks || []) {
      if (block.type === "paragraph") {
        const p = element("div");
        inline(p, block.content);
        bubble.append(p);
      } else if (block.type === "quote") {
        const quote = element("blockquote", "", block.text);
        bubble.append(quote);
        if (block.source) bubble.append(element("span", "source", "— " + block.source));
      } else if (block.type === "list") {
        const ul = element("ul");
        for (const item of block.items) {
          const li = element("li");
          inline(li, item);
          ul.append(li);
        }
        bubble.append(ul);
      }
    }
    const choices = (reply.choices || []).flat();
    if (choices.length) {
      const row = element("div", "choices");
      for (const choice of choices) {
        const button = element("button", "", choice.label);
        button.type = "button";
        button.addEventListener("click", () => send({ choice: choice.value }, choice.label));
        row.append(button);
      }
      bubble.append(row);
    }
    return bubble;
  }

  function show(messages) {
    for (const message of messages) {
      if (message.id <= last) continue;
      last = message.id;
      list.append("mine" in message ? element("div", "bubble me", message.mine) : renderReply(message.reply));
    }
    list.scrollTop = list.scrollHeight;
  }

  async function send(body, echo) {
    if (busy) return;
    busy = true;
    if (echo && body.choice) list.append(element("div", "bubble me", echo));
    try {
      const response = await fetch("/chat/api/messages", { method: "POST", headers, body: JSON.stringify({ ...body, id: crypto.randomUUID(), after: last }) });
      const data = await response.json();
      if (!response.ok) throw new Error(data.error || "Lỗi");
      show(data.messages);
    } catch {
      list.append(element("div", "bubble", "Chưa gửi được tin nhắn. Bạn kiểm tra kết nối rồi thử lại nhé."));
    } finally {
      busy = false;
    }
  }

  async function poll() {
    if (busy) return;
    try {
      const response = await fetch("/chat/api/messages?after=" + last, { headers });
      if (response.ok) show((await response.json()).messages);
    } catch {
      // Offline for a moment: the next poll catches up.
    }
  }

  form.addEventListener("submit", (event) => {
    event.preventDefault();
    const text = input.value.trim();
    if (!text) return;
    input.value = "";
    send({ text });
  });
  for (const hint of document.querySelectorAll("[data-hint]")) {
    hint.addEventListener("click", () => send({ text: hint.dataset.hint }));
  }

  poll();
  setInterval(poll, 4000);
})();
