// The PIN pad's state: digits only, 4 to 8 of them, submitted by the panel.

export const MIN_DIGITS = 4;
export const MAX_DIGITS = 8;

export class PinEntry {
  digits = "";

  press(key: string): void {
    if (key === "clear") {
      this.digits = "";
    } else if (key === "back") {
      this.digits = this.digits.slice(0, -1);
    } else if (/^[0-9]$/.test(key) && this.digits.length < MAX_DIGITS) {
      this.digits += key;
    }
  }

  get ready(): boolean {
    return this.digits.length >= MIN_DIGITS;
  }

  /** What the display shows: one dot a digit, never the digits. */
  get masked(): string {
    return "•".repeat(this.digits.length);
  }

  take(): string {
    const pin = this.digits;
    this.digits = "";
    return pin;
  }
}
