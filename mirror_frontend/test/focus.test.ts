import { describe, expect, it } from "vitest";
import { FocusRing, WIDGET_ORDER } from "../src/focus";

describe("FocusRing", () => {
  const all = WIDGET_ORDER;

  it("starts at the first (next) or last (previous) widget on screen", () => {
    expect(new FocusRing().next(all)).toBe("public");
    expect(new FocusRing().previous(all)).toBe("diary");
    expect(new FocusRing().index(all)).toBe(-1);
  });

  it("moves in screen order and wraps around both ways", () => {
    const ring = new FocusRing();
    const seen = [1, 2, 3, 4, 5, 6].map(() => ring.next(all));
    expect(seen).toEqual(["public", "personal", "assessment", "evolution", "diary", "public"]);
    expect(ring.index(all)).toBe(0);
    expect(ring.previous(all)).toBe("diary");
    expect(ring.previous(all)).toBe("evolution");
    expect(ring.index(all)).toBe(3);
  });

  it("skips hidden widgets", () => {
    const visible = ["public", "evolution", "diary"];
    const ring = new FocusRing();
    expect([ring.next(visible), ring.next(visible), ring.next(visible), ring.next(visible)]).toEqual([
      "public",
      "evolution",
      "diary",
      "public",
    ]);
    expect(ring.previous(visible)).toBe("diary");
    expect(ring.index(visible)).toBe(2);
  });

  it("stays on the only widget and has nowhere to go without any", () => {
    const ring = new FocusRing();
    expect(ring.next(["public"])).toBe("public");
    expect(ring.next(["public"])).toBe("public");
    expect(new FocusRing().next([])).toBeNull();
  });

  it("keeps a widget switched off in focus until the ring moves on", () => {
    const ring = new FocusRing();
    ring.focus("evolution");
    const visible = ["public", "assessment", "diary"]; // evolution switched off
    expect(ring.held(visible)).toBe("evolution");
    expect(ring.ring(visible)).toEqual(["public", "assessment", "evolution", "diary"]);
    ring.settle(visible, ["evolution"]);
    expect(ring.focused).toBe("evolution"); // toggled again, it comes back
    expect(ring.next(visible)).toBe("diary"); // from where it was
    expect(ring.held(visible)).toBeNull();
    expect([ring.next(visible), ring.next(visible), ring.next(visible)]).toEqual(["public", "assessment", "diary"]);
    ring.focus("evolution");
    expect(ring.previous(visible)).toBe("assessment");
  });

  it("a held widget alone keeps the focus", () => {
    const ring = new FocusRing();
    ring.focus("public");
    expect(ring.next([])).toBe("public");
    expect(ring.index([])).toBe(0);
  });

  it("drops the focus when its widget leaves the screen for another reason", () => {
    const ring = new FocusRing();
    ring.focus("diary");
    ring.settle(["public"], []); // the session ended
    expect(ring.focused).toBeNull();
    ring.focus("public");
    ring.settle(["public"], []);
    expect(ring.focused).toBe("public");
  });

  it("a touch focuses a widget; the ring goes on from there", () => {
    const ring = new FocusRing();
    ring.focus("assessment");
    expect(ring.next(all)).toBe("evolution");
  });
});
