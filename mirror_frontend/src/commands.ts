// The engine's command router as the panel sees it: commands in words, the
// "did you mean ...?" cards for commands understood with low confidence, and
// the gestures the engine saw. Every modality (touch, voice, gesture) goes
// through the router; the panel carries out the commands it is told to
// (done_by "panel") and answers the questions.

import { COMMANDS, type CommandName } from "./contract";
import { ENGLISH, type Localizer } from "./localize";

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

/** A widget in words: "clock and weather". */
export function widgetName(widget: string, i18n: Localizer = ENGLISH): string {
  return i18n.lookup(`widget.${widget}`, widget);
}

/** A command in words, for people: "hide the clock and weather". */
export function commandLabel(name: string, args: Record<string, string> = {}, i18n: Localizer = ENGLISH): string {
  const widget = args.widget ? widgetName(args.widget, i18n) : i18n.t("command.any_widget");
  switch (name) {
    case "show_widget":
      return i18n.t("command.show_widget", { widget });
    case "hide_widget":
      return i18n.t("command.hide_widget", { widget });
    case "zoom":
      return i18n.t(
        args.direction === "out"
          ? "command.zoom_out"
          : args.direction === "reset"
            ? "command.zoom_reset"
            : "command.zoom_in",
      );
    default:
      return i18n.lookup(`command.${name}`, name.replace(/_/g, " "));
  }
}

/** How the mirror understood it: "heard by voice, 62% sure". */
export function modalityText(modality: string, confidence: number, i18n: Localizer = ENGLISH): string {
  const sure = i18n.percent(confidence);
  if (modality === "voice") return i18n.t("modality.voice", { sure });
  if (modality === "gesture") return i18n.t("modality.gesture", { sure });
  return i18n.t("modality.touch", { sure });
}

/** The answer, briefly: "✓ confirmed by thumbs-up". */
export function outcomeText(result: ConfirmResult, i18n: Localizer = ENGLISH): string {
  const via = i18n.lookup(`via.${result.via}`, result.via);
  if (result.outcome === "rejected") return i18n.t("outcome.rejected", { via });
  if (result.outcome === "corrected")
    return i18n.t("outcome.corrected", { via, command: commandLabel(result.name, {}, i18n) });
  return i18n.t("outcome.confirmed", { via });
}

/** A correction to send for an alternative: the question's argument carries
 * over when the alternative takes the same kind (hide -> show the widget). */
export function correction(
  question: ConfirmQuestion,
  alternative: string,
): { name: string; args: Record<string, string> } {
  const kind = COMMANDS[alternative as CommandName]?.argument ?? null;
  const args: Record<string, string> = {};
  if (kind && question.args[kind] !== undefined && COMMANDS[question.name as CommandName]?.argument === kind) {
    args[kind] = question.args[kind];
  }
  return { name: alternative, args };
}

export interface Outcome {
  result: ConfirmResult;
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
    this.outcome = { result, until: now + this.showOutcomeFor };
    return true;
  }

  /** Close a question without an outcome (it is gone in the engine). */
  close(id: number): void {
    this.open = this.open.filter((o) => o.question.id !== id);
  }

  /** The outcome to show now, in words, or null. */
  shownOutcome(now: number, i18n: Localizer = ENGLISH): string | null {
    if (this.outcome && this.outcome.until <= now) this.outcome = null;
    return this.outcome ? outcomeText(this.outcome.result, i18n) : null;
  }

  /** Anything on screen that needs the clock (a countdown or an outcome). */
  busy(now: number): boolean {
    return this.current(now) !== null || this.shownOutcome(now) !== null;
  }

  private expire(now: number): void {
    this.open = this.open.filter((o) => o.deadline > now);
  }
}

// The gestures the engine recognises, as the indicator shows them (their
// names: the translation tables' "gesture.*").
export const GESTURES: Record<string, { icon: string }> = {
  swipe_left: { icon: "mdi:gesture-swipe-left" },
  swipe_right: { icon: "mdi:gesture-swipe-right" },
  open_hand: { icon: "mdi:hand-back-right-outline" },
  thumbs_up: { icon: "mdi:thumb-up-outline" },
};

export function gestureInfo(gesture: string, i18n: Localizer = ENGLISH): { icon: string; label: string } {
  return {
    icon: GESTURES[gesture]?.icon ?? "mdi:hand-back-right-outline",
    label: i18n.lookup(`gesture.${gesture}`, gesture.replace(/_/g, " ")),
  };
}
