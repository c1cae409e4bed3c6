/** Defines an element once (the panel's module may be loaded twice on a page). */
export function define(name: string, element: CustomElementConstructor): void {
  if (!customElements.get(name)) customElements.define(name, element);
}
