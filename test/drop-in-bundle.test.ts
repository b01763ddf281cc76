// The drop-in bundle as a trust web team uses it: one script tag, a strict
// Content-Security-Policy, and sometimes the same bundle loaded twice.
import { expect, waitUntil } from '@open-wc/testing';

type ProbeWindow = Window & { __violations: string[]; __errors: string[] };

async function openPage(path: string): Promise<HTMLIFrameElement> {
  const frame = document.createElement('iframe');
  frame.title = 'Test page';
  frame.style.width = '1024px';
  frame.style.height = '768px';
  frame.src = new URL(path, import.meta.url).href;
  document.body.append(frame);
  await new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  return frame;
}

describe('the drop-in bundle', () => {
  it('renders all four elements under a strict CSP, loaded twice and beside the player-only bundle, with no violation and no error', async () => {
    const frame = await openPage('./fixtures/csp-page.html');
    const win = frame.contentWindow as ProbeWindow;
    const doc = frame.contentDocument!;
    const tags = ['spf-resources', 'spf-wellbeing-checkin', 'spf-podcast-player', 'spf-diagnostic-card'];
    await waitUntil(
      () =>
        tags.every((tag) => {
          const root = doc.querySelector(tag)?.shadowRoot;
          return root && !root.querySelector('[aria-busy="true"]') && root.textContent.trim().length > 20;
        }),
      'the elements did not render the default feed',
      { timeout: 10000 },
    );
    for (const tag of tags) expect(win.customElements.get(tag), tag).to.exist;
    expect(win.__violations).to.deep.equal([]);
    expect(win.__errors).to.deep.equal([]);
    frame.remove();
  });

  it('the player-only bundle renders the player under a strict CSP, loaded twice, with its controls, no violation and no error', async () => {
    const frame = await openPage('./fixtures/csp-player-page.html');
    const win = frame.contentWindow as ProbeWindow;
    const root = () => frame.contentDocument!.querySelector('spf-podcast-player')?.shadowRoot;
    await waitUntil(() => root()?.querySelector('[part="play-button"]'), 'the player did not show its controls', {
      timeout: 10000,
    });
    expect(root()!.querySelector('h2')!.textContent.trim()).to.equal(
      'Tackling bullying and harassment, part 1 (demo audio)',
    );
    expect(root()!.querySelector('[part="download"]')).to.exist;
    expect(win.customElements.get('spf-podcast-player')).to.exist;
    for (const tag of ['spf-resources', 'spf-wellbeing-checkin', 'spf-diagnostic-card'])
      expect(win.customElements.get(tag), tag).to.equal(undefined);
    expect(win.__violations).to.deep.equal([]);
    expect(win.__errors).to.deep.equal([]);
    frame.remove();
  });
});
