// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import "../../src/panel";
import type { SmartMirrorPanel } from "../../src/panel";
import { type FakeHass, click, fakeHass, mount, settle, text } from "./helpers";

// uPlot draws on a canvas happy-dom does not have
vi.mock("uplot", () => ({
  default: class {
    destroy() {}
  },
}));

// The engine's stream, as the panel opens it
class FakeSocket {
  static opened: FakeSocket[] = [];
  binaryType = "blob";
  onmessage: ((message: { data: unknown }) => void) | null = null;
  onclose: (() => void) | null = null;
  closed = false;
  constructor(readonly url: string) {
    FakeSocket.opened.push(this);
  }
  close() {
    this.closed = true;
    this.onclose?.();
  }
  /** The engine sends an event. */
  event(type: string, data: unknown) {
    this.onmessage?.({ data: JSON.stringify({ type, data }) });
  }
}

const ENTRY = "entry1";

function mirrorHass(language = "en", answers: (message: Record<string, unknown>) => unknown = () => ({})): FakeHass {
  return fakeHass((message) => {
    if (message.type === "smart_mirror/stream") return { url: "http://localhost:8123/api/smart_mirror/stream/abc" };
    if (message.type === "smart_mirror/me") return []; // no days in Evolution, no entries in the Diary
    return answers(message);
  }, language);
}

async function openPanel(
  hass: FakeHass,
  parent: ParentNode = document.body,
): Promise<{ panel: SmartMirrorPanel; socket: FakeSocket }> {
  const panel = await mount<SmartMirrorPanel>(
    "smart-mirror-panel",
    { hass, panel: { config: { entry_id: ENTRY } } },
    parent,
  );
  await settle();
  const socket = FakeSocket.opened.at(-1)!;
  socket.event("hello", { toggles: {} });
  await settle();
  return { panel, socket };
}

const root = (panel: SmartMirrorPanel) => panel.shadowRoot!;
const byId = (panel: SmartMirrorPanel, id: string) => root(panel).getElementById(id);
const active = (session: string, name: string) => ({
  state: "active",
  session: { id: session, person: { id: 1, name } },
});
const personalSubscriptions = (hass: FakeHass) => hass.subscriptions.filter((s) => "session_id" in s.message);
const publicSubscriptions = (hass: FakeHass) => hass.subscriptions.filter((s) => !("session_id" in s.message));

beforeEach(() => {
  FakeSocket.opened = [];
  vi.stubGlobal("WebSocket", FakeSocket);
});

afterEach(() => {
  document.body.replaceChildren();
  vi.unstubAllGlobals();
  vi.useRealTimers();
});

