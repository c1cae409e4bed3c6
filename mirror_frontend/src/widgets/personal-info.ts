// <mirror-personal-info>: the person's own calendar (the next three events,
// their times in the user's locale) and mail (unread count, latest subjects),
// only in their verified session.

import { html, nothing } from "lit";
import { property } from "lit/decorators.js";
import { define } from "../controls/define";
import { LightElement } from "../controls/light-element";
import type { CalendarEvent, MailValue, Snapshot } from "../types";
import { widgetStyles } from "./styles";

export class MirrorPersonalInfo extends LightElement {
  @property({ attribute: false }) info: Record<string, Snapshot> = {};
  @property({ type: Boolean }) focused = false;

  private start(start: string): string {
    const when = new Date(start);
    return Number.isNaN(when.getTime()) ? start : this.i18n.time(when);
  }

  render() {
    const t = this.i18n;
    const events = (this.info.calendar?.value ?? []) as CalendarEvent[];
    const mail = this.info.mail?.value as MailValue | undefined;
    return html`<section class="widget ${this.focused ? "focused" : ""}" id="personal" data-widget="personal">
      ${events.slice(0, 3).map((event) => html`<div class="event">${this.start(event.start)} ${event.summary}</div>`)}
      ${
        mail
          ? html`<div class="mail">${t.t("info.unread", { count: t.number(mail.unread) })}</div>
              ${mail.latest.slice(0, 3).map((m) => html`<div class="subject">${m.subject}</div>`)}`
          : nothing
      }
    </section>`;
  }

  static partStyles = widgetStyles;
}

define("mirror-personal-info", MirrorPersonalInfo);
