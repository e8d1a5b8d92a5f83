// The wallet page: balances per currency, notifications (notifications.js), and the paginated history.
import { api } from './api.js';
import { count, el, fill, money, say, when, words } from './dom.js';
import { startNotifications } from './notifications.js';

const PAGE_SIZE = 10;
const history = document.querySelector('#history tbody');
const pageInfo = document.getElementById('page-info');
const newer = document.getElementById('newer');
const older = document.getElementById('older');
const notesStatus = document.getElementById('notifications-status');
let page = 1;

async function balances() {
  const container = document.getElementById('balances');
  const wallet = await api('/api/wallet');
  if (wallet.balances.length === 0) {
    fill(container, el('p', { class: 'muted' }, 'Your wallet is empty. Add money to get started.'));
    return;
  }
  fill(container, wallet.balances.map((balance) => el('div', { class: `balance${balance.overdrawn ? ' overdrawn' : ''}` },
    el('span', { class: 'currency' }, balance.currency),
    el('strong', { class: 'amount' }, balance.balance.formatted),
    balance.overdrawn ? el('span', { class: 'flag' }, 'Overdrawn: a refund took this wallet below zero. Please top it up.') : null)));
}

function row(entry) {
  const cell = (label, content, className) => el('td', { 'data-label': label, class: className }, content);
  return el('tr', {},
    cell('Date', when(entry.recorded_at)),
    cell('What', [entry.description || words(entry.kind),
      entry.note ? el('span', { class: 'note' }, ` (note from the Plara team: ${entry.note})`) : null]),
    cell('Source', words(entry.source)),
    cell('Reference', entry.reference || '–', 'mono'),
    cell('Status', words(entry.status)),
    cell('Amount', money(entry.amount, { signed: true }), `num ${entry.amount.amount < 0 ? 'out' : 'in'}`),
    cell('Balance after', money(entry.balance_after), 'num'));
}

async function showHistory() {
  const answer = await api(`/api/wallet/transactions?page=${page}&size=${PAGE_SIZE}`);
  fill(history, answer.items.map(row));
  document.getElementById('history-empty').hidden = answer.total > 0;
  const pages = Math.max(1, Math.ceil(answer.total / PAGE_SIZE));
  pageInfo.textContent = `Page ${page} of ${pages} (${count(answer.total, 'entry', 'entries')})`;
  newer.disabled = page <= 1;
  older.disabled = !answer.has_next;
}

newer.addEventListener('click', () => { page -= 1; showHistory().catch(failed); });
older.addEventListener('click', () => { page += 1; showHistory().catch(failed); });

function failed(error) {
  say(notesStatus, `Part of your wallet could not be loaded: ${error.message}`, 'error');
}

Promise.all([balances(), startNotifications(failed), showHistory()]).catch(failed);
