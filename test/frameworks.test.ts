// docs/frameworks.md cannot drift: this mounts its Vue 3 example, as written
// there, with Vue 3's full browser build (templates compiled in the page).
// Only the two import specifiers are pointed at files this server has.
import { expect, waitUntil } from '@open-wc/testing';

const here = (path: string) => new URL(path, import.meta.url).href;

/** The first ```js block after the marker comment in docs/frameworks.md. */
async function vueExample(): Promise<string> {
  const doc = await (await fetch(here('../docs/frameworks.md'))).text();
  const match =
    /<!-- The browser test test\/frameworks\.test\.ts mounts this example[^>]*-->\s*```js\n([\s\S]*?)```/.exec(doc);
  if (!match) throw new Error('docs/frameworks.md has no Vue example after its marker comment');
  return match[1];
}

describe('docs/frameworks.md', function () {
  this.timeout(20000);

  it('the Vue 3 example mounts: props arrive, @spf-play reaches Vue, and Vue warns about nothing', async () => {
    const code = (await vueExample())
      .replace(/from 'vue'/, `from '${here('../node_modules/vue/dist/vue.esm-browser.js')}'`)
      .replace(/import '@spf-wellbeing\/widgets\/define'/, `import '${here('../packages/widgets/src/define.ts')}'`);
    expect(code).to.include('isCustomElement');
    expect(code).to.include('@spf-play');

    const host = document.createElement('div');
    host.id = 'wellbeing';
    document.body.append(host);
    const warnings: string[] = [];
    const warn = console.warn;
    console.warn = (...args: unknown[]) => warnings.push(args.map(String).join(' '));
    const url = URL.createObjectURL(new Blob([code], { type: 'text/javascript' }));
    try {
      await import(/* @vite-ignore */ url);
      const el = host.querySelector('spf-podcast-player');
      if (!el) throw new Error('Vue did not render <spf-podcast-player>');
      expect(el).to.be.instanceOf(customElements.get('spf-podcast-player'));
      expect(el.episode).to.equal('partnership-working-hswg-chairs', ':episode arrives as the property');
      expect(el.compact).to.equal(true);
      expect(el.querySelector('a[download]')?.textContent).to.equal('Download the episode (MP3)');
      const played = () => (host.querySelector('.played')?.textContent ?? '').trim();
      expect(played()).to.equal('Played: nothing yet');

      await waitUntil(() => el.shadowRoot?.querySelector('[part="play-button"]'), 'the player did not get ready', {
        timeout: 8000,
      });
      el.shadowRoot?.querySelector<HTMLButtonElement>('[part="play-button"]')?.click();
      await waitUntil(() => played() === 'Played: partnership-working-hswg-chairs', `Vue shows "${played()}"`, {
        timeout: 8000,
      });
      expect(warnings).to.deep.equal([]);
    } finally {
      console.warn = warn;
      URL.revokeObjectURL(url);
      host.remove();
    }
  });
});
