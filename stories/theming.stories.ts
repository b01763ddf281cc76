import type { Meta, StoryObj } from '@storybook/web-components';
import { html, nothing } from 'lit';
import { styleMap } from 'lit/directives/style-map.js';
import manifest from '../.storybook/custom-elements.json';

interface CssItem {
  name: string;
  default?: string;
  description?: string;
}
interface Declaration {
  tagName?: string;
  cssProperties?: CssItem[];
  cssParts?: CssItem[];
}

const elements = (manifest.modules as { declarations?: Declaration[] }[])
  .flatMap((mod) => mod.declarations ?? [])
  .filter((d): d is Declaration & { tagName: string } => Boolean(d.tagName));

/** Every `--spf-*` token once, with the elements that read it. */
function allTokens() {
  const tokens = new Map<string, CssItem & { tags: string[] }>();
  for (const element of elements) {
    for (const token of element.cssProperties ?? []) {
      const entry = tokens.get(token.name) ?? { ...token, tags: [] };
      entry.tags.push(element.tagName);
      tokens.set(token.name, entry);
    }
  }
  return [...tokens.values()].sort((a, b) => a.name.localeCompare(b.name));
}

const isColour = (value = '') => /^(#[0-9a-f]{3,8}|rgb|hsl)/i.test(value.trim());

const WIDGETS = ['spf-resources', 'spf-podcast-player', 'spf-wellbeing-checkin', 'spf-diagnostic-card'];

export default {
  title: 'Theming',
  tags: ['autodocs'],
  parameters: {
    docs: {
      description: {
        component:
          'Every `--spf-*` token and `::part` of the elements, read from custom-elements.json. Set tokens anywhere above an element: on `:root`, a wrapper, or the element itself. See docs/theming.md.',
      },
    },
  },
} satisfies Meta;

type Story = StoryObj;

/** Every design token, its default and what it changes. */
export const Tokens: Story = {
  name: 'Every token',
  render: () =>
    html`<table class="sb-token-table">
      <caption class="sb-caption">
        Design tokens (CSS custom properties)
      </caption>
      <thead>
        <tr>
          <th scope="col">Token</th>
          <th scope="col">Default</th>
          <th scope="col">What it changes</th>
          <th scope="col">Read by</th>
        </tr>
      </thead>
      <tbody>
        ${allTokens().map(
          (token) =>
            html`<tr>
              <th scope="row"><code>${token.name}</code></th>
              <td>
                ${
                  isColour(token.default)
                    ? html`<span class="sb-swatch" style=${styleMap({ background: token.default ?? '' })}></span> `
                    : nothing
                }<code>${token.default ?? ''}</code>
              </td>
              <td>${token.description ?? ''}</td>
              <td>
                ${token.tags.length === elements.filter((e) => e.cssProperties?.length).length ? 'every widget' : token.tags.join(', ')}
              </td>
            </tr>`,
        )}
      </tbody>
    </table>`,
  tags: ['no-elements'],
};

/** Every `::part` of every element. */
export const Parts: Story = {
  name: 'Every part',
  render: () =>
    html`${elements.map(
      (element) =>
        html`<table class="sb-token-table">
          <caption class="sb-caption">
            <code>&lt;${element.tagName}&gt;</code>
            parts
          </caption>
          <thead>
            <tr>
              <th scope="col">Part</th>
              <th scope="col">What it is</th>
            </tr>
          </thead>
          <tbody>
            ${
              (element.cssParts ?? []).length
                ? (element.cssParts ?? []).map(
                    (part) =>
                      html`<tr>
                        <th scope="row"><code>::part(${part.name})</code></th>
                        <td>${part.description ?? ''}</td>
                      </tr>`,
                  )
                : html`<tr>
                    <td colspan="2">No parts: it renders nothing of its own.</td>
                  </tr>`
            }
          </tbody>
        </table>`,
    )}`,
  tags: ['no-elements'],
};

/** The same elements with the default NHS tokens and with a theme set on a wrapper. */
export const CustomTheme: Story = {
  name: 'A custom theme (tokens only)',
  render: () =>
    html`<div class="sb-grid">
      <div class="sb-frame sb-purple" lang="en">
        <p class="sb-caption">
          Purple theme, rounder corners and a serif font, set with <code>--spf-*</code> tokens on a wrapper.
        </p>
        ${WIDGETS.map((tag) => widget(tag))}
      </div>
    </div>`,
};

/** A high-contrast theme made with tokens alone. */
export const HighContrast: Story = {
  name: 'High-contrast theme (tokens only)',
  render: () => html`<div class="sb-frame sb-high-contrast" lang="en">${WIDGETS.map((tag) => widget(tag))}</div>`,
};

/** Styling `::part`s from the page: a border round each element's base part. */
export const StyledParts: Story = {
  name: 'Styling parts',
  render: () =>
    html`<div class="sb-frame sb-parts" lang="en">
      <p class="sb-caption">
        Each element's <code>::part(base)</code> has a purple border, set by the page's own stylesheet.
      </p>
      ${WIDGETS.map((tag) => widget(tag))}
    </div>`,
};

function widget(tag: string) {
  const element = document.createElement(tag);
  element.setAttribute('heading-level', '2');
  return element;
}
