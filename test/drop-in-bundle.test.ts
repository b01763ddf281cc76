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
  it('renders all four elements under a strict CSP, loaded twice, with no violation and no error', async () => {
    const frame = await openPage('./fixtures/csp-page.html');
    const win = frame.contentWindow as ProbeWindow;
    const doc = frame.contentDocument!;
    const tags = ['spf-resources', 'spf-wellbeing-checkin', 'spf-podcast-player', 'spf-diagnostic-card'];
    await waitUntil(
      () => tags.every((tag) => {
        const root = doc.querySelector(tag)?.shadowRoot;
        return root && !root.querySelector('[aria-busy="true"]') && root.textContent!.trim().length > 20;
      }),
      'the elements did not render the default feed',
      { timeout: 10000 },
    );
    for (const tag of tags) expect(win.customElements.get(tag), tag).to.exist;
    expect(win.__violations).to.deep.equal([]);
    expect(win.__errors).to.deep.equal([]);
    frame.remove();
  });
});
