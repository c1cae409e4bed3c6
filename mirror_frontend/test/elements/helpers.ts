// Rendering the panel's elements in happy-dom: mount with properties, collect
// the events they send up, and a Home Assistant whose calls are recorded.

import type { LitElement } from "lit";
import { vi } from "vitest";
import type { Hass } from "../../src/types";

/** The element `tag` with `properties`, in the document (in `parent`), rendered. */
export async function mount<T extends LitElement>(
  tag: string,
  properties: Partial<T> = {},
  parent: ParentNode = document.body,
): Promise<T> {
  const element = document.createElement(tag) as T;
  Object.assign(element, properties);
  parent.append(element);
  await element.updateComplete;
  return element;
}

/** Set properties and wait for the element to render them. */
export async function update<T extends LitElement>(element: T, properties: Partial<T>): Promise<T> {
  Object.assign(element, properties);
  await element.updateComplete;
  return element;
}

/** The details of every `type` event the element sends. */
export function events<D = unknown>(element: EventTarget, type: string): D[] {
  const seen: D[] = [];
  element.addEventListener(type, (event) => seen.push((event as CustomEvent<D>).detail));
  return seen;
}

/** Text with runs of white space as one space. */
export function text(node: Node | null | undefined): string {
  return (node?.textContent ?? "").replace(/\s+/g, " ").trim();
}

export function click(node: Element | null | undefined): void {
  if (!node) throw new Error("nothing to click");
  (node as HTMLElement).click();
}

export interface FakeHass extends Hass {
  callWS: ReturnType<typeof vi.fn> & Hass["callWS"];
  callService: ReturnType<typeof vi.fn> & Hass["callService"];
  subscriptions: { message: Record<string, unknown>; callback: (message: unknown) => void; closed: boolean }[];
}

/** A Home Assistant whose websocket calls answer `answers(message)`. */
export function fakeHass(
  answers: (message: Record<string, unknown>) => unknown = () => ({}),
  language = "en",
): FakeHass {
  const subscriptions: FakeHass["subscriptions"] = [];
  const hass = {
    states: {},
    language,
    locale: { language, time_format: "language" },
    callWS: vi.fn(async (message: Record<string, unknown>) => answers(message)),
    callService: vi.fn(async () => undefined),
    subscriptions,
    connection: {
      subscribeMessage: vi.fn(async (callback: (message: unknown) => void, message: Record<string, unknown>) => {
        const subscription = { message, callback, closed: false };
        subscriptions.push(subscription);
        return async () => {
          subscription.closed = true;
        };
      }),
    },
  };
  return hass as unknown as FakeHass;
}

/** Let pending promises (and Lit's updates) run. */
export async function settle(): Promise<void> {
  for (let i = 0; i < 5; i += 1) await new Promise((resolve) => setTimeout(resolve, 0));
}
