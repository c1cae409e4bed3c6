// The mirror as a kiosk: only the mirror on the wall's screen. `?kiosk` in
// the panel's URL, or this display's own setting (Settings, remembered in the
// browser), hides Home Assistant's sidebar the way its profile setting
// "always hide the sidebar" does (the `hass-dock-sidebar` event Home
// Assistant's frontend listens for; the mode before is kept and given back
// when kiosk mode ends), asks for full screen on the first touch (browsers
// allow it only in answer to one), and keeps the screen awake with the Screen
// Wake Lock API while someone is in front of the mirror. No Lit here: vitest
// tests it with a fake document and navigator.

import type { DockMode, PictureFit } from "./types";

/** This display's own settings, in its browser's localStorage. */
export const KIOSK_KEY = "smart-mirror:kiosk";
export const FIT_KEY = "smart-mirror:fit";
/** The sidebar's mode before kiosk mode hid it (kept across reloads: Home
 * Assistant remembers the hidden sidebar itself). */
export const DOCK_BEFORE_KEY = "smart-mirror:dock-before-kiosk";

export interface DisplaySettings {
  kiosk: boolean;
  fit: PictureFit;
}

type Store = Pick<Storage, "getItem" | "setItem" | "removeItem">;

/** This display's settings; a browser that keeps nothing (private mode) gets the defaults. */
export function loadDisplay(storage: Store | undefined): DisplaySettings {
  const read = (key: string) => {
    try {
      return storage?.getItem(key) ?? null;
    } catch {
      return null;
    }
  };
  return { kiosk: read(KIOSK_KEY) === "on", fit: read(FIT_KEY) === "fit" ? "fit" : "fill" };
}

export function saveDisplay(storage: Store | undefined, settings: DisplaySettings): void {
  try {
    storage?.setItem(KIOSK_KEY, settings.kiosk ? "on" : "off");
    storage?.setItem(FIT_KEY, settings.fit);
  } catch {
    // nowhere to keep it: it holds until the page is reloaded
  }
}

/** `?kiosk` (or `?kiosk=1`, `=true`, `=on`) in the panel's URL; `?kiosk=0` / `=false` / `=off` is not. */
export function kioskInUrl(search: string): boolean {
  const value = new URLSearchParams(search).get("kiosk");
  return value !== null && !["0", "false", "off", "no"].includes(value.toLowerCase());
}

/** Hides Home Assistant's sidebar and asks for full screen, for kiosk mode. */
export class Kiosk {
  active = false;

  constructor(
    private readonly host: Pick<EventTarget, "dispatchEvent">, // the panel: the event bubbles up to Home Assistant's root
    private readonly storage: Store | undefined,
    private readonly doc: Pick<Document, "documentElement" | "fullscreenElement" | "exitFullscreen"> = document,
  ) {}

  /** Kiosk mode on or off; `dock` is the sidebar's mode now (hass.dockedSidebar). */
  set(on: boolean, dock: DockMode | undefined): void {
    if (on === this.active) return;
    this.active = on;
    if (on) {
      if (dock !== "always_hidden") {
        this.remember(dock ?? "docked");
        this.dock("always_hidden");
      }
      return;
    }
    const before = this.recall();
    if (before && before !== "always_hidden") this.dock(before);
    if (this.doc.fullscreenElement) void this.doc.exitFullscreen?.().catch(() => undefined);
  }

  /** A touch on the mirror: in kiosk mode, full screen if it is not yet. */
  touched(): void {
    if (!this.active || this.doc.fullscreenElement) return;
    const root = this.doc.documentElement as HTMLElement & {
      requestFullscreen?: (options?: FullscreenOptions) => Promise<void>;
    };
    // refused (a browser that does not allow it here): the next touch asks again
    void root.requestFullscreen?.({ navigationUI: "hide" })?.catch(() => undefined);
  }

  private dock(mode: DockMode): void {
    // as Home Assistant's own fireEvent: bubbling out of the panel's shadow root
    this.host.dispatchEvent(
      new CustomEvent("hass-dock-sidebar", { detail: { dock: mode }, bubbles: true, composed: true }),
    );
  }

  private remember(mode: DockMode): void {
    try {
      if (this.storage?.getItem(DOCK_BEFORE_KEY) === null) this.storage.setItem(DOCK_BEFORE_KEY, mode);
    } catch {
      // not kept: kiosk mode's end gives back nothing
    }
  }

  private recall(): DockMode | null {
    try {
      const before = this.storage?.getItem(DOCK_BEFORE_KEY) ?? null;
      this.storage?.removeItem(DOCK_BEFORE_KEY);
      return before === "docked" || before === "auto" || before === "always_hidden" ? before : null;
    } catch {
      return null;
    }
  }
}

interface Sentinel extends EventTarget {
  release(): Promise<void>;
}

interface WakeLockApi {
  request(type: "screen"): Promise<Sentinel>;
}

/** The Screen Wake Lock while wanted (someone in front of the mirror): asked
 * again when the page is shown again (the browser lets it go when hidden),
 * let go when not wanted. Without the API (or refused) the screen does as
 * the system says. */
export class ScreenWake {
  private lock: Sentinel | null = null;
  private wanted = false;
  private asking = false;
  private readonly visible = () => {
    if (this.doc.visibilityState === "visible" && this.wanted) void this.acquire();
  };

  constructor(
    private readonly nav: { wakeLock?: WakeLockApi } = navigator as unknown as { wakeLock?: WakeLockApi },
    private readonly doc: Pick<Document, "visibilityState" | "addEventListener" | "removeEventListener"> = document,
  ) {
    doc.addEventListener("visibilitychange", this.visible);
  }

  /** The lock is held now. */
  get held(): boolean {
    return this.lock !== null;
  }

  want(on: boolean): Promise<void> {
    this.wanted = on;
    return on ? this.acquire() : this.release();
  }

  stop(): Promise<void> {
    this.doc.removeEventListener("visibilitychange", this.visible);
    return this.want(false);
  }

  private async acquire(): Promise<void> {
    if (this.lock || this.asking || !this.nav.wakeLock || this.doc.visibilityState !== "visible") return;
    this.asking = true;
    try {
      const lock = await this.nav.wakeLock.request("screen");
      if (!this.wanted) {
        await lock.release(); // nobody in front any more while it was asked for
        return;
      }
      this.lock = lock;
      lock.addEventListener("release", () => {
        if (this.lock === lock) this.lock = null; // the browser let it go (the page was hidden)
      });
    } catch {
      // refused (battery saver, a hidden page): asked again at the next chance
    } finally {
      this.asking = false;
    }
  }

  private async release(): Promise<void> {
    const lock = this.lock;
    this.lock = null;
    await lock?.release().catch(() => undefined);
  }
}
