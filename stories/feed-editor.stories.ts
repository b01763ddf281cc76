import type { Meta, StoryObj } from '@storybook/web-components';
import { html, render } from 'lit';
import { parseFeed, type ParseResult } from '@spf-wellbeing/feed';
import { exampleFeed } from './support/example-feed.js';

/**
 * Paste a feed and see what the parser makes of it: the problems it finds,
 * and how many items are ready to show. The same `parseFeed` the elements use.
 */
function editor(initial: string): HTMLElement {
  const root = document.createElement('div');
  root.className = 'sb-editor';
  let text = initial;

  const check = (): { result?: ParseResult; jsonError?: string } => {
    try {
      return { result: parseFeed(JSON.parse(text), 'https://www.example.nhs.uk/wellbeing/feed.json') };
    } catch (error) {
      return { jsonError: (error as Error).message };
    }
  };

  const update = () => {
    const { result, jsonError } = check();
    const counts = result
      ? (['resources', 'episodes', 'checkins', 'diagnostics', 'topics', 'organisations'] as const)
          .map((key) => `${result.feed[key].length} ${key}`)
          .join(', ')
      : '';
    render(
      html`<label for="feed-json"><strong>Feed JSON</strong></label>
        <p id="feed-json-hint">Paste or edit a feed. The problems list updates as you type.</p>
        <textarea
          id="feed-json"
          aria-describedby="feed-json-hint"
          spellcheck="false"
          .value=${text}
          @input=${(event: Event) => {
            text = (event.target as HTMLTextAreaElement).value;
            update();
          }}
        ></textarea>
        <div role="status" aria-live="polite">
          ${
            jsonError
              ? html`<p class="sb-bad">This is not valid JSON: ${jsonError}</p>`
              : !result?.ok
                ? html`<p class="sb-bad">This is not a wellbeing feed.</p>`
                : result.problems.length === 0
                  ? html`<p class="sb-ok">No problems. Ready to show: ${counts}.</p>`
                  : html`<p class="sb-bad">
                      ${result.problems.length} ${result.problems.length === 1 ? 'problem' : 'problems'}. Ready to show:
                      ${counts}.
                    </p>`
          }
        </div>
        ${
          result?.problems.length
            ? html`<h3>Problems</h3>
                <ul>
                  ${result.problems.map(
                    (problem) =>
                      html`<li>
                        <code>${problem.path || '(the feed)'}</code>:
                        ${problem.message}${problem.leftOut ? ' (left out)' : ''}
                      </li>`,
                  )}
                </ul>`
            : ''
        }`,
      root,
    );
  };
  update();
  return root;
}

export default {
  title: 'Feed/Editor',
  // The "Feed format" page shows these; no separate Autodocs page.
  tags: ['!autodocs', 'no-elements'],
  parameters: { layout: 'padded' },
} satisfies Meta;

type Story = StoryObj;

/** A complete, valid feed: no problems. */
export const Valid: Story = { render: () => editor(JSON.stringify(exampleFeed, null, 2)), tags: ['no-elements'] };

/** A feed with mistakes: a script link, a missing id, a reference to nothing, an unknown type. */
export const WithProblems: Story = {
  name: 'With problems',
  tags: ['no-elements'],
  render: () =>
    editor(
      JSON.stringify(
        {
          version: 1,
          topics: [{ id: 'stress', name: 'Stress' }],
          resources: [
            { id: 'a', title: 'A script link', url: 'javascript:alert(1)', type: 'guide' },
            { title: 'No id', url: 'https://www.example.nhs.uk/', type: 'guide' },
            {
              id: 'c',
              title: 'Unknown topic',
              url: 'https://www.example.nhs.uk/c',
              type: 'leaflet',
              topics: ['sleep'],
            },
          ],
          episodes: [{ id: 'e', title: 'No audio', audio: [] }],
        },
        null,
        2,
      ),
    ),
};
