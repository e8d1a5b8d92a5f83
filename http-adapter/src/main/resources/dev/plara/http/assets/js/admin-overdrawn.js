// The wallets a refund took below zero, whose they are and by how much.
import { api } from './api.js';
import { el, fill } from './dom.js';

export async function showOverdrawn() {
  const container = document.getElementById('overdrawn');
  try {
    const answer = await api('/api/admin/overdrawn-wallets');
    fill(container, answer.wallets.length ? el('table', { class: 'stack' },
      el('caption', { class: 'visually-hidden' }, 'Overdrawn wallets'),
      el('thead', {}, el('tr', {}, ['User', 'Currency', 'Balance'].map((heading) => el('th', { scope: 'col' }, heading)))),
      el('tbody', {}, answer.wallets.map((wallet) => el('tr', {},
        el('td', { 'data-label': 'User' }, wallet.user_id), el('td', { 'data-label': 'Currency' }, wallet.currency),
        el('td', { 'data-label': 'Balance', class: 'num out' }, wallet.balance.formatted)))))
      : el('p', { class: 'muted' }, 'No wallet is below zero.'));
  } catch (error) {
    fill(container, el('p', { class: 'error' }, `Overdrawn wallets could not be loaded: ${error.message}`));
  }
}
