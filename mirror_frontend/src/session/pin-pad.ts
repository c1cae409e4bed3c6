// <mirror-pin-pad>: an unsure match asks "Obama? Enter your PIN". The digits
// stay in the pad (shown as dots) until OK sends them up ("pin-submit", then
// forgotten); every key sends "pin-input", so the panel clears its message.
// The People sheet asks for a new PIN on it too (its own `prompt`, and a
// Cancel button: "pin-cancel").

import { css, html, nothing } from "lit";
import { property } from "lit/decorators.js";
import { define } from "../controls/define";
import { LightElement } from "../controls/light-element";
import { fire } from "../events";
import { PinEntry } from "../pinpad";
import { overlayStyles } from "./styles";

const KEYS = ["1", "2", "3", "4", "5", "6", "7", "8", "9", "back", "0", "ok"];

export class MirrorPinPad extends LightElement {
  // who the mirror thinks it is; null when the engine withholds the name
  // (looks it could not follow: the person may be a stranger)
  @property({ attribute: false }) name: string | null = "";
  @property({ attribute: false }) message = ""; // the last attempt's outcome ("Wrong PIN")
  @property({ attribute: false }) prompt = ""; // what it asks, when not "{name}? Enter your PIN"
  @property({ type: Boolean }) cancellable = false; // offers Cancel
  @property({ attribute: false }) padId = "pinpad"; // its id on the wall (the People sheet's is another); its message's: "pin-message" ...
  private entry = new PinEntry();

  press(key: string): void {
    this.entry.press(key);
    fire(this, "pin-input", {});
    if (key === "ok" && this.entry.ready) fire(this, "pin-submit", { pin: this.entry.take() });
    this.requestUpdate();
  }

  private cancel(): void {
    this.entry.take(); // forgotten
    fire(this, "pin-cancel", {});
    this.requestUpdate();
  }

  render() {
    const t = this.i18n;
    return html`<div class="prompt" id=${this.padId} role="group" aria-label=${t.t("session.pin_label")}>
      <div class="pin-prompt">
        ${
          this.prompt ||
          (this.name ? t.t("session.pin_prompt", { name: this.name }) : t.t("session.pin_prompt_unnamed"))
        }
      </div>
      <div class="pin">${this.entry.masked || " "}</div>
      <div class="keys">
        ${KEYS.map(
          (key) =>
            html`<button
              class="key"
              data-key=${key}
              title=${key === "back" ? t.t("session.pin_back") : nothing}
              @click=${() => this.press(key)}
            >
              ${key === "back" ? "⌫" : key === "ok" ? t.t("session.pin_ok") : key}
            </button>`,
        )}
      </div>
      <div class="message" id=${this.padId.replace("pinpad", "pin-message")}>${this.message}</div>
      ${
        this.cancellable
          ? html`<button class="pin-cancel" @click=${() => this.cancel()}>${t.t("session.pin_cancel")}</button>`
          : nothing
      }
    </div>`;
  }

  static partStyles = [
    overlayStyles,
    css`
      .keys {
        display: grid;
        grid-template-columns: repeat(3, 96px);
        gap: 12px;
        justify-content: center;
      }
      .pin {
        font-size: 48px;
        letter-spacing: 12px;
        min-height: 60px;
      }
    `,
  ];
}

define("mirror-pin-pad", MirrorPinPad);
