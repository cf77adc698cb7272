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

  // crypto.randomUUID exists only on https and localhost; the chat may be opened over plain http.
  function messageId() {
    const bytes = crypto.getRandomValues(new Uint8Array(16));
    bytes[6] = (bytes[6] & 0x0f) | 0x40;
    bytes[8] = (bytes[8] & 0x3f) | 0x80;
    const hex = Array.from(bytes, (byte) => byte.toString(16).padStart(2, "0")).join("");
    return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
  }

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
      const response = await fetch("/chat/api/messages", { method: "POST", headers, body: JSON.stringify({ ...body, id: messageId(), after: last }) });
      const data = await response.json();
      if (!response.ok) throw new Error(data.error || "Lỗi");
      show(data.messages);
      // Tracking codes and notices come through the outbox a moment later.
      setTimeout(poll, 600);
      setTimeout(poll, 2000);
    } catch {
      // Nothing typed is lost: the text goes back into the box to send again.
      if (body.text && !input.value) input.value = body.text;
      list.append(element("div", "bubble error", "Chưa gửi được tin nhắn. Bạn kiểm tra kết nối rồi bấm Gửi lại nhé."));
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
