import { LitElement } from 'lit';

/**
 * The base of every element. Its `define` is safe to call twice, so a page
 * that loads two copies of the bundle (from two URLs) throws nothing.
 */
export class SpfElement extends LitElement {
  /** Version of this library, compared when a second copy is loaded. */
  static readonly version: string = '0.1.0';

  /**
   * Defines `tag` for this class unless the tag is already taken. A second
   * copy of the library stays quiet; a different version says so once.
   *
   * Only in a browser: during server rendering (Node, where Lit's own shim
   * may provide a `customElements`) it defines nothing.
   */
  static define(tag: string): void {
    if (typeof window === 'undefined' || typeof customElements === 'undefined') return;
    const existing: (CustomElementConstructor & { version?: string }) | undefined = customElements.get(tag);
    if (existing) {
      if (existing.version !== this.version && typeof console === 'object') {
        console.warn(
          `<${tag}> is already defined by version ${existing.version ?? 'unknown'}; ${this.version} is not used.`,
        );
      }
      return;
    }
    try {
      customElements.define(tag, this);
    } catch {
      // Another copy won a race between the check and the define: that copy is used.
    }
  }
}
