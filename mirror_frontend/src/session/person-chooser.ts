// <mirror-person-chooser>: several faces in view and nobody sure: each taps
// their own ("choose-face" with its index in the engine's list).

import { html } from "lit";
import { property } from "lit/decorators.js";
import { define } from "../controls/define";
import { LightElement } from "../controls/light-element";
import { fire } from "../events";
import { overlayStyles } from "./styles";

export class MirrorPersonChooser extends LightElement {
  @property({ attribute: false }) faces: { name?: string | null }[] = [];

  render() {
    const t = this.i18n;
    return html`<div class="prompt" id="chooser" role="group" aria-label=${t.t("session.chooser_label")}>
      <div>${t.t("session.choose_face")}</div>
      ${this.faces.map(
        (face, index) =>
          html`<button class="face" data-face=${index} @click=${() => fire(this, "choose-face", { index })}>
            ${face.name ?? t.t("session.face", { number: index + 1 })}
          </button>`,
      )}
    </div>`;
  }

  static partStyles = overlayStyles;
}

define("mirror-person-chooser", MirrorPersonChooser);
