// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from "vitest";
import { MAX_BYTES, base64Of, decodedBytes, photoForEnrolment, scaledSize } from "../src/people/photo";

afterEach(() => {
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

describe("a photo for enrolment", () => {
  it("is at most 1600 px on its longer side, proportions kept, never enlarged", () => {
    expect(scaledSize(4032, 3024)).toEqual({ width: 1600, height: 1200 });
    expect(scaledSize(3024, 4032)).toEqual({ width: 1200, height: 1600 });
    expect(scaledSize(640, 480)).toEqual({ width: 640, height: 480 });
    expect(scaledSize(1600, 900)).toEqual({ width: 1600, height: 900 });
  });

  it("travels as base64, its size known before it is sent", () => {
    expect(base64Of("data:image/jpeg;base64,QUJD")).toBe("QUJD");
    expect(decodedBytes("QUJD")).toBe(3);
    expect(decodedBytes("QUI=")).toBe(2);
    expect(decodedBytes("QQ==")).toBe(1);
  });

  /** A canvas that records what was drawn and gives JPEGs of `sizes` bytes, one a quality asked. */
  function fakeCanvas(sizes: number[]) {
    const drawn: unknown[][] = [];
    const qualities: number[] = [];
    const canvas = {
      width: 0,
      height: 0,
      getContext: () => ({ drawImage: (...args: unknown[]) => drawn.push(args) }),
      toDataURL: (type: string, quality: number) => {
        qualities.push(quality);
        const bytes = sizes[qualities.length - 1];
        return `data:${type};base64,${"A".repeat(Math.ceil(bytes / 3) * 4)}`;
      },
    };
    const create = document.createElement.bind(document);
    vi.spyOn(document, "createElement").mockImplementation(((tag: string) =>
      tag === "canvas" ? canvas : create(tag)) as typeof document.createElement);
    return { canvas, drawn, qualities };
  }

  it("is drawn scaled in a canvas and sent as a JPEG, at a lower quality when still too large", async () => {
    const closed = vi.fn();
    vi.stubGlobal("createImageBitmap", async () => ({ width: 4032, height: 3024, close: closed }));
    const { canvas, drawn, qualities } = fakeCanvas([MAX_BYTES + 3, 900_000]);
    const base64 = await photoForEnrolment(new Blob(["x"], { type: "image/png" }));
    expect([canvas.width, canvas.height]).toEqual([1600, 1200]);
    expect(drawn[0].slice(1)).toEqual([0, 0, 1600, 1200]);
    expect(qualities).toEqual([0.9, 0.75]);
    expect(decodedBytes(base64)).toBeLessThanOrEqual(MAX_BYTES);
    expect(closed).toHaveBeenCalled();
  });

  it("refuses what the browser cannot decode, or cannot make small enough", async () => {
    vi.stubGlobal("createImageBitmap", async () => {
      throw new DOMException("undecodable", "InvalidStateError");
    });
    await expect(photoForEnrolment(new Blob(["not a picture"]))).rejects.toMatchObject({ code: "not_an_image" });
    vi.stubGlobal("createImageBitmap", async () => ({ width: 1600, height: 1600, close: () => undefined }));
    fakeCanvas([MAX_BYTES * 2, MAX_BYTES * 2, MAX_BYTES * 2]);
    await expect(photoForEnrolment(new Blob(["x"]))).rejects.toMatchObject({ code: "image_too_large" });
  });
});
