// The pricing page: Polar's products with their prices, what each unlocks and a Buy button each. Guests give an
// email; credit packs need a signed-in user (they add money to a wallet). What a signed-in user holds already is not
// offered again: a product held for good says Owned, a running subscription says Active and offers Manage.
import { api } from './api.js';
import { el, fill, invalid, say, signedIn, validOnEdit } from './dom.js';

const status = document.getElementById('status');
const products = document.getElementById('products');
const email = document.getElementById('email');
const emailError = document.getElementById('email-error');

function priceText(product) {
  const price = product.prices[0];
  const per = product.recurring_interval ? ` per ${product.recurring_interval}` : '';
  if (!price) {
    return 'Price on request';
  }
  if (price.type === 'fixed' && price.amount) {
    return price.amount.formatted + per;
  }
  if (price.type === 'custom' && price.minimum) {
    return `Pay what you want, from ${price.minimum.formatted}${per}`;
  }
  return price.type === 'free' ? 'Free' : 'See checkout for the price';
}

function guestEmail() {
  const value = email.value.trim();
  if (!email.checkValidity() || value === '') {
    say(emailError, value === '' ? 'Enter your email address first: your receipt and access go there.'
      : `“${value}” is not a valid email address. Write it like name@example.com.`, 'error');
    invalid(email, true);
    email.focus();
    return null;
  }
  say(emailError, '');
  invalid(email, false);
  return value;
}

async function buy(product, button, note) {
  const body = { product_id: product.id };
  if (!signedIn()) {
    body.email = guestEmail();
    if (!body.email) {
      return;
    }
  }
  button.disabled = true;
  say(note, 'Opening the secure checkout…', 'waiting');
  try {
    const opened = await api('/api/checkout', { method: 'POST', json: body });
    window.location.assign(opened.checkout_url);
  } catch (error) {
    say(note, error.slug === 'already-owned' ? `Not bought: ${error.message}.` : error.message, 'error');
    button.disabled = false;
  }
}

// In place of Buy for what the user holds: Owned (for good) or Active (a subscription, managed on My purchases).
function held(product) {
  const until = product.held.valid_until ? ` until ${new Date(product.held.valid_until).toLocaleDateString()}` : '';
  if (product.held.state === 'active') {
    return [el('p', { class: 'tag owned' }, `Active${until}`),
      el('a', { class: 'button', href: product.held.manage_url }, 'Manage',
        el('span', { class: 'visually-hidden' }, ` ${product.name}`))];
  }
  return el('p', { class: 'tag owned' }, `Owned through ${product.held.through}`);
}

function card(product) {
  const titleId = `product-${product.id}`;
  const note = el('p', { class: 'note', 'aria-live': 'polite' });
  const needsSignIn = product.credit_pack && !signedIn();
  const button = el('button', { type: 'button' }, 'Buy', el('span', { class: 'visually-hidden' }, ` ${product.name}`));
  button.addEventListener('click', () => buy(product, button, note));
  return el('article', { class: 'card', 'aria-labelledby': titleId },
    el('h2', { id: titleId }, product.name),
    product.credit_pack ? el('p', { class: 'tag' }, 'Wallet credit') : null,
    el('p', {}, product.description || ''),
    product.credit_pack ? null : el('p', { class: 'unlocks' }, `Opens ${product.unlocks_text}.`),
    el('p', { class: 'price' }, priceText(product)),
    product.held ? held(product) : needsSignIn
      ? el('p', { class: 'note' }, 'Credit packs add money to a wallet, so sign in to buy one. ',
        document.querySelector('.who a[href="/signin"]') ? el('a', { href: '/signin' }, 'Sign in') : null)
      : button,
    note);
}

async function load() {
  document.getElementById('guest').hidden = signedIn();
  validOnEdit(email);
  try {
    const answer = await api('/api/products');
    fill(products, answer.products.map(card));
    say(status, answer.products.length ? '' : 'Nothing is for sale right now.');
  } catch (error) {
    say(status, `The products could not be loaded: ${error.message}`, 'error');
  }
}

load();
