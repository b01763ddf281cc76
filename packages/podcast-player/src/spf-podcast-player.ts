import { html } from 'lit';
import { SpfWidget } from '@spf-wellbeing/core';
import { strings, type StringKey } from './strings.js';

/**
 * @summary Placeholder: lists the feed's episodes. Its own issue makes it real.
 *
 * @fires spf-feed-load - The feed loaded.
 * @fires spf-feed-error - The feed failed to load.
 */
export class SpfPodcastPlayer extends SpfWidget<StringKey> {
  constructor() {
    super(strings);
  }

  override render() {
    return html`<section part="base">
      <h2>${this.l10n.term('heading')}</h2>
      ${this.renderFeedState(({ feed }) => html`<ul>
        ${feed.episodes.map((item) => html`<li>${this.l10n.text(item.title, feed.language)}</li>`)}
      </ul>`)}
    </section>`;
  }
}
