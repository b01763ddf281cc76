import { expect, waitUntil } from '@open-wc/testing';
import { clearFeedRequests } from '@spf-wellbeing/feed';
import { fold, queryWords } from './search-index.js';
import type { SpfResources } from './spf-resources.js';
import {
  $,
  $$,
  bigFeedUrl,
  feedUrl,
  option,
  optionCount,
  resources,
  search,
  status,
  titles,
  toggle,
  textOf,
} from './test-helpers.js';

describe('<spf-resources> search', () => {
  beforeEach(() => clearFeedRequests());

  it('folds case, accents and punctuation the same way for text and search', () => {
    expect(fold('Well-Being  CAFÉ’s')).to.equal('wellbeing cafes');
    expect(queryWords('  Mynd i’r  AFAEL â ')).to.deep.equal(['mynd', 'ir', 'afael', 'a']);
    expect(queryWords(' - ')).to.deep.equal([]);
  });

  it('lists every resource and announces the count politely', async () => {
    const el = await resources();
    expect(titles(el)).to.have.length(7);
    const live = $(el, '[part="status"]');
    expect(live.getAttribute('role')).to.equal('status');
    expect(status(el)).to.equal('7 resources found');
    await expect(el).to.be.accessible();
  });

  it('has a visible label on a search-type box', async () => {
    const el = await resources();
    const input = $<HTMLInputElement>(el, 'input');
    expect(input.type).to.equal('search');
    const label = $(el, `label[for="${input.id}"]`);
    expect(textOf(label)).to.equal('Search resources');
    expect(label.getBoundingClientRect().height).to.be.greaterThan(0);
  });

  it('matches titles, summaries, organisations and topic names, ignoring case', async () => {
    const el = await resources();
    await search(el, 'TACKLING');
    expect(titles(el)).to.deep.equal(['Tackling bullying at work']);
    await search(el, 'signs of stress');
    expect(titles(el)).to.deep.equal(['Stress at work: a toolkit']);
    await search(el, 'nhs employers');
    expect(titles(el)).to.have.members(['Wellbeing conversations', 'Café breaks that help']);
    await search(el, 'harassment');
    expect(titles(el)).to.have.members([
      'Tackling bullying at work',
      'Bullying and harassment podcast, part 1',
      'Civility and respect',
    ]);
    expect(status(el)).to.equal('3 resources found');
  });

  it('ignores accents and hyphens: "cafe" finds "Café", "well-being" finds "wellbeing"', async () => {
    const el = await resources();
    await search(el, 'cafe');
    expect(titles(el)).to.deep.equal(['Café breaks that help']);
    expect(status(el)).to.equal('1 resource found');
    await search(el, 'well-being');
    expect(titles(el)).to.have.members([
      'Stress at work: a toolkit',
      'Wellbeing conversations',
      'Café breaks that help',
    ]);
  });

  it('needs every word to match, and ranks title matches first', async () => {
    const el = await resources();
    await search(el, 'bullying work');
    expect(titles(el)).to.deep.equal(['Tackling bullying at work', 'Civility and respect']);
    await search(el, 'bullying podcast');
    expect(titles(el)).to.deep.equal(['Bullying and harassment podcast, part 1']);
  });

  it('says when nothing matches, offers Clear search, and keeps focus in the box', async () => {
    const el = await resources();
    const input = $<HTMLInputElement>(el, 'input');
    input.focus();
    await search(el, 'xyz');
    expect(status(el)).to.equal('No resources match ‘xyz’');
    expect(titles(el)).to.have.length(0);
    expect(el.shadowRoot!.activeElement).to.equal(input);
    await expect(el).to.be.accessible();
    const clear = $$(el, '[part="no-matches"] button').find((button) => textOf(button) === 'Clear search')!;
    clear.click();
    await el.updateComplete;
    await el.updateComplete;
    expect(input.value).to.equal('');
    expect(titles(el)).to.have.length(7);
    expect(el.shadowRoot!.activeElement).to.equal(input);
  });

  it('starts from the query attribute', async () => {
    const el = await resources({ query: 'stress' });
    expect($<HTMLInputElement>(el, 'input').value).to.equal('stress');
    expect(titles(el)).to.have.members(['Stress at work: a toolkit', 'Sleep and shift work']);
  });

  it('sorts by title or newest when asked', async () => {
    const el = await resources({ sort: 'title' });
    expect(titles(el)[0]).to.equal('Bullying and harassment podcast, part 1');
    expect(titles(el)[6]).to.equal('Wellbeing conversations');
    el.sort = 'newest';
    await el.updateComplete;
    expect(titles(el).slice(0, 4)).to.deep.equal([
      'Wellbeing conversations',
      'Stress at work: a toolkit',
      'Bullying and harassment podcast, part 1',
      'Tackling bullying at work',
    ]);
  });

  it('can leave out the search box and the filters', async () => {
    const el = await resources({ 'hide-search': '', 'hide-filters': '' });
    expect($(el, 'input[type="search"]')).to.equal(null);
    expect($(el, '[part="filters"]')).to.equal(null);
    expect(titles(el)).to.have.length(7);
  });
});

