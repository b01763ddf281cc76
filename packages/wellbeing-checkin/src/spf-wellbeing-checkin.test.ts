import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import { clearFeedRequests } from '@spf-wellbeing/feed';
import './define.js';
import type { SpfWellbeingCheckin } from './spf-wellbeing-checkin.js';
import type { SpfCheckinEvent } from './events.js';
import type { SpfFeedLoadEvent } from '@spf-wellbeing/core';
import { $, $$, answer, clean, fixtureFeed, radioFor, ready, smallTargets, text } from './test-fixtures/helpers.js';

const mount = async (template: ReturnType<typeof html>) => ready(await fixture<SpfWellbeingCheckin>(template));
const links = (el: SpfWellbeingCheckin, selector: string) =>
  $$<HTMLAnchorElement>(el, `${selector} a`).map((a) => ({ text: clean(a.textContent), href: a.getAttribute('href') }));

describe('<spf-wellbeing-checkin>: the question', () => {
  beforeEach(() => {
    clearFeedRequests();
    localStorage.clear();
  });

  it('shows the default check-in as a native radio group with a legend, and passes axe', async () => {
    const el = await mount(html`<spf-wellbeing-checkin></spf-wellbeing-checkin>`);
    const fieldset = $(el, 'fieldset[part="question"]')!;
    expect(clean(fieldset.querySelector('legend')!.textContent)).to.equal('How are you feeling today?');
    expect(fieldset.querySelector('legend h2')).to.exist;
    const radios = $$<HTMLInputElement>(el, '[part="options"] input[type="radio"]');
    expect(radios).to.have.length(5);
    expect(new Set(radios.map((radio) => radio.name)).size).to.equal(1);
    expect($$(el, '[part="options"] .label').map((label) => clean(label.textContent))).to.deep.equal([
      'Very good',
      'Good',
      'Okay',
      'Low',
      'Struggling',
    ]);
    // Each radio has its own label; the emoji are hidden from assistive technology.
    for (const radio of radios) expect(radio.labels![0]).to.exist;
    expect($$(el, '.symbol').every((symbol) => symbol.getAttribute('aria-hidden') === 'true')).to.equal(true);
    expect(text(el)).to.contain('There is no right or wrong answer.');
    expect(text(el, '[part="privacy"]')).to.equal('Your answer is not saved or sent anywhere.');
    expect(text(el, '[part="submit-button"]')).to.equal('See support');
    expect($(el, 'textarea'), 'no note box unless the feed asks for one').to.equal(null);
    expect($(el, '[part="history"]'), 'no history unless asked for').to.equal(null);
    await expect(el).to.be.accessible();
  });

  it('asks for an answer when "See support" is pressed with nothing chosen, and passes axe', async () => {
    const el = await mount(html`<spf-wellbeing-checkin></spf-wellbeing-checkin>`);
    $<HTMLButtonElement>(el, '[part="submit-button"]')!.click();
    await waitUntil(() => $(el, '#choose-error'));
    expect(text(el, '#choose-error')).to.equal('Error: Choose how you are feeling');
    expect($(el, 'fieldset')!.getAttribute('aria-describedby')).to.contain('choose-error');
    expect(el.shadowRoot!.activeElement).to.equal(radioFor(el, 'Very good'));
    expect($(el, '[part="result"]')).to.equal(null);
    await expect(el).to.be.accessible();
  });

  it('uses the check-in named by the checkin attribute, and says so when it does not exist', async () => {
    const el = await mount(
      html`<spf-wellbeing-checkin feed=${fixtureFeed} checkin="team-dip"></spf-wellbeing-checkin>`,
    );
    expect(text(el, 'legend')).to.equal('How is your shift going?');
    expect($$(el, 'input[type="radio"]')).to.have.length(3);
    el.checkin = 'no-such-checkin';
    await el.updateComplete;
    expect(text(el)).to.contain('This check-in is not available right now.');
    expect($(el, 'fieldset')).to.equal(null);
    await expect(el).to.be.accessible();
  });

  it('reflects compact and fits its heading into the page outline with heading-level', async () => {
    const el = await mount(html`<spf-wellbeing-checkin heading-level="3"></spf-wellbeing-checkin>`);
    expect($(el, 'legend h3')).to.exist;
    el.compact = true;
    await el.updateComplete;
    expect(el.hasAttribute('compact')).to.equal(true);
    await answer(el, 'Okay');
    expect($(el, '#result-heading')!.tagName).to.equal('H4');
    await expect(el).to.be.accessible();
  });
});

