// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { FaceTrack } from "../../src/frames";
import "../../src/views/stream-view";
import type { MirrorStreamView } from "../../src/views/stream-view";
import { events, mount, settle } from "./helpers";

// happy-dom neither decodes JPEG nor draws: a bitmap of the frame's size and
// a context that records what was drawn
const drawn: [string, ...unknown[]][] = [];
const context = new Proxy(
  {},
  {
    get: (_target, name: string) =>
      name === "canvas" ? undefined : (...args: unknown[]) => drawn.push([name, ...args]),
    set: () => true,
  },
);

beforeEach(() => {
  vi.stubGlobal("createImageBitmap", async () => ({ width: 640, height: 360, close: () => undefined }));
  vi.stubGlobal("requestAnimationFrame", (callback: () => void) => setTimeout(callback, 0));
  vi.spyOn(HTMLCanvasElement.prototype, "getContext").mockReturnValue(context as unknown as CanvasRenderingContext2D);
});

afterEach(() => {
  document.body.replaceChildren();
  drawn.length = 0;
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

const frame = (seq: number) => ({ seq, captured: 1000 + seq, jpeg: new Uint8Array([0xff, 0xd8]) });

describe("<mirror-stream-view>", () => {
  it("fills the screen with the picture, or shows it whole", async () => {
    const view = await mount<MirrorStreamView>("mirror-stream-view");
    expect(view.querySelector(".picture")?.classList.contains("picture-fill")).toBe(true);
    view.fit = "fit";
    await view.updateComplete;
    expect(view.querySelector(".picture")?.classList.contains("picture-fit")).toBe(true);
    expect(view.querySelector(".picture")?.classList.contains("picture-fill")).toBe(false);
  });

  it("mirrors the picture by CSS and zooms it", async () => {
    const view = await mount<MirrorStreamView>("mirror-stream-view", { zoom: 1.25 });
    expect(view.querySelector("#picture")).not.toBeNull();
    expect(view.querySelector("#overlay")).not.toBeNull();
    expect(view.querySelector<HTMLElement>(".picture")?.style.transform).toBe("scale(1.25)");
  });

  it("paints a frame with its faces' boxes, mirrored, names unmirrored, and says so", async () => {
    const faces = new FaceTrack();
    faces.add({
      seq: 5,
      faces: [
        { box: { top: 10, right: 200, bottom: 120, left: 100 }, name: "Lin", verdict: "known" },
        { box: { top: 10, right: 400, bottom: 120, left: 300 }, name: null, verdict: null },
      ],
    });
    const view = await mount<MirrorStreamView>("mirror-stream-view", { faces });
    const painted = events(view, "frame-painted");
    view.frame = frame(6);
    await settle();
    expect(painted).toEqual([{ seq: 6, captured: 1006, width: 640, height: 360, boxes: 2, named: 1 }]);
    const canvas = view.querySelector<HTMLCanvasElement>("#picture")!;
    expect([canvas.width, canvas.height]).toEqual([640, 360]);
    expect(drawn.filter(([call]) => call === "strokeRect")).toEqual([
      ["strokeRect", 440, 10, 100, 110], // x flipped: 640 - 200
      ["strokeRect", 240, 10, 100, 110],
    ]);
    expect(drawn.find(([call]) => call === "fillText")).toEqual(["fillText", "Lin", 440, 20]);
  });

  it("paints only the newest of the frames that came while it was busy", async () => {
    const view = await mount<MirrorStreamView>("mirror-stream-view");
    const painted = events<{ seq: number }>(view, "frame-painted");
    view.frame = frame(1);
    await view.updateComplete; // decoding 1
    view.frame = frame(2);
    await view.updateComplete;
    view.frame = frame(3);
    await settle();
    expect(painted.map((p) => p.seq)).toEqual([1, 3]);
  });
});
