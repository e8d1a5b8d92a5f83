// The orders that paid for a lifetime product the buyer already held for good: one of each pair is to be refunded.
import { api } from './api.js';
import { el, fill } from './dom.js';

const HEADINGS = ['User', 'Product', 'Orders', 'Paid', 'Status', 'What to do'];

export async function showPaidTwice() {
  const container = document.getElementById('paid-twice');
  try {
    const answer = await api('/api/admin/paid-twice');
    fill(container, answer.orders.length ? el('table', { class: 'stack' },
      el('caption', { class: 'visually-hidden' }, 'Orders paid twice'),
      el('thead', {}, el('tr', {}, HEADINGS.map((heading) => el('th', { scope: 'col' }, heading)))),
      el('tbody', {}, answer.orders.map((twice) => el('tr', { id: `paid-twice-${twice.order_id}` },
        el('td', { 'data-label': 'User' }, twice.email ? `${twice.user_id} (${twice.email})` : twice.user_id),
        el('td', { 'data-label': 'Product' }, twice.what),
        el('td', { 'data-label': 'Orders' }, `${twice.also_covered_by} and ${twice.order_id}`),
        el('td', { 'data-label': 'Paid', class: 'num' }, `${twice.paid.formatted} each`),
        el('td', { 'data-label': 'Status' }, twice.waiting ? 'Waiting for a refund' : 'One was refunded'),
        el('td', { 'data-label': 'What to do' }, twice.waiting ? 'Refund one of them in Polar or here.' : '–')))))
      : el('p', { class: 'muted' }, 'No order was paid twice.'));
  } catch (error) {
    fill(container, el('p', { class: 'error' }, `Orders paid twice could not be loaded: ${error.message}`));
  }
}
