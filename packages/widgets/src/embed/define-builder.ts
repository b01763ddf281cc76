import { SpfEmbedBuilder } from './spf-embed-builder.js';

SpfEmbedBuilder.define('spf-embed-builder');

declare global {
  interface HTMLElementTagNameMap {
    'spf-embed-builder': SpfEmbedBuilder;
  }
}
