// <mirror-person-card>: one enrolled person in the People sheet: their face
// (the engine's thumbnail), name, how many faces the mirror knows, whether
// they have a PIN (never the PIN), their Home Assistant person and calendars.
// Opened (a tap on the header: "person-open"), it offers what an admin does
// about them, each sent up as an event the sheet carries out: rename, add
// faces from the mirror's live view or from a photo, set / change / remove
// the PIN, link the Home Assistant person and calendars, forget (after a
// confirmation). A live collection's progress comes down as `progress`.

import { css, html, nothing } from "lit";
import { property, state } from "lit/decorators.js";
import { define } from "../controls/define";
import { LightElement } from "../controls/light-element";
import { fire } from "../events";
import { hintText } from "../session/hints";
import type { EnrolledPerson, HouseholdMember, LiveProgress } from "../types";

export class MirrorPersonCard extends LightElement {
  @property({ attribute: false }) person!: EnrolledPerson;
  @property({ attribute: false }) thumbnail: string | null = null; // a data: URL
  @property({ type: Boolean }) open = false;
  @property({ attribute: false }) people: HouseholdMember[] = []; // Home Assistant's person.* entities
  @property({ attribute: false }) calendars: HouseholdMember[] = []; // and calendar.* entities
  @property({ attribute: false }) progress: LiveProgress | null = null; // their live enrolment, while it shows
  @property({ type: Boolean }) busy = false; // a request about them is on its way
  @property({ attribute: false }) note = ""; // the last outcome, in words
  @property({ type: Boolean }) failed = false; // ... a refusal
  @state() confirming = false; // "Forget … ?" is asked

  protected willUpdate(): void {
    if (!this.open) this.confirming = false;
  }

  private get personId(): number {
    return this.person.id;
  }

  private rename(event: Event): void {
    event.preventDefault();
    const input = this.querySelector<HTMLInputElement>("input.people-name");
    const name = input?.value.trim() ?? "";
    if (name && name !== this.person.name) fire(this, "person-rename", { id: this.personId, name });
  }

  private photo(event: Event): void {
    const input = event.target as HTMLInputElement;
    const file = input.files?.[0];
    input.value = ""; // the same file again is a new choice
    if (file) fire(this, "person-enrol-photo", { id: this.personId, file });
  }

  private calendarsChanged(): void {
    const chosen = [...this.querySelectorAll<HTMLInputElement>("input.people-calendar")]
      .filter((box) => box.checked)
      .map((box) => box.value);
    fire(this, "person-link", { id: this.personId, calendars: chosen });
  }

  private summary() {
    const t = this.i18n;
    const person = this.person;
    const linked = person.ha_person
      ? (this.people.find((p) => p.entityId === person.ha_person)?.name ?? person.ha_person)
      : null;
    return [
      t.plural("people.faces", person.embeddings, { count: person.embeddings }),
      t.t(person.has_pin ? "people.pin_set" : "people.pin_not_set"),
      linked ? t.t("people.linked", { person: linked }) : t.t("people.not_linked"),
      t.plural("people.calendar_count", person.calendars.length, { count: person.calendars.length }),
    ].join(" · ");
  }

  render() {
    const t = this.i18n;
    const person = this.person;
    if (!person) return nothing;
    return html`<article class="people-card ${this.open ? "open" : ""}" data-person-id=${person.id}>
      <button
        class="people-head"
        aria-expanded=${this.open ? "true" : "false"}
        @click=${() => fire(this, "person-open", { id: this.open ? null : person.id })}
      >
        ${
          this.thumbnail
            ? html`<img
                class="people-face"
                alt=${t.t("people.face_of", { name: person.name })}
                src=${this.thumbnail}
              />`
            : html`<span class="people-face people-initial" aria-hidden="true">${initial(person.name)}</span>`
        }
        <span class="people-who">
          <span class="people-title">${person.name}</span>
          <span class="people-summary">${this.summary()}</span>
        </span>
      </button>
      ${this.open ? this.details() : nothing}
      ${this.note ? html`<div class="people-note ${this.failed ? "message" : ""}" role="status">${this.note}</div>` : nothing}
    </article>`;
  }

