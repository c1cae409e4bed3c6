// The base of the panel's own parts (the stream view, the session overlays,
// the confirmation card, the public widgets, the controls). A part renders
// into its host's shadow root rather than a shadow root of its own, so that
// everything a person sees on the wall is one getElementById away from
// <smart-mirror-panel> (window.mirrorPanel.shadowRoot: the end-to-end tests
// and the benchmark read the wall through it). For the same reason a part's
// `static styles` are not adopted by itself: the host that renders it lists
// them in its own styles (see SmartMirrorPanel.styles). Data comes down as
// properties, what happens goes up as events (events.ts).

import { LitElement, type CSSResultGroup } from "lit";
import { property } from "lit/decorators.js";
import { ENGLISH, type Localizer } from "../localize";

export abstract class LightElement extends LitElement {
  /** The words of the user's language (the host passes its own). */
  @property({ attribute: false }) i18n: Localizer = ENGLISH;

  /** The part's stylesheet, for its host to adopt. */
  static partStyles: CSSResultGroup = [];

  protected createRenderRoot(): HTMLElement {
    return this;
  }
}
