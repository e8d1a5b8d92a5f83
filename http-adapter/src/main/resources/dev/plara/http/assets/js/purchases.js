// My purchases: the user's subscriptions (price per interval, status, renewal or end, what each unlocks, access now)
// with a Manage button that opens Polar's customer portal, and the user's orders.
import { api } from './api.js';
import { el, fill, say, when, words } from './dom.js';

const status = document.getElementById('status');
const manage = document.getElementById('manage');

function cell(label, ...content) {
  return el('td', { 'data-label': label }, ...content);
}

function subscriptionRow(s) {
  const dates = s.renews_at ? `Renews on ${when(s.renews_at)}`
    : (s.ends_at ? `Ends on ${when(s.ends_at)}` : '—');
  const access = s.access_now ? `Open until ${when(s.access_until)}` : `No access: ${s.access_why}`;
  return el('tr', { 'data-subscription': s.subscription_id },
    cell('What', s.product),
    cell('Price', `${s.price.formatted} per ${s.interval}`),
    cell('Status', words(s.status)),
    cell('Renews or ends', dates),
    cell('Unlocks', s.unlocks_text),
    cell('Access', access));
}

function orderRow(o) {
  return el('tr', {},
    cell('Paid', when(o.paid_at)),
    cell('What', o.product),
    el('td', { class: 'num', 'data-label': 'Amount' }, o.amount.formatted),
    el('td', { class: 'num', 'data-label': 'Refunded' }, o.refunded.amount > 0 ? o.refunded.formatted : '—'),
    cell('Order', el('code', {}, o.order_id)));
}

async function load() {
  try {
    const purchases = await api('/api/purchases');
    fill(document.querySelector('#subscriptions tbody'), purchases.subscriptions.map(subscriptionRow));
    fill(document.querySelector('#orders tbody'), purchases.orders.map(orderRow));
    document.getElementById('subscriptions-empty').hidden = purchases.subscriptions.length > 0;
    document.getElementById('orders-empty').hidden = purchases.orders.length > 0;
    manage.hidden = purchases.subscriptions.length === 0;
    document.getElementById('manage-note').hidden = manage.hidden;
    say(status, '');
  } catch (error) {
    say(status, `Your purchases could not be loaded: ${error.message}`, 'error');
  }
}

manage.addEventListener('click', async () => {
  manage.disabled = true;
  say(status, 'Opening Polar\u2019s customer portal…', 'waiting');
  try {
    const portal = await api('/api/purchases/portal', { method: 'POST' });
    window.location.assign(portal.url);
  } catch (error) {
    say(status, `The customer portal could not be opened: ${error.message}`, 'error');
    manage.disabled = false;
  }
});

load();