  private details() {
    const t = this.i18n;
    const person = this.person;
    const progress = this.progress;
    const collecting = progress?.state === "collecting";
    return html`<div class="people-details">
      <form class="people-row" @submit=${(e: Event) => this.rename(e)}>
        <label>
          <span>${t.t("people.name")}</span>
          <input class="people-name" .value=${person.name} maxlength="64" ?disabled=${this.busy} />
        </label>
        <button class="people-rename" type="submit" ?disabled=${this.busy}>${t.t("people.rename")}</button>
      </form>

      <div class="people-row">
        <span>${t.t("people.add_faces")}</span>
        <button
          class="people-live"
          ?disabled=${this.busy || collecting}
          @click=${() => fire(this, "person-enrol-live", { id: this.personId })}
        >
          ${t.t("people.from_mirror")}
        </button>
        <label class="people-photo button ${this.busy ? "disabled" : ""}">
          ${t.t("people.from_photo")}
          <input
            class="people-file"
            type="file"
            accept="image/*"
            ?disabled=${this.busy}
            @change=${(e: Event) => this.photo(e)}
          />
        </label>
      </div>
      ${progress ? this.live(progress) : nothing}

      <div class="people-row">
        <span>${t.t(person.has_pin ? "people.pin_set" : "people.pin_not_set")}</span>
        <button
          class="people-set-pin"
          ?disabled=${this.busy}
          @click=${() => fire(this, "person-pin", { id: this.personId })}
        >
          ${t.t(person.has_pin ? "people.change_pin" : "people.set_pin")}
        </button>
        ${
          person.has_pin
            ? html`<button
                class="people-clear-pin"
                ?disabled=${this.busy}
                @click=${() => fire(this, "person-clear-pin", { id: this.personId })}
              >
                ${t.t("people.clear_pin")}
              </button>`
            : nothing
        }
      </div>

      <label class="people-row">
        <span>${t.t("people.ha_person")}</span>
        <select
          class="people-ha-person"
          ?disabled=${this.busy}
          @change=${(e: Event) =>
            fire(this, "person-link", { id: this.personId, ha_person: (e.target as HTMLSelectElement).value || null })}
        >
          <option value="" ?selected=${!person.ha_person}>${t.t("people.nobody")}</option>
          ${this.people.map(
            (p) => html`<option value=${p.entityId} ?selected=${p.entityId === person.ha_person}>${p.name}</option>`,
          )}
        </select>
      </label>

      <fieldset class="people-row people-calendars">
        <legend>${t.t("people.calendars")}</legend>
        ${
          this.calendars.length === 0
            ? html`<span class="people-none">${t.t("people.no_calendars")}</span>`
            : this.calendars.map(
                (c) =>
                  html`<label class="people-check">
                    <input
                      class="people-calendar"
                      type="checkbox"
                      value=${c.entityId}
                      .checked=${person.calendars.includes(c.entityId)}
                      ?disabled=${this.busy}
                      @change=${() => this.calendarsChanged()}
                    />
                    ${c.name}
                  </label>`,
              )
        }
      </fieldset>

      ${
        this.confirming
          ? html`<div class="people-row people-confirm" role="alertdialog">
              <span>${t.t("people.forget_question", { name: person.name })}</span>
              <button
                class="people-forget-yes danger"
                ?disabled=${this.busy}
                @click=${() => fire(this, "person-forget", { id: this.personId })}
              >
                ${t.t("people.forget")}
              </button>
              <button class="people-forget-no" @click=${() => (this.confirming = false)}>
                ${t.t("people.cancel")}
              </button>
            </div>`
          : html`<div class="people-row">
              <button class="people-forget danger" ?disabled=${this.busy} @click=${() => (this.confirming = true)}>
                ${t.t("people.forget_ellipsis")}
              </button>
            </div>`
      }
    </div>`;
  }

