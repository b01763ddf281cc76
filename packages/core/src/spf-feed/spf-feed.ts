import { html, css } from 'lit';
import { ContextProvider } from '@lit/context';
import { SpfElement } from '../spf-element.js';
import { FeedController } from '../feed-controller.js';
import { feedContext } from '../feed-context.js';

/**
 * @summary Loads one feed for every element inside it.
 *
 * Elements inside `<spf-feed src="…">` that have no `feed` attribute of their
 * own use this feed. It renders nothing of its own.
 *
 * @slot - The elements that share the feed, and any other content.
 * @fires spf-feed-load - The feed loaded. Detail: `{url, feed, problems}`.
 * @fires spf-feed-error - The feed failed. Detail: `{url, message, kind, problems}`.
 */
export class SpfFeed extends SpfElement {
  static override styles = css`
    :host {
      display: contents;
    }
  `;

  static override properties = {
    src: { reflect: true },
    timeout: { type: Number },
  };

  /** URL of the feed. Without it, the embedded default feed. */
  declare src?: string;

  /** Milliseconds to wait for the feed before its elements show an error. Default 10000. */
  declare timeout?: number;

  get feedUrl(): string | undefined {
    return this.src;
  }

  get feedTimeout(): number | undefined {
    return this.timeout;
  }

  private readonly controller: FeedController = new FeedController(this, {
    useProvider: false,
    onChange: (state) => this.provider.setValue(state),
  });

  private readonly provider = new ContextProvider(this, { context: feedContext, initialValue: this.controller.state });

  override render() {
    return html`<slot></slot>`;
  }
}
