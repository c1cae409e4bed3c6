// Generated from addon/mirror_engine/contract.py by `python -m tools.contract`:
// do not edit (tests/test_contract.py checks it is current).

export const API_VERSION = 1;

export interface CommandSpec {
  inEngine: boolean;
  argument: "widget" | "direction" | null;
}

export interface SettingRange {
  minimum: number;
  maximum: number;
  step: number;
  unit: "" | "s";
}

export const EMOTIONS = ["angry", "disgust", "fear", "happy", "sad", "surprise", "neutral"] as const;
export type Emotion = (typeof EMOTIONS)[number];

export const FEATURES = [
  "public", "personal", "assessment", "evolution", "diary", "settings",
] as const;
export type Feature = (typeof FEATURES)[number];

export const SESSION_STATES = [
  "idle", "detecting", "identified", "guest", "needs_choice", "needs_login", "active", "ending",
] as const;
export type SessionState = (typeof SESSION_STATES)[number];

export const EVENT_TYPES = [
  "source", "worker", "toggles", "settings", "faces", "session", "person_recognized",
  "session_ended", "assessment", "persons", "person_forgotten", "enrolment", "capture", "command",
  "confirm", "confirm_result", "gesture", "calibration", "training", "model_rollback",
] as const;
export type EventType = (typeof EVENT_TYPES)[number];

export const MODALITIES = ["touch", "voice", "gesture"] as const;
export type Modality = (typeof MODALITIES)[number];

export const COMMAND_NAMES = [
  "show_widget", "hide_widget", "capture", "logout", "not_me", "next_widget", "previous_widget",
  "toggle_focused", "zoom", "open_calibration",
] as const;
export type CommandName = (typeof COMMAND_NAMES)[number];

export const HINTS = [
  "look", "one_face", "no_face", "closer", "same_person", "hold_still", "done",
] as const;
export type Hint = (typeof HINTS)[number];

export const LIVENESS = ["off", "model", "motion"] as const;
export type Liveness = (typeof LIVENESS)[number];

export const ERROR_CODES = [
  "bad_json", "too_deep", "too_large", "bad_upload", "bad_name", "bad_ha_person", "bad_person",
  "bad_pin", "bad_login", "bad_face", "bad_frames", "bad_days", "bad_number", "bad_text",
  "bad_kind", "bad_label", "bad_command", "bad_answer", "bad_settings", "bad_toggles",
  "unauthorized", "too_many_attempts", "not_owner", "unknown_person", "unknown_capture",
  "no_session", "no_choice", "no_enrolment", "no_previous", "no_frame", "camera_lost",
  "recognition_off", "gone", "no_pin", "wrong_pin", "locked", "login_refused", "name_taken",
  "not_an_image", "no_image", "image_too_large", "no_face", "several_faces", "low_quality",
  "matches_other", "busy", "not_enough", "not_enough_frames", "enrolment_timeout",
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

export const ZOOM_DIRECTIONS = ["in", "out", "reset"] as const;

export const COMMANDS: Record<CommandName, CommandSpec> = {
  show_widget: { inEngine: true, argument: "widget" },
  hide_widget: { inEngine: true, argument: "widget" },
  capture: { inEngine: true, argument: null },
  logout: { inEngine: true, argument: null },
  not_me: { inEngine: true, argument: null },
  next_widget: { inEngine: false, argument: null },
  previous_widget: { inEngine: false, argument: null },
  toggle_focused: { inEngine: false, argument: null },
  zoom: { inEngine: false, argument: "direction" },
  open_calibration: { inEngine: false, argument: null },
};

export const TUNABLE: Record<string, SettingRange> = {
  match_distance: { minimum: 0.3, maximum: 0.64, step: 0.01, unit: "" },
  reverify_interval: { minimum: 1, maximum: 60, step: 1, unit: "s" },
  leave_timeout: { minimum: 1, maximum: 300, step: 1, unit: "s" },
};

export interface FaceBoxJson {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

export interface DecisionJson {
  verdict: string;
  person_id: number | null;
  distance: number;
  margin: number | null;
  confidence: number;
}

export interface SessionFace {
  box: FaceBoxJson;
  decision?: DecisionJson;
  name?: string | null;
}

export interface SessionPerson {
  id: number;
  name: string;
}

export interface SessionInfo {
  id: string;
  person: SessionPerson | null;
  manual: boolean;
  confidence: number;
  started: number;
  present: boolean;
}

export interface SessionSnapshot {
  state: SessionState;
  session: SessionInfo | null;
  faces?: SessionFace[];
  candidate?: SessionFace;
  suggest_enrolment?: boolean;
  logged_out?: boolean;
  spoof_suspected?: boolean;
  reason?: string;
}
