// Refunds: find a user's paid orders (or one order) with what is left to refund, choose one, and ask Polar
// to refund part or all of what is left; the list shows what is left once Polar has confirmed.
import { api } from './api.js';
import { el, fill, fractionDigits, minorUnits, say, when } from './dom.js';

const field = (id) => document.getElementById(id);
const search = field('order-search');
const query = field('order-query');
const status = field('order-search-status');
const form = field('refund-form');
const error = field('refund-error');
const done = field('refund-status');
let chosen = null;

function choose(order) {
  chosen = order;
  form.hidden = false;
  fill(field('refund-chosen'), 'Refunding ', el('strong', {}, order.what), ` (order `, el('span', { class: 'mono' },
    order.order_id), `) of ${order.user_id}: ${order.refundable.formatted} can still be refunded.`);
  field('refund-currency').textContent = order.refundable.currency;
  field('refund-hint').textContent = `Up to ${order.refundable.formatted}.`;
  say(error, '');
  say(done, '');
  field('refund-amount').focus();
}

function row(order) {
  const left = order.refundable.amount > 0;
  const pick = left ? el('button', { type: 'button', class: 'small', onclick: () => choose(order) }, 'Choose',
    el('span', { class: 'visually-hidden' }, ` order ${order.order_id}`)) : 'Nothing left';
  const cells = [['Order', el('span', { class: 'mono' }, order.order_id)], ['User', order.user_id], ['What', order.what],
    ['Paid', `${order.paid.formatted} on ${when(order.paid_at)}`], ['Refunded', order.refunded.formatted],
    ['Refundable', order.refundable.formatted], ['', pick]];
  return el('tr', { 'data-order': order.order_id }, cells.map(([label, value]) => el('td', { 'data-label': label }, value)));
}

async function find() {
  const text = query.value.trim();
  if (!text) {
    say(status, 'Type a user id or an order id.', 'error');
    return;
  }
  fill(field('orders'));
  say(status, 'Searching…', 'waiting');
  const answer = await api(`/api/admin/refundable-orders?search=${encodeURIComponent(text)}`);
  say(status, answer.orders.length ? `${answer.orders.length} paid order(s) for “${text}”.`
    : `No paid order for “${text}”: check the user id or the order id.`, answer.orders.length ? 'info' : 'error');
  fill(field('orders'), answer.orders.length ? el('table', { class: 'stack' },
    el('caption', { class: 'visually-hidden' }, 'Paid orders'),
    el('thead', {}, el('tr', {}, ['Order', 'User', 'What', 'Paid', 'Refunded', 'Refundable', '']
      .map((heading) => el('th', { scope: 'col' }, heading)))),
    el('tbody', {}, answer.orders.map(row))) : null);
}

async function refund() {
  const amount = minorUnits(field('refund-amount').value.trim(), fractionDigits(chosen.refundable.currency));
  const reason = field('refund-reason').value.trim();
  if (Number.isNaN(amount) || amount <= 0 || amount > chosen.refundable.amount || !reason) {
    say(error, `Type an amount up to ${chosen.refundable.formatted} and a reason.`, 'error');
    return;
  }
  say(error, '');
  say(done, '');
  try {
    const answer = await api('/api/admin/refunds', { method: 'POST',
      json: { order_id: chosen.order_id, amount, currency: chosen.refundable.currency, reason } });
    say(done, `Refund ${answer.refund_id} requested from Polar. The wallet changes when Polar confirms it; `
      + 'find the order again to see what is left.', 'success');
    form.reset();
    form.hidden = true;
  } catch (failure) {
    const outcome = failure.slug === 'refund-unconfirmed' ? 'Refund not confirmed' : 'Refund refused';
    say(error, `${outcome}: ${failure.message}`, 'error');
  }
}

export function startRefunds() {
  search.addEventListener('submit', (event) => {
    event.preventDefault();
    find().catch((failure) => say(status, `The orders could not be found: ${failure.message}`, 'error'));
  });
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    refund();
  });
}
