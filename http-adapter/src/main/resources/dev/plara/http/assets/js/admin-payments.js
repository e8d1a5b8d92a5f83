// Paid orders parked because no user could be found: assign one to its user. Refunds held for orders not credited.
import { api } from './api.js';
import { el, fill, say, when, words } from './dom.js';

const list = document.getElementById('unmatched');
const status = document.getElementById('unmatched-status');
const heldList = document.getElementById('held-refunds');
const heldStatus = document.getElementById('held-refunds-status');

function assignForm(payment, article) {
  const userId = `assign-user-${payment.order_id}`;
  const noteId = `assign-note-${payment.order_id}`;
  const user = el('input', { id: userId, autocomplete: 'off', value: payment.claimed_user || '' });
  const note = el('input', { id: noteId, autocomplete: 'off' });
  const message = el('p', { class: 'note', 'aria-live': 'polite' });
  const form = el('form', { class: 'assign', novalidate: true },
    el('div', { class: 'field' }, el('label', { for: userId }, 'Credit to user id'), user),
    el('div', { class: 'field' }, el('label', { for: noteId }, 'Note to the user (optional; they see it in their wallet history)'), note),
    el('button', { type: 'submit' }, 'Assign'), message);
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    if (!user.value.trim()) {
      say(message, 'Type the id of the user this payment belongs to.', 'error');
      user.focus();
      return;
    }
    try {
      const body = { user_id: user.value.trim(), ...(note.value.trim() ? { note: note.value.trim() } : {}) };
      await api(`/api/admin/unmatched-payments/${encodeURIComponent(payment.order_id)}/assign`, { method: 'POST', json: body });
      article.remove();
      say(status, `Assigned: order ${payment.order_id} credited to ${body.user_id}.`, 'success');
    } catch (error) {
      say(message, error.message, 'error');
    }
  });
  return form;
}

function unmatched(payment, refunds) {
  const article = el('article', { class: 'review', 'aria-label': `Unmatched order ${payment.order_id}` });
  const refunded = refunds.filter((refund) => refund.order_id === payment.order_id)
    .map((refund) => `${refund.amount.formatted} (${when(refund.refunded_at)})`);
  const pairs = [['Order', payment.order_id], ['Amount', payment.amount.formatted], ['Email', payment.customer_email || '–'],
    ['Claimed user', payment.claimed_user || '–'], ['Why parked', `${words(payment.reason)}: ${payment.detail || ''}`],
    ['Parked', when(payment.parked_at)],
    ['Refunded by Polar', refunded.length ? `${refunded.join(', ')}: assigning credits only what is left` : 'nothing']];
  article.append(el('dl', { class: 'facts' }, pairs.map(([term, value]) => [el('dt', {}, term), el('dd', {}, value)])),
    assignForm(payment, article));
  return article;
}

function heldRefund(refund) {
  const pairs = [['Refund', refund.refund_id], ['Order', refund.order_id], ['Amount', refund.amount.formatted],
    ['Tax returned', refund.tax.formatted], ['Refunded at Polar', when(refund.refunded_at)],
    ['Why it waits', `${words(refund.reason)}: ${refund.detail}`]];
  return el('article', { class: 'review', 'aria-label': `Unmatched refund ${refund.refund_id}` },
    el('dl', { class: 'facts' }, pairs.map(([term, value]) => [el('dt', {}, term), el('dd', {}, value)])));
}

async function showHeldRefunds() {
  try {
    const answer = await api('/api/admin/unmatched-refunds?waiting=true&size=50');
    fill(heldList, answer.items.length ? answer.items.map(heldRefund) : el('p', { class: 'muted' }, 'No refund waits for its order.'));
    say(heldStatus, answer.total > answer.items.length ? `Showing the first ${answer.items.length} of ${answer.total}.` : '');
    return answer.items;
  } catch (error) {
    say(heldStatus, `Unmatched refunds could not be loaded: ${error.message}`, 'error');
    return [];
  }
}

async function showUnmatched(refunds) {
  try {
    const answer = await api('/api/admin/unmatched-payments?waiting=true&size=50');
    fill(list, answer.items.length ? answer.items.map((payment) => unmatched(payment, refunds))
      : el('p', { class: 'muted' }, 'No payment waits for a user.'));
    say(status, answer.total > answer.items.length ? `Showing the first ${answer.items.length} of ${answer.total}.` : '');
  } catch (error) {
    say(status, `Unmatched payments could not be loaded: ${error.message}`, 'error');
  }
}

export async function startPayments() {
  showUnmatched(await showHeldRefunds());
}
