import { describe, expect, it, vi } from "vitest";
import { IdleDimmer } from "../src/idle";
import { MAX_DIGITS, PinEntry } from "../src/pinpad";

describe("PinEntry", () => {
  it("takes digits only, up to eight, and shows dots", () => {
    const pin = new PinEntry();
    for (const key of ["1", "x", "2", "", "3"]) pin.press(key);
    expect(pin.digits).toBe("123");
    expect(pin.ready).toBe(false);
    expect(pin.masked).toBe("•••");
    pin.press("4");
    expect(pin.ready).toBe(true);
    for (let i = 0; i < 10; i += 1) pin.press("9");
    expect(pin.digits).toHaveLength(MAX_DIGITS);
  });

  it("goes back, clears, and forgets a PIN once taken", () => {
    const pin = new PinEntry();
    ["1", "2", "3", "4", "5"].forEach((k) => pin.press(k));
    pin.press("back");
    expect(pin.take()).toBe("1234");
    expect(pin.digits).toBe("");
    pin.press("7");
    pin.press("clear");
    expect(pin.digits).toBe("");
  });
});

describe("IdleDimmer", () => {
  it("dims after the idle time and wakes on activity", () => {
    vi.useFakeTimers();
    const changes: boolean[] = [];
    const dimmer = new IdleDimmer(1000, (dimmed) => changes.push(dimmed));
    dimmer.activity();
    vi.advanceTimersByTime(999);
    expect(dimmer.dimmed).toBe(false);
    vi.advanceTimersByTime(1);
    expect(dimmer.dimmed).toBe(true);
    dimmer.activity();
    expect(changes).toEqual([true, false]);
    dimmer.stop();
    vi.useRealTimers();
  });
});
