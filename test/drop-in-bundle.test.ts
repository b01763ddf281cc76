// The drop-in bundle as a trust web team uses it: one script tag, a strict
// Content-Security-Policy, and sometimes the same bundle loaded twice.
import { expect, waitUntil } from '@open-wc/testing';

type ProbeWindow = Window & {
  __violations: string[];
  __errors: string[];
  __definedAtOnce?: boolean;
  __definedLater?: boolean;
};

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

  it('defines its elements in a task of their own after the one that ran it', async () => {
    // The probe imports the bundle, so it runs straight after the bundle, in the same task.
    const frame = await openPage('./fixtures/define-probe.html');
    const win = frame.contentWindow as ProbeWindow;
    expect(win.__definedAtOnce, 'defined in the task that ran the bundle').to.equal(false);
    await waitUntil(() => win.__definedLater, 'never defined');
    expect(win.__errors).to.deep.equal([]);
    frame.remove();
  });

  it('the player-only bundle renders the player under a strict CSP, loaded twice, with its controls, chapters and transcript, no violation and no error', async function () {
    this.timeout(30000);
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
    // Its files loaded later work too (it is a bundle of its own, with names of its own): a chapter, the transcript.
    const chapters = [...root()!.querySelectorAll<HTMLButtonElement>('[part="chapters"] button')];
    chapters[chapters.length - 1].click();
    await waitUntil(() => !/^\s*0:00\s/.test(root()!.querySelector('[part="time"]')!.textContent), 'no chapter', {
      timeout: 10000,
    });
    root()!.querySelector<HTMLElement>('[part="transcript"] summary')!.click();
    await waitUntil(
      () =>
        (
          root()!
            .querySelector('[part="transcript"]')!
            .textContent.match(/\d:\d\d/g) ?? []
        ).length > 2,
      'the transcript did not show its cues',
      { timeout: 10000 },
    );
    expect(win.customElements.get('spf-podcast-player')).to.exist;
    for (const tag of ['spf-resources', 'spf-wellbeing-checkin', 'spf-diagnostic-card'])
      expect(win.customElements.get(tag), tag).to.equal(undefined);
    expect(win.__violations).to.deep.equal([]);
    expect(win.__errors).to.deep.equal([]);
    frame.remove();
  });

  // The built bundle shortens the names of private members (scripts/private-names.mjs), so what a reader does is
  // tried here on the bundle as shipped, not only on the source the other tests load: every element's main path,
  // and each file it loads on first use (search, history, section, results, controls, transcript).
  it('does what a reader asks of each element, with every file it loads later, and no violation and no error', async function () {
    this.timeout(60000);
    const frame = await openPage('./fixtures/bundle-use-page.html');
    const win = frame.contentWindow as ProbeWindow;
    const doc = frame.contentDocument!;
    // Defined a task after the bundle ran (define-soon.ts), which can be after the page's load event.
    await Promise.all(
      ['spf-resources', 'spf-wellbeing-checkin', 'spf-podcast-player', 'spf-diagnostic-card'].map((tag) =>
        win.customElements.whenDefined(tag),
      ),
    );
    const root = (tag: string) => doc.querySelector(tag)!.shadowRoot!;
    const $ = <E extends Element = HTMLElement>(tag: string, selector: string) => root(tag).querySelector<E>(selector);
    const $$ = (tag: string, selector: string) => [...root(tag).querySelectorAll<HTMLElement>(selector)];
    const text = (tag: string, selector: string) => $(tag, selector)?.textContent.replace(/\s+/g, ' ').trim() ?? '';
    const until = (check: () => unknown, message: string) => waitUntil(check, message, { timeout: 10000 });
    try {
      // Resources: a page of four, a search, a filter, the next page.
      await until(() => $$('spf-resources', '[part="result"]').length === 4, 'resources did not show a page of 4');
      const firstPage = text('spf-resources', '[part="results"]');
      $<HTMLButtonElement>('spf-resources', '[part="pagination"] button.next')!.click();
      await until(() => text('spf-resources', '[part="results"]') !== firstPage, 'the next page did not show');
      const search = $<HTMLInputElement>('spf-resources', '#search')!;
      search.value = 'bullying';
      search.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
      await until(
        () =>
          $$('spf-resources', '[part="result"]').length > 0 &&
          $$('spf-resources', '[part="result"]').every((result) => /bully/i.test(result.textContent)),
        'the search did not narrow the list',
      );
      const found = $$('spf-resources', '[part="result"]').length;
      expect(text('spf-resources', '[part="status"]')).to.match(/\d/);
      const filter = $<HTMLInputElement>('spf-resources', '[part="filters"] input[type="checkbox"]')!;
      filter.click();
      await until(
        () => text('spf-resources', '[part="status"]').length > 0 && filter.checked,
        'the filter did not apply',
      );

      // Check-in: the most urgent answer shows its support, saves to the history, and "Check in again" goes back.
      await until(() => $$('spf-wellbeing-checkin', 'input[name="feeling"]').length === 5, 'the check-in did not show');
      $<HTMLInputElement>('spf-wellbeing-checkin', 'input[value="struggling"]')!.click();
      $<HTMLButtonElement>('spf-wellbeing-checkin', '[part="submit-button"]')!.click();
      await until(() => $('spf-wellbeing-checkin', '[part="urgent-help"]'), 'the urgent help did not show');
      expect($('spf-wellbeing-checkin', '[part="urgent-help"] a[href="tel:116123"]')).to.exist;
      await until(() => $('spf-wellbeing-checkin', '[part="history"] table'), 'the history did not show the check-in');
      $<HTMLButtonElement>('spf-wellbeing-checkin', '[part="again-button"]')!.click();
      await until(() => $('spf-wellbeing-checkin', 'input[name="feeling"]'), 'Check in again did not go back');
      $<HTMLButtonElement>('spf-wellbeing-checkin', '[part="delete-button"]')!.click();
      await until(() => !$('spf-wellbeing-checkin', '[part="history"] table'), 'the history was not deleted');

      // Diagnostic card: a section, one answer, the overview's count, the results, and Start again's question.
      await until(() => $('spf-diagnostic-card', '#open-0'), 'the card did not show its overview');
      $<HTMLButtonElement>('spf-diagnostic-card', '#open-0')!.click();
      await until(() => $('spf-diagnostic-card', '[part="section"] input[type="radio"]'), 'the section did not open');
      $<HTMLInputElement>('spf-diagnostic-card', '[part="section"] input[type="radio"]')!.click();
      const back = $$('spf-diagnostic-card', 'button').find((button) => /overview/i.test(button.textContent))!;
      back.click();
      await until(
        () => /answered 1 of \d+ statements/.test(text('spf-diagnostic-card', '[part="overview"]')),
        'no answer counted',
      );
      $<HTMLButtonElement>('spf-diagnostic-card', '#see-results')!.click();
      await until(() => $('spf-diagnostic-card', '[part="results"]'), 'the results did not show');
      await until(() => $('spf-diagnostic-card', '[part="results"] table, [part="results"] svg'), 'no results chart');

      // Player: a chapter moves the time, and the transcript opens with its cues.
      await until(() => $('spf-podcast-player', '[part="chapters"] button'), 'the player did not show its chapters');
      const chapters = $$('spf-podcast-player', '[part="chapters"] button');
      chapters[chapters.length - 1].click();
      await until(
        () => !/^0:00 /.test(text('spf-podcast-player', '[part="time"]')),
        'the chapter did not move the time',
      );
      $('spf-podcast-player', '[part="transcript"] summary')!.click();
      await until(
        () => (text('spf-podcast-player', '[part="transcript"]').match(/\d:\d\d/g) ?? []).length > 2,
        'the transcript did not show its cues',
      );

      expect(found).to.be.greaterThan(0);
      expect(win.__violations).to.deep.equal([]);
      expect(win.__errors).to.deep.equal([]);
    } finally {
      win.localStorage.removeItem('spf-checkin:v1:feeling-today');
      frame.remove();
    }
  });
});
