// The page Polar sends buyers back to: follows the checkout until Plara has credited or fulfilled it.
// "Payment received, waiting for confirmation" is a calm state: the webhook usually follows within seconds; when it
// has not after a few, the page asks Plara to fetch the order from Polar itself (the same key as the webhook's).
import { api } from './api.js';
import { money, say, when } from './dom.js';

const POLL_MILLIS = 1000;
const MAX_POLLS = 180;
/** Polls (seconds) of waiting for the webhook before asking Plara to fetch the order from Polar, and between asks. */
const FETCH_AFTER_POLLS = 3;
const FETCH_EVERY_POLLS = 5;
const FINAL = new Set(['credited', 'fulfilled', 'failed', 'expired']);
const STAGES = {
  open: ['Waiting for your payment. If you left the checkout, nothing was charged.', 'waiting'],
  paid_awaiting_confirmation: ['Payment received. Waiting for Polar to confirm it to Plara (its webhook), which '
    + 'usually takes a few seconds.', 'waiting'],
  fetching: ['Payment received. Polar’s confirmation has not reached Plara yet, so Plara is asking Polar for your '
    + 'order directly.', 'waiting'],
  credited: ['Credited: the money is in your wallet.', 'success'],
  fulfilled: ['Fulfilled: your order is confirmed and your access is active.', 'success'],
  failed: ['The payment failed. Nothing was charged; you can try again.', 'error'],
  expired: ['This checkout expired before it was paid. Nothing was charged.', 'error'],
};

const checkoutId = new URLSearchParams(window.location.search).get('checkout_id');
const stage = document.getElementById('stage');
const outcome = document.getElementById('outcome');
const field = (id, text) => { document.getElementById(id).textContent = text; };
let productNames = null;

async function productName(id) {
  if (productNames === null) {
    const answer = await api('/api/products').catch(() => ({ products: [] }));
    productNames = new Map(answer.products.map((product) => [product.id, product.name]));
  }
  return productNames.get(id) || 'Your purchase';
}

function outcomeText(progress, what) {
  if (progress.stage === 'credited' && progress.credit) {
    const balance = progress.credit.balance_after ? ` New balance: ${progress.credit.balance_after.formatted}.` : '';
    return `${money(progress.credit.amount, { signed: true })} added to your wallet.${balance}`;
  }
  if (progress.stage === 'fulfilled' && progress.access) {
    const until = progress.access.valid_until ? ` until ${when(progress.access.valid_until)}` : '';
    const opens = progress.access.unlocks_text ? ` It opens ${progress.access.unlocks_text}.` : '';
    return `Access granted: ${what}, ${progress.access.status}${until}.${opens} A confirmation email is on its way.`;
  }
  return '';
}

/** Says what this page is about, honestly: thanks only for a payment that is the reader's and went through. */
function heading(text) {
  document.getElementById('heading').textContent = text;
  document.title = `${text} - Plara`;
}

function notFound(text) {
  heading('Checkout not found');
  document.querySelector('#payment dl').hidden = true;
  say(stage, text, 'error');
}

async function show(progress) {
  if (!progress.yours) {
    heading('Someone else’s checkout');
    say(stage, 'This checkout was opened by another account, so its details stay hidden. If you paid it, '
      + 'sign in as the account you paid with.', 'info');
  } else if (progress.stage === 'credited' || progress.stage === 'fulfilled') {
    heading('Thank you');
  }
  const deposit = progress.purpose === 'wallet_deposit';
  const what = deposit ? 'Wallet deposit' : await productName(progress.product_id);
  field('what', what);
  field('amount', money(progress.amount) || 'Shown at checkout');
  field('order-id', progress.order_id || 'Not assigned yet');
  field('email', progress.email || 'Hidden: sign in as the buyer to see it');
  field('checkout-id', progress.checkout_id);
  stage.dataset.stage = progress.stage;
  if (progress.yours) {
    const [text, kind] = STAGES[progress.stage] || [`Status: ${progress.stage}`, 'info'];
    say(stage, text, kind);
    outcome.textContent = outcomeText(progress, what);
  }
}

/** Reads the progress; while the webhook is late, every few polls asks Plara to fetch the order from Polar. */
async function progressAt(polls, waited) {
  const path = `/api/checkouts/${encodeURIComponent(checkoutId)}`;
  if (waited >= FETCH_AFTER_POLLS && (waited - FETCH_AFTER_POLLS) % FETCH_EVERY_POLLS === 0) {
    say(stage, ...STAGES.fetching);
    return api(`${path}/confirm`, { method: 'POST' });
  }
  return api(path);
}

async function follow(polls, waited = 0) {
  let next = waited;
  try {
    const progress = await progressAt(polls, waited);
    await show(progress);
    next = progress.stage === 'paid_awaiting_confirmation' ? waited + 1 : 0;
    if (FINAL.has(progress.stage) || !progress.yours) {
      return;
    }
  } catch (error) {
    if (error.status === 404) {
      notFound('Plara opened no checkout with this id, so nothing was paid through it. Check the link you followed.');
      return;
    }
    say(stage, `Could not check the payment just now (${error.message}). Retrying…`, 'waiting');
  }
  if (polls >= MAX_POLLS) {
    say(stage, 'Still waiting for confirmation. Your payment is safe; refresh this page later to see it.', 'waiting');
    return;
  }
  window.setTimeout(() => follow(polls + 1, next), POLL_MILLIS);
}

if (checkoutId) {
  follow(0);
} else {
  notFound('This page needs a checkout id. Open it from the link Polar sent you back with.');
}
