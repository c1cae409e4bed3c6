// <mirror-stream-view>: the live picture. The engine's newest frame (`frame`,
// set as each arrives; an older one still waiting is dropped) is decoded and
// drawn on a canvas mirrored by CSS, with the face boxes found in that frame
// (`faces`) drawn over it, unmirrored so names stay readable. Each painted
// frame goes up as a "frame-painted" event (the panel's statistics). `fit`:
// the picture fills the screen, cropped ("fill"), or is seen whole ("fit";
// at the top of a portrait screen, the widgets below it).

import { css, html, type PropertyValues } from "lit";
import { property } from "lit/decorators.js";
import { define } from "../controls/define";
import { LightElement } from "../controls/light-element";
import { fire } from "../events";
import { FaceTrack, mirrored, type FrameHeader } from "../frames";
import type { PictureFit } from "../types";

export class MirrorStreamView extends LightElement {
  @property({ type: Number }) zoom = 1;
  @property({ attribute: false }) fit: PictureFit = "fill";
  @property({ attribute: false }) faces = new FaceTrack(); // the panel's: boxes by the frame they were found in
  @property({ attribute: false }) frame?: FrameHeader; // the newest frame

  private pending?: FrameHeader;
  private decoding = false;

  protected updated(changed: PropertyValues): void {
    if (changed.has("frame") && this.frame) {
      this.pending = this.frame; // only the newest waits
      void this.paint();
    }
  }

  private async paint(): Promise<void> {
    if (this.decoding || !this.pending) return;
    this.decoding = true;
    try {
      while (this.pending) {
        const frame = this.pending;
        this.pending = undefined;
        const bitmap = await createImageBitmap(new Blob([frame.jpeg as BlobPart], { type: "image/jpeg" }));
        await new Promise((resolve) => requestAnimationFrame(resolve));
        const drawn = this.draw(bitmap, frame.seq);
        bitmap.close();
        if (drawn) fire(this, "frame-painted", { seq: frame.seq, captured: frame.captured, ...drawn });
      }
    } finally {
      this.decoding = false;
    }
  }

  /** The frame and its boxes on the canvases; what was drawn, or null. */
  draw(bitmap: ImageBitmap, seq: number): { width: number; height: number; boxes: number; named: number } | null {
    const picture = this.querySelector<HTMLCanvasElement>("#picture");
    const overlay = this.querySelector<HTMLCanvasElement>("#overlay");
    if (!picture || !overlay) return null;
    for (const canvas of [picture, overlay]) {
      if (canvas.width !== bitmap.width || canvas.height !== bitmap.height) {
        canvas.width = bitmap.width;
        canvas.height = bitmap.height;
      }
    }
    const drawn = { width: bitmap.width, height: bitmap.height, boxes: 0, named: 0 };
    picture.getContext("2d")?.drawImage(bitmap, 0, 0); // mirrored by CSS
    const context = overlay.getContext("2d"); // not mirrored: labels stay readable
    if (!context) return drawn;
    context.clearRect(0, 0, overlay.width, overlay.height);
    context.lineWidth = Math.max(2, bitmap.width / 320);
    context.font = `${Math.round(bitmap.width / 40)}px sans-serif`;
    for (const face of this.faces.forFrame(seq)) {
      const box = mirrored(face.box, bitmap.width);
      context.strokeStyle = face.name ? "#7CFC9A" : "rgba(255,255,255,0.7)";
      context.strokeRect(box.left, box.top, box.right - box.left, box.bottom - box.top);
      drawn.boxes += 1;
      if (face.name) {
        drawn.named += 1;
        context.fillStyle = "#7CFC9A";
        context.fillText(face.name, box.left, Math.max(box.top - 8, 20));
      }
    }
    return drawn;
  }

  render() {
    return html`<div class="picture picture-${this.fit}" style="transform: scale(${this.zoom})">
      <canvas id="picture"></canvas>
      <canvas id="overlay"></canvas>
    </div>`;
  }

  static partStyles = css`
    .picture {
      position: absolute;
      inset: 0;
      transform-origin: center;
    }
    canvas {
      position: absolute;
      inset: 0;
      width: 100%;
      height: 100%;
      object-fit: cover;
    }
    .picture-fit canvas {
      object-fit: contain;
    }
    #picture {
      transform: scaleX(-1);
    }
    @container mirror (orientation: portrait) {
      .picture-fit canvas {
        object-position: 50% 0;
      }
      .picture-fit {
        transform-origin: 50% calc(50cqw * var(--picture-ratio, 0.5625));
      }
    }
  `;
}

define("mirror-stream-view", MirrorStreamView);
