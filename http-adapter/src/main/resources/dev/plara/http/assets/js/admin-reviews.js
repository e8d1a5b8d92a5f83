// The review queue: each pending bank deposit with its receipt shown, approve, or reject with a reason.
import { api } from './api.js';
import { el, fill, say, when } from './dom.js';

const queue = document.getElementById('reviews');
const status = document.getElementById('reviews-status');
const count = document.getElementById('pending-count');

function receipt(deposit) {
  const link = el('a', { href: deposit.receipt_url, target: '_blank', rel: 'noopener' }, 'Open the receipt in a new tab');
  const image = el('img', { src: deposit.receipt_url, alt: `Receipt sent by ${deposit.sender_name}`, class: 'receipt' });
  const figure = el('figure', { class: 'receipt-frame' }, image, el('figcaption', {}, link));
  image.addEventListener('error', () => {
    fill(figure, el('p', { class: 'pdf' }, 'This receipt is a PDF. ', link));
  });
  return figure;
}

function facts(deposit) {
  const pairs = [['User', deposit.user_id], ['Amount', deposit.amount.formatted], ['Sender', deposit.sender_name],
    ['Transaction code', deposit.transaction_code], ['Phone', deposit.phone], ['Sent', when(deposit.submitted_at)]];
  return el('dl', { class: 'facts' }, pairs.map(([term, value]) => [el('dt', {}, term), el('dd', {}, value)]));
}

async function decide(deposit, card, path, body, done) {
  card.querySelectorAll('button, input').forEach((control) => { control.disabled = true; });
  try {
    await api(`/api/admin/deposits/${encodeURIComponent(deposit.id)}/${path}`, { method: 'POST', json: body });
    card.remove();
    say(status, done, 'success');
    updateCount(queue.children.length);
  } catch (error) {
    card.querySelectorAll('button, input').forEach((control) => { control.disabled = false; });
    say(card.querySelector('.note'), error.message, 'error');
  }
}

function card(deposit) {
  const reasonId = `reason-${deposit.id}`;
  const reason = el('input', { id: reasonId, autocomplete: 'off' });
  const note = el('p', { class: 'note', 'aria-live': 'polite' });
  const article = el('article', { class: 'review', 'aria-label': `Deposit of ${deposit.amount.formatted} by ${deposit.user_id}` });
  const approve = el('button', { type: 'button' }, 'Approve', el('span', { class: 'visually-hidden' }, ` ${deposit.amount.formatted} for ${deposit.user_id}`));
  approve.addEventListener('click', () => decide(deposit, article, 'approve', undefined,
    `Approved: ${deposit.amount.formatted} credited to ${deposit.user_id}.`));
  const reject = el('form', { class: 'reject', novalidate: true },
    el('label', { for: reasonId }, 'Reason for rejecting'),
    el('div', { class: 'inline' }, reason, el('button', { type: 'submit', class: 'danger' }, 'Reject')));
  reject.addEventListener('submit', (event) => {
    event.preventDefault();
    if (!reason.value.trim()) {
      say(note, 'Say why you reject it: the user reads this reason.', 'error');
      reason.focus();
      return;
    }
    decide(deposit, article, 'reject', { reason: reason.value.trim() },
      `Rejected: ${deposit.amount.formatted} from ${deposit.user_id}. They see your reason.`);
  });
  article.append(el('div', { class: 'review-body' }, facts(deposit), receipt(deposit)),
    el('div', { class: 'decision' }, approve, reject), note);
  return article;
}

function updateCount(pending) {
  count.textContent = `${pending} pending`;
  count.hidden = pending === 0;
  if (pending === 0) {
    fill(queue, el('p', { class: 'muted' }, 'Nothing waits for review.'));
  }
}

export async function startReviews() {
  try {
    const answer = await api('/api/admin/deposits?status=pending&size=50');
    fill(queue, answer.items.map(card));
    updateCount(answer.items.length);
    say(status, answer.total > answer.items.length ? `Showing the first ${answer.items.length} of ${answer.total}.` : '');
  } catch (error) {
    say(status, `The review queue could not be loaded: ${error.message}`, 'error');
  }
}
