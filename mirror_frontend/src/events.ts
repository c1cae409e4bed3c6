// Events up: an element tells its host what happened (a key pressed, an
// answer chosen); the host decides what it means. They bubble up to the
// shadow root they are in (the panel's) and no further: Home Assistant's page
// never sees them.

import type { MirrorEvents } from "./types";

export function fire<K extends keyof MirrorEvents>(node: EventTarget, type: K, detail: MirrorEvents[K]): boolean {
  return node.dispatchEvent(new CustomEvent(type, { detail, bubbles: true, composed: false }));
}
