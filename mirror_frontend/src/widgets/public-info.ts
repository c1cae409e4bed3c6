// <mirror-public-info>: what anyone in front of the mirror sees: the clock
// (formatted in the user's locale, in Home Assistant's time zone), the
// weather and the air quality, from the integration's public information.

import { css, html, nothing } from "lit";
import { property } from "lit/decorators.js";
import { define } from "../controls/define";
import { LightElement } from "../controls/light-element";
import type { AirValue, ClockValue, Snapshot, WeatherValue } from "../types";
import { widgetStyles } from "./styles";

export class MirrorPublicInfo extends LightElement {
  @property({ attribute: false }) info: Record<string, Snapshot> = {};
  @property({ type: Boolean }) focused = false; // the focus ring is on it

  private clock(clock: ClockValue) {
    const when = clock.iso ? new Date(clock.iso) : null;
    if (!when || Number.isNaN(when.getTime())) {
      return html`<div class="clock">${clock.time}</div>
        <div>${clock.weekday} ${clock.date}</div>`;
    }
    const zone = clock.time_zone || undefined;
    return html`<div class="clock">${this.i18n.time(when, zone)}</div>
      <div class="date">${this.i18n.date(when, zone)}</div>`;
  }

  private weather(weather: WeatherValue): string {
    const t = this.i18n;
    return t.t("info.weather", {
      temperature: `${t.number(Math.round(weather.temperature))}${weather.temperature_unit ?? ""}`,
      condition: t.lookup(`weather.${weather.condition}`, weather.condition),
    });
  }

  private air(air: AirValue): string {
    if (air.aqi !== undefined) return this.i18n.t("info.air_index", { aqi: this.i18n.number(air.aqi) });
    const readings = (air.readings ?? []).map((r) => `${r.name} ${r.value} ${r.unit ?? ""}`).join(", ");
    return this.i18n.t("info.air_readings", { readings });
  }

  render() {
    const clock = this.info.clock?.value as ClockValue | undefined;
    const weather = this.info.weather?.value as WeatherValue | undefined;
    const air = this.info.air_quality?.value as AirValue | undefined;
    return html`<section class="widget ${this.focused ? "focused" : ""}" id="public" data-widget="public">
      ${clock ? this.clock(clock) : nothing}
      ${weather ? html`<div class="weather">${this.weather(weather)}</div>` : nothing}
      ${air ? html`<div class="air">${this.air(air)}</div>` : nothing}
    </section>`;
  }

  static partStyles = [
    widgetStyles,
    css`
      .clock {
        font-size: 2.5em; /* of the widget column's type, which grows with the screen */
        line-height: 1.1;
      }
    `,
  ];
}

define("mirror-public-info", MirrorPublicInfo);
