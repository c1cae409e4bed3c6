// <mirror-people>: the People sheet, for admins (the panel offers its button
// only to them; the integration refuses anyone else). It lists everybody
// enrolled (smart_mirror/persons, then each face by smart_mirror/persons/
// thumbnail) and carries out what the cards ask: add a person, rename, add
// faces from the live view (its progress: the engine's "enrolment" events,
// which the panel passes down as `live`) or from a photo (scaled down first:
// people/photo.ts), set / change / remove the PIN (entered twice on the PIN
// pad, never shown), link the Home Assistant person and calendars, forget.
// Every refusal is said in the user's words, by its code.

import { css, html, nothing, type PropertyValues } from "lit";
import { property, state } from "lit/decorators.js";
import { define } from "../controls/define";
import { LightElement } from "../controls/light-element";
import { fire } from "../events";
import type { TranslationKey } from "../localize";
import { MirrorPinPad } from "../session/pin-pad";
import type { EnrolledPerson, Hass, HouseholdMember, LiveProgress } from "../types";
import { MirrorPersonCard } from "./person-card";
import { photoForEnrolment } from "./photo";

interface Note {
  text: string;
  failed: boolean;
}

// The PIN pad while a PIN is being set: the first entry is kept here (never
// rendered) until the second one matches it.
interface PinEntryState {
  id: number;
  first: string | null;
  message: string;
}

const ENDED = new Set(["done", "failed", "cancelled"]);

export class MirrorPeople extends LightElement {
  @property({ attribute: false }) hass?: Hass;
  @property({ attribute: false }) entryId?: string;
  @property({ attribute: false }) live: LiveProgress | null = null; // the latest "enrolment" event the panel received

  @state() persons: EnrolledPerson[] | null = null; // null: not loaded yet
  @state() thumbnails: Record<number, string> = {};
  @state() openId: number | null = null;
  @state() error = "";
  @state() notes: Record<number, Note> = {};
  @state() busy: Record<number, boolean> = {};
  @state() pin: PinEntryState | null = null;
  @state() adding = false;
  @state() said = ""; // the sheet's last word (someone forgotten)
  // the live enrolment started here: whose, what the engine answered, and the
  // event on screen when it started (older news is not theirs)
  @state() liveFor: { id: number; progress: LiveProgress; before: LiveProgress | null } | null = null;
  private loading = false;

  protected updated(changed: PropertyValues): void {
    if (this.hass && this.entryId && this.persons === null && !this.loading) void this.load();
    if (changed.has("live") && this.liveFor && this.live && this.live !== this.liveFor.before) {
      const live = this.live;
      if (live.person_id === this.liveFor.id && ENDED.has(live.state)) {
        const id = this.liveFor.id;
        this.liveFor = { ...this.liveFor, progress: live, before: live };
        if (live.state === "done") void this.refresh(id);
      }
    }
  }

  private call<T>(command: string, fields: Record<string, unknown> = {}): Promise<T> {
    return this.hass!.callWS<T>({ type: `smart_mirror/persons${command}`, entry_id: this.entryId, ...fields });
  }

  /** Everybody, then their faces. */
  async load(): Promise<void> {
    this.loading = true;
    try {
      this.persons = await this.call<EnrolledPerson[]>("");
      this.error = "";
      await Promise.all(this.persons.filter((p) => p.has_thumbnail).map((p) => this.fetchThumbnail(p.id)));
    } catch (err) {
      this.error = this.i18n.error(err);
      this.persons ??= [];
    } finally {
      this.loading = false;
    }
  }

  private async fetchThumbnail(id: number): Promise<void> {
    try {
      const { content_type, image } = await this.call<{ content_type: string; image: string }>("/thumbnail", {
        person_id: id,
      });
      this.thumbnails = { ...this.thumbnails, [id]: `data:${content_type};base64,${image}` };
    } catch {
      // no face kept (yet): the initial shows instead
    }
  }

  /** One person again after a change the answer does not carry (faces added). */
  private async refresh(id: number): Promise<void> {
    try {
      const persons = await this.call<EnrolledPerson[]>("");
      this.persons = persons;
      if (persons.find((p) => p.id === id)?.has_thumbnail) await this.fetchThumbnail(id);
    } catch (err) {
      this.note(id, this.i18n.error(err), true);
    }
  }

  private replace(person: Partial<EnrolledPerson> & { id: number }): void {
    this.persons = (this.persons ?? []).map((p) => (p.id === person.id ? { ...p, ...person } : p));
  }

  private note(id: number, text: string, failed = false): void {
    this.notes = { ...this.notes, [id]: { text, failed } };
  }

  /** Something about one person: busy meanwhile, the outcome (or the refusal) noted. */
  private async act(id: number, work: () => Promise<string | void>): Promise<void> {
    this.busy = { ...this.busy, [id]: true };
    this.note(id, "");
    try {
      const said = await work();
      if (said) this.note(id, said);
    } catch (err) {
      this.note(id, this.i18n.error(err), true);
    } finally {
      this.busy = { ...this.busy, [id]: false };
    }
  }

