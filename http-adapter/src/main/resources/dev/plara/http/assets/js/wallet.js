// The wallet page: balances per currency, notifications with mark-as-read, and the paginated history.
import { api } from './api.js';
import { count, el, fill, money, navBadge, say, when, words } from './dom.js';

const PAGE_SIZE = 10;
const history = document.querySelector('#history tbody');
const pageInfo = document.getElementById('page-info');
const newer = document.getElementById('newer');
const older = document.getElementById('older');
const notes = document.getElementById('notifications');
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
    cell('What', entry.description || words(entry.kind)),
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

function unreadBadge(unread) {
  const badge = document.getElementById('unread');
  badge.textContent = `${unread} unread`;
  badge.hidden = unread === 0;
  navBadge(unread);
}

function notification(note) {
  const item = el('li', { class: note.read ? 'read' : 'unread' },
    el('p', {}, note.message), el('p', { class: 'muted' }, when(note.created_at)));
  if (!note.read) {
    const button = el('button', { type: 'button', class: 'secondary small' }, 'Mark as read');
    button.addEventListener('click', async () => {
      button.disabled = true;
      try {
        const answer = await api(`/api/notifications/${encodeURIComponent(note.id)}/read`, { method: 'POST' });
        item.className = 'read';
        button.remove();
        unreadBadge(answer.unread);
        say(notesStatus, 'Marked as read.', 'success');
      } catch (error) {
        button.disabled = false;
        say(notesStatus, error.message, 'error');
      }
    });
    item.append(button);
  }
  return item;
}

async function showNotifications() {
  const answer = await api('/api/notifications?size=20');
  fill(notes, answer.notifications.items.map(notification));
  unreadBadge(answer.unread);
  if (answer.notifications.total === 0) {
    say(notesStatus, 'No notifications yet.');
  }
}

newer.addEventListener('click', () => { page -= 1; showHistory().catch(failed); });
older.addEventListener('click', () => { page += 1; showHistory().catch(failed); });

function failed(error) {
  say(notesStatus, `Part of your wallet could not be loaded: ${error.message}`, 'error');
}

Promise.all([balances(), showNotifications(), showHistory()]).catch(failed);