describe('<spf-resources> filters', () => {
  beforeEach(() => clearFeedRequests());

  it('shows each option with the number of results it would give', async () => {
    const el = await resources();
    const filters = $(el, '[part="filters"]');
    expect(filters.tagName).to.equal('DETAILS');
    expect($$(el, 'fieldset legend').map(textOf)).to.deep.equal(['Topic', 'Type of resource', 'Organisation']);
    expect(optionCount(el, 'Topic', 'Bullying and harassment')).to.equal(3);
    expect(optionCount(el, 'Topic', 'Stress')).to.equal(2);
    expect(optionCount(el, 'Topic', 'Health and wellbeing')).to.equal(3);
    expect(optionCount(el, 'Type of resource', 'Guide')).to.equal(2);
    expect(optionCount(el, 'Type of resource', 'Other')).to.equal(1);
    expect(optionCount(el, 'Organisation', 'UNISON')).to.equal(2);
    expect($$(el, 'fieldset:last-of-type label').map((label) => textOf(label).split(' (')[0])).to.deep.equal([
      'NHS Employers',
      'Royal College of Nursing',
      'UNISON',
    ]);
    const checkbox = option(el, 'Topic', 'Stress');
    expect(checkbox.type).to.equal('checkbox');
    expect(textOf(checkbox.labels![0])).to.contain('2 resources');
  });

  it('lists organisations alphabetically, setting case and accents aside, in English and Welsh', async () => {
    const feed = (await (await fetch(feedUrl)).json()) as { organisations: { id: string; name: unknown }[] };
    feed.organisations = [
      { id: 'unison', name: 'Ysbyty Gwynedd' },
      { id: 'rcn', name: { en: 'royal College of Nursing', cy: 'Coleg Nyrsio Brenhinol' } },
      { id: 'nhs-employers', name: 'Éirinn NHS Trust' },
    ];
    const url = URL.createObjectURL(new Blob([JSON.stringify(feed)], { type: 'application/json' }));
    try {
      const names = (el: SpfResources) =>
        $$(el, 'fieldset:last-of-type label').map((label) => textOf(label).split(' (')[0]);
      const el = await resources({}, url);
      expect(names(el)).to.deep.equal(['Éirinn NHS Trust', 'royal College of Nursing', 'Ysbyty Gwynedd']);
      el.lang = 'cy';
      await waitUntil(() => names(el)[0] === 'Coleg Nyrsio Brenhinol', 'the list did not follow the language');
      expect(names(el)).to.deep.equal(['Coleg Nyrsio Brenhinol', 'Éirinn NHS Trust', 'Ysbyty Gwynedd']);
    } finally {
      URL.revokeObjectURL(url);
    }
  });

  it('filters by topic, by type and by organisation', async () => {
    let el = await resources();
    await toggle(el, 'Topic', 'Bullying and harassment');
    expect(titles(el)).to.have.members([
      'Tackling bullying at work',
      'Bullying and harassment podcast, part 1',
      'Civility and respect',
    ]);
    expect(status(el)).to.equal('3 resources found');
    await expect(el).to.be.accessible();

    el = await resources();
    await toggle(el, 'Type of resource', 'Guide');
    expect(titles(el)).to.have.members(['Tackling bullying at work', 'Wellbeing conversations']);

    el = await resources();
    await toggle(el, 'Organisation', 'Royal College of Nursing');
    expect(titles(el)).to.have.members(['Stress at work: a toolkit', 'Sleep and shift work']);
  });

  it('combines options with OR in a group and AND across groups, and updates the counts', async () => {
    const el = await resources();
    await toggle(el, 'Topic', 'Bullying and harassment');
    await toggle(el, 'Topic', 'Stress');
    expect(titles(el)).to.have.length(5);
    await toggle(el, 'Type of resource', 'Guide');
    expect(titles(el)).to.deep.equal(['Tackling bullying at work']);
    // Counts in a group ignore that group's own choices, but follow the others'.
    expect(optionCount(el, 'Topic', 'Health and wellbeing')).to.equal(1);
    expect(optionCount(el, 'Type of resource', 'Podcast')).to.equal(1);
    expect(optionCount(el, 'Type of resource', 'Case study')).to.equal(0);
    // and with a search
    await search(el, 'podcast');
    expect(titles(el)).to.deep.equal([]);
    expect(status(el)).to.equal('No resources match ‘podcast’');
    expect(optionCount(el, 'Type of resource', 'Podcast')).to.equal(1);
    await expect(el).to.be.accessible();
  });

  it('says so when filters match nothing, and Clear all filters resets them', async () => {
    const el = await resources();
    await toggle(el, 'Topic', 'Stress');
    await toggle(el, 'Type of resource', 'Guide');
    expect(status(el)).to.equal('No resources match these filters');
    expect(textOf($(el, 'summary'))).to.contain('2 selected');
    const clear = $(el, '.clear-all');
    expect(textOf(clear)).to.equal('Clear all filters');
    clear.click();
    await el.updateComplete;
    await el.updateComplete;
    expect(titles(el)).to.have.length(7);
    expect($$<HTMLInputElement>(el, 'input[type="checkbox"]').some((box) => box.checked)).to.equal(false);
    expect(el.shadowRoot!.activeElement).to.equal($(el, 'summary'));
  });

  it('fixes a pre-filter from the topic, organisation and type attributes', async () => {
    let el = await resources({ topic: 'bullying' });
    expect(titles(el)).to.have.length(3);
    el = await resources({ type: 'guide, podcast' });
    expect(titles(el)).to.have.members([
      'Tackling bullying at work',
      'Wellbeing conversations',
      'Bullying and harassment podcast, part 1',
    ]);
    el = await resources({ organisation: 'unison,rcn', topic: 'stress' });
    expect(titles(el)).to.have.members(['Stress at work: a toolkit', 'Sleep and shift work']);
    // The fixed topic leaves only options that would still give results.
    expect($$(el, 'fieldset legend').map(textOf)).to.not.include('Organisation');
  });

  it('shows the type label, and "Other" for a type the feed does not know', async () => {
    const el = await resources();
    await search(el, 'sleep');
    expect(textOf($(el, '.result .type'))).to.equal('Other');
  });
});

