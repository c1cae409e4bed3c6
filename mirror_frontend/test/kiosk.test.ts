import { describe, expect, it, vi } from "vitest";
import {
  DOCK_BEFORE_KEY,
  FIT_KEY,
  KIOSK_KEY,
  Kiosk,
  ScreenWake,
  kioskInUrl,
  loadDisplay,
  saveDisplay,
} from "../src/kiosk";

/** localStorage as a Map. */
function memory(entries: Record<string, string> = {}) {
  const map = new Map(Object.entries(entries));
  return {
    map,
    getItem: (key: string) => map.get(key) ?? null,
    setItem: (key: string, value: string) => void map.set(key, value),
    removeItem: (key: string) => void map.delete(key),
  };
}

/** A document whose root records full-screen requests. */
function fakeDocument(refuse = false) {
  const requests: unknown[] = [];
  const doc = {
    fullscreenElement: null as Element | null,
    exitFullscreen: vi.fn(async () => {
      doc.fullscreenElement = null;
    }),
    documentElement: {
      requestFullscreen: vi.fn(async (options: unknown) => {
        requests.push(options);
        if (refuse) throw new TypeError("not allowed");
        doc.fullscreenElement = doc.documentElement as unknown as Element;
      }),
    },
  };
  return { doc, requests };
}

