// <mirror-confirm-card>: a command understood with low confidence asks first:
// "Did you mean: hide the clock and weather?", how it was understood, Yes, No,
// one button per alternative, the thumbs-up hint and the seconds left. An
// answer goes up as "confirm-answer" (the panel sends it to the engine); the
// buttons wait while it is on its way. Without a question, the last answer's
// outcome shows briefly ("✓ confirmed by thumbs-up").

import { css, html, nothing } from "lit";
import { property } from "lit/decorators.js";
import { commandLabel, correction, modalityText, type ConfirmQuestion } from "../commands";
import { define } from "../controls/define";
import { LightElement } from "../controls/light-element";
import { fire } from "../events";

export class MirrorConfirmCard extends LightElement {
  @property({ attribute: false }) question: ConfirmQuestion | null = null; // the question on screen
  @property({ attribute: false }) outcome: string | null = null; // the last answer, in words
  @property({ type: Number }) remaining = 0; // seconds left to answer
  @property({ type: Boolean }) answering = false; // an answer is on its way

  private answer(accepted: boolean, alternative?: string): void {
    if (!this.question) return;
    fire(this, "confirm-answer", { id: this.question.id, accepted, ...(alternative ? { alternative } : {}) });
  }

  render() {
    const t = this.i18n;
    const question = this.question;
    if (!question)
      return this.outcome ? html`<div class="confirm" id="confirm-outcome">${this.outcome}</div>` : nothing;
    const label = html`<b id="confirm-label">${commandLabel(question.name, question.args, t)}</b>`;
    const seconds = html`<span id="confirm-countdown">${this.remaining}</span>`;
    return html`<div class="confirm" id="confirm" data-id=${question.id}>
      <div class="question">${t.splice("confirm.question", { command: label })}</div>
      <div class="how" id="confirm-how">${modalityText(question.modality, question.confidence, t)}</div>
      <div class="answers">
        <button id="confirm-yes" ?disabled=${this.answering} @click=${() => this.answer(true)}>
          ${t.t("confirm.yes")}
        </button>
        <button id="confirm-no" ?disabled=${this.answering} @click=${() => this.answer(false)}>
          ${t.t("confirm.no")}
        </button>
        ${question.alternatives.map(
          (alternative) =>
            html`<button
              class="alternative"
              data-name=${alternative}
              ?disabled=${this.answering}
              @click=${() => this.answer(true, alternative)}
            >
              ${commandLabel(alternative, correction(question, alternative).args, t)}
            </button>`,
        )}
      </div>
      <div class="hint">
        ${t.t("confirm.hint")} <ha-icon icon="mdi:thumb-up-outline"></ha-icon> ·
        ${t.splice("confirm.countdown", { seconds })}
      </div>
    </div>`;
  }

  static partStyles = css`
    .confirm {
      position: absolute;
      left: 50%;
      top: 50%;
      transform: translate(-50%, -50%);
      max-width: min(90vw, 760px);
      background: rgba(0, 0, 0, 0.75);
      border: 2px solid rgba(124, 252, 154, 0.6);
      border-radius: 24px;
      padding: 20px 28px;
      font-size: 36px;
      text-align: center;
    }
    .confirm .hint ha-icon {
      --mdc-icon-size: 24px;
    }
    .confirm .how,
    .confirm .hint {
      font-size: 22px;
      color: #ccc;
      margin: 6px 0;
    }
    .confirm .answers {
      display: flex;
      flex-wrap: wrap;
      gap: 12px;
      justify-content: center;
      margin: 12px 0;
    }
    .confirm .answers button {
      padding: 0 20px;
      font-size: 26px;
    }
    #confirm-yes {
      background: #2e7d32;
    }
  `;
}

define("mirror-confirm-card", MirrorConfirmCard);
