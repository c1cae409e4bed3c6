// <mirror-assessment>: the engine's smoothed estimate of the person in view:
// age and dominant expression, one bar per expression, and how sure it is
// that a live person stands there.

import { css, html } from "lit";
import { property } from "lit/decorators.js";
import { EMOTIONS } from "../contract";
import { define } from "../controls/define";
import { LightElement } from "../controls/light-element";
import type { Assessment } from "../types";
import { widgetStyles } from "./styles";

export class MirrorAssessment extends LightElement {
  @property({ attribute: false }) assessment: Assessment = {};
  @property({ type: Boolean }) focused = false;

  render() {
    const t = this.i18n;
    const a = this.assessment;
    const emotions = a.emotions ?? {};
    const emotion = a.emotion ? t.lookup(`emotion.${a.emotion}`, a.emotion) : "–";
    const age = a.age === undefined ? "–" : t.number(Math.round(a.age));
    return html`<section class="widget ${this.focused ? "focused" : ""}" id="assessment" data-widget="assessment">
      <div>${t.t("assessment.age", { age, emotion })}</div>
      ${EMOTIONS.map(
        (name) =>
          html`<div class="bar" data-emotion=${name}>
            <span>${t.t(`emotion.${name}`)}</span
            ><span class="fill" style="width:${Math.round((emotions[name] ?? 0) * 100)}%"></span>
          </div>`,
      )}
      <div>${t.t("assessment.live", { share: t.percent(a.live ?? 0) })}</div>
    </section>`;
  }

  static partStyles = [
    widgetStyles,
    css`
      .bar {
        display: flex;
        gap: 8px;
        align-items: center;
        font-size: 0.7em;
      }
      .bar span:first-child {
        width: 4.8em;
      }
      .fill {
        height: 0.6em;
        background: #7cfc9a;
        border-radius: 6px;
      }
    `,
  ];
}

define("mirror-assessment", MirrorAssessment);
