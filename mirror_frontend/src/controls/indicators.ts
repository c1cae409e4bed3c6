// <mirror-indicators>: what the wall says in passing: the gesture the engine
// just saw (its icon and name; the engine turns gestures into commands
// itself) and a brief notice. The panel decides how long each shows.

import { css, html, nothing } from "lit";
import { property } from "lit/decorators.js";
import { gestureInfo } from "../commands";
import { define } from "./define";
import { LightElement } from "./light-element";

export class MirrorIndicators extends LightElement {
  @property({ attribute: false }) gesture: string | null = null; // the gesture to show, or none
  @property({ attribute: false }) notice: string | null = null; // the notice to show, or none

  render() {
    const seen = this.gesture ? gestureInfo(this.gesture, this.i18n) : null;
    return html`${
      seen
        ? html`<div class="gesture" id="gesture" data-gesture=${this.gesture}>
            <ha-icon icon=${seen.icon}></ha-icon><span>${seen.label}</span>
          </div>`
        : nothing
    }
    ${this.notice ? html`<div class="notice" id="notice">${this.notice}</div>` : nothing}`;
  }

  static partStyles = css`
    .gesture {
      position: absolute;
      top: 96px;
      left: 16px;
      display: flex;
      gap: 10px;
      align-items: center;
      padding: 8px 16px;
      font-size: 24px;
      background: rgba(0, 0, 0, 0.55);
      border-radius: 16px;
    }
    .notice {
      position: absolute;
      left: 50%;
      bottom: 28%;
      max-width: 60vw;
      text-align: center;
      transform: translateX(-50%);
      padding: 8px 20px;
      font-size: 22px;
      background: rgba(0, 0, 0, 0.65);
      border-radius: 16px;
    }
  `;
}

define("mirror-indicators", MirrorIndicators);
