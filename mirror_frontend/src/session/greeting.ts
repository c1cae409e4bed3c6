// <mirror-greeting>: "Hello, Lin" for the person whose session it is, with a
// large "Not me" button for when the mirror greeted the wrong person
// ("not-me"), or a guest's "Hello!" with, when the engine suggests it, the
// button that starts their enrolment ("enrol-start").

import { css, html, nothing } from "lit";
import { property } from "lit/decorators.js";
import { define } from "../controls/define";
import { LightElement } from "../controls/light-element";
import { fire } from "../events";
import { overlayStyles } from "./styles";

export class MirrorGreeting extends LightElement {
  @property({ attribute: false }) person: string | null = null; // the verified person's name; none: a guest
  @property({ type: Boolean }) suggestEnrolment = false;

  render() {
    const t = this.i18n;
    if (this.person !== null) {
      return html`<div class="greeting person">
        <span id="greeting">${t.t("session.hello", { name: this.person })}</span>
        <button id="not-me" @click=${() => fire(this, "not-me", {})}>${t.t("session.not_me")}</button>
      </div>`;
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

  static partStyles = [
    overlayStyles,
    css`
      .greeting.person {
        display: flex;
        align-items: center;
        gap: 24px;
        white-space: nowrap;
      }
      /* big enough to hit from where one stands, without looking for it */
      #not-me {
        min-height: 88px;
        padding: 0 32px;
        font-size: 34px;
        border-radius: 44px;
        background: rgba(255, 255, 255, 0.22);
        border: 2px solid rgba(255, 255, 255, 0.55);
      }
    `,
  ];
}

define("mirror-greeting", MirrorGreeting);
