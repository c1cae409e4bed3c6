// The focus ring: which of the right-hand widgets a gesture or voice command
// ("next widget", "previous widget", "toggle it") acts on. It moves over the
// widgets on screen in their screen order, wraps around, and skips hidden ones.
//
// A widget switched off while in focus keeps the focus, shown as a small
// placeholder, so that a second "toggle" brings it back (toggle means undo);
// once the ring moves on, the hidden widget is skipped like any other.

import { FEATURES } from "./contract";

/** The right-hand widgets, top to bottom, as the panel lays them out (the
 * contract's order); the settings button is not in the ring. */
export const WIDGET_ORDER: readonly string[] = FEATURES.filter((f) => f !== "settings");

export class FocusRing {
  focused: string | null = null;

  constructor(private readonly order: readonly string[] = WIDGET_ORDER) {}

  /** The focused widget when it is switched off (shown as a placeholder). */
  held(visible: readonly string[]): string | null {
    return this.focused !== null && !visible.includes(this.focused) ? this.focused : null;
  }

  /** The widgets the ring goes round now: the visible ones, and a held one. */
  ring(visible: readonly string[]): string[] {
    return this.order.filter((w) => visible.includes(w) || w === this.focused);
  }

  /** The focused widget's index in the ring, or -1 without focus. */
  index(visible: readonly string[]): number {
    return this.focused === null ? -1 : this.ring(visible).indexOf(this.focused);
  }

  next(visible: readonly string[]): string | null {
    return this.move(visible, 1);
  }

  previous(visible: readonly string[]): string | null {
    return this.move(visible, -1);
  }

  /** A touch on a widget focuses it. */
  focus(widget: string): void {
    this.focused = widget;
  }

  clear(): void {
    this.focused = null;
  }

  /** Drop the focus when its widget left the screen other than by being
   * switched off (the session ended): `off` are the switched-off widgets. */
  settle(visible: readonly string[], off: readonly string[]): void {
    if (this.focused !== null && !visible.includes(this.focused) && !off.includes(this.focused)) {
      this.focused = null;
    }
  }

  private move(visible: readonly string[], by: 1 | -1): string | null {
    const shown = this.order.filter((w) => visible.includes(w));
    const from = this.focused;
    if (shown.length === 0) return from; // nowhere to go: a held widget stays in focus
    let target: string;
    if (from === null || !this.order.includes(from)) {
      target = by > 0 ? shown[0] : shown[shown.length - 1];
    } else {
      // the next widget on screen in that direction from where the focus is
      // (a hidden widget keeps its place in the order), wrapping around
      const rank = this.order.indexOf(from);
      const ahead = shown.filter((w) => (by > 0 ? this.order.indexOf(w) > rank : this.order.indexOf(w) < rank));
      if (ahead.length > 0) target = by > 0 ? ahead[0] : ahead[ahead.length - 1];
      else target = by > 0 ? shown[0] : shown[shown.length - 1];
    }
    this.focused = target;
    return target;
  }
}
