import { describe, expect, it } from "vitest";
import { FaceTrack, mirrored, parseFrame } from "../src/frames";

function frame(seq: number, captured: number, jpeg: number[]): ArrayBuffer {
  const data = new ArrayBuffer(20 + jpeg.length);
  const view = new DataView(data);
  "SMF1".split("").forEach((c, i) => view.setUint8(i, c.charCodeAt(0)));
  view.setBigUint64(4, BigInt(seq), true);
  view.setFloat64(12, captured, true);
  new Uint8Array(data, 20).set(jpeg);
  return data;
}

describe("parseFrame", () => {
  it("reads the engine's header and leaves the JPEG", () => {
    const parsed = parseFrame(frame(123456789, 1795249167.968, [0xff, 0xd8, 0xff, 0xd9]));
    expect(parsed.seq).toBe(123456789);
    expect(parsed.captured).toBeCloseTo(1795249167.968, 6);
    expect(Array.from(parsed.jpeg)).toEqual([0xff, 0xd8, 0xff, 0xd9]);
  });

  it("refuses what is not a frame", () => {
    expect(() => parseFrame(new ArrayBuffer(5))).toThrow(/too short/);
    const wrong = frame(1, 0, []);
    new DataView(wrong).setUint8(0, 0x58);
    expect(() => parseFrame(wrong)).toThrow(/not a mirror frame/);
  });
});

describe("FaceTrack", () => {
  const face = (name: string) => ({
    box: { top: 10, right: 60, bottom: 80, left: 20 },
    name,
    verdict: "known",
  });

  it("gives a frame the newest boxes found in it or before it", () => {
    const track = new FaceTrack();
    track.add({ seq: 10, faces: [face("a")] });
    track.add({ seq: 14, faces: [face("b")] });
    expect(track.forFrame(9)).toEqual([]);
    expect(track.forFrame(12)[0].name).toBe("a");
    expect(track.forFrame(14)[0].name).toBe("b");
    expect(track.forFrame(20)[0].name).toBe("b");
  });

  it("does not draw boxes that are too old", () => {
    const track = new FaceTrack(30, 15);
    track.add({ seq: 100, faces: [face("a")] });
    expect(track.forFrame(115)).toHaveLength(1);
    expect(track.forFrame(116)).toEqual([]);
  });

  it("accepts events out of order and keeps a bounded history", () => {
    const track = new FaceTrack(3, 100);
    [5, 1, 3, 4, 2].forEach((seq) => track.add({ seq, faces: [face(String(seq))] }));
    expect(track.forFrame(3)[0].name).toBe("3");
    expect(track.forFrame(1)).toEqual([]); // forgotten: only the newest three are kept
  });
});

describe("mirrored", () => {
  it("flips x only", () => {
    expect(mirrored({ top: 1, right: 30, bottom: 9, left: 10 }, 100)).toEqual({
      top: 1,
      bottom: 9,
      left: 70,
      right: 90,
    });
  });
});
