// The store: videos, photos and plans bought from the wallet. An item that opens (bought, or unlocked by a plan or
// a Polar product) shows why instead of a price, and opens; a refused purchase says why (with the balance and the
// price) and changes nothing.
import { api } from './api.js';
import { count, el, fill, money, say, signedIn } from './dom.js';

const ACTIONS = { video: 'Unlock', photo: 'Buy', subscription_plan: 'Subscribe' };
const status = document.getElementById('status');
const balanceLine = document.getElementById('balance-line');
const viewer = document.getElementById('viewer');
const media = document.getElementById('viewer-media');
const caption = document.getElementById('viewer-caption');

function showBalance(balance) {
  fill(balanceLine, balance
    ? ['Your balance: ', el('strong', { id: 'balance' }, balance.formatted), '. ']
    : ['Your wallet is empty. '], el('a', { href: '/deposit' }, 'Add money'));
}

function open(item) {
  document.getElementById('viewer-title').textContent = item.title;
  caption.textContent = item.kind === 'video' ? 'Now playing (demo poster).' : '';
  media.alt = item.kind === 'video' ? `Video: ${item.title}` : item.title;
  media.src = item.media_ref.startsWith('demo:') ? `/media/${encodeURIComponent(item.id)}` : item.media_ref;
  viewer.showModal();
}

media.addEventListener('error', () => { caption.textContent = 'This item could not be opened. Try again later.'; });
document.getElementById('viewer-close').addEventListener('click', () => viewer.close());

function refusal(error, item) {
  if (error.slug === 'insufficient-funds') {
    return `Not enough money in your wallet: it holds ${error.problem.balance.formatted} and ${item.title} costs `
      + `${error.problem.price.formatted}. Nothing was charged. Add money to buy it.`;
  }
  if (error.slug === 'already-owned') {
    return `You already have ${item.title}: ${error.message}.`;
  }
  return `${item.title} could not be bought: ${error.message}`;
}

async function purchase(item, card, note) {
  card.querySelectorAll('button').forEach((button) => { button.disabled = true; });
  say(note, 'Buying…', 'waiting');
  say(status, '');
  try {
    const bought = await api('/api/purchases', { method: 'POST', json: { item_id: item.id } });
    showBalance(bought.balance);
    const catalog = await api('/api/catalog');
    showCatalog(catalog);
    say(status, `${ACTIONS[item.kind] === 'Unlock' ? 'Unlocked' : 'Bought'} ${item.title} for ${bought.price.formatted}. `
      + `Balance: ${bought.balance.formatted}.`, 'success');
    document.getElementById(`open-${item.id}`).focus();
  } catch (error) {
    say(status, refusal(error, item), 'error');
    say(note, error.slug === 'insufficient-funds' ? 'Not enough money in your wallet.' : 'Not bought.', 'error');
    card.querySelectorAll('button').forEach((button) => { button.disabled = false; });
  }
}

function action(item, card, note) {
  if (item.owned) {
    return el('button', { type: 'button', id: `open-${item.id}`, onclick: () => open(item) },
      'Open', el('span', { class: 'visually-hidden' }, ` ${item.title}`));
  }
  if (!signedIn()) {
    return el('p', { class: 'note' }, 'Sign in to buy with your wallet.');
  }
  return el('button', { type: 'button', onclick: () => purchase(item, card(), note) },
    ACTIONS[item.kind] || 'Buy', el('span', { class: 'visually-hidden' }, ` ${item.title}`));
}

// What a plan opens, said on its card; an item's own card needs no such line.
function unlocksLine(item) {
  return item.kind === 'subscription_plan' ? el('p', { class: 'unlocks' }, `Opens ${item.unlocks_text}.`) : null;
}

// Why an open item opens ("Owned", "Unlocked by All-access, 30 days until 5 Jan 2027") in place of its price.
function priceOrAccess(item, period) {
  if (item.owned) {
    return el('p', { class: 'tag owned', id: `access-${item.id}` }, item.access.reason);
  }
  const lapsed = item.access && item.access.grant ? el('p', { class: 'note' }, item.access.reason + '.') : null;
  return [el('p', { class: 'price' }, money(item.price) + period), lapsed];
}

function itemCard(item) {
  const note = el('p', { class: 'note' });
  let card = null;
  const period = item.access_period_days ? ` for ${count(item.access_period_days, 'day', 'days')}` : '';
  card = el('article', { class: `card${item.owned ? ' owned' : ''}`, id: `item-${item.id}`, 'aria-labelledby': `title-${item.id}` },
    el('h3', { id: `title-${item.id}` }, item.title),
    el('p', {}, item.description),
    unlocksLine(item),
    priceOrAccess(item, period),
    action(item, () => card, note),
    note);
  return card;
}

function showCatalog(catalog) {
  Object.keys(ACTIONS).forEach((kind) => fill(document.getElementById(kind),
    catalog.items.filter((item) => item.kind === kind).map(itemCard)));
}

async function load() {
  try {
    const [catalog, wallet] = await Promise.all([api('/api/catalog'), signedIn() ? api('/api/wallet') : null]);
    showCatalog(catalog);
    if (wallet) {
      const currency = catalog.items[0] ? catalog.items[0].price.currency : null;
      const balance = wallet.balances.find((candidate) => candidate.currency === currency);
      showBalance(balance ? balance.balance : null);
    }
    say(status, '');
  } catch (error) {
    say(status, `The catalog could not be loaded: ${error.message}`, 'error');
  }
}

load();
