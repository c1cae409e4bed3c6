// The types the panel's elements share: Home Assistant's `hass` as the panel
// uses it, what the engine and the integration send, and the events the
// elements send up to the panel. Every element imports them from here (never
// from panel.ts, which imports the elements).

import type { ErrorCode, Hint, SessionSnapshot } from "./contract";

// The parts of Home Assistant's `hass` object the panel uses.
export interface Hass {
  states: Record<string, { entity_id: string; state?: string; attributes: { friendly_name?: string } }>;
  user?: { id?: string; name?: string; is_admin: boolean; is_owner?: boolean }; // who is logged in
  dockedSidebar?: DockMode; // the sidebar as the user's profile has it
  callWS<T>(message: Record<string, unknown>): Promise<T>;
  callService(domain: string, service: string, data: Record<string, unknown>): Promise<unknown>;
  connection: {
    socket?: WebSocket; // binary messages (Assist's microphone audio) go here
    subscribeMessage<T>(
      callback: (message: T) => void,
      subscription: Record<string, unknown>,
    ): Promise<() => Promise<void>>;
  };
  language?: string; // the user's language ("en", "ko", ...)
  locale?: { language: string; time_format?: string; time_zone?: string };
  config?: { time_zone?: string };
}

/** Home Assistant's sidebar modes (its profile's "always hide the sidebar" is "always_hidden"). */
export type DockMode = "docked" | "always_hidden" | "auto";

export interface Person {
  id?: number;
  name: string;
}

// The engine's "session" event, and the session as it stands in its "hello":
// the contract's snapshot (a household member's panel gets it without ids)
export type SessionState = SessionSnapshot;

// One piece of information from the integration (smart_mirror/info/subscribe)
export interface Snapshot {
  value: any; // eslint-disable-line @typescript-eslint/no-explicit-any -- each provider's own shape
  age_s: number | null;
  error: string | null;
}

export interface ClockValue {
  iso?: string; // the moment, with Home Assistant's offset
  time_zone?: string; // Home Assistant's time zone
  date: string;
  time: string;
  weekday: string;
}

export interface WeatherValue {
  temperature: number;
  temperature_unit?: string | null;
  condition: string;
}

export interface AirValue {
  aqi?: number;
  readings?: { name: string; value: string; unit?: string }[];
}

export interface CalendarEvent {
  summary: string;
  start: string;
}

export interface MailValue {
  unread: number;
  latest: { subject: string }[];
}

// The engine's smoothed "assessment" of the person in view
export interface Assessment {
  age?: number;
  emotion?: string;
  emotions?: Record<string, number>;
  live?: number;
}

// The guest's enrolment wizard: choosing who they are, then the engine's live
// collection (its "enrolment" events), then done or failed.
export interface Enrolment {
  step: "who" | "collecting" | "done" | "failed";
  name?: string;
  collected?: number;
  needed?: number;
  hint?: Hint | null; // what the engine asks of the person in front (a code)
  error?: string | null; // why it failed: the engine's code, or a refusal in words
}

// A Home Assistant person a guest can enrol as
export interface HouseholdMember {
  entityId: string;
  name: string;
}

// Someone enrolled, as the People sheet lists them (smart_mirror/persons):
// whether they have a PIN, never the PIN.
export interface EnrolledPerson {
  id: number;
  name: string;
  ha_person: string | null;
  embeddings: number;
  has_pin: boolean;
  has_thumbnail: boolean;
  calendars: string[];
}

// The engine's "enrolment" event (and enrol_live's answer): a live collection's progress
export interface LiveProgress {
  person_id: number;
  state: "collecting" | "done" | "failed" | "cancelled";
  collected: number;
  needed: number;
  hint: Hint | null;
  error: ErrorCode | null;
}

// How the picture fills the screen: cropped to cover it, or whole inside it
export type PictureFit = "fill" | "fit";

export type Sheet = "" | "settings" | "calibration" | "voice" | "people";
export type ZoomStep = "in" | "out" | "reset";

/** The events the panel's elements send up (events.ts), by name. */
export interface MirrorEvents {
  "frame-painted": { seq: number; captured: number; width: number; height: number; boxes: number; named: number };
  "choose-face": { index: number };
  "pin-input": Record<string, never>; // a key pressed: the last message is stale
  "pin-submit": { pin: string };
  "enrol-start": Record<string, never>;
  "enrol-person": HouseholdMember;
  "enrol-cancel": Record<string, never>;
  "enrol-retry": Record<string, never>;
  "confirm-answer": { id: number; accepted: boolean; alternative?: string };
  zoom: { step: ZoomStep };
  capture: Record<string, never>;
  "open-sheet": { sheet: Exclude<Sheet, ""> };
  "pin-cancel": Record<string, never>;
  "not-me": Record<string, never>;
  // the People sheet's cards, about one person each
  "person-open": { id: number | null };
  "person-rename": { id: number; name: string };
  "person-pin": { id: number }; // open the PIN pad for them
  "person-clear-pin": { id: number };
  "person-link": { id: number; ha_person?: string | null; calendars?: string[] };
  "person-enrol-live": { id: number };
  "person-enrol-photo": { id: number; file: File };
  "person-forget": { id: number };
  // this display's own settings (Settings; remembered in the browser)
  "display-change": { kiosk?: boolean; fit?: PictureFit };
}

type MirrorEventMap = { [K in keyof MirrorEvents]: CustomEvent<MirrorEvents[K]> };

declare global {
  // typed listeners: addEventListener("pin-submit", (e) => e.detail.pin)
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type
  interface HTMLElementEventMap extends MirrorEventMap {}
}
