// The engine's enrolment hints and failures (enrolment.py), in the user's
// language; a text the table does not know is shown as it came.

import type { Localizer, TranslationKey } from "../localize";

const HINTS: Record<string, TranslationKey> = {
  "look at the mirror and hold still": "enrolment.hint.look",
  "only one face in view, please": "enrolment.hint.one_face",
  "no face in view": "enrolment.hint.no_face",
  "come closer, face the mirror and hold still": "enrolment.hint.closer",
  "a different face: the same person, please": "enrolment.hint.same_person",
  "hold still": "enrolment.hint.hold_still",
  done: "enrolment.hint.done",
};

/** A hint or a live enrolment's error in words ("no 12 good frames within 30 s" too). */
export function hintText(i18n: Localizer, hint: string): string {
  if (HINTS[hint]) return i18n.t(HINTS[hint]);
  const timeout = /^no (\d+) good frames within (\d+) s$/.exec(hint);
  if (timeout) return i18n.t("enrolment.hint.timeout", { needed: timeout[1], seconds: timeout[2] });
  return hint;
}