describe("<smart-mirror-panel>", () => {
  it("opens the engine's stream and subscribes to the public information once", async () => {
    const hass = mirrorHass();
    const { panel, socket } = await openPanel(hass);
    expect(socket.url).toBe("ws://localhost:8123/api/smart_mirror/stream/abc");
    expect(hass.callWS).toHaveBeenCalledWith({ type: "smart_mirror/stream", entry_id: ENTRY });
    expect(publicSubscriptions(hass).map((s) => s.message)).toEqual([
      { type: "smart_mirror/info/subscribe", entry_id: ENTRY },
    ]);
    publicSubscriptions(hass)[0].callback({ public: { weather: { value: { temperature: 21, condition: "sunny" } } } });
    await settle();
    expect(text(root(panel).querySelector("#public .weather"))).toBe("21 · sunny");
    expect((window as unknown as { mirrorPanel: unknown }).mirrorPanel).toBe(panel);
  });

  it("keeps one public subscription across reconnections, and asks again only when it failed", async () => {
    vi.useFakeTimers({ toFake: ["setTimeout", "Date"] });
    const warned = vi.spyOn(console, "warn").mockImplementation(() => undefined);
    let refuse = true;
    const hass = mirrorHass();
    hass.connection.subscribeMessage = vi.fn(
      async (callback: (message: unknown) => void, message: Record<string, unknown>) => {
        if (!("session_id" in message) && refuse) throw new Error("not loaded yet");
        const subscription = { message, callback, closed: false };
        hass.subscriptions.push(subscription);
        return async () => {
          subscription.closed = true;
        };
      },
    ) as typeof hass.connection.subscribeMessage;
    const panel = await mount<SmartMirrorPanel>("smart-mirror-panel", { hass, panel: { config: { entry_id: ENTRY } } });
    await vi.advanceTimersByTimeAsync(10);
    const socket = FakeSocket.opened.at(-1)!;
    socket.event("session", active("s1", "Lin"));
    await vi.advanceTimersByTimeAsync(10);
    expect(personalSubscriptions(hass)).toHaveLength(1); // the person's, while the public one failed
    refuse = false;
    socket.close(); // the engine restarts
    await vi.advanceTimersByTimeAsync(2500);
    expect(FakeSocket.opened).toHaveLength(2);
    panel.hass = { ...hass }; // Home Assistant's next state
    await vi.advanceTimersByTimeAsync(10);
    expect(publicSubscriptions(hass)).toHaveLength(1); // asked again: the person's did not stand for it
    FakeSocket.opened.at(-1)!.close();
    await vi.advanceTimersByTimeAsync(2500);
    panel.hass = { ...hass };
    await vi.advanceTimersByTimeAsync(10);
    expect(FakeSocket.opened).toHaveLength(3);
    expect(publicSubscriptions(hass)).toHaveLength(1); // and not twice
    expect(warned).toHaveBeenCalledWith("smart mirror: public information unavailable", expect.any(Error));
    warned.mockRestore();
  });

  it("greets at once when it connects mid-greeting: the engine's hello carries the session", async () => {
    vi.useFakeTimers({ toFake: ["setTimeout", "Date"] });
    const hass = mirrorHass();
    const panel = await mount<SmartMirrorPanel>("smart-mirror-panel", { hass, panel: { config: { entry_id: ENTRY } } });
    await vi.advanceTimersByTimeAsync(10);
    const hello = (session: unknown) => ({ toggles: {}, identity: { persons: 1, embeddings: 3 }, session });
    FakeSocket.opened.at(-1)!.event("hello", hello(active("s1", "Lin")));
    await vi.advanceTimersByTimeAsync(10);
    expect(text(byId(panel, "greeting"))).toBe("Hello, Lin"); // no session event needed
    expect(personalSubscriptions(hass).map((s) => s.message.session_id)).toEqual(["s1"]);

    FakeSocket.opened.at(-1)!.close(); // the engine restarts; Lin left meanwhile
    await vi.advanceTimersByTimeAsync(2500);
    expect(FakeSocket.opened).toHaveLength(2);
    FakeSocket.opened.at(-1)!.event("hello", hello({ state: "idle", session: null }));
    await vi.advanceTimersByTimeAsync(10);
    expect(byId(panel, "greeting")).toBeNull();
    expect(personalSubscriptions(hass)[0].closed).toBe(true);

    // an engine without recognition has no session to tell: the panel keeps what it knows
    FakeSocket.opened.at(-1)!.event("session", active("s2", "Alex"));
    FakeSocket.opened.at(-1)!.event("hello", { toggles: {}, identity: null, session: null });
    await vi.advanceTimersByTimeAsync(10);
    expect(text(byId(panel, "greeting"))).toBe("Hello, Alex");
  });

  it("ends the previous person's subscription when the session changes", async () => {
    const hass = mirrorHass();
    const { panel, socket } = await openPanel(hass);
    socket.event("session", active("s1", "Lin"));
    await settle();
    expect(text(byId(panel, "greeting"))).toBe("Hello, Lin");
    const [first] = personalSubscriptions(hass);
    expect(first.message).toEqual({ type: "smart_mirror/info/subscribe", entry_id: ENTRY, session_id: "s1" });
    first.callback({ personal: { mail: { value: { unread: 2, latest: [{ subject: "Hi" }] } } } });
    await settle();
    expect(text(root(panel).querySelector("#personal .mail"))).toBe("✉ 2 unread");

    socket.event("session", active("s2", "Alex"));
    await settle();
    const second = personalSubscriptions(hass)[1];
    expect(first.closed).toBe(true);
    expect(second.message.session_id).toBe("s2");
    expect(byId(panel, "personal")).toBeNull(); // nothing of Lin's, not for a moment
    first.callback({ personal: { mail: { value: { unread: 9, latest: [] } } } }); // late news for Lin
    await settle();
    expect(byId(panel, "personal")).toBeNull();

    socket.event("session", { state: "idle" });
    await settle();
    expect(second.closed).toBe(true);
    expect(byId(panel, "greeting")).toBeNull();
    panel.remove();
    expect(publicSubscriptions(hass).every((s) => s.closed)).toBe(true);
  });

  it("takes the greeting and every personal widget off the wall at once on “Not me”", async () => {
    const hass = mirrorHass();
    const { panel, socket } = await openPanel(hass);
    socket.event("session", active("s1", "Lin"));
    await settle();
    personalSubscriptions(hass)[0].callback({ personal: { mail: { value: { unread: 2, latest: [] } } } });
    socket.event("assessment", { smoothed: { age: 30, emotion: "happy" } });
    await settle();
    for (const id of ["greeting", "personal", "assessment", "evolution", "diary"])
      expect(byId(panel, id), id).not.toBeNull();
    click(byId(panel, "not-me"));
    await panel.updateComplete;
    // gone before the engine says anything
    for (const id of ["greeting", "not-me", "personal", "assessment", "evolution", "diary"])
      expect(byId(panel, id), id).toBeNull();
    expect(hass.callWS).toHaveBeenCalledWith({
      type: "smart_mirror/command",
      entry_id: ENTRY,
      name: "not_me",
      args: {},
    });
    await settle();
    expect(personalSubscriptions(hass)[0].closed).toBe(true);
    socket.event("session", active("s1", "Lin")); // news of the session from before the command
    socket.event("assessment", { smoothed: { age: 30, emotion: "happy" } });
    await settle();
    expect(byId(panel, "greeting")).toBeNull();
    expect(byId(panel, "assessment")).toBeNull();
    expect(personalSubscriptions(hass)).toHaveLength(1); // not asked for again
    socket.event("session", { state: "guest" }); // the engine ended it: the same face is a guest now
    await settle();
    expect(text(byId(panel, "guest"))).toBe("Hello!");
    socket.event("session", active("s2", "Alex")); // someone else, later
    await settle();
    expect(text(byId(panel, "greeting"))).toBe("Hello, Alex");
  });

  it("brings the greeting back, and says why, when the engine did not take “Not me”", async () => {
    const hass = mirrorHass("en", (message) => {
      if (message.type === "smart_mirror/command") throw { code: "busy", message: "busy" };
      return {};
    });
    const { panel, socket } = await openPanel(hass);
    // a household member's panel: no session ids, the person's id
    socket.event("session", { state: "active", session: { person: { id: 7, name: "Lin" } } });
    await settle();
    click(byId(panel, "not-me"));
    await panel.updateComplete;
    expect(byId(panel, "greeting")).toBeNull();
    await settle();
    expect(text(byId(panel, "greeting"))).toBe("Hello, Lin"); // still open in the engine
    expect(text(byId(panel, "notice"))).toBe("The mirror is busy. Try again in a moment.");
    panel.remove();
  });

  it("keeps the greeting away when the session had ended already", async () => {
    const hass = mirrorHass("en", (message) => {
      if (message.type === "smart_mirror/command") throw { code: "no_session", message: "no session" };
      return {};
    });
    const { panel, socket } = await openPanel(hass);
    socket.event("session", { state: "active", session: { person: { id: 7, name: "Lin" } } });
    await settle();
    click(byId(panel, "not-me"));
    await settle();
    expect(byId(panel, "greeting")).toBeNull();
    expect(text(byId(panel, "notice"))).toBe("Nobody is logged in to the mirror.");
    panel.remove();
  });

  it("logs in with the PIN pad and says a wrong PIN in the user's words", async () => {
    const hass = mirrorHass("en", (message) => {
      if (message.type === "smart_mirror/session/login")
        throw { code: "wrong_pin", message: "wrong PIN (2 tries left)" };
      return {};
    });
    const { panel, socket } = await openPanel(hass);
    socket.event("session", { state: "needs_login", candidate: { name: "Obama", decision: { person_id: 4 } } });
    await settle();
    expect(text(byId(panel, "pinpad"))).toContain("Obama? Enter your PIN");
    for (const key of ["2", "4", "6", "8", "ok"]) click(root(panel).querySelector(`#pinpad button[data-key='${key}']`));
    await settle();
    expect(hass.callWS).toHaveBeenCalledWith({
      type: "smart_mirror/session/login",
      entry_id: ENTRY,
      person_id: 4,
      pin: "2468",
    });
    expect(text(byId(panel, "pin-message"))).toBe("Wrong PIN");
    click(root(panel).querySelector("#pinpad button[data-key='1']"));
    await settle();
    expect(text(byId(panel, "pin-message"))).toBe("");
  });

  it("lets a face be chosen, and a guest enrol as a household member", async () => {
    const hass = mirrorHass();
    hass.states = { "person.alex": { entity_id: "person.alex", attributes: { friendly_name: "Alex Lacamoire" } } };
    const { panel, socket } = await openPanel(hass);
    socket.event("session", {
      state: "needs_choice",
      faces: [
        { box: {}, name: "Biden" },
        { box: {}, name: "Obama" },
      ],
    });
    await settle();
    click(root(panel).querySelectorAll("#chooser button.face")[1]);
    await settle();
    expect(hass.callWS).toHaveBeenCalledWith({ type: "smart_mirror/session/choose", entry_id: ENTRY, face: 1 });

    socket.event("session", { state: "guest", suggest_enrolment: true });
    await settle();
    click(byId(panel, "enrol-start"));
    await settle();
    click(root(panel).querySelector("#enrol button.person"));
    await settle();
    expect(hass.callService).toHaveBeenCalledWith("smart_mirror", "enrol_person", {
      config_entry_id: ENTRY,
      person: "Alex Lacamoire",
      ha_person: "person.alex",
    });
    socket.event("enrolment", { state: "collecting", collected: 4, needed: 12, hint: "hold_still", error: null });
    await settle();
    expect(text(byId(panel, "enrol-progress"))).toBe("4 / 12");
    socket.event("session", active("s3", "Alex Lacamoire"));
    await settle();
    expect(text(byId(panel, "greeting"))).toBe("Hello, Alex Lacamoire");
  });

  it("carries out its own commands: the focus ring, toggling, zoom", async () => {
    const hass = mirrorHass();
    const { panel, socket } = await openPanel(hass);
    const command = (name: string, args = {}) =>
      socket.event("command", { name, args, modality: "gesture", confidence: 1, done_by: "panel" });
    command("next_widget");
    await settle();
    expect(byId(panel, "public")?.classList.contains("focused")).toBe(true);
    expect(panel.focusIndex).toBe(0);
    command("toggle_focused");
    await settle();
    expect(hass.callService).toHaveBeenCalledWith("smart_mirror", "hide_widget", {
      config_entry_id: ENTRY,
      widget: "public",
    });
    socket.event("toggles", { public: false });
    await settle();
    expect(byId(panel, "public")).toBeNull();
    expect(text(byId(panel, "held"))).toBe("Clock and weather hidden · toggle again or tap to show");
    command("zoom", { direction: "in" });
    await settle();
    expect(panel.zoom).toBe(1.25);
    click(root(panel).querySelector("button[title='Reset']"));
    await settle();
    expect(panel.zoom).toBe(1);
    expect(panel.stats.commands).toBe(3);
  });

  it("asks an unsure command and sends the answer", async () => {
    const hass = mirrorHass();
    const { panel, socket } = await openPanel(hass);
    socket.event("confirm", {
      id: 11,
      name: "hide_widget",
      args: { widget: "public" },
      modality: "gesture",
      confidence: 0.5,
      alternatives: ["show_widget"],
      expires_in: 15,
    });
    await settle();
    expect(byId(panel, "confirm")?.dataset.id).toBe("11");
    expect(Number(text(byId(panel, "confirm-countdown")))).toBe(15);
    click(root(panel).querySelector("#confirm button.alternative"));
    await settle();
    expect(hass.callWS).toHaveBeenCalledWith({
      type: "smart_mirror/command/answer",
      entry_id: ENTRY,
      confirmation_id: 11,
      accepted: true,
      correction: { name: "show_widget", args: { widget: "public" } },
    });
    socket.event("confirm_result", { id: 11, outcome: "corrected", name: "show_widget", via: "touch" });
    await settle();
    expect(byId(panel, "confirm")).toBeNull();
    expect(text(byId(panel, "confirm-outcome"))).toBe("✓ corrected by touch: show the widget");
    panel.remove(); // stops its clock
  });

  it("speaks the Home Assistant user's language", async () => {
    const hass = mirrorHass("ko");
    const { panel, socket } = await openPanel(hass);
    socket.event("session", active("s1", "린"));
    await settle();
    expect(text(byId(panel, "greeting"))).toBe("린님, 안녕하세요");
    expect([...root(panel).querySelectorAll(".controls button")].map((b) => (b as HTMLElement).title)).toEqual([
      "확대",
      "축소",
      "원래 크기",
      "사진 찍기",
    ]);
    expect(root(panel).querySelector<HTMLElement>("#open-voice")?.title).toBe("Home Assistant에게 말하기 (Assist)");
    panel.hass = { ...hass, language: "fr", locale: { language: "fr" } };
    await settle();
    expect(text(byId(panel, "greeting"))).toBe("Hello, 린"); // a language without a table: English
  });

  it("offers admins the People sheet, and a first-run card while nobody is enrolled", async () => {
    const hass = mirrorHass("en", (message) => (message.type === "smart_mirror/persons" ? [] : {}));
    hass.user = { is_admin: true };
    const { panel, socket } = await openPanel(hass);
    expect(byId(panel, "first-run")).toBeNull(); // not told yet
    socket.event("hello", { toggles: {}, identity: { persons: 0, embeddings: 0 } });
    await settle();
    expect(text(root(panel).querySelector(".first-run-title"))).toBe("Nobody is enrolled yet");
    click(byId(panel, "first-run-people"));
    await settle();
    expect(byId(panel, "people")).not.toBeNull();
    expect(byId(panel, "first-run")).toBeNull(); // not over the sheet
    expect(hass.callWS).toHaveBeenCalledWith({ type: "smart_mirror/persons", entry_id: ENTRY });
    expect(byId(panel, "open-people")?.classList.contains("on")).toBe(true);
    // the live enrolment's progress comes on the stream, down to the sheet
    const live = { person_id: 3, state: "collecting", collected: 2, needed: 12, hint: null, error: null };
    socket.event("enrolment", live);
    await settle();
    expect(root(panel).querySelector<HTMLElement & { live: unknown }>("mirror-people")?.live).toEqual(live);
    click(byId(panel, "open-people"));
    await settle();
    expect(byId(panel, "people")).toBeNull();
    expect(byId(panel, "first-run")).not.toBeNull();
    socket.event("persons", { persons: [{ id: 3, name: "Anna", embeddings: 0 }] });
    await settle();
    expect(byId(panel, "first-run")).not.toBeNull(); // a name is not a face
    socket.event("persons", { persons: [{ id: 3, name: "Anna", embeddings: 12 }] });
    await settle();
    expect(byId(panel, "first-run")).toBeNull();
  });

  it("keeps the People sheet from anyone but an admin", async () => {
    const hass = mirrorHass("ko");
    hass.user = { is_admin: false };
    const { panel, socket } = await openPanel(hass);
    socket.event("hello", { toggles: {}, identity: { persons: 0 } });
    await settle();
    expect(byId(panel, "open-people")).toBeNull();
    expect(byId(panel, "first-run-people")).toBeNull();
    expect(text(byId(panel, "first-run-ask"))).toBe("Home Assistant 관리자에게 거울에 가족을 등록해 달라고 하세요.");
    socket.event("hello", { toggles: {}, identity: null }); // recognition off: nothing to enrol for
    await settle();
    expect(byId(panel, "first-run")).toBeNull();
  });

  describe("as a kiosk", () => {
    const wakeLock = () => {
      const sentinels: { released: boolean }[] = [];
      const request = vi.fn(async () => {
        const sentinel = Object.assign(new EventTarget(), {
          released: false,
          release: async () => {
            sentinel.released = true;
          },
        });
        sentinels.push(sentinel);
        return sentinel;
      });
      Object.defineProperty(navigator, "wakeLock", { value: { request }, configurable: true });
      return { request, sentinels };
    };
    // Home Assistant's root element listens for the dock event; the panel is
    // deep inside it, and is taken out of it when another panel is opened
    const docks: string[] = [];
    let app: HTMLElement;
    let fullscreen: ReturnType<typeof vi.fn>;

    beforeEach(() => {
      docks.length = 0;
      localStorage.clear();
      app = document.createElement("div");
      app.attachShadow({ mode: "open" });
      document.body.append(app);
      app.addEventListener("hass-dock-sidebar", (event) => docks.push((event as CustomEvent).detail.dock));
      fullscreen = vi.fn(async () => undefined);
      Object.defineProperty(document.documentElement, "requestFullscreen", { value: fullscreen, configurable: true });
    });

    afterEach(() => {
      history.replaceState(null, "", "/");
      Reflect.deleteProperty(navigator, "wakeLock");
      Reflect.deleteProperty(document.documentElement, "requestFullscreen");
    });

    it("?kiosk hides Home Assistant's sidebar, goes full screen at the first touch and keeps the screen awake while someone is in front", async () => {
      history.replaceState(null, "", "/smart-mirror?kiosk");
      const lock = wakeLock();
      const hass = mirrorHass();
      hass.dockedSidebar = "docked";
      const { panel, socket } = await openPanel(hass, app.shadowRoot!);
      expect(docks).toEqual(["always_hidden"]); // as "always hide the sidebar" in the profile
      expect(root(panel).querySelector(".mirror")?.classList.contains("kiosk")).toBe(true);
      expect(fullscreen).not.toHaveBeenCalled(); // only a touch may ask
      root(panel).querySelector(".mirror")!.dispatchEvent(new Event("pointerdown"));
      expect(fullscreen).toHaveBeenCalledTimes(1);
      expect(lock.request).not.toHaveBeenCalled(); // nobody in front
      socket.event("session", { state: "detecting" });
      await settle();
      expect(lock.request).toHaveBeenCalledTimes(1);
      socket.event("session", active("s1", "Lin"));
      await settle();
      expect(lock.request).toHaveBeenCalledTimes(1); // the same lock while someone stays
      socket.event("session", { state: "idle" });
      await settle();
      expect(lock.sentinels[0].released).toBe(true);
      panel.hass = { ...hass, dockedSidebar: "always_hidden" }; // Home Assistant hid it
      await settle();
      expect(docks).toEqual(["always_hidden"]);
      panel.remove(); // a kiosk by the URL only: leaving the mirror gives the sidebar back
      expect(docks).toEqual(["always_hidden", "docked"]);
    });

    it("is this display's own setting in Settings, with the picture's fit, remembered in the browser", async () => {
      const lock = wakeLock();
      const hass = mirrorHass("en", () => ({ match_distance: 0.5, reverify_interval: 3, leave_timeout: 5 }));
      hass.dockedSidebar = "auto";
      const { panel, socket } = await openPanel(hass, app.shadowRoot!);
      socket.event("session", { state: "detecting" });
      await settle();
      expect(docks).toEqual([]);
      expect(lock.request).not.toHaveBeenCalled(); // not a kiosk: the screen does as the system says
      root(panel).querySelector(".mirror")!.dispatchEvent(new Event("pointerdown"));
      expect(fullscreen).not.toHaveBeenCalled();

      click(byId(panel, "open-settings"));
      await settle();
      const settings = root(panel).querySelector("mirror-settings")!.shadowRoot!;
      expect(text(settings.querySelector("#kiosk"))).toBe("Kiosk: only the mirror, full screen");
      click(settings.querySelector("#kiosk"));
      await settle();
      expect(docks).toEqual(["always_hidden"]);
      expect(localStorage.getItem("smart-mirror:kiosk")).toBe("on");
      expect(settings.querySelector("#kiosk")?.getAttribute("aria-pressed")).toBe("true");
      expect(lock.request).toHaveBeenCalledTimes(1); // someone is in front
      expect(localStorage.getItem("smart-mirror:dock-before-kiosk")).toBe("auto");

      click(settings.querySelector("button[data-fit='fit']"));
      await settle();
      expect(root(panel).querySelector(".mirror")?.classList.contains("fit-fit")).toBe(true);
      expect(root(panel).querySelector(".picture")?.classList.contains("picture-fit")).toBe(true);
      expect(localStorage.getItem("smart-mirror:fit")).toBe("fit");

      panel.hass = { ...hass, dockedSidebar: "always_hidden" };
      await settle();
      panel.remove(); // this display is a kiosk: it stays one
      expect(docks).toEqual(["always_hidden"]);
      const again = await openPanel({ ...hass, dockedSidebar: "always_hidden" } as typeof hass, app.shadowRoot!);
      expect(root(again.panel).querySelector(".mirror")?.classList.contains("kiosk")).toBe(true);
      expect(root(again.panel).querySelector(".mirror")?.classList.contains("fit-fit")).toBe(true);
      click(byId(again.panel, "open-settings"));
      await settle();
      click(root(again.panel).querySelector("mirror-settings")!.shadowRoot!.querySelector("#kiosk"));
      await settle();
      expect(docks).toEqual(["always_hidden", "auto"]); // the sidebar as it was before
      expect(localStorage.getItem("smart-mirror:kiosk")).toBe("off");
      expect(lock.sentinels.at(-1)?.released).toBe(true);
    });
  });

  it("takes the picture's proportions for the portrait layout", async () => {
    const { panel } = await openPanel(mirrorHass());
    const view = root(panel).querySelector("mirror-stream-view")!;
    view.dispatchEvent(
      new CustomEvent("frame-painted", {
        detail: { seq: 1, captured: Date.now() / 1000, width: 640, height: 480, boxes: 0, named: 0 },
      }),
    );
    await settle();
    expect(root(panel).querySelector<HTMLElement>(".mirror")?.style.getPropertyValue("--picture-ratio")).toBe("0.75");
  });

  it("counts the frames painted for the tests and the benchmark", async () => {
    const { panel } = await openPanel(mirrorHass());
    const view = root(panel).querySelector("mirror-stream-view")!;
    view.dispatchEvent(
      new CustomEvent("frame-painted", {
        detail: { seq: 9, captured: Date.now() / 1000, width: 640, height: 360, boxes: 2, named: 1 },
      }),
    );
    expect(panel.stats).toMatchObject({ painted: 1, lastSeq: 9, width: 640, height: 360, boxes: 2, named: 1 });
    expect(panel.stats.latencies).toHaveLength(1);
  });
});
