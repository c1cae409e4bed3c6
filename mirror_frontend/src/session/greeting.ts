// <mirror-greeting>: "Hello, Lin" for the person whose session it is, or a
// guest's "Hello!" with, when the engine suggests it, the button that starts
// their enrolment ("enrol-start").

import { html, nothing } from "lit";
import { define } from "../controls/define";
import { LightElement } from "../controls/light-element";
import { fire } from "../events";
import { overlayStyles } from "./styles";

export class MirrorGreeting extends LightElement {
  static properties = {
    person: { attribute: false },
    suggestEnrolment: { type: Boolean },
  };

  person: string | null = null; // the verified person's name; none: a guest
  suggestEnrolment = false;

  render() {
    const t = this.i18n;
    if (this.person !== null) {
      return html`<div class="greeting" id="greeting">${t.t("session.hello", { name: this.person })}</div>`;
    }
    return html`<div class="greeting guest" id="guest">
      ${t.t("session.hello_guest")}
      ${
        this.suggestEnrolment
          ? html`<button id="enrol-start" @click=${() => fire(this, "enrol-start", {})}>
              ${t.t("session.enrol_me")}
            </button>`
          : nothing
      }
    </div>`;
  }

  static partStyles = overlayStyles;
}

define("mirror-greeting", MirrorGreeting);