describe('<spf-resources> paging', () => {
  beforeEach(() => clearFeedRequests());

  it('shows one page at a time, and only that page is in the DOM', async () => {
    const el = await resources({ 'page-size': '5' }, bigFeedUrl);
    expect(status(el)).to.equal('23 resources found');
    expect($$(el, '.result')).to.have.length(5);
    expect(titles(el)[0]).to.equal('Resource number 01');
    const nav = $(el, '[part="pagination"]');
    expect(nav.tagName).to.equal('NAV');
    expect(textOf(nav)).to.contain('Page 1 of 5');
    expect(nav.querySelector('.previous')).to.equal(null);
    (nav.querySelector('.next') as HTMLButtonElement).click();
    await el.updateComplete;
    await el.updateComplete;
    expect(titles(el)).to.deep.equal([
      'Resource number 06',
      'Resource number 07',
      'Resource number 08',
      'Resource number 09',
      'Resource number 10',
    ]);
    expect(textOf($(el, '[part="pagination"]'))).to.contain('Page 2 of 5');
    expect(el.shadowRoot!.activeElement).to.equal($(el, '[part="results"]'));
    await expect(el).to.be.accessible();
    $<HTMLButtonElement>(el, '.previous').click();
    await el.updateComplete;
    expect(titles(el)[0]).to.equal('Resource number 01');
  });

  it('goes back to page 1 when the search changes, and the last page holds the rest', async () => {
    const el = await resources({ 'page-size': '10' }, bigFeedUrl);
    expect($$(el, '.result')).to.have.length(10);
    $<HTMLButtonElement>(el, '.next').click();
    await el.updateComplete;
    $<HTMLButtonElement>(el, '.next').click();
    await el.updateComplete;
    expect(titles(el)).to.have.length(3);
    expect($(el, '.next')).to.equal(null);
    await search(el, 'resource');
    expect(textOf($(el, '[part="pagination"]'))).to.contain('Page 1 of 3');
    await toggle(el, 'Topic', 'Health and wellbeing');
    expect(status(el)).to.equal('7 resources found');
    expect($(el, '[part="pagination"]')).to.equal(null);
  });

  it('starts again from page 1 when the page changes its fixed filter', async () => {
    const el = await resources({ 'page-size': '5' }, bigFeedUrl);
    $<HTMLButtonElement>(el, '.next').click();
    await el.updateComplete;
    expect(titles(el)[0]).to.equal('Resource number 06');
    el.setAttribute('topic', 'stress');
    await el.updateComplete;
    expect(status(el)).to.equal('16 resources found');
    expect(titles(el)[0]).to.equal('Resource number 01');
    expect(textOf($(el, '[part="pagination"]'))).to.contain('Page 1 of 4');
  });

  it('defaults to 10 a page', async () => {
    const el = await resources({}, bigFeedUrl);
    expect($$(el, '.result')).to.have.length(10);
  });
});