/** The dock events a panel sends up. */
function docked(host: EventTarget): { dock: string; bubbles: boolean; composed: boolean }[] {
  const seen: { dock: string; bubbles: boolean; composed: boolean }[] = [];
  host.addEventListener("hass-dock-sidebar", (event) =>
    seen.push({ dock: (event as CustomEvent).detail.dock, bubbles: event.bubbles, composed: event.composed }),
  );
  return seen;
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

describe("this display's settings", () => {
  it("are kept in the browser, with defaults, and survive a browser that keeps nothing", () => {
    const storage = memory();
    expect(loadDisplay(storage)).toEqual({ kiosk: false, fit: "fill" });
    saveDisplay(storage, { kiosk: true, fit: "fit" });
    expect(storage.map.get(KIOSK_KEY)).toBe("on");
    expect(storage.map.get(FIT_KEY)).toBe("fit");
    expect(loadDisplay(storage)).toEqual({ kiosk: true, fit: "fit" });
    const refusing = {
      getItem: () => {
        throw new DOMException("denied", "SecurityError");
      },
      setItem: () => {
        throw new DOMException("denied", "SecurityError");
      },
      removeItem: () => undefined,
    };
    expect(loadDisplay(refusing)).toEqual({ kiosk: false, fit: "fill" });
    expect(() => saveDisplay(refusing, { kiosk: true, fit: "fit" })).not.toThrow();
    expect(loadDisplay(undefined)).toEqual({ kiosk: false, fit: "fill" });
  });

  it("include ?kiosk in the panel's URL", () => {
    expect(kioskInUrl("?kiosk")).toBe(true);
    expect(kioskInUrl("?entry=abc&kiosk=1")).toBe(true);
    expect(kioskInUrl("?kiosk=on")).toBe(true);
    expect(kioskInUrl("?kiosk=0")).toBe(false);
    expect(kioskInUrl("?kiosk=false")).toBe(false);
    expect(kioskInUrl("?entry=abc")).toBe(false);
    expect(kioskInUrl("")).toBe(false);
  });
});

describe("kiosk mode", () => {
  it("hides Home Assistant's sidebar as its profile setting does, and gives the mode before back", () => {
    const host = new EventTarget();
    const storage = memory();
    const kiosk = new Kiosk(host, storage, fakeDocument().doc as unknown as Document);
    const seen = docked(host);
    kiosk.set(true, "docked");
    expect(seen).toEqual([{ dock: "always_hidden", bubbles: true, composed: true }]);
    expect(storage.map.get(DOCK_BEFORE_KEY)).toBe("docked");
    kiosk.set(true, "always_hidden"); // Home Assistant's next state: nothing more to do
    expect(seen).toHaveLength(1);
    kiosk.set(false, "always_hidden");
    expect(seen.map((e) => e.dock)).toEqual(["always_hidden", "docked"]);
    expect(storage.map.has(DOCK_BEFORE_KEY)).toBe(false);
  });

  it("keeps the mode before across a reload, and leaves a sidebar hidden before hidden", () => {
    const host = new EventTarget();
    const storage = memory({ [DOCK_BEFORE_KEY]: "auto" }); // hidden by kiosk mode before the reload
    const seen = docked(host);
    const reloaded = new Kiosk(host, storage, fakeDocument().doc as unknown as Document);
    reloaded.set(true, "always_hidden");
    expect(seen).toEqual([]);
    expect(storage.map.get(DOCK_BEFORE_KEY)).toBe("auto"); // not overwritten by the hidden one
    reloaded.set(false, "always_hidden");
    expect(seen.map((e) => e.dock)).toEqual(["auto"]);

    const hiddenAlready = new Kiosk(host, memory(), fakeDocument().doc as unknown as Document);
    hiddenAlready.set(true, "always_hidden");
    hiddenAlready.set(false, "always_hidden");
    expect(seen.map((e) => e.dock)).toEqual(["auto"]); // the user's own choice stays
  });

  it("goes full screen on the first touch, not again while it is, and leaves it when kiosk mode ends", async () => {
    const { doc, requests } = fakeDocument();
    const kiosk = new Kiosk(new EventTarget(), memory(), doc as unknown as Document);
    kiosk.touched();
    expect(requests).toEqual([]); // not a kiosk
    kiosk.set(true, "docked");
    kiosk.touched();
    await settle();
    expect(requests).toEqual([{ navigationUI: "hide" }]);
    kiosk.touched();
    expect(requests).toHaveLength(1);
    kiosk.set(false, "always_hidden");
    await settle();
    expect(doc.exitFullscreen).toHaveBeenCalled();
  });

  it("asks again at the next touch when the browser refused", async () => {
    const { doc, requests } = fakeDocument(true);
    const kiosk = new Kiosk(new EventTarget(), memory(), doc as unknown as Document);
    kiosk.set(true, "docked");
    kiosk.touched();
    await settle();
    kiosk.touched();
    await settle();
    expect(requests).toHaveLength(2);
  });
});

/** navigator.wakeLock that hands out sentinels the test can watch. */
function fakeWakeLock({ refuse = false, delay = false } = {}) {
  const sentinels: (EventTarget & { released: boolean; release: () => Promise<void> })[] = [];
  let resolveLater: (() => void) | null = null;
  const request = vi.fn(async (type: string) => {
    expect(type).toBe("screen");
    if (refuse) throw new DOMException("battery saver", "NotAllowedError");
    if (delay) await new Promise<void>((resolve) => (resolveLater = resolve));
    const sentinel = Object.assign(new EventTarget(), {
      released: false,
      release: vi.fn(async () => {
        sentinel.released = true;
        sentinel.dispatchEvent(new Event("release"));
      }),
    });
    sentinels.push(sentinel);
    return sentinel;
  });
  return { nav: { wakeLock: { request } }, request, sentinels, answer: () => resolveLater?.() };
}

function fakeVisibility() {
  const doc = Object.assign(new EventTarget(), { visibilityState: "visible" as DocumentVisibilityState });
  return doc;
}

describe("the screen kept awake", () => {
  it("while someone is in front, let go when nobody is", async () => {
    const lock = fakeWakeLock();
    const wake = new ScreenWake(lock.nav, fakeVisibility() as unknown as Document);
    await wake.want(true);
    expect(lock.request).toHaveBeenCalledTimes(1);
    expect(wake.held).toBe(true);
    await wake.want(true); // still someone: the same lock
    expect(lock.request).toHaveBeenCalledTimes(1);
    await wake.want(false);
    expect(lock.sentinels[0].released).toBe(true);
    expect(wake.held).toBe(false);
  });

  it("asks again when the page is shown again (the browser let it go while hidden)", async () => {
    const lock = fakeWakeLock();
    const doc = fakeVisibility();
    const wake = new ScreenWake(lock.nav, doc as unknown as Document);
    await wake.want(true);
    doc.visibilityState = "hidden";
    await lock.sentinels[0].release(); // what the browser does
    expect(wake.held).toBe(false);
    doc.dispatchEvent(new Event("visibilitychange"));
    await settle();
    expect(lock.request).toHaveBeenCalledTimes(1); // not while hidden
    doc.visibilityState = "visible";
    doc.dispatchEvent(new Event("visibilitychange"));
    await settle();
    expect(lock.request).toHaveBeenCalledTimes(2);
    expect(wake.held).toBe(true);
    await wake.stop();
    doc.dispatchEvent(new Event("visibilitychange"));
    await settle();
    expect(lock.request).toHaveBeenCalledTimes(2);
    expect(wake.held).toBe(false);
  });

  it("lets go of a lock that came after everyone left", async () => {
    const lock = fakeWakeLock({ delay: true });
    const wake = new ScreenWake(lock.nav, fakeVisibility() as unknown as Document);
    const asked = wake.want(true);
    await wake.want(false);
    lock.answer();
    await asked;
    expect(lock.sentinels[0].released).toBe(true);
    expect(wake.held).toBe(false);
  });

  it("does without: no API, or refused", async () => {
    const none = new ScreenWake({}, fakeVisibility() as unknown as Document);
    await expect(none.want(true)).resolves.toBeUndefined();
    expect(none.held).toBe(false);
    const refused = fakeWakeLock({ refuse: true });
    const wake = new ScreenWake(refused.nav, fakeVisibility() as unknown as Document);
    await wake.want(true);
    expect(wake.held).toBe(false);
    await wake.want(true); // asked again
    expect(refused.request).toHaveBeenCalledTimes(2);
  });
});
