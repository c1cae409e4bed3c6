import { describe, expect, it } from "vitest";
import { evolutionSeries } from "../src/evolution";

describe("evolutionSeries", () => {
  it("orders the days and gives age and the happy share in percent", () => {
    const [x, age, happy] = evolutionSeries([
      { day: "2026-11-21", mean_age: 36.2, emotions: { happy: 0.25 }, mood: "neutral" },
      { day: "2026-11-19", mean_age: 35.0, emotions: { happy: 0.6 }, mood: "happy" },
      { day: "2026-11-20", mean_age: 35.5, emotions: {}, mood: "sad" },
    ]);
    expect(x).toEqual(x.slice().sort((a, b) => a - b));
    expect(age).toEqual([35.0, 35.5, 36.2]);
    expect(happy).toEqual([60, 0, 25]);
    expect(x[1] - x[0]).toBe(86400);
  });
});
