import { expect } from '@open-wc/testing';
import { SpfElement } from './spf-element.js';

describe('SpfElement.define', () => {
  it('defines a tag once and stays quiet when a second copy defines it again', () => {
    class First extends SpfElement {}
    class Second extends SpfElement {}
    const tag = `spf-define-test-${Math.random().toString(36).slice(2)}`;
    First.define(tag);
    expect(() => Second.define(tag)).not.to.throw();
    expect(customElements.get(tag)).to.equal(First);
  });

  it('warns once when a different version is already defined', () => {
    class Old extends SpfElement {
      static override readonly version = '0.0.1';
    }
    class New extends SpfElement {}
    const tag = `spf-version-test-${Math.random().toString(36).slice(2)}`;
    Old.define(tag);
    const warnings: unknown[] = [];
    const warn = console.warn;
    console.warn = (...args: unknown[]) => warnings.push(args);
    try {
      New.define(tag);
    } finally {
      console.warn = warn;
    }
    expect(warnings).to.have.length(1);
    expect(customElements.get(tag)).to.equal(Old);
  });
});
