// The live inbox: listens to /inbox/events (server-sent events, with the page's own filters) and
// puts each filed or changed report in the list without a reload. The rows arrive as HTML the
// server rendered and escaped, as the page's own rows. New reports are marked "Vừa đến" and counted in
// the tab title until staff mark them seen; an optional sound (off unless turned on, remembered in
// this browser) plays for each new one, twice for an urgent one.
(() => {
  const bar = document.getElementById("live");
  const table = document.getElementById("reports");
  if (!bar || !table || !window.EventSource) return;
  const body = table.tBodies[0];
  const state = document.getElementById("live-state");
  const news = document.getElementById("live-new");
  const seen = document.getElementById("live-seen");
  const sound = document.getElementById("live-sound");
  const title = document.title;
  const SOUND_KEY = "tldv.inbox.sound";
  let fresh = 0;
  let audio;

  bar.hidden = false;
  sound.checked = localStorage.getItem(SOUND_KEY) === "on";
  sound.addEventListener("change", () => {
    localStorage.setItem(SOUND_KEY, sound.checked ? "on" : "off");
    if (sound.checked) beep(1);
  });
  seen.addEventListener("click", markSeen);

  const events = new EventSource(`/inbox/events${location.search}`);
  events.addEventListener("open", () => (state.textContent = "● Đang cập nhật trực tiếp"));
  events.addEventListener("error", () => {
    state.textContent = events.readyState === EventSource.CLOSED ? "Mất kết nối cập nhật trực tiếp. Bạn tải lại trang nhé." : "Đang kết nối lại…";
  });
  events.addEventListener("ended", () => {
    events.close();
    state.textContent = "Phiên đăng nhập đã kết thúc. Bạn tải lại trang để đăng nhập lại.";
  });
  events.addEventListener("stale", () => (state.textContent = "Có thể đã sót cập nhật trong lúc mất kết nối. Bạn tải lại trang nhé."));
  events.addEventListener("report", (message) => show(JSON.parse(message.data)));

  function show(event) {
    const current = body.querySelector(`tr[data-code="${CSS.escape(event.code)}"]`);
    if (!event.html) {
      // The report no longer matches this page's filters.
      if (current) current.remove();
      return;
    }
    const row = rowOf(event.html);
    if (current) {
      if (current.classList.contains("fresh")) markFresh(row);
      current.replaceWith(row);
      return;
    }
    if (event.kind !== "filed" || !table.dataset.liveInsert) return;
    markFresh(row);
    // The list shows urgent reports first, newest first within each group.
    const firstRoutine = event.urgent ? body.rows[0] : [...body.rows].find((other) => other.dataset.urgent !== "1");
    body.insertBefore(row, firstRoutine || null);
    table.hidden = false;
    document.getElementById("no-reports")?.remove();
    fresh += 1;
    news.textContent = `${fresh} phản ánh mới${event.urgent ? ` · mới nhất: ${event.code} (khẩn)` : ""}`;
    seen.hidden = false;
    document.title = `(${fresh}) ${title}`;
    if (sound.checked) beep(event.urgent ? 2 : 1);
  }

  function rowOf(html) {
    const template = document.createElement("template");
    template.innerHTML = `<table><tbody>${html}</tbody></table>`;
    return template.content.querySelector("tr");
  }

  function markFresh(row) {
    row.classList.add("fresh");
    const badge = document.createElement("span");
    badge.className = "badge fresh";
    badge.textContent = "Vừa đến";
    row.cells[0].append(" ", badge);
  }

  function markSeen() {
    fresh = 0;
    document.title = title;
    news.textContent = "";
    seen.hidden = true;
    for (const row of body.querySelectorAll("tr.fresh")) {
      row.classList.remove("fresh");
      row.querySelector(".badge.fresh")?.remove();
    }
  }

  // A short tone (two for an urgent report), made here: no sound file to fetch.
  function beep(times) {
    try {
      audio = audio || new AudioContext();
      if (audio.state === "suspended") audio.resume();
      for (let i = 0; i < times; i++) {
        const start = audio.currentTime + i * 0.3;
        const tone = audio.createOscillator();
        const gain = audio.createGain();
        tone.frequency.value = 880;
        gain.gain.setValueAtTime(0.2, start);
        gain.gain.exponentialRampToValueAtTime(0.001, start + 0.25);
        tone.connect(gain).connect(audio.destination);
        tone.start(start);
        tone.stop(start + 0.25);
      }
    } catch {
      // No sound on this machine: the title and the marks still tell.
    }
  }
})();
