import type * as ReactModule from 'react';
import { createComponent, type EventName, type ReactWebComponent } from '@lit/react';
import type { LitElement } from 'lit';

/** Event handler props (`onSpfPlay`) and the event each one listens to. */
export type EventMap = Record<string, EventName | string>;

/** What a wrapper is made from: the tag, its class and its events. */
export interface SpfComponentDefinition<E extends LitElement, Events extends EventMap> {
  tagName: string;
  elementClass: (new () => E) & typeof LitElement;
  events: Events;
  displayName: string;
}

/** A React component for one of the elements. */
export type SpfComponent<E extends LitElement, Events extends EventMap> = ReactWebComponent<E, Events>;

/** Props a wrapper never passes to the element as such. */
const REACT_PROPS = new Set(['children', 'ref', 'key', 'style', 'className']);

/**
 * On the server there is no element to set properties on, so the element's
 * own props become its attributes (`pageSize` → `page-size="5"`, `compact` →
 * `compact=""`), handlers are dropped, and everything else (children, `id`,
 * `className`, `data-*`, `aria-*`) passes through. Objects stay for the
 * browser, which sets them as properties when it renders.
 */
function serverProps(
  elementClass: typeof LitElement,
  events: EventMap,
  props: Record<string, unknown>,
): Record<string, unknown> {
  // Reading observedAttributes makes Lit finish the class's property list; it
  // defines nothing and needs no DOM.
  void elementClass.observedAttributes;
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(props)) {
    if (key in events || value === undefined || value === null) continue;
    const options = REACT_PROPS.has(key) ? undefined : elementClass.elementProperties.get(key);
    if (!options) {
      // React 18 would write `className` as it is on a custom element, as @lit/react knows.
      out[key === 'className' ? 'class' : key] = value;
      continue;
    }
    if (options.attribute === false || options.state) continue;
    const name = typeof options.attribute === 'string' ? options.attribute : key.toLowerCase();
    if (value === true) out[name] = '';
    else if (typeof value === 'string' || typeof value === 'number') out[name] = String(value);
  }
  return out;
}

/**
 * Makes a React component for an element with `@lit/react`: the element's
 * properties are props, and each event has a typed handler prop. Children
 * are the element's fallback content. During server rendering it renders the
 * tag with attributes and children only.
 *
 * Pass your own copy of React if the app has more than one.
 */
export function createSpfComponent<E extends LitElement, Events extends EventMap>(
  React: typeof ReactModule,
  { tagName, elementClass, events, displayName }: SpfComponentDefinition<E, Events>,
): SpfComponent<E, Events> {
  const Client = createComponent<E, Events>({ react: React, tagName, elementClass, events, displayName });
  if (typeof window !== 'undefined') return Client;
  const Server = React.forwardRef<E, Record<string, unknown>>((props, ref) =>
    React.createElement(tagName, { ...serverProps(elementClass, events, props), ref }),
  );
  Server.displayName = displayName;
  // The same props as the browser's component; only what it renders differs.
  return Server as typeof Client;
}