describe('<spf-wellbeing-checkin>: every band of the default check-in', () => {
  beforeEach(() => {
    clearFeedRequests();
    localStorage.clear();
  });

  const bands = [
    {
      option: 'Very good',
      title: 'You are doing well',
      resources: ['How are you feeling NHS? toolkit', 'Health, work and wellbeing'],
      urgent: false,
    },
    { option: 'Good', title: 'You are doing well', resources: 2, urgent: false },
    { option: 'Okay', title: 'Getting through the day', resources: 2, urgent: false },
    { option: 'Low', title: 'Feeling low', resources: 3, urgent: false },
    { option: 'Struggling', title: 'You deserve support now', resources: 2, urgent: true },
  ];
  for (const band of bands) {
    it(`"${band.option}" shows "${band.title}", its resources${band.urgent ? ' and the urgent-help panel' : ''}, and passes axe`, async () => {
      const el = await mount(html`<spf-wellbeing-checkin></spf-wellbeing-checkin>`);
      await answer(el, band.option);
      const heading = $(el, '#result-heading')!;
      expect(heading.tagName).to.equal('H3');
      expect(clean(heading.textContent)).to.equal(band.title);
      expect(el.shadowRoot!.activeElement).to.equal(heading);
      expect(text(el, '.answer')).to.equal(`Your answer: ${band.option}`);
      expect(text(el, '.message').length).to.be.greaterThan(40);
      const shown = links(el, '.resources');
      if (Array.isArray(band.resources)) {
        for (const title of band.resources)
          expect(shown.map((link) => link.text).join(' | ')).to.contain(title.split('?')[0]);
        expect(shown).to.have.length(band.resources.length);
      } else {
        expect(shown).to.have.length(band.resources);
      }
      for (const link of shown) expect(link.href).to.match(/^https:\/\//);
      // Resources show their organisation.
      expect($$(el, '.resources li').every((item) => item.querySelector('.organisation'))).to.equal(true);
      expect(!!$(el, '[part="urgent-help"]')).to.equal(band.urgent);
      expect(text(el, '[part="again-button"]')).to.equal('Check in again');
      await expect(el).to.be.accessible();
    });
  }

  it('fires spf-checkin with ids only', async () => {
    const el = await mount(html`<spf-wellbeing-checkin></spf-wellbeing-checkin>`);
    const fired = oneEvent<SpfCheckinEvent>(document, 'spf-checkin');
    radioFor(el, 'Low').click();
    $<HTMLButtonElement>(el, '[part="submit-button"]')!.click();
    const event = await fired;
    expect(event.detail).to.deep.equal({ checkin: 'feeling-today', option: 'low', band: 'low' });
    expect(event.bubbles && event.composed).to.equal(true);
  });

  it('"Check in again" clears the answer and returns focus to the question', async () => {
    const el = await mount(html`<spf-wellbeing-checkin></spf-wellbeing-checkin>`);
    await answer(el, 'Low');
    $<HTMLButtonElement>(el, '[part="again-button"]')!.click();
    await waitUntil(() => el.shadowRoot!.activeElement?.matches('input[type="radio"]'));
    expect(el.shadowRoot!.activeElement).to.equal(radioFor(el, 'Very good'));
    expect($$<HTMLInputElement>(el, 'input[type="radio"]').some((radio) => radio.checked)).to.equal(false);
    expect($(el, '[part="result"]')).to.equal(null);
    await expect(el).to.be.accessible();
  });
});

describe('<spf-wellbeing-checkin>: urgent help', () => {
  beforeEach(() => {
    clearFeedRequests();
    localStorage.clear();
  });

  it('shows the built-in panel (Samaritans, Shout, NHS 111, 999) when the feed has none, with tel: and sms: links', async () => {
    const el = await mount(
      html`<spf-wellbeing-checkin feed=${fixtureFeed} checkin="team-dip"></spf-wellbeing-checkin>`,
    );
    await answer(el, 'Too much');
    const panel = $(el, '[part="urgent-help"]')!;
    expect(panel.getAttribute('aria-labelledby')).to.equal('urgent-heading');
    expect(text(el, '#urgent-heading')).to.equal('Get help now');
    expect(links(el, '[part="urgent-help"]')).to.deep.equal([
      { text: 'Samaritans: call 116 123', href: 'tel:116123' },
      { text: 'Shout: text SHOUT to 85258', href: 'sms:85258' },
      { text: 'NHS 111: call 111 and choose the mental health option', href: 'tel:111' },
      { text: '999: call if a life is at risk', href: 'tel:999' },
    ]);
    expect(clean(panel.textContent)).to.contain('In Wales, call 111 and press 2.');
    // The panel comes before the other resources, so it is met first.
    const order = $$(el, '[part="urgent-help"], .resources');
    expect(order[0]).to.equal(panel);
    await expect(el).to.be.accessible();
  });

  it('uses the default feed’s own urgentHelp', async () => {
    const el = await mount(html`<spf-wellbeing-checkin></spf-wellbeing-checkin>`);
    await answer(el, 'Struggling');
    expect(text(el, '#urgent-heading')).to.equal('Get help now');
    expect(links(el, '[part="urgent-help"]').map((link) => link.href)).to.deep.equal([
      'tel:116123',
      'sms:85258?body=SHOUT',
      'tel:111',
      'tel:999',
    ]);
    expect(text(el, '[part="urgent-help"]')).to.contain(
      'Call 111 and choose the mental health option. In Wales, call 111 and press 2.',
    );
    await expect(el).to.be.accessible();
  });

  it('replaces the built-in panel with the check-in’s urgentHelp from the feed', async () => {
    const el = await mount(html`<spf-wellbeing-checkin feed=${fixtureFeed} checkin="wales"></spf-wellbeing-checkin>`);
    await answer(el, 'In crisis');
    expect(text(el, '#urgent-heading')).to.equal('Help in Wales');
    expect(text(el, '[part="urgent-help"]')).to.contain('Call NHS 111 Wales and press 2.');
    expect(links(el, '[part="urgent-help"]')).to.deep.equal([
      { text: 'NHS 111 Wales, press 2', href: 'tel:111' },
      { text: 'Our Employee Assistance Programme', href: 'tel:08000000000' },
    ]);
    expect(text(el, '[part="urgent-help"]')).to.contain('Free and confidential, 24 hours a day.');
    expect(text(el)).not.to.contain('Samaritans');
    expect($(el, '.resources'), 'a band with no resources has no empty list').to.equal(null);
    await expect(el).to.be.accessible();
  });

  it('shows no urgent panel for a band that is not urgent', async () => {
    const el = await mount(html`<spf-wellbeing-checkin feed=${fixtureFeed} checkin="wales"></spf-wellbeing-checkin>`);
    await answer(el, 'Not well');
    expect($(el, '[part="urgent-help"]')).to.equal(null);
    expect(text(el, '#result-heading')).to.equal('Thanks for checking in');
  });
});

describe('<spf-wellbeing-checkin>: resources and feed text', () => {
  beforeEach(() => {
    clearFeedRequests();
    localStorage.clear();
  });

  it('skips a resource id the feed does not have, reports it, and shows the rest with their organisation', async () => {
    const el = document.createElement('spf-wellbeing-checkin');
    el.feed = fixtureFeed;
    el.checkin = 'team-dip';
    const loaded = oneEvent<SpfFeedLoadEvent>(el, 'spf-feed-load');
    document.body.append(el);
    try {
      const { detail } = await loaded;
      expect(detail.problems.map((problem) => problem.path + ' ' + problem.message).join('\n')).to.contain(
        'no-such-resource',
      );
      await ready(el);
      await answer(el, 'Busy but coping');
      expect(links(el, '.resources')).to.deep.equal([
        { text: 'Taking a proper break', href: 'https://example.nhs.uk/rest' },
        { text: 'Talking to your manager', href: 'https://example.nhs.uk/talk' },
      ]);
      expect($$(el, '.resources .organisation').map((org) => clean(org.textContent))).to.deep.equal([
        'Test NHS Trust',
        'Test NHS Trust',
      ]);
      await expect(el).to.be.accessible();
    } finally {
      el.remove();
    }
  });

  it('does not break when a band still names a missing resource (defence beyond the parser)', async () => {
    const url = `${fixtureFeed}?dangling`;
    const el = document.createElement('spf-wellbeing-checkin');
    el.feed = url;
    el.checkin = 'team-dip';
    const loaded = oneEvent<SpfFeedLoadEvent>(el, 'spf-feed-load');
    document.body.append(el);
    try {
      const { detail } = await loaded;
      // Simulate a model the parser never produces: a dangling id, and a duplicate.
      detail.feed.checkins[0].bands[1].resources.splice(0, 0, 'ghost', 'talk');
      await ready(el);
      await answer(el, 'Busy but coping');
      expect(links(el, '.resources').map((link) => link.text)).to.deep.equal([
        'Talking to your manager',
        'Taking a proper break',
      ]);
    } finally {
      el.remove();
    }
  });

  it('shows hostile feed text as text, never as markup', async () => {
    const el = await mount(html`<spf-wellbeing-checkin feed=${fixtureFeed} checkin="hostile"></spf-wellbeing-checkin>`);
    expect(text(el, 'legend')).to.equal('<img src=x onerror="window.__pwned=1">Question?');
    expect(text(el, '#intro')).to.equal('<script>window.__pwned=1</script>');
    expect(text(el, '[part="options"]')).to.contain('<b onclick="window.__pwned=1">Bold</b>');
    expect($$(el, 'img, script, b, i, em, u, h1, svg:not(.chart-svg)')).to.have.length(0);
    await answer(el, 'Two');
    expect(text(el, '#result-heading')).to.equal('<h1>Title</h1>');
    expect(text(el, '.message')).to.equal('<a href="javascript:alert(1)">click</a>');
    expect(text(el, '#urgent-heading')).to.equal('<em>Help</em>');
    // The contact with a javascript: URL was dropped by the parser; no link anywhere is unsafe.
    expect(links(el, '[part="urgent-help"]')).to.deep.equal([{ text: 'Safe <u>line</u>', href: 'tel:111' }]);
    for (const a of $$<HTMLAnchorElement>(el, 'a'))
      expect(a.protocol).to.be.oneOf(['https:', 'http:', 'tel:', 'sms:', 'mailto:']);
    expect($$(el, 'img, script, b, i, em, u, h1')).to.have.length(0);
    expect((window as unknown as { __pwned?: number }).__pwned).to.equal(undefined);
    await expect(el).to.be.accessible();
  });

  it('fires an event with the option id exactly as the feed gave it', async () => {
    const el = await mount(html`<spf-wellbeing-checkin feed=${fixtureFeed} checkin="hostile"></spf-wellbeing-checkin>`);
    const fired = oneEvent<SpfCheckinEvent>(el, 'spf-checkin');
    radioFor(el, 'Two').click();
    $<HTMLButtonElement>(el, '[part="submit-button"]')!.click();
    expect((await fired).detail).to.deep.equal({ checkin: 'hostile', option: 'b"><script>', band: 'x' });
  });
});

describe('<spf-wellbeing-checkin>: private note', () => {
  beforeEach(() => {
    clearFeedRequests();
    localStorage.clear();
  });

  it('offers a note box only when the feed enables it, keeps the note out of events, and clears it on "Check in again"', async () => {
    const el = await mount(
      html`<spf-wellbeing-checkin feed=${fixtureFeed} checkin="team-dip"></spf-wellbeing-checkin>`,
    );
    const box = $<HTMLTextAreaElement>(el, 'textarea')!;
    expect(clean(box.labels[0].textContent)).to.equal('A note for yourself (optional)');
    expect(text(el, '#note-hint')).to.contain('It is not saved or sent anywhere');
    expect(box.getAttribute('aria-describedby')).to.equal('note-hint');
    expect(box.spellcheck, 'no spell-check service sees the note').to.equal(false);
    await expect(el).to.be.accessible();
    box.focus();
    await sendKeys({ type: 'Rota was hard' });
    const fired = oneEvent<SpfCheckinEvent>(el, 'spf-checkin');
    radioFor(el, 'Fine').click();
    $<HTMLButtonElement>(el, '[part="submit-button"]')!.click();
    const event = await fired;
    expect(JSON.stringify(event.detail)).not.to.contain('Rota');
    expect(Object.keys(event.detail).sort()).to.deep.equal(['band', 'checkin', 'option']);
    await waitUntil(() => $(el, '[part="again-button"]'));
    $<HTMLButtonElement>(el, '[part="again-button"]')!.click();
    await el.updateComplete;
    expect($<HTMLTextAreaElement>(el, 'textarea')!.value).to.equal('');
  });
});

describe('<spf-wellbeing-checkin>: Welsh', () => {
  beforeEach(() => {
    clearFeedRequests();
    localStorage.clear();
  });

  it('shows the default check-in, the result and the privacy statement in Welsh, and passes axe', async () => {
    const el = await mount(html`<spf-wellbeing-checkin lang="cy"></spf-wellbeing-checkin>`);
    expect(text(el, 'legend')).to.equal("Sut ydych chi'n teimlo heddiw?");
    expect($$(el, '[part="options"] .label').map((label) => clean(label.textContent))).to.deep.equal([
      'Da iawn',
      'Da',
      'Gweddol',
      'Isel',
      "Yn ei chael hi'n anodd",
    ]);
    expect(text(el, '[part="submit-button"]')).to.equal('Gweld cymorth');
    expect(text(el, '[part="privacy"]')).to.equal('Dydy eich ateb ddim yn cael ei gadw na’i anfon i unman.');
    await expect(el).to.be.accessible();
    await answer(el, 'Isel');
    expect(text(el, '#result-heading')).to.equal("Teimlo'n isel");
    expect(text(el, '.answer')).to.equal('Eich ateb: Isel');
    expect(text(el)).to.contain('Cymorth a allai helpu');
    expect(text(el, '[part="again-button"]')).to.equal('Ateb eto');
    await expect(el).to.be.accessible();
  });

  it('shows the built-in urgent-help panel in Welsh', async () => {
    const el = await mount(
      html`<spf-wellbeing-checkin lang="cy" feed=${fixtureFeed} checkin="team-dip"></spf-wellbeing-checkin>`,
    );
    await answer(el, 'Gormod');
    expect(text(el, '#urgent-heading')).to.equal('Cael help nawr');
    expect(links(el, '[part="urgent-help"]').map((link) => link.text)).to.deep.equal([
      'Samaritans: ffoniwch 116 123',
      'Shout: anfonwch neges destun SHOUT i 85258',
      'GIG 111: ffoniwch 111 a dewis yr opsiwn iechyd meddwl',
      '999: ffoniwch os oes bywyd mewn perygl',
    ]);
    expect(text(el, '[part="urgent-help"]')).to.contain('Yng Nghymru, ffoniwch 111 a phwyso 2.');
    expect(text(el, '.resources')).to.contain('Ymddiriedolaeth GIG Prawf');
    await expect(el).to.be.accessible();
  });

  it('asks for an answer in Welsh', async () => {
    const el = await mount(html`<spf-wellbeing-checkin lang="cy"></spf-wellbeing-checkin>`);
    $<HTMLButtonElement>(el, '[part="submit-button"]')!.click();
    await waitUntil(() => $(el, '#choose-error'));
    expect(text(el, '#choose-error')).to.equal('Gwall: Dewiswch sut rydych chi’n teimlo');
  });
});

describe('<spf-wellbeing-checkin>: keyboard, reflow, targets, forced colours', () => {
  beforeEach(async () => {
    clearFeedRequests();
    localStorage.clear();
    await setViewport({ width: 1000, height: 800 });
  });
  afterEach(async () => {
    await setViewport({ width: 800, height: 600 });
  });

  it('can be used with the keyboard alone, from the question to the signposted resources and back', async () => {
    const el = await mount(html`<spf-wellbeing-checkin></spf-wellbeing-checkin>`);
    const active = () => el.shadowRoot!.activeElement as HTMLElement | null;
    await sendKeys({ press: 'Tab' });
    expect(active()).to.equal(radioFor(el, 'Very good'));
    await sendKeys({ press: 'ArrowDown' });
    expect(active()).to.equal(radioFor(el, 'Good'));
    expect(radioFor(el, 'Good').checked).to.equal(true);
    await sendKeys({ press: 'ArrowDown' });
    await sendKeys({ press: 'ArrowDown' });
    expect(radioFor(el, 'Low').checked, 'arrow keys move the choice without submitting').to.equal(true);
    expect($(el, '[part="result"]')).to.equal(null);
    await sendKeys({ press: 'Tab' });
    expect(active()).to.equal($(el, '[part="submit-button"]'));
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => active()?.id === 'result-heading', 'focus did not move to the result heading');
    expect(clean(active()!.textContent)).to.equal('Feeling low');
    await sendKeys({ press: 'Tab' });
    expect(active()!.tagName).to.equal('A');
    expect(active()).to.equal($(el, '.resources a'));
    await sendKeys({ press: 'Tab' });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ press: 'Tab' });
    expect(active()).to.equal($(el, '[part="again-button"]'));
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => active()?.matches('input[type="radio"]'), 'focus did not return to the question');
    expect(active()).to.equal(radioFor(el, 'Very good'));
  });

  it('chooses with Space and submits with Enter on the button', async () => {
    const el = await mount(html`<spf-wellbeing-checkin feed=${fixtureFeed} checkin="wales"></spf-wellbeing-checkin>`);
    radioFor(el, 'In crisis').focus();
    await sendKeys({ press: 'Space' });
    expect(radioFor(el, 'In crisis').checked).to.equal(true);
    await sendKeys({ press: 'Tab' });
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => el.shadowRoot!.activeElement?.id === 'result-heading');
    await sendKeys({ press: 'Tab' });
    expect(el.shadowRoot!.activeElement!.getAttribute('href'), 'the urgent contacts come first').to.equal('tel:111');
  });

  it('reflows at 320px wide in the question and the urgent result', async () => {
    await setViewport({ width: 320, height: 640 });
    const el = await mount(
      html`<spf-wellbeing-checkin feed=${fixtureFeed} checkin="team-dip"></spf-wellbeing-checkin>`,
    );
    expect(el.scrollWidth).to.be.at.most(320);
    expect(document.documentElement.scrollWidth).to.be.at.most(320);
    await answer(el, 'Too much');
    expect(el.scrollWidth).to.be.at.most(320);
    expect(document.documentElement.scrollWidth).to.be.at.most(320);
    await expect(el).to.be.accessible();
  });

  it('reflows at 320px wide when compact', async () => {
    await setViewport({ width: 320, height: 640 });
    const el = await mount(html`<spf-wellbeing-checkin compact></spf-wellbeing-checkin>`);
    expect(el.scrollWidth).to.be.at.most(320);
    await answer(el, 'Struggling');
    expect(el.scrollWidth).to.be.at.most(320);
  });

  it('gives every control a target of at least 24 by 24 pixels', async () => {
    const el = await mount(
      html`<spf-wellbeing-checkin feed=${fixtureFeed} checkin="team-dip"></spf-wellbeing-checkin>`,
    );
    expect(smallTargets(el)).to.deep.equal([]);
    await answer(el, 'Too much');
    expect($$(el, 'a').length).to.be.greaterThan(4);
    expect(smallTargets(el)).to.deep.equal([]);
  });

  // The puppeteer launcher's emulateMedia ignores forcedColors, so this checks the
  // element's own forced-colours rules instead of rendering in that mode.
  it('has forced-colours rules for the chosen option, the urgent panel and the chart', async () => {
    const el = await mount(html`<spf-wellbeing-checkin></spf-wellbeing-checkin>`);
    const rules = el
      .shadowRoot!.adoptedStyleSheets.flatMap((sheet) => [...sheet.cssRules])
      .filter(
        (rule): rule is CSSMediaRule =>
          rule instanceof CSSMediaRule && rule.conditionText.includes('forced-colors: active'),
      )
      .flatMap((rule) => [...rule.cssRules].map((inner) => inner.cssText))
      .join('\n');
    expect(rules).to.match(/\.option:has\(input:checked\)\s*\{[^}]*Highlight/i);
    expect(rules).to.match(/\.urgent[^{]*\{[^}]*CanvasText/i);
    expect(rules).to.match(/\.chart-svg \.line\s*\{[^}]*CanvasText/i);
    expect(rules).to.match(/button[^{]*\{[^}]*ButtonText/i);
  });
});
