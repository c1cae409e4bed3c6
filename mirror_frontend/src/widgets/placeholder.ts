// <mirror-widget-placeholder>: a widget switched off while the focus ring was
// on it keeps the focus, shown as this dashed placeholder ("Clock and weather
// hidden · toggle again or tap to show"), so the same toggle brings it back.
// A tap on it is the panel's business (it listens on the whole column).

import { css, html } from "lit";
import { property } from "lit/decorators.js";
import { widgetName } from "../commands";
import { define } from "../controls/define";
import { LightElement } from "../controls/light-element";
import { widgetStyles } from "./styles";

export class MirrorWidgetPlaceholder extends LightElement {
  @property() widget = "";

  render() {
    const t = this.i18n;
    const name = widgetName(this.widget, t);
    const capitalised = name.charAt(0).toLocaleUpperCase(t.locale) + name.slice(1);
    return html`<section class="widget placeholder focused" id="held" data-widget=${this.widget}>
      ${t.t("notice.held", { widget: capitalised })}
    </section>`;
  }

  static partStyles = [
    widgetStyles,
    css`
      .placeholder {
        font-size: 20px;
        color: #ccc;
        border: 2px dashed rgba(255, 255, 255, 0.4);
      }
    `,
  ];
}

define("mirror-widget-placeholder", MirrorWidgetPlaceholder);
