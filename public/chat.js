// The local web chat: renders the assistant's replies (never as HTML: every text goes through
// textContent), sends texts, pressed buttons, photos and the browser's location, and fetches new
// messages every few seconds (status changes of a report arrive that way).
(() => {
  const list = document.getElementById("messages");
  const form = document.getElementById("composer");
  const input = document.getElementById("text");
  let last = 0;
  let busy = false;
  // Photos chosen and not sent yet, shown in the tray above the message box.
  const maxPhotos = Number(form.dataset.maxPhotos);
  const maxBytes = Number(form.dataset.maxBytes);
  const tray = document.getElementById("tray");
  const trayList = document.getElementById("tray-photos");
  const trayNote = document.getElementById("tray-note");
  const picker = document.getElementById("photos");
  let chosen = [];
  // The person shared their location from this page: their photos then keep the place they were taken.
  let locationShared = false;

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

  // A citation the server gave an address for ("Mục II.2 – Mục tiêu") becomes a link to that
  // section of the resolution's reading page wherever the text shows it; so does a page's address.
  function linked(parent, text, links) {
    let rest = text;
    while (rest) {
      let found;
      for (const link of links) {
        const at = rest.indexOf(link.label);
        if (at >= 0 && (!found || at < found.at)) found = { at, link };
      }
      if (!found) break;
      if (found.at > 0) parent.append(document.createTextNode(rest.slice(0, found.at)));
      const anchor = element("a", "cite", found.link.label);
      anchor.href = found.link.href;
      anchor.target = "_blank";
      anchor.rel = "noopener";
      parent.append(anchor);
      rest = rest.slice(found.at + found.link.label.length);
    }
    if (rest) parent.append(document.createTextNode(rest));
    return parent;
  }

  function inline(parent, parts, links) {
    for (const part of parts) {
      if (typeof part === "string") linked(parent, part, links);
      else if ("bold" in part) parent.append(linked(element("strong"), part.bold, links));
      else if ("italic" in part) parent.append(linked(element("em"), part.italic, links));
      else if ("code" in part) parent.append(linked(element("code"), part.code, links));
    }
  }

  const sameDay = (a, b) => a.toDateString() === b.toDateString();

  // The time a message was sent: "14:05", or "03/12 14:05" for an earlier day.
  function stamp(bubble, when) {
    const date = when ? new Date(when) : new Date();
    const time = element("time", "when");
    time.dateTime = date.toISOString();
    const clock = date.toLocaleTimeString("vi-VN", { hour: "2-digit", minute: "2-digit" });
    time.textContent = sameDay(date, new Date()) ? clock : `${date.toLocaleDateString("vi-VN", { day: "2-digit", month: "2-digit" })} ${clock}`;
    bubble.append(time);
    return bubble;
  }

  // Our public pages that replies name by their address (the tracking code's message names /tra-cuu, the full text's /nghi-quyet).
  const PAGE_LINKS = [{ label: "/tra-cuu", href: "/tra-cuu" }, { label: "/nghi-quyet", href: "/nghi-quyet" }];

  function renderReply(reply) {
    const bubble = element("div", "bubble");
    const links = (reply.sectionLinks || []).filter((link) => link.href && link.label).concat(PAGE_LINKS);
    for (const block of reply.blocks || []) {
      if (block.type === "paragraph") {
        const p = element("div");
        inline(p, block.content, links);
        bubble.append(p);
      } else if (block.type === "quote") {
        const quote = element("blockquote", "", block.text);
        bubble.append(quote);
        if (block.source) bubble.append(linked(element("span", "source", "— "), block.source, links));
      } else if (block.type === "list") {
        const ul = element("ul");
        for (const item of block.items) {
          const li = element("li");
          inline(li, item, links);
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
      list.append(stamp("mine" in message ? element("div", "bubble me", message.mine) : renderReply(message.reply), message.createdAt));
    }
    list.scrollTop = list.scrollHeight;
  }

  // A message that did not get through (no connection, or the server restarting, which takes about
  // a second) is sent again with the same id, which the server stores once: every 300 ms for the
  // first two seconds, then less often; after about 40 seconds the person is asked to send it again.
  const RETRY_DELAYS = [300, 300, 300, 300, 300, 300, 500, 1000, 2000, 4000, 8000, 15000];
  const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

  /** The server's answer, or undefined when it could not be reached or failed (5xx): worth retrying. */
  async function post(payload) {
    try {
      const response = await fetch("/chat/api/messages", { method: "POST", headers, body: payload });
      return response.status >= 500 ? undefined : { ok: response.ok, data: await response.json() };
    } catch {
      return undefined;
    }
  }

  async function send(body, echo) {
    if (busy) return;
    busy = true;
    if (echo && body.choice) list.append(stamp(element("div", "bubble me", echo)));
    const payload = JSON.stringify({ ...body, id: messageId(), after: last });
    let notice;
    try {
      let answer = await post(payload);
      for (let attempt = 0; !answer && attempt < RETRY_DELAYS.length; attempt++) {
        if (!notice) notice = list.appendChild(element("div", "bubble notice", "Mất kết nối, trợ lý đang thử gửi lại…"));
        await sleep(RETRY_DELAYS[attempt]);
        answer = await post(payload);
      }
      if (!answer) throw new Error("Chưa gửi được tin nhắn. Bạn kiểm tra kết nối rồi bấm Gửi lại nhé.");
      if (!answer.ok) throw new Error(answer.data.error || "Tin nhắn chưa gửi được. Bạn thử lại nhé.");
      show(answer.data.messages);
      // Status changes and notices come through the outbox later; an answer still being prepared soon.
      for (const delay of answer.data.pending ? [1000, 2000, 4000, 8000] : [600, 2000]) setTimeout(poll, delay);
    } catch (error) {
      // Nothing typed is lost: the text goes back into the box to send again.
      if (body.text && !input.value) input.value = body.text;
      list.append(element("div", "bubble error", error.message));
    } finally {
      notice?.remove();
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

  const megabytes = (bytes) => (bytes / 1024 / 1024).toLocaleString("vi-VN", { maximumFractionDigits: 1 });

  function showTray() {
    for (const old of trayList.querySelectorAll("img")) URL.revokeObjectURL(old.src);
    trayList.replaceChildren();
    chosen.forEach((file, index) => {
      const item = element("li");
      const image = element("img");
      image.src = URL.createObjectURL(file);
      image.alt = `Ảnh ${index + 1}: ${file.name}`;
      const remove = element("button", "remove", "×");
      remove.type = "button";
      remove.setAttribute("aria-label", `Bỏ ảnh ${index + 1}`);
      remove.addEventListener("click", () => {
        chosen.splice(index, 1);
        showTray();
        input.focus();
      });
      item.append(image, remove);
      trayList.append(item);
    });
    tray.hidden = chosen.length === 0;
    trayNote.textContent = `${chosen.length}/${maxPhotos} ảnh, mỗi ảnh tối đa ${megabytes(maxBytes)} MB. ` +
      (locationShared ? "Ảnh giữ thông tin nơi chụp vì bạn đã chia sẻ vị trí." : "Thông tin nơi chụp trong ảnh sẽ được xóa trước khi gửi.");
  }

  function refuse(text) {
    list.append(stamp(element("div", "bubble error", text)));
    list.scrollTop = list.scrollHeight;
  }

  // Checked here for a quick answer; the server checks again, and judges the content, not the name.
  function choose(files) {
    for (const file of files) {
      if (chosen.length >= maxPhotos) {
        refuse(`Mỗi lần gửi được tối đa ${maxPhotos} ảnh nên ảnh “${file.name}” chưa được thêm. Bạn gửi tin này trước, rồi gửi tiếp ảnh còn lại nhé.`);
      } else if (file.size > maxBytes) {
        refuse(`Ảnh “${file.name}” nặng ${megabytes(file.size)} MB, quá mức ${megabytes(maxBytes)} MB cho mỗi ảnh. Bạn chọn ảnh nhỏ hơn nhé.`);
      } else {
        chosen.push(file);
      }
    }
    showTray();
  }

  document.getElementById("attach").addEventListener("click", () => picker.click());
  picker.addEventListener("change", () => {
    choose(Array.from(picker.files || []));
    picker.value = "";
  });

  /** Uploads one photo; its reference, or undefined when refused (the person is told why). */
  async function upload(file) {
    for (let attempt = 0; attempt <= 3; attempt++) {
      try {
        const response = await fetch("/chat/api/photos" + (locationShared ? "?location=keep" : ""), {
          method: "POST",
          headers: { "content-type": "application/octet-stream", "x-tro-ly-chat": "1" },
          body: file,
        });
        // 507: the server is out of room for photos; trying again at once would not help.
        if (response.status < 500 || response.status === 507) {
          const data = await response.json().catch(() => ({}));
          if (response.ok) return data.photo.ref;
          refuse(`Ảnh “${file.name}”: ${data.error || "chưa gửi được."}`);
          return undefined;
        }
      } catch {
        // No connection for a moment: tried again below.
      }
      await sleep(500 * (attempt + 1));
    }
    throw new Error(`Chưa gửi được ảnh “${file.name}”. Bạn kiểm tra kết nối rồi bấm Gửi lại nhé.`);
  }

  async function sendPhotos(text) {
    busy = true;
    const files = chosen;
    const refs = [];
    const notice = list.appendChild(element("div", "bubble notice", `Đang gửi ${files.length} ảnh…`));
    try {
      for (const file of files) {
        const ref = await upload(file);
        if (ref) refs.push(ref);
      }
    } catch (error) {
      // Nothing is lost: the photos stay in the tray and the text in the box.
      if (text && !input.value) input.value = text;
      refuse(error.message);
      return;
    } finally {
      notice.remove();
      busy = false;
    }
    chosen = [];
    showTray();
    if (refs.length || text) await send({ ...(text ? { text } : {}), ...(refs.length ? { photos: refs } : {}) });
  }

  form.addEventListener("submit", (event) => {
    event.preventDefault();
    if (busy) return;
    const text = input.value.trim();
    if (!text && !chosen.length) return;
    input.value = "";
    if (chosen.length) sendPhotos(text);
    else send({ text });
  });

  document.getElementById("locate").addEventListener("click", () => {
    if (!navigator.geolocation) return refuse("Trình duyệt này không cho biết vị trí. Bạn gõ địa chỉ hoặc nơi xảy ra sự việc giúp nhé.");
    navigator.geolocation.getCurrentPosition(
      (position) => {
        locationShared = true;
        showTray();
        send({ location: { latitude: position.coords.latitude, longitude: position.coords.longitude } });
      },
      (error) =>
        refuse(
          error.code === error.PERMISSION_DENIED
            ? "Bạn chưa cho phép trang này biết vị trí (hoặc trang không mở qua https). Bạn gõ địa chỉ hoặc nơi xảy ra sự việc giúp nhé."
            : "Chưa lấy được vị trí của bạn. Bạn thử lại, hoặc gõ địa chỉ nơi xảy ra sự việc nhé.",
        ),
      { enableHighAccuracy: true, timeout: 15000, maximumAge: 60000 },
    );
  });
  // The greeting's examples: one tap sends them.
  for (const example of document.querySelectorAll("[data-send]")) {
    example.addEventListener("click", () => send({ text: example.dataset.send }));
  }

  poll();
  setInterval(poll, 4000);
})();
