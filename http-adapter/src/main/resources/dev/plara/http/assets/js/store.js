// The store: videos, photos and plans bought from the wallet. Owned items open; a refused purchase says why
// (with the balance and the price) and changes nothing.
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
    return `You already own ${item.title}.`;
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
    const owned = catalog.items.find((candidate) => candidate.id === item.id);
    card.replaceWith(itemCard(owned));
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

function itemCard(item) {
  const note = el('p', { class: 'note' });
  let card = null;
  const period = item.access_period_days ? ` for ${count(item.access_period_days, 'day', 'days')}` : '';
  card = el('article', { class: `card${item.owned ? ' owned' : ''}`, id: `item-${item.id}`, 'aria-labelledby': `title-${item.id}` },
    el('h3', { id: `title-${item.id}` }, item.title),
    item.owned ? el('p', { class: 'tag owned' }, 'Owned') : null,
    el('p', {}, item.description),
    el('p', { class: 'price' }, money(item.price) + period),
    action(item, () => card, note),
    note);
  return card;
}

async function load() {
  try {
    const [catalog, wallet] = await Promise.all([api('/api/catalog'), signedIn() ? api('/api/wallet') : null]);
    Object.keys(ACTIONS).forEach((kind) => fill(document.getElementById(kind),
      catalog.items.filter((item) => item.kind === kind).map(itemCard)));
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