  private live(progress: LiveProgress) {
    const t = this.i18n;
    const share = progress.needed ? Math.min(100, Math.round((progress.collected / progress.needed) * 100)) : 0;
    if (progress.state === "done") {
      return html`<div class="people-live-state" data-state="done">
        ${t.t("people.live_done", { name: this.person.name })}
      </div>`;
    }
    if (progress.state !== "collecting") {
      const why = progress.error ?? progress.hint;
      return html`<div class="people-live-state message" data-state=${progress.state}>
        ${why ? hintText(t, why) : t.t("enrolment.failed")}
      </div>`;
    }
    return html`<div class="people-live-state" data-state="collecting">
      <div>${t.t("enrolment.stand_still", { name: this.person.name })}</div>
      <div class="progress"><span style="width:${share}%"></span></div>
      <div class="people-progress">${progress.collected} / ${progress.needed}</div>
      ${progress.hint ? html`<div class="people-hint">${hintText(t, progress.hint)}</div>` : nothing}
    </div>`;
  }

  static partStyles = css`
    .people-card {
      background: rgba(255, 255, 255, 0.08);
      border-radius: 18px;
      padding: 8px 12px;
    }
    .people-card.open {
      background: rgba(255, 255, 255, 0.14);
    }
    .people-head {
      display: flex;
      gap: 16px;
      align-items: center;
      width: 100%;
      text-align: start;
      background: none;
      padding: 4px;
    }
    .people-face {
      width: 72px;
      height: 72px;
      border-radius: 50%;
      object-fit: cover;
      flex: none;
      display: inline-flex;
      align-items: center;
      justify-content: center;
      background: rgba(255, 255, 255, 0.2);
      font-size: 36px;
    }
    .people-who {
      display: flex;
      flex-direction: column;
      min-width: 0;
    }
    .people-title {
      font-size: 30px;
    }
    .people-summary {
      font-size: 20px;
      color: #ccc;
    }
    .people-details {
      display: flex;
      flex-direction: column;
      gap: 12px;
      padding: 8px 4px 4px;
    }
    .people-row {
      display: flex;
      flex-wrap: wrap;
      gap: 12px;
      align-items: center;
      font-size: 22px;
      border: none;
      margin: 0;
      padding: 0;
    }
    .people-row label,
    label.people-row {
      display: flex;
      gap: 12px;
      align-items: center;
      flex-wrap: wrap;
    }
    .people-calendars legend {
      padding: 0;
      margin-bottom: 6px;
    }
    .people-check {
      min-height: 48px;
      padding: 0 12px;
      border-radius: 12px;
      background: rgba(255, 255, 255, 0.1);
    }
    .people-check input {
      width: 28px;
      height: 28px;
    }
    .people-details input.people-name,
    .people-details select {
      font-size: 22px;
      min-height: 52px;
      border-radius: 12px;
      padding: 0 12px;
      background: rgba(0, 0, 0, 0.5);
      color: #fff;
      border: 1px solid rgba(255, 255, 255, 0.4);
    }
    .people-details button,
    .people-details .button {
      min-height: 56px;
      padding: 0 18px;
      font-size: 22px;
      border-radius: 14px;
      display: inline-flex;
      align-items: center;
      background: rgba(255, 255, 255, 0.15);
      color: #fff;
    }
    .people-photo input {
      display: none;
    }
    .people-photo.disabled {
      opacity: 0.5;
    }
    .people-details button.danger {
      background: #8e2424;
    }
    .people-note {
      font-size: 20px;
      color: #bfe8c8;
      padding: 4px;
    }
    .people-note.message {
      color: #ff9a9a;
    }
    .people-live-state {
      font-size: 22px;
    }
    .people-live-state .progress {
      margin: 6px 0;
      width: 100%;
      height: 16px;
      background: rgba(255, 255, 255, 0.2);
      border-radius: 8px;
      overflow: hidden;
    }
    .people-live-state .progress span {
      display: block;
      height: 100%;
      background: #7cfc9a;
    }
  `;
}

function initial(name: string): string {
  return [...name.trim()][0]?.toLocaleUpperCase() ?? "?";
}

define("mirror-person-card", MirrorPersonCard);
