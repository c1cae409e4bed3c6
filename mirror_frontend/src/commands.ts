// The engine's command router as the panel sees it: commands in words, the
// "did you mean ...?" cards for commands understood with low confidence, and
// the gestures the engine saw. Every modality (touch, voice, gesture) goes
// through the router; the panel carries out the commands it is told to
// (done_by "panel") and answers the questions.

import { COMMANDS, type CommandName } from "./contract";

export interface CommandEvent {
  name: string;
  args: Record<string, string>;
  modality: string;
  confidence: number;
  done_by?: "engine" | "panel";
}

export interface ConfirmQuestion extends CommandEvent {
  id: number;
  alternatives: string[];
  expires_in: number; // seconds
}

export interface ConfirmResult {
  id: number;
  outcome: "confirmed" | "corrected" | "rejected";
  name: string;
  via: string;
}


const WIDGET_NAMES: Record<string, string> = {
  public: "clock and weather",
  personal: "calendar and mail",
  assessment: "age and mood",
  evolution: "evolution chart",
  diary: "diary",
  settings: "settings button",
};

/** A widget in words: "clock and weather". */
export function widgetName(widget: string): string {
  return WIDGET_NAMES[widget] ?? widget;
}

/** A command in words, for people: "hide the clock and weather". */
export function commandLabel(name: string, args: Record<string, string> = {}): string {
  const widget = args.widget ? widgetName(args.widget) : "widget";
  switch (name) {
    case "show_widget":
      return `show the ${widget}`;
    case "hide_widget":
      return `hide the ${widget}`;
    case "capture":
      return "take a picture";
    case "logout":
      return "log out";
    case "next_widget":
      return "next widget";
    case "previous_widget":
      return "previous widget";
    case "toggle_focused":
      return "hide or show the selected widget";
    case "zoom":
      return args.direction === "out" ? "zoom out" : args.direction === "reset" ? "reset the zoom" : "zoom in";
    case "open_calibration":
      return "start the expression calibration";
    case "none":
      return "nothing";
    default:
      return name.replace(/_/g, " ");
  }
}

/** How the mirror understood it: "heard by voice, 62% sure". */
export function modalityText(modality: string, confidence: number): string {
  const sure = `${Math.round(confidence * 100)}% sure`;
  if (modality === "voice") return `heard by voice, ${sure}`;
  if (modality === "gesture") return `seen as a gesture, ${sure}`;
  return `by touch, ${sure}`;
}

const VIA: Record<string, string> = { gesture: "thumbs-up", voice: "voice", touch: "touch" };

/** The answer, briefly: "✓ confirmed by thumbs-up". */
export function outcomeText(result: ConfirmResult): string {
  const via = VIA[result.via] ?? result.via;
  if (result.outcome === "rejected") return `✗ cancelled by ${via}`;
  if (result.outcome === "corrected") return `✓ corrected by ${via}: ${commandLabel(result.name)}`;
  return `✓ confirmed by ${via}`;
}

/** A correction to send for an alternative: the question's argument carries
 * over when the alternative takes the same kind (hide -> show the widget). */
export function correction(question: ConfirmQuestion, alternative: string): { name: string; args: Record<string, string> } {
  const kind = COMMANDS[alternative as CommandName]?.argument ?? null;
  const args: Record<string, string> = {};
  if (kind && question.args[kind] !== undefined && COMMANDS[question.name as CommandName]?.argument === kind) {
    args[kind] = question.args[kind];
  }
  return { name: alternative, args };
}

export interface Outcome {
  id: number;
  text: string;
  until: number;
}

/** The open questions, newest shown (a thumbs-up answers the newest too),
 * each closing when it expires or on its own confirm_result; an answer's
 * outcome stays on screen briefly. Times are milliseconds (Date.now()). */
export class ConfirmCards {
  private open: { question: ConfirmQuestion; deadline: number }[] = [];
  outcome: Outcome | null = null;

  constructor(private readonly showOutcomeFor = 2500) {}

  ask(question: ConfirmQuestion, now: number): void {
    this.open = this.open.filter((o) => o.question.id !== question.id);
    this.open.push({ question, deadline: now + question.expires_in * 1000 });
  }

  /** The question on screen, or null. */
  current(now: number): ConfirmQuestion | null {
    this.expire(now);
    return this.open.length > 0 ? this.open[this.open.length - 1].question : null;
  }

  /** Whole seconds left to answer the question on screen (0 without one). */
  remaining(now: number): number {
    this.expire(now);
    const shown = this.open[this.open.length - 1];
    return shown ? Math.max(0, Math.ceil((shown.deadline - now) / 1000)) : 0;
  }

  /** The engine's answer: closes its own question only. True when it did. */
  result(result: ConfirmResult, now: number): boolean {
    const before = this.open.length;
    this.open = this.open.filter((o) => o.question.id !== result.id);
    if (this.open.length === before) return false;
    this.outcome = { id: result.id, text: outcomeText(result), until: now + this.showOutcomeFor };
    return true;
  }

  /** Close a question without an outcome (it is gone in the engine). */
  close(id: number): void {
    this.open = this.open.filter((o) => o.question.id !== id);
  }

  /** The outcome to show now, or null. */
  shownOutcome(now: number): string | null {
    if (this.outcome && this.outcome.until <= now) this.outcome = null;
    return this.outcome?.text ?? null;
  }

  /** Anything on screen that needs the clock (a countdown or an outcome). */
  busy(now: number): boolean {
    return this.current(now) !== null || this.shownOutcome(now) !== null;
  }

  private expire(now: number): void {
    this.open = this.open.filter((o) => o.deadline > now);
  }
}

// The gestures the engine recognises, as the indicator shows them.
export const GESTURES: Record<string, { icon: string; label: string }> = {
  swipe_left: { icon: "mdi:gesture-swipe-left", label: "swipe left" },
  swipe_right: { icon: "mdi:gesture-swipe-right", label: "swipe right" },
  open_hand: { icon: "mdi:hand-back-right-outline", label: "open hand" },
  thumbs_up: { icon: "mdi:thumb-up-outline", label: "thumbs-up" },
};

export function gestureInfo(gesture: string): { icon: string; label: string } {
  return GESTURES[gesture] ?? { icon: "mdi:hand-back-right-outline", label: gesture.replace(/_/g, " ") };
}