  private async create(event: Event): Promise<void> {
    event.preventDefault();
    const input = this.querySelector<HTMLInputElement>("#people-new-name");
    const name = input?.value.trim() ?? "";
    if (!name || this.adding) return;
    this.adding = true;
    this.error = "";
    try {
      const person = await this.call<EnrolledPerson>("/create", { name });
      this.persons = [...(this.persons ?? []), person];
      this.openId = person.id;
      this.note(person.id, this.i18n.t("people.added", { name: person.name }));
      if (input) input.value = "";
    } catch (err) {
      this.error = this.i18n.error(err);
    } finally {
      this.adding = false;
    }
  }

  private rename(id: number, name: string): Promise<void> {
    return this.act(id, async () => {
      this.replace(await this.call<EnrolledPerson>("/rename", { person_id: id, name }));
      return this.i18n.t("people.renamed", { name });
    });
  }

  private link(id: number, link: { ha_person?: string | null; calendars?: string[] }): Promise<void> {
    return this.act(id, async () => {
      this.replace(await this.call<EnrolledPerson>("/link", { person_id: id, ...link }));
      return this.i18n.t("people.saved");
    });
  }

  private clearPin(id: number): Promise<void> {
    return this.act(id, async () => {
      await this.call("/clear_pin", { person_id: id });
      this.replace({ id, has_pin: false });
      return this.i18n.t("people.pin_cleared");
    });
  }

  private enrolLive(id: number): Promise<void> {
    return this.act(id, async () => {
      const before = this.live;
      const progress = await this.call<LiveProgress>("/enrol_live", { person_id: id });
      this.liveFor = { id, progress: { ...progress, person_id: id }, before };
    });
  }

  private enrolPhoto(id: number, file: File): Promise<void> {
    return this.act(id, async () => {
      const image = await photoForEnrolment(file);
      const answer = await this.call<{ added?: number }>("/enrol_photo", { person_id: id, image });
      await this.refresh(id);
      return this.i18n.plural("people.photo_added", answer.added ?? 1, { count: answer.added ?? 1 });
    });
  }

  private forget(id: number): Promise<void> {
    const name = this.persons?.find((p) => p.id === id)?.name ?? "";
    return this.act(id, async () => {
      await this.call("/forget", { person_id: id });
      this.persons = (this.persons ?? []).filter((p) => p.id !== id);
      if (this.openId === id) this.openId = null;
      this.error = "";
      this.say("people.forgotten", { name });
    });
  }

  /** A word for the whole sheet (a person forgotten has no card to say it on). */
  private say(key: TranslationKey, vars: Record<string, string>): void {
    this.said = this.i18n.t(key, vars);
  }

  // -- the PIN ---------------------------------------------------------------------
  private pinSubmitted(pin: string): void {
    const entry = this.pin;
    if (!entry) return;
    if (entry.first === null) {
      this.pin = { ...entry, first: pin, message: "" };
      return;
    }
    if (entry.first !== pin) {
      this.pin = { ...entry, first: null, message: this.i18n.t("people.pin_mismatch") };
      return;
    }
    this.pin = null; // both entries forgotten
    void this.act(entry.id, async () => {
      await this.call("/set_pin", { person_id: entry.id, pin });
      this.replace({ id: entry.id, has_pin: true });
      return this.i18n.t("people.pin_saved");
    });
  }

  private household(domain: string): HouseholdMember[] {
    return Object.values(this.hass?.states ?? {})
      .filter((s) => s.entity_id.startsWith(`${domain}.`))
      .map((s) => ({ entityId: s.entity_id, name: s.attributes.friendly_name ?? s.entity_id }))
      .sort((a, b) => a.name.localeCompare(b.name, this.i18n.locale));
  }

  private progressOf(id: number): LiveProgress | null {
    const live = this.liveFor;
    if (!live || live.id !== id) return null;
    const event = this.live;
    // the engine's events once they come (each newer than the answer), its answer till then
    return event && event !== live.before && event.person_id === id && "collected" in event ? event : live.progress;
  }

