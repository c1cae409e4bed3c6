// @vitest-environment happy-dom
// The admin view's household (issue 19): per mirror of the household, the
// models in use, the data it sent, its outcomes and its last sync.
import { afterEach, describe, expect, it } from "vitest";
import { Localizer } from "../../src/localize";
import "../../src/widgets/admin";
import type { Household, MirrorAdmin } from "../../src/widgets/admin";
import { fakeHass, mount, settle, text } from "./helpers";

const root = (element: HTMLElement) => element.shadowRoot!;
const TRAINER = { samples: { confirmed: 1 }, versions: [] };
const NOW = Date.now() / 1000;

const HOUSEHOLD: Household = {
  this: { server: "http://10.0.0.2:8099", reachable: true, last_sync: NOW - 5, version: 7 },
  server: { url: "http://10.0.0.2:8099", configured: true, persons: 4, version: 7 },
  mirrors: [
    {
      mirror: "a1b2c3d4e5f6",
      name: "Hall",
      this: true,
      last_sync: NOW - 5,
      last_seen: NOW - 5,
      version: 7,
      models_version: 3,
      models: [
        { kind: "identity", person: null, version: 12 },
        { kind: "expression", person: "uid-anna", version: 14 },
      ],
      samples: { confirmed: 20, not_me: 2 },
      counts: { confirmed: 25, corrected: 1, not_me: 2 },
      accuracy: 0.93,
    },
    // a mirror Home Assistant has no entry for, from an older server: no models, no counts
    { mirror: "ffee00112233", last_seen: Date.UTC(2026, 0, 15, 12) / 1000, version: 6 },
  ],
};

function household(answer: unknown, user?: { is_admin: boolean }) {
  const hass = fakeHass((message) => (message.type === "smart_mirror/household" ? answer : TRAINER));
  if (user) hass.user = user;
  return hass;
}

afterEach(() => document.body.replaceChildren());

describe("<mirror-admin>'s household", () => {
  it("shows each mirror's models in use, data and last sync", async () => {
    const hass = household({ household: HOUSEHOLD }, { is_admin: true });
    const widget = await mount<MirrorAdmin>("mirror-admin", { hass, entryId: "e1" });
    await settle();
    expect(hass.callWS).toHaveBeenCalledWith({ type: "smart_mirror/household", entry_id: "e1" });
    const view = root(widget).querySelector("#household");
    expect(text(view?.querySelector("#server"))).toBe("Server http://10.0.0.2:8099: 4 people, gallery version 7");
    expect(text(view?.querySelector("#this-sync"))).toMatch(
      /^This mirror's last sync: \d{1,2}:\d{2}( [AP]M)?, gallery version 7$/,
    );
    expect([...view!.querySelectorAll("th")].map(text)).toEqual([
      "Mirror",
      "Last sync",
      "Gallery",
      "Models in use",
      "Samples sent",
      "Outcomes",
    ]);
    const [hall, other] = [...view!.querySelectorAll("tr[data-mirror]")].map((row) =>
      [...row.querySelectorAll("td")].map(text),
    );
    expect(hall[0]).toBe("Hall (this one)");
    expect(hall.slice(2)).toEqual([
      "7",
      "identity v12 · expression v14 (personal)",
      "confirmed faces 20 · “not me” 2",
      "confirmed faces 25 · corrected faces 1 · “not me” 2",
    ]);
    // no name in Home Assistant: its engine id's start; an older server's last_seen
    expect(other).toEqual(["ffee0011", "Jan 15", "6", "none yet", "none yet", "none yet"]);
    expect(root(widget).querySelector("tr.this")?.getAttribute("data-mirror")).toBe("a1b2c3d4e5f6");
  });

  it("says in Korean too", async () => {
    const hass = household({ household: HOUSEHOLD });
    const widget = await mount<MirrorAdmin>("mirror-admin", { hass, entryId: "e1", i18n: new Localizer("ko") });
    await settle();
    expect(text(root(widget).querySelector("#server"))).toBe("서버 http://10.0.0.2:8099: 4명, 갤러리 버전 7");
    expect(text(root(widget).querySelector("tr.this td"))).toBe("Hall (이 거울)");
  });

  it("asks for the server's entry, and says when the server is out of reach", async () => {
    const alone: Household = {
      this: { server: "http://10.0.0.2:8099", reachable: false, last_error: "connection refused", version: 7 },
      server: { url: "http://10.0.0.2:8099", configured: false },
      mirrors: [],
    };
    const widget = await mount<MirrorAdmin>("mirror-admin", { hass: household({ household: alone }), entryId: "e1" });
    await settle();
    expect(text(root(widget).querySelector("#server"))).toBe(
      "Server http://10.0.0.2:8099: add it to Home Assistant (Smart Mirror, a mirror engine) to see every mirror",
    );
    expect(text(root(widget).querySelector("#this-sync"))).toBe(
      "This mirror's last sync: never, gallery version 7 the server is unreachable: connection refused",
    );
    expect(root(widget).querySelector("#mirrors")).toBeNull();
  });

  it("shows no household for a mirror of its own, nor to anyone but an admin", async () => {
    const single = await mount<MirrorAdmin>("mirror-admin", { hass: household({ household: null }), entryId: "e1" });
    await settle();
    expect(root(single).querySelector("#household")).toBeNull();
    expect(text(root(single).querySelector("#samples"))).toBe("Samples: confirmed faces 1");

    const hass = household({ household: HOUSEHOLD }, { is_admin: false });
    const user = await mount<MirrorAdmin>("mirror-admin", { hass, entryId: "e1" });
    await settle();
    expect(hass.callWS).not.toHaveBeenCalledWith(expect.objectContaining({ type: "smart_mirror/household" }));
    expect(root(user).querySelector("#household")).toBeNull();
  });

  it("keeps the ML tier's view when the household cannot be read", async () => {
    const hass = fakeHass((message) => {
      if (message.type === "smart_mirror/household") throw { code: "engine_error", message: "gone" };
      return TRAINER;
    });
    const widget = await mount<MirrorAdmin>("mirror-admin", { hass, entryId: "e1" });
    await settle();
    expect(root(widget).querySelector("#household")).toBeNull();
    expect(text(root(widget).querySelector("#samples"))).toBe("Samples: confirmed faces 1");
  });
});
