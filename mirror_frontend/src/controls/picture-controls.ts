// <mirror-picture-controls>: the touch targets top left: zoom in, zoom out,
// back to the whole picture, and take a picture. Each press goes up as an
// event ("zoom" with its step, "capture"); the panel acts on it.

import { css, html } from "lit";
import { fire } from "../events";
import type { ZoomStep } from "../types";
import { define } from "./define";
import { LightElement } from "./light-element";

const BUTTONS: {
  step: ZoomStep;
  key: "controls.zoom_in" | "controls.zoom_out" | "controls.zoom_reset";
  icon: string;
}[] = [
  { step: "in", key: "controls.zoom_in", icon: "mdi:magnify-plus-outline" },
  { step: "out", key: "controls.zoom_out", icon: "mdi:magnify-minus-outline" },
  { step: "reset", key: "controls.zoom_reset", icon: "mdi:fit-to-screen-outline" },
];

export class MirrorPictureControls extends LightElement {
  render() {
    const t = this.i18n;
    return html`<div class="controls">
      ${BUTTONS.map(
        ({ step, key, icon }) =>
          html`<button title=${t.t(key)} data-zoom=${step} @click=${() => fire(this, "zoom", { step })}>
            <ha-icon icon=${icon}></ha-icon>
          </button>`,
      )}
      <button title=${t.t("controls.capture")} id="capture" @click=${() => fire(this, "capture", {})}>
        <ha-icon icon="mdi:camera"></ha-icon>
      </button>
    </div>`;
  }

  static partStyles = css`
    .controls {
      position: absolute;
      top: 16px;
      left: 16px;
      display: flex;
      gap: 12px;
    }
  `;
}

define("mirror-picture-controls", MirrorPictureControls);