  render() {
    const t = this.i18n;
    const persons = this.persons;
    const people = this.household("person");
    const calendars = this.household("calendar");
    const pinFor = this.pin ? persons?.find((p) => p.id === this.pin!.id) : undefined;
    return html`<section class="people-sheet" id="people" aria-label=${t.t("people.title")}>
      <header class="people-header">
        <h2>${t.t("people.title")}</h2>
        <button
          class="people-close"
          title=${t.t("people.close")}
          @click=${() => fire(this, "open-sheet", { sheet: "people" })}
        >
          ✕
        </button>
      </header>
      ${this.error ? html`<div class="message people-error" role="alert">${this.error}</div>` : nothing}
      ${this.said ? html`<div class="people-said" role="status">${this.said}</div>` : nothing}
      <form class="people-add" @submit=${(e: Event) => void this.create(e)}>
        <input
          id="people-new-name"
          maxlength="64"
          placeholder=${t.t("people.new_name")}
          aria-label=${t.t("people.new_name")}
        />
        <button id="people-add" type="submit" ?disabled=${this.adding}>${t.t("people.add")}</button>
      </form>
      ${
        persons === null
          ? html`<div class="people-empty">${t.t("people.loading")}</div>`
          : persons.length === 0
            ? html`<div class="people-empty" id="people-none">${t.t("people.nobody_yet")}</div>`
            : html`<div class="people-list">
                ${persons.map(
                  (person) =>
                    html`<mirror-person-card
                      .i18n=${t}
                      .person=${person}
                      .thumbnail=${this.thumbnails[person.id] ?? null}
                      .open=${this.openId === person.id}
                      .people=${people}
                      .calendars=${calendars}
                      .progress=${this.progressOf(person.id)}
                      .busy=${!!this.busy[person.id]}
                      .note=${this.notes[person.id]?.text ?? ""}
                      .failed=${!!this.notes[person.id]?.failed}
                      @person-open=${(e: CustomEvent<{ id: number | null }>) => (this.openId = e.detail.id)}
                      @person-rename=${(e: CustomEvent<{ id: number; name: string }>) =>
                        void this.rename(e.detail.id, e.detail.name)}
                      @person-pin=${(e: CustomEvent<{ id: number }>) =>
                        (this.pin = { id: e.detail.id, first: null, message: "" })}
                      @person-clear-pin=${(e: CustomEvent<{ id: number }>) => void this.clearPin(e.detail.id)}
                      @person-link=${(
                        e: CustomEvent<{ id: number; ha_person?: string | null; calendars?: string[] }>,
                      ) => {
                        const { id, ...link } = e.detail;
                        void this.link(id, link);
                      }}
                      @person-enrol-live=${(e: CustomEvent<{ id: number }>) => void this.enrolLive(e.detail.id)}
                      @person-enrol-photo=${(e: CustomEvent<{ id: number; file: File }>) =>
                        void this.enrolPhoto(e.detail.id, e.detail.file)}
                      @person-forget=${(e: CustomEvent<{ id: number }>) => void this.forget(e.detail.id)}
                    ></mirror-person-card>`,
                )}
              </div>`
      }
      ${
        this.pin && pinFor
          ? html`<div class="people-pin">
              <mirror-pin-pad
                .i18n=${t}
                .padId=${"people-pinpad"}
                .prompt=${t.t(this.pin.first === null ? "people.pin_new" : "people.pin_again", { name: pinFor.name })}
                .message=${this.pin.message}
                cancellable
                @pin-input=${(e: Event) => {
                  e.stopPropagation(); // the sheet's own pad: nothing for the panel
                  if (this.pin?.message) this.pin = { ...this.pin, message: "" };
                }}
                @pin-submit=${(e: CustomEvent<{ pin: string }>) => {
                  e.stopPropagation();
                  this.pinSubmitted(e.detail.pin);
                }}
                @pin-cancel=${(e: Event) => {
                  e.stopPropagation();
                  this.pin = null;
                }}
              ></mirror-pin-pad>
            </div>`
          : nothing
      }
    </section>`;
  }

  static partStyles = [
    MirrorPersonCard.partStyles,
    MirrorPinPad.partStyles,
    css`
      /* between the picture controls (top) and the sheet buttons (bottom) */
      .people-sheet {
        position: absolute;
        top: 96px;
        bottom: 96px;
        left: 50%;
        transform: translateX(-50%);
        width: min(calc(100% - 32px), 960px);
        overflow-y: auto;
        box-sizing: border-box;
        display: flex;
        flex-direction: column;
        gap: 14px;
        padding: 20px 24px;
        background: rgba(0, 0, 0, 0.82);
        border-radius: 24px;
        font-size: 24px;
        z-index: 2;
      }
      .people-header {
        display: flex;
        align-items: center;
        justify-content: space-between;
      }
      .people-header h2 {
        margin: 0;
        font-size: 36px;
        font-weight: normal;
      }
      .people-add {
        display: flex;
        gap: 12px;
      }
      .people-add input {
        flex: 1;
        font-size: 24px;
        min-height: 60px;
        border-radius: 14px;
        padding: 0 14px;
        background: rgba(255, 255, 255, 0.1);
        color: #fff;
        border: 1px solid rgba(255, 255, 255, 0.4);
      }
      .people-add button {
        padding: 0 24px;
        font-size: 24px;
      }
      .people-list {
        display: flex;
        flex-direction: column;
        gap: 12px;
      }
      .people-empty,
      .people-said {
        color: #ccc;
      }
      .people-pin {
        position: sticky;
        bottom: 0;
        display: flex;
        justify-content: center;
      }
      .people-pin .prompt {
        position: static;
        transform: none;
        background: rgba(20, 20, 20, 0.96);
        border: 2px solid rgba(124, 252, 154, 0.6);
      }
      .people-pin .pin-cancel {
        margin-top: 8px;
        padding: 0 24px;
      }
    `,
  ];
}

define("mirror-people", MirrorPeople);
